import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeActivatePartnerDocument,
  BackOfficePartnerDocument,
  type BackOfficePartnerFragment,
  BackOfficeSuspendPartnerDocument,
  BackOfficeUpdatePartnerDocument,
  useSession,
} from '@relais/graphql-client';
import { Alert, Badge, Button, Card, Dialog, errorMessage, LiveRegion, PageHeader, Spinner, statusTone, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';

import { can } from '../../app/access';
import { countryName } from '../../lib/countries';
import { PartnerPoints } from '../points/PartnerPoints';
import { PartnerJourneyCard } from '../progression/PartnerJourneyCard';
import { tierLabel } from '../progression/tier-name';
import { AssignChannelManager } from './AssignChannelManager';
import { PartnerForm, type PartnerFormValues } from './PartnerForm';
import { PartnerUsers } from './PartnerUsers';

const toValues = (p: BackOfficePartnerFragment): PartnerFormValues => ({
  code: p.code,
  name: p.name,
  type: p.type,
  brandModel: p.brandModel,
  potential: p.potential,
  country: p.country,
  region: p.region,
  city: p.city,
  channelManagerId: p.channelManager?.id ?? '',
});

export function PartnerDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [editing, setEditing] = useState(false);
  const [confirmSuspend, setConfirmSuspend] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  const { data, loading, error } = useQuery(BackOfficePartnerDocument, { variables: { id } });
  const [update] = useMutation(BackOfficeUpdatePartnerDocument);
  const [suspend, suspending] = useMutation(BackOfficeSuspendPartnerDocument);
  const [activate, activating] = useMutation(BackOfficeActivatePartnerDocument);

  const partner = data?.partner;
  if (!partner) {
    return (
      <>
        <PageHeader title={t('backoffice.partners.detail.title')} />
        {loading ? <Spinner label={t('common.loading')} /> : null}
        {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
        <p>
          <Link to="/partners">{t('common.back')}</Link>
        </p>
      </>
    );
  }

  const mayEdit = can(user?.role, 'partners.edit');
  const changeStatus = async (next: 'suspend' | 'activate') => {
    setActionError(null);
    setConfirmSuspend(false);
    try {
      if (next === 'suspend') await suspend({ variables: { id } });
      else await activate({ variables: { id } });
      setNotice(t(next === 'suspend' ? 'backoffice.partners.detail.suspended' : 'backoffice.partners.detail.activated'));
    } catch (caught) {
      setActionError(caught);
    }
  };

  return (
    <>
      <p className="bo-back">
        <Link to="/partners">
          <span aria-hidden="true">‹ </span>
          {t('backoffice.partners.title')}
        </Link>
      </p>
      <PageHeader
        title={partner.name}
        intro={
          <>
            {partner.code} · <Badge tone={statusTone(partner.status)}>{t(`partners.status.${partner.status}`)}</Badge>
          </>
        }
        actions={
          mayEdit ? (
            <>
              {!editing ? (
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              ) : null}
              {partner.status === 'SUSPENDED' ? (
                <Button variant="secondary" busy={activating.loading} onClick={() => void changeStatus('activate')}>
                  {t('backoffice.partners.detail.activate')}
                </Button>
              ) : (
                <Button variant="danger" busy={suspending.loading} onClick={() => setConfirmSuspend(true)}>
                  {t('backoffice.partners.detail.suspend')}
                </Button>
              )}
            </>
          ) : null
        }
      />
      {can(user?.role, 'audit.read') ? (
        <p>
          <Link to={`/audit?objectId=${partner.id}`}>{t('audit.historyLink')}</Link>
        </p>
      ) : null}
      <LiveRegion message={notice} tone="success" />
      {actionError ? <Alert tone="error">{errorMessage(t, actionError)}</Alert> : null}

      <div className="bo-detail-grid">
        <Card title={editing ? t('backoffice.partners.form.editTitle', { name: partner.name }) : t('backoffice.partners.detail.profile')}>
          {editing ? (
            <PartnerForm
              mode="edit"
              initial={toValues(partner)}
              withChannelManager={false}
              submitLabel={t('common.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (values) => {
                await update({
                  variables: {
                    id,
                    input: {
                      name: values.name.trim(),
                      type: values.type || undefined,
                      brandModel: values.brandModel || undefined,
                      potential: values.potential || undefined,
                      country: values.country,
                      region: values.region.trim(),
                      city: values.city.trim(),
                    },
                  },
                });
                setEditing(false);
                setNotice(t('backoffice.partners.form.updated'));
              }}
            />
          ) : (
            <dl className="r-dl">
              <dt>{t('backoffice.partners.fields.code')}</dt>
              <dd>{partner.code}</dd>
              <dt>{t('backoffice.partners.fields.type')}</dt>
              <dd>{t(`partners.type.${partner.type}`)}</dd>
              <dt>{t('backoffice.partners.fields.brandModel')}</dt>
              <dd>{t(`partners.brandModel.${partner.brandModel}`)}</dd>
              <dt>{t('backoffice.partners.fields.potential')}</dt>
              <dd>{t(`partners.potential.${partner.potential}`)}</dd>
              <dt>{t('backoffice.partners.fields.country')}</dt>
              <dd>{countryName(partner.country, i18n.language)}</dd>
              <dt>{t('backoffice.partners.fields.region')}</dt>
              <dd>{partner.region || t('backoffice.common.notSet')}</dd>
              <dt>{t('backoffice.partners.fields.city')}</dt>
              <dd>{partner.city || t('backoffice.common.notSet')}</dd>
              <dt>{t('backofficeProgression.partner.stage')}</dt>
              <dd>{t(`progression.stage.${partner.stage}`)}</dd>
              <dt>{t('backofficeProgression.partner.tier')}</dt>
              <dd>{tierLabel(i18n.language, partner.tier, t('backofficeProgression.partner.noTier'))}</dd>
              <dt>{t('backoffice.partners.fields.createdAt')}</dt>
              <dd>{format.date(partner.createdAt)}</dd>
              <dt>{t('backoffice.partners.fields.updatedAt')}</dt>
              <dd>{format.dateTime(partner.updatedAt)}</dd>
            </dl>
          )}
        </Card>
        <AssignChannelManager partner={partner} editable={can(user?.role, 'partners.assignChannelManager')} onDone={setNotice} />
      </div>
      <PartnerUsers partner={partner} canInvite={can(user?.role, 'users.invite')} />
      {can(user?.role, 'points.read') ? <PartnerPoints partnerId={partner.id} /> : null}
      <PartnerJourneyCard partnerId={partner.id} />

      <Dialog
        open={confirmSuspend}
        title={t('backoffice.partners.detail.suspend')}
        onClose={() => setConfirmSuspend(false)}
        footer={
          <>
            <Button variant="danger" onClick={() => void changeStatus('suspend')}>
              {t('backoffice.partners.detail.suspend')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmSuspend(false)}>
              {t('common.cancel')}
            </Button>
          </>
        }
      >
        <p>{t('backoffice.partners.detail.confirmSuspend', { name: partner.name })}</p>
      </Dialog>
    </>
  );
}
