import type { ChallengeSummaryFragment } from '@relais/graphql-client';
import { Badge, Card, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { localized } from './challenge-text';

export function ChallengeCard({ challenge }: { challenge: ChallengeSummaryFragment }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const title = localized(challenge.title, i18n.resolvedLanguage);
  return (
    <Card
      title={title}
      level={3}
      footer={
        <Link className="r-button r-button--secondary r-button--sm" to={`/challenges/${challenge.id}`} aria-label={`${t('challenges.open')}: ${title}`}>
          {t('challenges.open')}
        </Link>
      }
    >
      <p>
        <Badge tone={challenge.status === 'LIVE' ? 'success' : 'neutral'}>{t(`challenges.status.${challenge.status}`)}</Badge>{' '}
        <Badge tone="info">{t(`challenges.kind.${challenge.kind}`)}</Badge>
      </p>
      <p>{t(`challenges.metric.${challenge.metric}`)}</p>
      <p className="r-muted">{t('challenges.period', { start: format.dateTime(challenge.startsAt), end: format.dateTime(challenge.endsAt) })}</p>
    </Card>
  );
}
