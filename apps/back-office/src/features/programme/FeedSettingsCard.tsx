import { useMutation, useQuery } from '@apollo/client/react';
import { type FeedKind, FeedSettingsDocument, type FeedSettingsFieldsFragment, UpdateFeedSettingsDocument } from '@relais/graphql-client';
import { Alert, Button, Card, CheckboxGroup, errorMessage, fieldErrors, LiveRegion, Spinner } from '@relais/ui';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const KINDS: readonly FeedKind[] = ['BADGE_EARNED', 'STAGE_COMPLETED', 'CHALLENGE_PODIUM'];

/** The programme settings' activity feed section: on or off, which achievements, names or "a partner". */
export function FeedSettingsCard() {
  const { t } = useTranslation();
  const { data, error } = useQuery(FeedSettingsDocument);
  return (
    <Card title={t('feed.settings.title')}>
      <p className="r-muted">{t('feed.settings.intro')}</p>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data ? <FeedSettingsForm settings={data.feedSettings} /> : error ? null : <Spinner label={t('common.loading')} />}
    </Card>
  );
}

function FeedSettingsForm({ settings }: { settings: FeedSettingsFieldsFragment }) {
  const { t } = useTranslation();
  const ids = { enabled: useId(), names: useId(), hint: useId() };
  const [enabled, setEnabled] = useState(settings.enabled);
  const [kinds, setKinds] = useState<string[]>(settings.kinds);
  const [showPartnerNames, setShowPartnerNames] = useState(settings.showPartnerNames);
  const [notice, setNotice] = useState<string | null>(null);
  const [update, { loading, error }] = useMutation(UpdateFeedSettingsDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const result = await update({ variables: { input: { enabled, kinds: kinds as FeedKind[], showPartnerNames } } }).catch(() => null);
    if (result?.data) setNotice(t('feed.settings.saved'));
  };
  const fields = error ? fieldErrors(t, error) : {};

  return (
    <form className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {error && Object.keys(fields).length === 0 ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      <label className="r-checkbox" htmlFor={ids.enabled}>
        <input id={ids.enabled} type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        {t('feed.settings.enabled')}
      </label>
      <CheckboxGroup
        legend={t('feed.settings.kinds')}
        options={KINDS.map((kind) => ({ value: kind, label: t(`feed.kind.${kind}`) }))}
        value={kinds}
        onChange={setKinds}
        error={fields['kinds']}
        disabled={!enabled}
      />
      <div>
        <label className="r-checkbox" htmlFor={ids.names}>
          <input id={ids.names} type="checkbox" checked={showPartnerNames} aria-describedby={ids.hint} onChange={(event) => setShowPartnerNames(event.target.checked)} />
          {t('feed.settings.showPartnerNames')}
        </label>
        <p className="r-field__hint" id={ids.hint}>
          {t('feed.settings.showPartnerNamesHint')}
        </p>
      </div>
      <div className="r-form-actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('common.save')}
        </Button>
      </div>
      <LiveRegion message={notice} tone="success" />
    </form>
  );
}
