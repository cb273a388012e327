import { Badge } from '@relais/ui';
import { useTranslation } from 'react-i18next';

const CARDS = [
  { key: 'stage', icon: '➜', title: 'portal.home.stageTitle', body: 'portal.home.stageBody' },
  { key: 'badges', icon: '◆', title: 'portal.home.badgesTitle', body: 'portal.home.badgesBody' },
] as const;

/**
 * The places where points, the scorecard stage and badges will live. Until those features exist
 * they say so plainly: no placeholder figures that a partner could take for real ones.
 */
export function ProgressCards() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="progress-title" className="r-stack">
      <div>
        <h2 id="progress-title">{t('portal.home.progressTitle')}</h2>
        <p className="r-muted">{t('portal.home.comingSoonHint')}</p>
      </div>
      <ul className="r-grid r-grid--3 portal-progress">
        {CARDS.map((card) => (
          <li key={card.key} className="r-card portal-progress__card">
            <span className="portal-progress__icon" aria-hidden="true">
              {card.icon}
            </span>
            <h3 className="r-card__title">{t(card.title)}</h3>
            <p className="r-muted">{t(card.body)}</p>
            <Badge tone="neutral">{t('common.comingSoon')}</Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
