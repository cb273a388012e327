import type { PortalSimulateEarningQuery } from '@relais/graphql-client';
import { explainEarning } from '@relais/i18n';
import { Card, type Column, Table } from '@relais/ui';
import { useTranslation } from 'react-i18next';

import { toExplainedPart } from './earning-parts';
import { usePointsText } from './use-points-text';

type Result = PortalSimulateEarningQuery['simulateEarning'];
type Line = Result['lines'][number];

/** The points of each line with its sentence ("12 units × 5 pts, ×1.5 launch campaign"), the declaration's bonuses and caps, and the total. */
export function SimulationResult({ result, productNames }: { result: Result; productNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { points, signed } = usePointsText();
  const columns: Column<Line>[] = [
    { key: 'line', header: t('portalPoints.simulate.colLine'), cell: (line) => line.lineId },
    { key: 'product', header: t('portalPoints.simulate.colProduct'), cell: (line) => productNames.get(line.lineId) ?? '' },
    { key: 'explanation', header: t('portalPoints.simulate.colExplanation'), cell: (line) => explainEarning(t, line.parts.map(toExplainedPart)) },
    { key: 'points', header: t('portalPoints.simulate.colPoints'), align: 'end', cell: (line) => <strong>{points(line.points)}</strong> },
  ];
  return (
    <Card title={t('portalPoints.simulate.result')}>
      <div className="r-stack">
        <Table caption={t('portalPoints.simulate.lineCaption')} columns={columns} rows={result.lines} rowKey={(line) => line.lineId} />
        {result.bonuses.length > 0 ? (
          <div>
            <h3>{t('portalPoints.simulate.bonuses')}</h3>
            <p>{explainEarning(t, result.bonuses.map(toExplainedPart))}</p>
          </div>
        ) : null}
        {result.caps.length > 0 ? (
          <div>
            <h3>{t('portalPoints.simulate.caps')}</h3>
            <p>{explainEarning(t, result.caps.map(toExplainedPart))}</p>
            <p className="r-muted">
              {t('portalPoints.simulate.subtotal', { points: points(result.subtotal), change: signed(result.total - result.subtotal) })}
            </p>
          </div>
        ) : null}
        <p className="points-total">
          {t('portalPoints.simulate.total', { points: points(result.total) })}
        </p>
        <p className="r-muted">{t('portalPoints.simulate.note')}</p>
      </div>
    </Card>
  );
}
