import './badge-icon.css';

import { useTranslation } from 'react-i18next';

/** Emoji for the API's fixed icon keys: no uploads, and every system draws them. */
const GLYPHS: Record<string, string> = {
  STAR: '⭐',
  TROPHY: '🏆',
  MEDAL: '🏅',
  ROCKET: '🚀',
  HANDSHAKE: '🤝',
  TARGET: '🎯',
  FIRE: '🔥',
  LIGHTNING: '⚡',
  BOOK: '📘',
  HEART: '❤️',
  CROWN: '👑',
  GEM: '💎',
};

/**
 * A badge's icon. Decorative next to the badge's name (the default), or named (badges.icon.<KEY>)
 * where it stands alone, e.g. in the editor's choice of icons.
 */
export function BadgeIcon({ icon, named = false, muted = false }: { icon: string; named?: boolean; muted?: boolean }) {
  const { t } = useTranslation();
  const className = `r-badge-icon${muted ? ' r-badge-icon--muted' : ''}`;
  return named ? (
    <span className={className} role="img" aria-label={t(`badges.icon.${icon}`)}>
      {GLYPHS[icon] ?? '◆'}
    </span>
  ) : (
    <span className={className} aria-hidden="true">
      {GLYPHS[icon] ?? '◆'}
    </span>
  );
}
