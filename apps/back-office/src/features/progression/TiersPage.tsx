import './progression.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeConfigureTiersDocument, type TierBasis, TierProgrammeDocument, type TierProgrammeQuery } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, PageHeader, Select, Spinner, TextField, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

const BASES: readonly TierBasis[] = ['POINTS', 'SALES_AMOUNT'];

interface TierDraft {
  key: string;
  id: string | null;
  nameEn: string;
  nameFr: string;
  threshold: string;
  multiplier: string;
}

let keys = 0;
/** A blank or unreadable number goes as -1, out of every range, so the API's validation names the field. */
const numberOr = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? -1 : Number(text));

/** The tiers, their thresholds and multipliers, and what they are measured on (brand admins). */
export function TiersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('backofficeProgression.tiers.title'));
  const { data, loading, error } = useQuery(TierProgrammeDocument);
  return (
    <div className="r-stack">
      <PageHeader title={t('backofficeProgression.tiers.title')} intro={t('backofficeProgression.tiers.intro')} />
      {loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data ? <TiersForm programme={data.tierProgramme} /> : null}
    </div>
  );
}

function TiersForm({ programme }: { programme: TierProgrammeQuery['tierProgramme'] }) {
  const { t } = useTranslation();
  const [basis, setBasis] = useState<TierBasis>(programme.basis);
  const [tiers, setTiers] = useState<TierDraft[]>(() =>
    programme.tiers.map((tier) => ({ key: tier.id, id: tier.id, nameEn: tier.nameEn, nameFr: tier.nameFr, threshold: String(tier.threshold), multiplier: String(tier.multiplier) })),
  );
  const [notice, setNotice] = useState<string | null>(null);
  const [configure, { error, loading }] = useMutation(BackOfficeConfigureTiersDocument);
  const fe = error ? fieldErrors(t, error) : {};
  const p = (key: string) => `backofficeProgression.tiers.${key}`;
  const set = (index: number, patch: Partial<TierDraft>) => setTiers((all) => all.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      const input = {
        basis,
        tiers: tiers.map((tier) => ({ ...(tier.id ? { id: tier.id } : {}), nameEn: tier.nameEn, nameFr: tier.nameFr, threshold: numberOr(tier.threshold), multiplier: numberOr(tier.multiplier) })),
      };
      const result = await configure({ variables: { input } });
      const saved = result.data?.configureTiers.tiers ?? [];
      // New tiers now have ids: keep them, so saving again updates instead of creating twice.
      setTiers(saved.map((tier) => ({ key: tier.id, id: tier.id, nameEn: tier.nameEn, nameFr: tier.nameFr, threshold: String(tier.threshold), multiplier: String(tier.multiplier) })));
      setNotice(t(p('saved')));
    } catch {
      // Shown from the mutation's error.
    }
  };

  return (
    <Card>
      <form className="r-form" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <Select label={t(p('basis'))} options={BASES.map((b) => ({ value: b, label: t(`backofficeProgression.tiers.basisOption.${b}`) }))} value={basis} error={fe['basis']} onChange={(e) => setBasis(e.target.value as TierBasis)} />
        {tiers.map((tier, i) => {
          const f = (field: string) => fe[`tiers.${i}.${field}`];
          return (
            <fieldset key={tier.key} className="stage-config__criterion">
              <legend>{t(p('tier'), { index: i + 1 })}</legend>
              {f('id') ? <Alert tone="error">{f('id')}</Alert> : null}
              <div className="r-form-row r-form-row--2">
                <TextField label={t(p('nameEn'))} value={tier.nameEn} error={f('nameEn')} onChange={(e) => set(i, { nameEn: e.target.value })} />
                <TextField label={t(p('nameFr'))} value={tier.nameFr} error={f('nameFr')} onChange={(e) => set(i, { nameFr: e.target.value })} />
                <TextField label={t(p('threshold'))} type="number" min={0} step="any" inputMode="decimal" value={tier.threshold} error={f('threshold')} onChange={(e) => set(i, { threshold: e.target.value })} />
                <TextField label={t(p('multiplier'))} type="number" min={1} step="0.05" inputMode="decimal" value={tier.multiplier} error={f('multiplier')} onChange={(e) => set(i, { multiplier: e.target.value })} />
              </div>
              <div>
                <Button type="button" variant="secondary" size="sm" disabled={tiers.length <= 1} onClick={() => setTiers((all) => all.filter((_, j) => j !== i))}>
                  {t(p('removeTier'), { index: i + 1 })}
                </Button>
              </div>
            </fieldset>
          );
        })}
        <div className="r-form-actions">
          <Button type="button" variant="secondary" onClick={() => setTiers((all) => [...all, { key: `new-${++keys}`, id: null, nameEn: '', nameFr: '', threshold: '', multiplier: '1' }])}>
            {t(p('addTier'))}
          </Button>
          <Button type="submit" variant="primary" busy={loading}>
            {t(p('save'))}
          </Button>
        </div>
        <LiveRegion message={notice} tone="success" />
      </form>
    </Card>
  );
}
