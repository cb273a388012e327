import { BadgeIcon, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { inLanguage, metricValue, type MyBadge, ruleText } from './badge-text';

/** One badge of the wall: when it was earned, or how far the viewer is from it (words and a bar). */
export function BadgeCard({ item }: { item: MyBadge }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { badge } = item;
  const name = inLanguage(i18n.resolvedLanguage, badge.nameEn, badge.nameFr);
  const description = inLanguage(i18n.resolvedLanguage, badge.descriptionEn, badge.descriptionFr);
  const shown = Math.min(item.value, badge.threshold);
  const progress = t('badges.progress', { value: metricValue(format, badge.metric, shown), threshold: metricValue(format, badge.metric, badge.threshold) });
  return (
    <li className={`r-card badge-card${item.earned ? ' badge-card--earned' : ''}`}>
      <div className="badge-card__head">
        <BadgeIcon icon={badge.icon} muted={!item.earned} />
        <div>
          <h3 className="badge-card__name">{name}</h3>
          {description ? <p className="badge-card__description">{description}</p> : null}
        </div>
      </div>
      <p className="r-muted badge-card__rule">
        {ruleText(t, badge)}
        {badge.scope === 'PARTNER' ? ` · ${t('badges.forTeam')}` : ''}
        {badge.points > 0 ? ` · ${t('badges.points', { count: badge.points })}` : ''}
      </p>
      {item.lastEarnedAt ? (
        <p className="badge-card__earned">
          {t('badges.earnedOn', { date: format.date(item.lastEarnedAt) })}
          {item.timesEarned > 1 ? ` · ${t('badges.timesEarned', { count: item.timesEarned })}` : ''}
        </p>
      ) : null}
      {!item.earned ? (
        <div className="badge-card__progress">
          <span className="badge-card__figures">{progress}</span>
          <progress max={badge.threshold} value={shown} aria-label={t('badges.progressLabel', { name, value: metricValue(format, badge.metric, shown), threshold: metricValue(format, badge.metric, badge.threshold) })}>
            {progress}
          </progress>
        </div>
      ) : null}
    </li>
  );
}
