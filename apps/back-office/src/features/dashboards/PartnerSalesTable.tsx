import type { BackOfficePartnerSalesRowFragment } from '@relais/graphql-client';
import { Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { amountOf } from './sales-figures';

/** One list of partners (top, rises or falls) with every figure the API gives; the change reads as text, not colour. */
export function PartnerSalesTable({ caption, rows }: { caption: string; rows: readonly BackOfficePartnerSalesRowFragment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = (key: string) => t(`dashboards.topPartners.${key}`);
  const signed = (value: number) => format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  return (
    <Table
      caption={caption}
      columns={[
        { key: 'rank', header: p('rank'), cell: (r) => format.number(r.rank), align: 'end' },
        {
          key: 'partner',
          header: p('partner'),
          cell: (r) => (
            <span className="partners-dashboard__partner">
              {r.name}
              <small>
                {r.code} · {format.country(r.country)}
              </small>
            </span>
          ),
        },
        { key: 'amount', header: p('amount'), cell: (r) => amountOf(format, r.amount), align: 'end' },
        { key: 'lines', header: p('lines'), cell: (r) => format.number(r.lines), align: 'end' },
        { key: 'previous', header: p('previous'), cell: (r) => amountOf(format, r.previousAmount), align: 'end' },
        { key: 'change', header: p('change'), cell: (r) => signed(r.change), align: 'end' },
        {
          key: 'percent',
          header: p('changePercent'),
          cell: (r) => (r.changePercent === null ? t('dashboards.sales.newFigure') : format.number(r.changePercent / 100, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' })),
          align: 'end',
        },
      ]}
      rows={rows}
      rowKey={(r) => r.partnerId}
      empty={p('none')}
    />
  );
}
