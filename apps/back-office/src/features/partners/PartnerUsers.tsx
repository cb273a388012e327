import { useQuery } from '@apollo/client/react';
import { type BackOfficePartnerFragment, BackOfficePartnerUsersDocument, type BackOfficeUserFragment } from '@relais/graphql-client';
import { Alert, Badge, Card, type Column, errorMessage, LiveRegion, Spinner, statusTone, Table, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { personName } from '../common/personName';
import { UserRowActions } from '../users/UserRowActions';

export function PartnerUsers({ partner, canInvite }: { partner: BackOfficePartnerFragment; canInvite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error } = useQuery(BackOfficePartnerUsersDocument, { variables: { partnerId: partner.id } });

  const columns: Column<BackOfficeUserFragment>[] = [
    { key: 'name', header: t('backoffice.users.fields.name'), cell: (u) => personName(u) },
    { key: 'email', header: t('backoffice.users.fields.email'), cell: (u) => u.email },
    { key: 'role', header: t('backoffice.users.fields.role'), cell: (u) => t(`users.role.${u.role}`) },
    { key: 'status', header: t('backoffice.users.fields.status'), cell: (u) => <Badge tone={statusTone(u.status)}>{t(`users.status.${u.status}`)}</Badge> },
    { key: 'login', header: t('backoffice.users.fields.lastLoginAt'), cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('backoffice.users.never')) },
    { key: 'actions', header: t('common.actions'), hideHeader: true, align: 'end', cell: (u) => <UserRowActions user={u} onDone={setNotice} /> },
  ];

  return (
    <Card
      title={t('backoffice.partners.detail.users')}
      footer={
        canInvite ? (
          <Link className="r-button r-button--secondary" to={`/users?invite=1&partnerId=${partner.id}`}>
            {t('backoffice.partners.detail.inviteUser')}
          </Link>
        ) : undefined
      }
    >
      <LiveRegion message={notice} tone="success" />
      {loading && !data ? <Spinner label={t('common.loading')} /> : null}
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {data ? (
        <Table
          caption={t('backoffice.partners.detail.usersCaption', { name: partner.name })}
          captionHidden
          columns={columns}
          rows={data.users.items}
          rowKey={(u) => u.id}
          empty={t('backoffice.partners.detail.noUsers')}
        />
      ) : null}
    </Card>
  );
}
