import type { PortalDeclarationDetailFragment } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

type Event = PortalDeclarationDetailFragment['events'][number];

const KNOWN_ACTIONS = new Set(['CREATED', 'UPDATED', 'SUBMITTED', 'AUTO_APPROVED', 'LINES_DECIDED', 'INFO_REQUESTED', 'REVERSED']);

/** Who did what and when, oldest first, with the messages they wrote. */
export function DeclarationTimeline({ events }: { events: Event[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const actionLabel = (event: Event) =>
    KNOWN_ACTIONS.has(event.action) ? t(`portalDeclarations.detail.action.${event.action}`) : t(`declarations.status.${event.toStatus}`);
  return (
    <section aria-labelledby="declaration-timeline" className="r-stack">
      <h2 id="declaration-timeline">{t('portalDeclarations.detail.timeline')}</h2>
      <ol className="declaration-timeline">
        {events.map((event) => (
          <li key={event.id}>
            <p className="declaration-timeline__what">
              <strong>{actionLabel(event)}</strong>
            </p>
            <p className="r-muted">
              {t('portalDeclarations.detail.byAt', {
                who: event.authorName ?? t('portalDeclarations.detail.system'),
                when: format.dateTime(event.createdAt),
              })}
            </p>
            {event.message ? <p className="declaration-message">{event.message}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
