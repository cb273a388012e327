import { useLazyQuery, useQuery } from '@apollo/client/react';
import { BackOfficePartnersDocument, BackOfficeSimulateEarningDocument } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, Select, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { todayIso } from './dates';
import { ProductPicker } from './ProductPicker';
import { SimulationResult } from './SimulationResult';

interface LineDraft {
  key: number;
  productId: string;
  quantity: string;
  amount: string;
  currency: string;
}

let nextKey = 1;
const newLine = (): LineDraft => ({ key: nextKey++, productId: '', quantity: '1', amount: '0', currency: 'EUR' });

/** What a declaration would earn: a partner (for its segments), a sale date, lines and the data-quality toggles. */
export function SimulatePanel() {
  const { t } = useTranslation();
  const [partnerSearch, setPartnerSearch] = useState('');
  const debouncedPartner = useDebouncedValue(partnerSearch.trim(), 250);
  const [partnerId, setPartnerId] = useState('');
  const [saleDate, setSaleDate] = useState(todayIso());
  const [declaredOn, setDeclaredOn] = useState('');
  const [lines, setLines] = useState<LineDraft[]>(() => [newLine()]);
  const [hasFeedback, setHasFeedback] = useState(false);
  const [hasCustomerProfile, setHasCustomerProfile] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const partners = useQuery(BackOfficePartnersDocument, { variables: { filter: { search: debouncedPartner || undefined }, page: { offset: 0, limit: 20 } } });
  const [simulate, { data, error, loading }] = useLazyQuery(BackOfficeSimulateEarningDocument, { fetchPolicy: 'network-only' });
  const result = error ? undefined : data?.simulateEarning;
  const fe = error ? fieldErrors(t, error) : {};
  const s = (key: string) => `backofficePoints.simulate.${key}`;
  const setLine = (key: number, patch: Partial<LineDraft>) => setLines((current) => current.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (lines.some((l) => !l.productId)) {
      setLocalError(t(s('needProduct')));
      return;
    }
    setLocalError(null);
    await simulate({
      variables: {
        input: {
          partnerId: partnerId || null,
          saleDate,
          declaredOn: declaredOn || null,
          hasFeedback,
          hasCustomerProfile,
          lines: lines.map((l, index) => ({
            lineId: String(index + 1),
            productId: l.productId,
            quantity: Math.trunc(Number(l.quantity) || 0),
            amount: Number(l.amount.replace(',', '.')) || 0,
            currency: l.currency.trim().toUpperCase(),
          })),
        },
      },
    }).catch(() => undefined);
  };

  const partnerOptions = (partners.data?.partners.items ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }));
  return (
    <section aria-labelledby="simulate-title" className="bo-simulate">
      <Card title={<span id="simulate-title">{t(s('title'))}</span>} level={2}>
        <p className="r-muted">{t(s('intro'))}</p>
        <form className="r-form" noValidate onSubmit={(event) => void submit(event)}>
          <div className="r-form-row r-form-row--2">
            <TextField label={t(s('partnerSearch'))} type="search" value={partnerSearch} onChange={(e) => setPartnerSearch(e.target.value)} />
            <Select
              label={t(s('partner'))}
              hint={t(s('partnerHint'))}
              options={partnerOptions}
              placeholder={t(s('noPartner'))}
              value={partnerId}
              error={fe['partnerId']}
              onChange={(e) => setPartnerId(e.target.value)}
            />
            <TextField label={t(s('saleDate'))} type="date" value={saleDate} error={fe['saleDate']} required onChange={(e) => setSaleDate(e.target.value)} />
            <TextField label={t(s('declaredOn'))} hint={t(s('declaredOnHint'))} type="date" value={declaredOn} error={fe['declaredOn']} onChange={(e) => setDeclaredOn(e.target.value)} />
          </div>
          <fieldset className="r-stack">
            <legend>{t(s('linesLegend'))}</legend>
            {lines.map((line, index) => (
              <fieldset key={line.key} className="bo-sim-line">
                <legend>{t(s('line'), { number: index + 1 })}</legend>
                <ProductPicker label={t('backofficePoints.form.product')} value={line.productId} onChange={(productId) => setLine(line.key, { productId })} />
                <div className="r-form-row r-form-row--2">
                  <TextField label={t(s('quantity'))} type="number" min={0} step={1} value={line.quantity} onChange={(e) => setLine(line.key, { quantity: e.target.value })} />
                  <TextField label={t(s('amount'))} inputMode="decimal" value={line.amount} onChange={(e) => setLine(line.key, { amount: e.target.value })} />
                  <TextField label={t(s('currency'))} maxLength={3} value={line.currency} onChange={(e) => setLine(line.key, { currency: e.target.value.toUpperCase() })} />
                </div>
                {lines.length > 1 ? (
                  <Button variant="ghost" size="sm" onClick={() => setLines((current) => current.filter((l) => l.key !== line.key))}>
                    {t(s('removeLine'), { number: index + 1 })}
                  </Button>
                ) : null}
              </fieldset>
            ))}
            <div>
              <Button variant="secondary" size="sm" onClick={() => setLines((current) => [...current, newLine()])}>
                {t(s('addLine'))}
              </Button>
            </div>
          </fieldset>
          <div className="bo-checks">
            <label className="bo-check">
              <input type="checkbox" checked={hasFeedback} onChange={(e) => setHasFeedback(e.target.checked)} /> {t(s('hasFeedback'))}
            </label>
            <label className="bo-check">
              <input type="checkbox" checked={hasCustomerProfile} onChange={(e) => setHasCustomerProfile(e.target.checked)} /> {t(s('hasCustomerProfile'))}
            </label>
          </div>
          {localError ? <Alert tone="error">{localError}</Alert> : null}
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <div className="r-form-actions">
            <Button type="submit" variant="primary" busy={loading}>
              {t(s('run'))}
            </Button>
          </div>
        </form>
        <LiveRegion message={result ? t(s('totalAnnounce'), { total: t('earning.total', { count: result.total }) }) : null} tone="info" />
        {result ? <SimulationResult result={result} /> : null}
      </Card>
    </section>
  );
}
