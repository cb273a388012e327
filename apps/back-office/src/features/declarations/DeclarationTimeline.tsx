import type { BackOfficeDeclarationDetailFragment } from '@relais/graphql-client';
import { useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** The declaration's history, oldest first, each step with its author, time and message. */
export function DeclarationTimeline({ events }: { events: BackOfficeDeclarationDetailFragment['events'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="bo-decl-timeline">
      {events.map((event) => (
        <li key={event.id}>
          <strong>{t(`backofficeDeclarations.action.${event.action}`, { defaultValue: t(`declarations.status.${event.toStatus}`) })}</strong>
          {' · '}
          <time dateTime={event.createdAt}>{format.dateTime(event.createdAt)}</time>
          {' · '}
          {event.authorName ?? t('backofficeDeclarations.detail.system')}
          {event.message ? <p>{event.message}</p> : null}
        </li>
      ))}
    </ol>
  );
}
