import type { FeedItemFieldsFragment } from '@relais/graphql-client';
import { Badge, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { feedSentence } from './feed-text';

/** Achievements as a list, newest first: the sentence, the kind and when. */
export function FeedList({ items, label }: { items: readonly FeedItemFieldsFragment[]; label: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <ul className="portal-feed" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className={item.own ? 'portal-feed__item portal-feed__item--own' : 'portal-feed__item'}>
          <p className="portal-feed__text">{feedSentence(t, i18n.resolvedLanguage, item)}</p>
          <p className="portal-feed__meta">
            <Badge tone={item.kind === 'CHALLENGE_PODIUM' ? 'success' : 'info'}>{t(`feed.kind.${item.kind}`)}</Badge>
            {item.own ? <Badge tone="neutral">{t('feed.yours')}</Badge> : null}
            <time dateTime={item.occurredAt}>{format.dateTime(item.occurredAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
