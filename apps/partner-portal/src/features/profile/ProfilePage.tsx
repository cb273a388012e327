import { useMutation } from '@apollo/client/react';
import { type Locale, UpdateMyProfileDocument, useSession } from '@relais/graphql-client';
import { isLocale, LOCALES } from '@relais/i18n';
import { Alert, Button, Card, errorMessage, fieldErrors, LiveRegion, PageHeader, Select, TextField, useDocumentTitle } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  useDocumentTitle(t('portal.profile.title'));
  const [firstName, setFirstName] = useState(user?.firstName ?? '');
  const [lastName, setLastName] = useState(user?.lastName ?? '');
  // null: follow the saved language (the header's switcher saves it too).
  const [localeChoice, setLocale] = useState<Locale | null>(null);
  const locale: Locale = localeChoice ?? user?.locale ?? 'fr';
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateMyProfileDocument);
  if (!user) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const result = await update({ variables: { input: { firstName: firstName.trim(), lastName: lastName.trim(), locale } } }).catch(() => null);
    if (result?.data) {
      setSaved(true);
      setLocale(null);
      if (locale !== i18n.language) void i18n.changeLanguage(locale);
    }
  };

  const fields = error ? fieldErrors(t, error) : {};
  return (
    <div className="r-stack portal-narrow">
      <PageHeader
        title={t('portal.profile.title')}
        intro={t('portal.profile.intro')}
        actions={<Link to="/profile/notifications">{t('notificationSettings.link')}</Link>}
      />
      <Card>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <LiveRegion tone="success" message={saved ? t('portal.profile.saved') : null} />
        <form className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField label={t('fields.email')} type="email" value={user.email} readOnly hint={t('portal.profile.emailHint')} />
          <div className="r-form-row r-form-row--2">
            <TextField
              label={t('fields.firstName')}
              autoComplete="given-name"
              required
              value={firstName}
              error={fields['firstName']}
              onChange={(event) => setFirstName(event.target.value)}
            />
            <TextField
              label={t('fields.lastName')}
              autoComplete="family-name"
              required
              value={lastName}
              error={fields['lastName']}
              onChange={(event) => setLastName(event.target.value)}
            />
          </div>
          <Select
            label={t('fields.locale')}
            value={locale}
            error={fields['locale']}
            options={LOCALES.map((value) => ({ value, label: t(`common.languages.${value}`) }))}
            onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}
          />
          <div className="r-form-actions">
            <Button type="submit" busy={loading}>
              {loading ? t('common.saving') : t('common.save')}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
