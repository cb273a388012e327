import type { CustomerDataDeclarationFieldsFragment } from '@relais/graphql-client';
import { ProofFileList, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { StatusBadge, useSaleWhen } from '../declarations/declarationParts';

interface Props {
  items: readonly CustomerDataDeclarationFieldsFragment[];
  selected: ReadonlySet<string>;
  onToggle(id: string, on: boolean): void;
}

/** One card per declaration found: what identifies the sale, then the customer's data it holds. */
export function CustomerDataList({ items, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const saleWhen = useSaleWhen();
  const r = (key: string, options?: Record<string, unknown>) => t(`privacy.results.${key}`, options ?? {});
  const d = (key: string) => t(`privacy.declaration.${key}`);
  const or = (value: string | null | undefined) => value || '—';
  return (
    <ol className="bo-privacy-results" aria-label={r('label')}>
      {items.map((item) => {
        const when = saleWhen(item);
        return (
          <li key={item.id} className="bo-privacy-item">
            <div className="bo-privacy-item__head">
              <label>
                <input type="checkbox" checked={selected.has(item.id)} onChange={(e) => onToggle(item.id, e.target.checked)} aria-label={r('select', { partner: item.partner.name, when })} />
                <span>
                  {item.partner.name} · {when}
                </span>
              </label>
              <StatusBadge status={item.status} />
              <Link to={`/declarations/${item.id}`}>{r('open')}</Link>
            </div>
            {item.erasedAt ? <p className="r-muted">{r('erasedOn', { date: format.dateTime(item.erasedAt) })}</p> : null}
            <dl>
              <dt>{r('invoices')}</dt>
              <dd>{item.invoiceReferences.length ? item.invoiceReferences.join(', ') : '—'}</dd>
              <dt>{d('type')}</dt>
              <dd>{item.customer.type ? t(`declarations.customerType.${item.customer.type}`) : '—'}</dd>
              <dt>{d('postalCode')}</dt>
              <dd>{or(item.customer.postalCode)}</dd>
              <dt>{d('sector')}</dt>
              <dd>{or(item.customer.sector)}</dd>
              <dt>{d('rating')}</dt>
              <dd>{item.feedback.rating ? r('rating', { rating: item.feedback.rating }) : '—'}</dd>
              <dt>{d('comment')}</dt>
              <dd>{or(item.feedback.comment)}</dd>
              <dt>{d('tags')}</dt>
              <dd>{item.feedback.tags.length ? item.feedback.tags.join(', ') : '—'}</dd>
              <dt>{r('proofs')}</dt>
              <dd>
                {item.proofFiles.length ? (
                  <ProofFileList proofs={item.proofFiles.map(({ id, fileName, mimeType, size, url }) => ({ id, fileName, mimeType, size, url }))} headingLevel={3} />
                ) : (
                  r('none')
                )}
              </dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
