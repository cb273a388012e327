import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeAcceptApplicationDocument, type BackOfficeApplicationFragment, BackOfficeChannelManagersDocument, type BrandModel, type Potential } from '@relais/graphql-client';
import { Alert, Button, Dialog, errorMessage, fieldErrors, Select, TextField } from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { personName } from '../common/personName';
import { useOptions } from '../common/useOptions';

interface Props {
  application: BackOfficeApplicationFragment | null;
  onClose(): void;
  onAccepted(message: string): void;
}

const EMPTY = { code: '', brandModel: '' as BrandModel | '', potential: '' as Potential | '', region: '', channelManagerId: '' };

/** What the brand adds to an application to make it a partner; accepting also invites the contact. */
export function AcceptApplicationDialog({ application, onClose, onAccepted }: Props) {
  const { t } = useTranslation();
  const options = useOptions();
  const [values, setValues] = useState(EMPTY);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const managers = useQuery(BackOfficeChannelManagersDocument, { skip: !application });
  const [accept, { loading, error, reset }] = useMutation(BackOfficeAcceptApplicationDocument, {
    refetchQueries: ['BackOfficeApplications', 'BackOfficePendingApplicationCount', 'BackOfficePartners'],
  });
  const byField = { ...(error ? fieldErrors(t, error) : {}), ...missing };
  const set = (name: keyof typeof EMPTY) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));

  const close = () => {
    setValues(EMPTY);
    setMissing({});
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!application) return;
    const required = (['code', 'brandModel', 'potential'] as const).filter((name) => !values[name].trim());
    setMissing(Object.fromEntries(required.map((name) => [name, t('validation.required', { field: t(`fields.${name}`) })])));
    if (required.length > 0) return;
    try {
      const result = await accept({
        variables: {
          id: application.id,
          input: {
            code: values.code.trim(),
            brandModel: values.brandModel as BrandModel,
            potential: values.potential as Potential,
            region: values.region.trim() || undefined,
            channelManagerId: values.channelManagerId || undefined,
          },
        },
      });
      const partner = result.data?.acceptApplication;
      if (partner) {
        setValues(EMPTY);
        onAccepted(t('backoffice.applications.accepted', { company: application.company, code: partner.code }));
      }
    } catch {
      // shown from the mutation's error state
    }
  };

  return (
    <Dialog open={application !== null} title={t('backoffice.applications.acceptTitle', { company: application?.company ?? '' })} onClose={close}>
      {application ? (
        <form className="r-form" onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('backoffice.applications.acceptIntro', { email: application.contactEmail })}</p>
          {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
          <TextField label={t('backoffice.partners.fields.code')} name="code" value={values.code} onChange={set('code')} required error={byField['code']} autoComplete="off" />
          <div className="r-form-row r-form-row--2">
            <Select label={t('backoffice.partners.fields.brandModel')} name="brandModel" options={options.brandModels} placeholder="" value={values.brandModel} onChange={set('brandModel')} required error={byField['brandModel']} />
            <Select label={t('backoffice.partners.fields.potential')} name="potential" options={options.potentials} placeholder="" value={values.potential} onChange={set('potential')} required error={byField['potential']} />
          </div>
          <TextField label={t('backoffice.partners.fields.region')} name="region" value={values.region} onChange={set('region')} optionalText={t('common.optional')} error={byField['region']} />
          <Select
            label={t('backoffice.partners.fields.channelManager')}
            name="channelManagerId"
            options={(managers.data?.channelManagers ?? []).map((m) => ({ value: m.id, label: personName(m) }))}
            placeholder={t('backoffice.partners.form.noChannelManager')}
            value={values.channelManagerId}
            onChange={set('channelManagerId')}
            error={byField['channelManagerId']}
          />
          <div className="r-form-actions">
            <Button type="submit" busy={loading}>
              {t('backoffice.applications.accept')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
