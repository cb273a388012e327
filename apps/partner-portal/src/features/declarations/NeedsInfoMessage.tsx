import type { PortalDeclarationDetailFragment } from '@relais/graphql-client';
import { Alert, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

/** The brand's latest request for information, as the partner should read it before resubmitting. */
export function NeedsInfoMessage({ declaration }: { declaration: PortalDeclarationDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const request = [...declaration.events].reverse().find((event) => event.action === 'INFO_REQUESTED');
  const lines = declaration.lines.filter((line) => request?.lineIds.includes(line.id)).map((line) => line.position + 1);
  return (
    <Alert tone="warning" title={t('portalDeclarations.form.needsInfo')}>
      {request?.message ? <p className="declaration-message">{request.message}</p> : null}
      {lines.length ? <p>{lines.map((number) => t('portalDeclarations.form.line', { number })).join(', ')}</p> : null}
      {request ? (
        <p className="r-muted">
          {t('portalDeclarations.detail.byAt', { who: request.authorName ?? t('portalDeclarations.detail.system'), when: format.dateTime(request.createdAt) })}
        </p>
      ) : null}
    </Alert>
  );
}
