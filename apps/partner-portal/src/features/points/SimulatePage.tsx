import './points.css';

import { skipToken, useQuery } from '@apollo/client/react';
import { PortalSimulateEarningDocument, type SimulateEarningInput } from '@relais/graphql-client';
import { Alert, Button, errorMessage, LiveRegion, PageHeader, TextField, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { type PickedProduct, ProductPicker } from '../products/ProductPicker';
import { SimulationResult } from './SimulationResult';
import { usePointsText } from './use-points-text';

interface DraftLine {
  key: number;
  product: PickedProduct | null;
  quantity: string;
  amount: string;
}

const CURRENCY = 'EUR';
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};
const emptyLine = (key: number): DraftLine => ({ key, product: null, quantity: '1', amount: '' });
const lineIsComplete = (line: DraftLine) => line.product !== null && Number(line.quantity) >= 1 && Number.isInteger(Number(line.quantity)) && line.amount.trim() !== '' && Number(line.amount) >= 0;

/** "What would I earn?": a sale tried against the earning rules; the API takes the partner from the token. */
export function SimulatePage() {
  const { t } = useTranslation();
  const { points } = usePointsText();
  useDocumentTitle(t('portalPoints.simulate.title'));
  const [lines, setLines] = useState<DraftLine[]>([emptyLine(1)]);
  const [saleDate, setSaleDate] = useState(today);
  const [hasFeedback, setHasFeedback] = useState(false);
  const [hasCustomerProfile, setHasCustomerProfile] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const [submitted, setSubmitted] = useState<{ input: SimulateEarningInput; names: Map<string, string> } | null>(null);
  const simulation = useQuery(PortalSimulateEarningDocument, submitted ? { variables: { input: submitted.input }, fetchPolicy: 'network-only' } : skipToken);

  const update = (key: number, patch: Partial<DraftLine>) => setLines((all) => all.map((line) => (line.key === key ? { ...line, ...patch } : line)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!lines.every(lineIsComplete) || !saleDate) {
      setIncomplete(true);
      return;
    }
    setIncomplete(false);
    const numbered = lines.map((line, index) => ({ line, lineId: String(index + 1) }));
    setSubmitted({
      input: {
        saleDate,
        hasFeedback,
        hasCustomerProfile,
        lines: numbered.map(({ line, lineId }) => ({
          lineId,
          productId: line.product?.id ?? '',
          quantity: Number(line.quantity),
          amount: Number(line.amount),
          currency: CURRENCY,
        })),
      },
      names: new Map(numbered.map(({ line, lineId }) => [lineId, line.product?.label ?? ''])),
    });
  };

  const result = simulation.dataState === 'complete' ? simulation.data.simulateEarning : undefined;
  return (
    <div className="r-stack">
      <PageHeader
        title={t('portalPoints.simulate.title')}
        intro={t('portalPoints.simulate.intro')}
        actions={
          <Link className="r-button r-button--secondary" to="/points">
            {t('portalPoints.simulate.back')}
          </Link>
        }
      />
      <form className="r-stack" onSubmit={onSubmit} noValidate>
        <fieldset className="points-lines">
          <legend>{t('portalPoints.simulate.linesLegend')}</legend>
          {lines.map((line, index) => (
            <fieldset key={line.key} className="points-line">
              <legend>{t('portalPoints.simulate.lineLegend', { number: index + 1 })}</legend>
              <ProductPicker required value={line.product} onChange={(product) => update(line.key, { product })} />
              <div className="r-form-row r-form-row--2">
                <TextField
                  label={t('portalPoints.simulate.quantity')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  step={1}
                  required
                  value={line.quantity}
                  onChange={(event) => update(line.key, { quantity: event.target.value })}
                />
                <TextField
                  label={t('portalPoints.simulate.amount')}
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="0.01"
                  required
                  value={line.amount}
                  onChange={(event) => update(line.key, { amount: event.target.value })}
                />
              </div>
              {lines.length > 1 ? (
                <div>
                  <Button variant="ghost" size="sm" onClick={() => setLines((all) => all.filter((other) => other.key !== line.key))}>
                    {t('portalPoints.simulate.removeLine', { number: index + 1 })}
                  </Button>
                </div>
              ) : null}
            </fieldset>
          ))}
          <div>
            <Button variant="secondary" size="sm" onClick={() => setLines((all) => [...all, emptyLine(Math.max(...all.map((l) => l.key)) + 1)])}>
              {t('portalPoints.simulate.addLine')}
            </Button>
          </div>
        </fieldset>
        <TextField label={t('portalPoints.simulate.saleDate')} type="date" required max={today()} value={saleDate} onChange={(event) => setSaleDate(event.target.value)} />
        <label className="points-toggle">
          <input type="checkbox" checked={hasFeedback} onChange={(event) => setHasFeedback(event.target.checked)} />
          <span>{t('portalPoints.simulate.feedback')}</span>
        </label>
        <label className="points-toggle">
          <input type="checkbox" checked={hasCustomerProfile} onChange={(event) => setHasCustomerProfile(event.target.checked)} />
          <span>{t('portalPoints.simulate.customerProfile')}</span>
        </label>
        {incomplete ? <Alert tone="error">{t('portalPoints.simulate.incomplete')}</Alert> : null}
        {simulation.error ? <Alert tone="error">{errorMessage(t, simulation.error)}</Alert> : null}
        <div className="r-form-actions">
          <Button type="submit" busy={simulation.loading}>
            {simulation.loading ? t('portalPoints.simulate.submitting') : t('portalPoints.simulate.submit')}
          </Button>
        </div>
      </form>
      <LiveRegion tone="success" message={result && !simulation.loading ? t('portalPoints.simulate.resultStatus', { total: points(result.total) }) : null} />
      {result && submitted ? <SimulationResult result={result} productNames={submitted.names} /> : null}
    </div>
  );
}
