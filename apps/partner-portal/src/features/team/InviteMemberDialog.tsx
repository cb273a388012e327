import { useMutation } from '@apollo/client/react';
import { InviteUserDocument, type Role } from '@relais/graphql-client';
import { isLocale, type Locale, LOCALES } from '@relais/i18n';
import { Alert, Button, Dialog, errorMessage, fieldErrors, Select, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

const TEAM_ROLES: readonly Role[] = ['PARTNER_MEMBER', 'PARTNER_ADMIN'];

interface InviteMemberDialogProps {
  open: boolean;
  onClose(): void;
  onInvited(email: string): void;
}

export function InviteMemberDialog({ open, onClose, onInvited }: InviteMemberDialogProps) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [role, setRole] = useState<Role>('PARTNER_MEMBER');
  const [locale, setLocale] = useState<Locale>(isLocale(i18n.language) ? i18n.language : 'fr');
  const [invite, { loading, error, reset }] = useMutation(InviteUserDocument);

  const close = () => {
    reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const result = await invite({
      variables: { input: { email: address, firstName: firstName.trim(), lastName: lastName.trim(), role, locale } },
    }).catch(() => null);
    if (result?.data) {
      setEmail('');
      setFirstName('');
      setLastName('');
      setRole('PARTNER_MEMBER');
      onInvited(address);
    }
  };

  const fields = error ? fieldErrors(t, error) : {};
  const formId = 'invite-member-form';
  return (
    <Dialog
      open={open}
      title={t('portal.team.inviteTitle')}
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} busy={loading}>
            {loading ? t('portal.team.inviteSubmitting') : t('portal.team.inviteSubmit')}
          </Button>
        </>
      }
    >
      <p className="r-muted">{t('portal.team.inviteIntro')}</p>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      <form id={formId} className="r-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          required
          value={email}
          error={fields['email']}
          onChange={(event) => setEmail(event.target.value)}
        />
        <div className="r-form-row r-form-row--2">
          <TextField label={t('fields.firstName')} required value={firstName} error={fields['firstName']} onChange={(event) => setFirstName(event.target.value)} />
          <TextField label={t('fields.lastName')} required value={lastName} error={fields['lastName']} onChange={(event) => setLastName(event.target.value)} />
        </div>
        <Select
          label={t('fields.role')}
          value={role}
          error={fields['role']}
          options={TEAM_ROLES.map((value) => ({ value, label: t(`users.role.${value}`) }))}
          onChange={(event) => setRole(event.target.value as Role)}
        />
        <Select
          label={t('fields.locale')}
          value={locale}
          error={fields['locale']}
          options={LOCALES.map((value) => ({ value, label: t(`common.languages.${value}`) }))}
          onChange={(event) => isLocale(event.target.value) && setLocale(event.target.value)}
        />
      </form>
    </Dialog>
  );
}
