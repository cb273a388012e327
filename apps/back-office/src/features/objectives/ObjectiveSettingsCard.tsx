import { useMutation, useQuery } from '@apollo/client/react';
import { ObjectiveSettingsDocument, UpdateObjectiveSettingsDocument } from '@relais/graphql-client';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The programme's nudge threshold (brand admins): from which % of the target owners are nudged, once. */
export function ObjectiveSettingsCard() {
  const { t } = useTranslation();
  const settings = useQuery(ObjectiveSettingsDocument);
  const [edited, setEdited] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, saving] = useMutation(UpdateObjectiveSettingsDocument);
  const value = edited ?? String(settings.data?.objectiveSettings.nudgePercent ?? '');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    try {
      await save({ variables: { input: { nudgePercent: Number(value) } } });
      setNotice(t('objectives.admin.settingsSaved'));
    } catch {
      // shown from the mutation's error state
    }
  };
  return (
    <Card title={t('objectives.admin.settingsTitle')}>
      <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
        <LiveRegion message={notice} tone="success" />
        {saving.error ? <Alert tone="error">{errorMessage(t, saving.error)}</Alert> : null}
        <TextField
          label={t('objectives.admin.nudgePercent')}
          hint={t('objectives.admin.nudgeHint')}
          inputMode="numeric"
          value={value}
          onChange={(e) => setEdited(e.target.value)}
          error={saving.error ? fieldErrors(t, saving.error)['nudgePercent'] : undefined}
        />
        <p>
          <Button type="submit" variant="secondary" disabled={saving.loading}>
            {t('objectives.admin.saveSettings')}
          </Button>
        </p>
      </form>
    </Card>
  );
}
