import type { PortalJourneyQuery } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { criterionLabel, metricValue } from './journey-text';

type Progress = PortalJourneyQuery['journey']['stages'][number]['criteria'][number];

/** One criterion: what it measures, value / threshold in words, and a bar that says the same. */
export function CriterionProgress({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { criterion, value, met } = progress;
  const label = criterionLabel(t, criterion);
  const text = t('progression.journey.progressLabel', {
    metric: label,
    value: metricValue(format, criterion.metric, value),
    threshold: metricValue(format, criterion.metric, criterion.threshold),
  });
  return (
    <li className="journey-criterion">
      <div className="journey-criterion__head">
        <span>{label}</span>
        <span className="journey-criterion__figures">
          {metricValue(format, criterion.metric, Math.min(value, criterion.threshold))} / {metricValue(format, criterion.metric, criterion.threshold)}
          {met ? <span className="journey-criterion__met"> · {t('progression.journey.met')}</span> : null}
        </span>
      </div>
      <progress className="journey-criterion__bar" max={criterion.threshold} value={Math.min(value, criterion.threshold)} aria-label={text}>
        {text}
      </progress>
    </li>
  );
}
