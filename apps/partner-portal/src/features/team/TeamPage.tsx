import { useQuery } from '@apollo/client/react';
import { TeamMembersDocument, type UserFieldsFragment, useSession } from '@relais/graphql-client';
import {
  Alert,
  Badge,
  Button,
  type Column,
  errorMessage,
  LiveRegion,
  PageHeader,
  Pagination,
  Spinner,
  statusTone,
  Table,
  useDocumentTitle,
  useFormat,
} from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { InviteMemberDialog } from './InviteMemberDialog';
import { MemberActions } from './MemberActions';
import { TeamVisibilityToggle } from './TeamVisibilityToggle';

const PAGE_SIZE = 25;

/** A partner admin's team: who uses Relais, invite, deactivate/reactivate, resend an invitation. */
export function TeamPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const [offset, setOffset] = useState(0);
  const [inviting, setInviting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const isAdmin = user?.role === 'PARTNER_ADMIN';
  const team = useQuery(TeamMembersDocument, { variables: { page: { offset, limit: PAGE_SIZE } }, skip: !isAdmin });
  useDocumentTitle(t('portal.team.title'));
  if (!user) return null;
  const partnerName = user.partner?.name ?? '';

  if (!isAdmin) {
    return (
      <>
        <PageHeader title={t('portal.team.title')} />
        <Alert tone="warning">{t('errors.FORBIDDEN_ROLE')}</Alert>
      </>
    );
  }

  const fullName = (member: UserFieldsFragment) => `${member.firstName} ${member.lastName}`.trim() || member.email;
  const columns: Column<UserFieldsFragment>[] = [
    {
      key: 'name',
      header: t('portal.team.name'),
      cell: (member) => (
        <span>
          <strong>{fullName(member)}</strong>
          {member.id === user.id ? <span className="r-muted"> ({t('portal.team.you')})</span> : null}
          <br />
          <span className="r-muted portal-email">{member.email}</span>
        </span>
      ),
    },
    { key: 'role', header: t('fields.role'), cell: (member) => t(`users.role.${member.role}`) },
    {
      key: 'status',
      header: t('fields.status'),
      cell: (member) => <Badge tone={statusTone(member.status)}>{t(`users.status.${member.status}`)}</Badge>,
    },
    {
      key: 'declarations',
      header: t('portal.team.declarations'),
      cell: (member) => <TeamVisibilityToggle member={member} name={fullName(member)} onDone={setStatus} />,
    },
    {
      key: 'lastLogin',
      header: t('users.lastLogin'),
      cell: (member) => (member.lastLoginAt ? format.dateTime(member.lastLoginAt) : <span className="r-muted">{t('users.neverSignedIn')}</span>),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      hideHeader: true,
      align: 'end',
      cell: (member) =>
        member.id === user.id ? null : <MemberActions member={member} name={fullName(member)} onDone={setStatus} />,
    },
  ];

  const page = team.data?.users;
  return (
    <div className="r-stack">
      <PageHeader
        title={t('portal.team.title')}
        intro={t('portal.team.intro', { partner: partnerName })}
        actions={<Button onClick={() => setInviting(true)}>{t('portal.team.invite')}</Button>}
      />
      <LiveRegion tone="success" message={status} />
      {team.error ? <Alert tone="error">{errorMessage(t, team.error)}</Alert> : null}
      {page ? (
        <>
          <Table
            caption={`${t('portal.team.caption', { partner: partnerName })} — ${t('portal.team.count', { count: page.total })}`}
            columns={columns}
            rows={page.items}
            rowKey={(member) => member.id}
            empty={t('portal.team.empty')}
          />
          <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      ) : team.loading ? (
        <Spinner label={t('common.loading')} />
      ) : null}
      <p className="r-muted">{t('portal.team.roleHint')}</p>
      <InviteMemberDialog
        open={inviting}
        onClose={() => setInviting(false)}
        onInvited={(email) => {
          setInviting(false);
          setStatus(t('portal.team.invited', { email }));
          void team.refetch();
        }}
      />
    </div>
  );
}
