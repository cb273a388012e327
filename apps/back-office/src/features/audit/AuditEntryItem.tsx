import type { BackOfficeAuditEntriesQuery } from '@relais/graphql-client';
import { Badge, type BadgeTone, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { auditValue } from './audit-value';

export type AuditEntry = BackOfficeAuditEntriesQuery['auditEntries']['items'][number];

const ACTION_TONE: Record<AuditEntry['action'], BadgeTone> = { INSERT: 'success', UPDATE: 'info', DELETE: 'danger' };

/** Where an object of each type is shown in the back-office, to go from its history to it. */
const OBJECT_PAGES: Partial<Record<string, string>> = {
  partners: '/partners',
  products: '/products',
  product_segments: '/products',
  segments: '/segments',
  earning_rules: '/earning-rules',
  reward_items: '/rewards',
  reward_item_segments: '/rewards',
  reward_orders: '/reward-orders',
  declarations: '/declarations',
  declaration_lines: '/declarations',
  badges: '/badges',
  challenges: '/challenges',
};

/** One change: who, when, what, and its changed fields before and after in a disclosure. */
export function AuditEntryItem({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = entry.actorName ?? entry.actorEmail ?? t('audit.unknownActor');
  const page = OBJECT_PAGES[entry.objectType];
  const typeLabel = t(`audit.objectType.${entry.objectType}`, { defaultValue: entry.objectType });
  return (
    <li className="bo-audit-entry">
      <p className="bo-audit-entry__head">
        <Badge tone={ACTION_TONE[entry.action]}>{t(`audit.action.${entry.action}`)}</Badge>
        <span className="bo-audit-entry__what">{typeLabel}</span>
        <span>{t('audit.by', { who })}</span>
        <time dateTime={String(entry.at)}>{format.dateTime(entry.at)}</time>
      </p>
      <p className="bo-audit-entry__meta">
        {t('audit.object')} {page ? <Link to={`${page}/${entry.objectId}`}>{entry.objectId}</Link> : <code>{entry.objectId}</code>} (
        <Link to={{ search: `?objectId=${encodeURIComponent(entry.objectId)}` }}>{t('audit.showObjectHistory')}</Link>) · {t('audit.operation')}{' '}
        <code>{entry.operation}</code> · {t(`users.role.${entry.actorRole}`)}
      </p>
      {entry.changes.length ? (
        <details>
          <summary>{t('audit.changes', { count: entry.changes.length })}</summary>
          <table className="bo-audit-diff">
            <thead>
              <tr>
                <th scope="col">{t('audit.field')}</th>
                <th scope="col">{t('audit.before')}</th>
                <th scope="col">{t('audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              {entry.changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">
                    <code>{change.field}</code>
                  </th>
                  <ValueCell value={auditValue(change.before)} className={entry.action === 'UPDATE' ? 'bo-audit-diff__before' : undefined} />
                  <ValueCell value={auditValue(change.after)} className={entry.action === 'UPDATE' ? 'bo-audit-diff__after' : undefined} />
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </li>
  );
}

function ValueCell({ value, className }: { value: string | null; className?: string }) {
  const { t } = useTranslation();
  if (value === null) return <td className="r-muted">{t('audit.emptyValue')}</td>;
  return <td className={className}>{value.includes('\n') ? <pre>{value}</pre> : value}</td>;
}
