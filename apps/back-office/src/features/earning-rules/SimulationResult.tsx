import type { BackOfficeEarningPartFragment, BackOfficeSimulateEarningQuery } from '@relais/graphql-client';
import { explainEarning, type ExplainedPart } from '@relais/i18n';
import { type Column, Table, useFormat } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { ProductName } from './ProductPicker';

type Result = BackOfficeSimulateEarningQuery['simulateEarning'];
type Line = Result['lines'][number];

/** GraphQL parts carry their parameters as fields; explainEarning reads them from `params`. */
const toExplained = ({ code, rule, ...params }: BackOfficeEarningPartFragment): ExplainedPart => ({ code, rule, params });

export function SimulationResult({ result }: { result: Result }) {
  const { t } = useTranslation();
  const format = useFormat();
  const explain = (parts: readonly BackOfficeEarningPartFragment[]) => explainEarning(t, parts.map(toExplained));
  const s = (key: string) => `backofficePoints.simulate.${key}`;
  const columns: Column<Line>[] = [
    { key: 'line', header: t(s('resultLine')), cell: (l) => l.lineId },
    { key: 'product', header: t(s('resultProduct')), cell: (l) => <ProductName id={l.productId} /> },
    { key: 'points', header: t(s('resultPoints')), align: 'end', cell: (l) => format.number(l.points) },
    { key: 'explanation', header: t(s('resultExplanation')), cell: (l) => explain(l.parts) },
  ];
  return (
    <div className="bo-sim-result r-stack">
      <h3>{t(s('resultTitle'))}</h3>
      <Table caption={t(s('resultCaption'))} columns={columns} rows={result.lines} rowKey={(l) => l.lineId} />
      <dl className="r-dl">
        {result.bonuses.length ? (
          <>
            <dt>{t(s('bonuses'))}</dt>
            <dd>{explain(result.bonuses)}</dd>
          </>
        ) : null}
        <dt>{t(s('subtotal'))}</dt>
        <dd>{t('earning.total', { count: result.subtotal })}</dd>
        {result.caps.length ? (
          <>
            <dt>{t(s('caps'))}</dt>
            <dd>{explain(result.caps)}</dd>
          </>
        ) : null}
        <dt>{t(s('total'))}</dt>
        <dd>
          <strong data-testid="simulation-total">{t('earning.total', { count: result.total })}</strong>
        </dd>
      </dl>
    </div>
  );
}
