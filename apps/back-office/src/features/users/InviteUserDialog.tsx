import { useMutation, useQuery } from '@apollo/client/react';
import { isPartnerRole } from '@relais/domain';
import { BackOfficeInviteUserDocument, BackOfficePartnerDocument, BackOfficePartnersDocument, type Locale, type Role, useSession } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage, fieldErrors, Select, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { can } from '../../app/access';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useOptions } from '../common/useOptions';

interface Props {
  open: boolean;
  /** Preselected partner (from a partner's page). */
  partnerId?: string;
  onClose(): void;
  onInvited(email: string): void;
}

interface Values {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  partnerId: string;
  locale: Locale;
}

export function InviteUserDialog({ open, partnerId = '', onClose, onInvited }: Props) {
  const { t, i18n } = useTranslation();
  const options = useOptions();
  const { user } = useSession();
  // A channel manager invites the people of their own partners only.
  const brandRoles = can(user?.role, 'users.inviteBrandRoles');
  const roleOptions = brandRoles ? options.roles : options.roles.filter((o) => isPartnerRole(o.value as Role));
  const initial = (): Values => ({
    email: '',
    firstName: '',
    lastName: '',
    role: partnerId || !brandRoles ? 'PARTNER_ADMIN' : 'CHANNEL_MANAGER',
    partnerId,
    locale: i18n.language === 'en' ? 'en' : 'fr',
  });
  const [values, setValues] = useState<Values>(initial);
  const [partnerSearch, setPartnerSearch] = useState('');
  const search = useDebouncedValue(partnerSearch.trim(), 300);
  const [invite, { loading, error, reset }] = useMutation(BackOfficeInviteUserDocument, { refetchQueries: ['BackOfficeUsers', 'BackOfficePartnerUsers'] });

  const forPartner = isPartnerRole(values.role);
  const partners = useQuery(BackOfficePartnersDocument, {
    skip: !open || !forPartner,
    variables: { filter: search ? { search } : {}, page: { offset: 0, limit: 50 } },
  });
  const chosen = useQuery(BackOfficePartnerDocument, { skip: !open || !values.partnerId, variables: { id: values.partnerId } });
  const partnerOptions = [
    ...(chosen.data?.partner ? [chosen.data.partner] : []),
    ...(partners.data?.partners.items ?? []).filter((p) => p.id !== chosen.data?.partner.id),
  ].map((p) => ({ value: p.id, label: `${p.name} (${p.code})` }));

  const byField = error ? fieldErrors(t, error) : {};
  const set = <K extends keyof Values>(name: K) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value as Values[K] }));

  const close = () => {
    setValues(initial());
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await invite({
        variables: {
          input: {
            email: values.email.trim(),
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            role: values.role,
            locale: values.locale,
            ...(forPartner && values.partnerId ? { partnerId: values.partnerId } : {}),
          },
        },
      });
      const email = values.email.trim();
      setValues(initial());
      onInvited(email);
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <Dialog open={open} title={t('backoffice.users.inviteForm.title')} onClose={close}>
      <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <TextField label={t('backoffice.users.fields.email')} type="email" name="email" value={values.email} onChange={set('email')} required autoComplete="off" error={byField['email']} />
        <div className="r-form-row r-form-row--2">
          <TextField label={t('backoffice.users.fields.firstName')} name="firstName" value={values.firstName} onChange={set('firstName')} required error={byField['firstName']} />
          <TextField label={t('backoffice.users.fields.lastName')} name="lastName" value={values.lastName} onChange={set('lastName')} required error={byField['lastName']} />
        </div>
        <div className="r-form-row r-form-row--2">
          <Select label={t('backoffice.users.fields.role')} name="role" options={roleOptions} value={values.role} onChange={set('role')} error={byField['role']} />
          <Select label={t('backoffice.users.fields.locale')} name="locale" options={options.locales} value={values.locale} onChange={set('locale')} error={byField['locale']} />
        </div>
        {forPartner ? (
          <div className="r-form-row r-form-row--2">
            <TextField
              label={t('backoffice.users.inviteForm.searchPartner')}
              type="search"
              value={partnerSearch}
              onChange={(event) => setPartnerSearch(event.target.value)}
            />
            <Select
              label={t('backoffice.users.fields.partner')}
              name="partnerId"
              options={partnerOptions}
              placeholder={t('backoffice.users.inviteForm.choosePartner')}
              hint={t('backoffice.users.inviteForm.partnerHint')}
              value={values.partnerId}
              onChange={set('partnerId')}
              required
              error={byField['partnerId']}
            />
          </div>
        ) : null}
        <div className="r-form-actions">
          <Button type="submit" busy={loading}>
            {t('backoffice.users.invite')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
