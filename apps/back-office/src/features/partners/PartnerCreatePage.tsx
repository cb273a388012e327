import { useMutation } from '@apollo/client/react';
import { BackOfficeCreatePartnerDocument, type CreatePartnerInput, useSession } from '@relais/graphql-client';
import { Card, PageHeader } from '@relais/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { EMPTY_PARTNER, PartnerForm, type PartnerFormValues } from './PartnerForm';

const toInput = (values: PartnerFormValues, withChannelManager: boolean): CreatePartnerInput => ({
  code: values.code.trim(),
  name: values.name.trim(),
  type: values.type as CreatePartnerInput['type'],
  brandModel: values.brandModel as CreatePartnerInput['brandModel'],
  potential: values.potential as CreatePartnerInput['potential'],
  country: values.country,
  region: values.region.trim() || undefined,
  city: values.city.trim() || undefined,
  ...(withChannelManager && values.channelManagerId ? { channelManagerId: values.channelManagerId } : {}),
});

export function PartnerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const withChannelManager = user?.role === 'BRAND_ADMIN';
  const [create] = useMutation(BackOfficeCreatePartnerDocument, { refetchQueries: ['BackOfficePartners', 'BackOfficePartnerCount'] });

  return (
    <>
      <PageHeader title={t('backoffice.partners.form.createTitle')} />
      <Card>
        <PartnerForm
          mode="create"
          initial={EMPTY_PARTNER}
          withChannelManager={withChannelManager}
          submitLabel={t('common.create')}
          onCancel={() => void navigate('/partners')}
          onSubmit={async (values) => {
            const result = await create({ variables: { input: toInput(values, withChannelManager) } });
            const partner = result.data?.createPartner;
            if (partner) {
              void navigate(`/partners/${partner.id}`, {
                state: { notice: t('backoffice.partners.form.created', { name: partner.name }) },
              });
            }
          }}
        />
      </Card>
    </>
  );
}
