import type { ObjectiveFieldsFragment } from '@relais/graphql-client';
import { Badge, type BadgeTone, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { metricValue } from '../badges/badge-text';

const TONES: Record<ObjectiveFieldsFragment['status'], BadgeTone> = { UPCOMING: 'neutral', ACTIVE: 'info', REACHED: 'success', MISSED: 'warning' };

/** A date-only value read at local noon, so no time zone moves it to the day before. */
const day = (value: string) => `${value}T12:00:00`;

/** One objective: what, for whom, until when, and the progress in words and as a bar. */
export function ObjectiveCard({ objective, compact = false }: { objective: ObjectiveFieldsFragment; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const metric = t(`objectives.metric.${objective.metric}`);
  const label = objective.category ? t('objectives.inCategory', { metric, category: objective.category }) : metric;
  const shown = Math.min(objective.value, objective.target);
  const value = metricValue(format, objective.metric, shown);
  const target = metricValue(format, objective.metric, objective.target);
  const Heading = compact ? 'h3' : 'h2';
  return (
    <li className="r-card objective-card">
      <div className="objective-card__head">
        <Heading className="objective-card__title">{label}</Heading>
        <Badge tone={TONES[objective.status]}>{t(`objectives.status.${objective.status}`)}</Badge>
      </div>
      <p className="r-muted objective-card__meta">
        {objective.userName ? t('objectives.forPerson', { name: objective.userName }) : t('objectives.forCompany')} ·{' '}
        {t('objectives.period', { start: format.date(day(objective.startDay)), end: format.date(day(objective.endDay)) })}
      </p>
      <div className="objective-card__progress">
        <span className="objective-card__figures">{t('objectives.progress', { value, target })}</span>
        <progress max={objective.target} value={shown} aria-label={t('objectives.progressLabel', { metric: label, value, target })}>
          {t('objectives.progress', { value, target })}
        </progress>
      </div>
      <p className="objective-card__remaining">
        {objective.reachedAt
          ? t('objectives.reachedOn', { date: format.date(objective.reachedAt) })
          : objective.status === 'ACTIVE'
            ? t('objectives.remaining', { remaining: metricValue(format, objective.metric, objective.remaining) })
            : null}
        {objective.points > 0 ? <span className="r-muted"> · {t('objectives.points', { count: objective.points })}</span> : null}
      </p>
    </li>
  );
}
