import type { RewardCategory } from '@relais/graphql-client';
import { useState } from 'react';

interface RewardImageProps {
  url: string | undefined;
  /** Empty when a title beside the picture already says what it shows. */
  alt: string;
  category: RewardCategory;
  className?: string;
}

/** An item's picture, or a plain tile of its category's colour when it has none or it fails to load. */
export function RewardImage({ url, alt, category, className }: RewardImageProps) {
  const [failed, setFailed] = useState(false);
  const classes = ['rewards-image', `rewards-image--${category.toLowerCase()}`, className ?? ''].filter(Boolean).join(' ');
  if (!url || failed) return <div className={`${classes} rewards-image--empty`} aria-hidden="true" />;
  return <img className={classes} src={url} alt={alt} loading="lazy" onError={() => setFailed(true)} />;
}
