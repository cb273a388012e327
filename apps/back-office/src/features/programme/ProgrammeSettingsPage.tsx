import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeProgrammeSettingsDocument, type BackOfficeProgrammeSettingsFragment, BackOfficeUpdateProgrammeSettingsDocument, type PointsRecipient } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, PageHeader, Select, Spinner, TextField, useDocumentTitle, useFormat } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FeedSettingsCard } from './FeedSettingsCard';

const RECIPIENTS: readonly PointsRecipient[] = ['USER', 'PARTNER', 'SPLIT'];

export function ProgrammeSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('backofficePoints.programme.title'));
  const { data, loading, error } = useQuery(BackOfficeProgrammeSettingsDocument);
  return (
    <>
      <PageHeader title={t('backofficePoints.programme.title')} intro={t('backofficePoints.programme.intro')} />
      {loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data ? <ProgrammeSettingsForm settings={data.programmeSettings} /> : null}
      <FeedSettingsCard />
    </>
  );
}

function ProgrammeSettingsForm({ settings }: { settings: BackOfficeProgrammeSettingsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState({
    declarationPointsRecipient: settings.declarationPointsRecipient,
    splitUserPercent: String(settings.splitUserPercent),
    pointsExpiryMonths: String(settings.pointsExpiryMonths),
    returnWindowDays: String(settings.returnWindowDays),
    expiringSoonDays: String(settings.expiringSoonDays),
  });
  const [notice, setNotice] = useState<string | null>(null);
  const [update, { error, loading }] = useMutation(BackOfficeUpdateProgrammeSettingsDocument);
  const fe = error ? fieldErrors(t, error) : {};
  const p = (key: string) => `backofficePoints.programme.${key}`;
  type NumberKey = 'splitUserPercent' | 'pointsExpiryMonths' | 'returnWindowDays' | 'expiringSoonDays';
  const int = (key: NumberKey) => (values[key].trim() === '' ? Number.NaN : Number(values[key]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      const numbers = (['pointsExpiryMonths', 'returnWindowDays', 'expiringSoonDays', ...(values.declarationPointsRecipient === 'SPLIT' ? ['splitUserPercent' as const] : [])] as NumberKey[]).map(
        (key) => [key, int(key)] as const,
      );
      await update({
        variables: {
          input: {
            declarationPointsRecipient: values.declarationPointsRecipient,
            // A blank or fractional value goes as -1, out of every range, so the API's validation names the field.
            ...Object.fromEntries(numbers.map(([key, value]) => [key, Number.isInteger(value) ? value : -1])),
          },
        },
      });
      setNotice(t(p('saved')));
    } catch {
      // Shown from the mutation's error.
    }
  };

  const numberField = (key: NumberKey, hint?: string) => (
    <TextField
      label={t(p(key))}
      hint={hint}
      type="number"
      min={0}
      step={1}
      inputMode="numeric"
      value={values[key]}
      error={fe[key]}
      onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
    />
  );

  return (
    <Card>
      <form className="r-form" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <Select
          label={t(p('recipient'))}
          hint={t(p('recipientHint'))}
          options={RECIPIENTS.map((r) => ({ value: r, label: t(`backofficePoints.programme.recipientOption.${r}`) }))}
          value={values.declarationPointsRecipient}
          error={fe['declarationPointsRecipient']}
          onChange={(e) => setValues((v) => ({ ...v, declarationPointsRecipient: e.target.value as PointsRecipient }))}
        />
        {values.declarationPointsRecipient === 'SPLIT' ? numberField('splitUserPercent', t(p('splitUserPercentHint'))) : null}
        <div className="r-form-row r-form-row--2">
          {numberField('pointsExpiryMonths')}
          {numberField('returnWindowDays', t(p('returnWindowDaysHint')))}
          {numberField('expiringSoonDays')}
        </div>
        <p className="r-muted">{t(p('updatedAt'), { date: format.dateTime(settings.updatedAt) })}</p>
        <div className="r-form-actions">
          <Button type="submit" variant="primary" busy={loading}>
            {t('common.save')}
          </Button>
        </div>
        <LiveRegion message={notice} tone="success" />
      </form>
    </Card>
  );
}
