import type { PortalJourneyQuery } from '@relais/graphql-client';
import { Badge, type BadgeTone, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { CriterionProgress } from './CriterionProgress';
import { nextStep } from './journey-text';

type JourneyStage = PortalJourneyQuery['journey']['stages'][number];

const TONE: Record<JourneyStage['status'], BadgeTone> = { COMPLETED: 'success', CURRENT: 'info', LOCKED: 'neutral' };

/** One stage of the journey: its status, points, each criterion's progress and, when current, what to do next. */
export function StageCard({ stage, index }: { stage: JourneyStage; index: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = t(`progression.stage.${stage.stage}`);
  const todo = stage.status === 'CURRENT' ? stage.criteria.filter((c) => !c.met) : [];
  return (
    <li className={`r-card journey-stage journey-stage--${stage.status.toLowerCase()}`} aria-current={stage.status === 'CURRENT' ? 'step' : undefined}>
      <div className="journey-stage__head">
        <h2 className="r-card__title">{t('progression.journey.stageLabel', { index: index + 1, stage: name })}</h2>
        <Badge tone={TONE[stage.status]}>{t(`progression.status.${stage.status}`)}</Badge>
      </div>
      <p className="r-muted">{t(`progression.stageGoal.${stage.stage}`)}</p>
      <p className="journey-stage__points">
        {stage.completedAt
          ? t('progression.journey.completedOn', { date: format.date(stage.completedAt) })
          : t('progression.journey.points', { formatted: format.number(stage.points) })}
      </p>
      {stage.criteria.length ? (
        <ul className="journey-criteria">
          {stage.criteria.map((c) => (
            <CriterionProgress key={c.criterion.id} progress={c} />
          ))}
        </ul>
      ) : (
        <p className="r-muted">{t('progression.journey.noCriteria')}</p>
      )}
      {todo.length ? (
        <div className="journey-next">
          <h3>{t('progression.journey.whatNext')}</h3>
          <ul>
            {todo.map((c) => (
              <li key={c.criterion.id}>{nextStep(t, format, c.criterion, c.missing)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
