import { useQuery } from '@apollo/client/react';
import { BackOfficePartnerDocument, type BackOfficeUserFragment, BackOfficeUsersDocument, type Role, type UserFilter, type UserStatus, useSession } from '@relais/graphql-client';
import { Alert, Badge, Button, type Column, errorMessage, LiveRegion, PageHeader, Pagination, Select, Spinner, statusTone, Table, TextField, useFormat } from '@relais/ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { can } from '../../app/access';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { PAGE_SIZE, useListParams } from '../../lib/useListParams';
import { useUrlValue } from '../../lib/useUrlValues';
import { personName } from '../common/personName';
import { useOptions } from '../common/useOptions';
import { InviteUserDialog } from './InviteUserDialog';
import { UserRowActions } from './UserRowActions';

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const options = useOptions();
  const { user } = useSession();
  const list = useListParams();
  const [notice, setNotice] = useState<string | null>(null);
  const [search, setSearch] = useState(list.get('search'));
  const debouncedSearch = useDebouncedValue(search, 300);
  const mayInvite = can(user?.role, 'users.invite');
  const inviteOpen = mayInvite && list.get('invite') === '1';
  const { get, update } = list;
  const [role, setRole] = useUrlValue(list, 'role');
  const [status, setStatus] = useUrlValue(list, 'status');

  useEffect(() => {
    if (debouncedSearch.trim() !== get('search')) update({ search: debouncedSearch.trim() || null });
  }, [debouncedSearch, get, update]);

  const filter = useMemo<UserFilter>(() => {
    const f: UserFilter = {};
    if (get('search')) f.search = get('search');
    if (get('role')) f.role = get('role') as Role;
    if (get('status')) f.status = get('status') as UserStatus;
    if (get('partnerId')) f.partnerId = get('partnerId');
    return f;
  }, [get]);

  const { data, previousData, loading, error, refetch } = useQuery(BackOfficeUsersDocument, {
    variables: { filter, page: { offset: list.offset, limit: PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.users;
  const scopedPartner = useQuery(BackOfficePartnerDocument, { skip: !get('partnerId'), variables: { id: get('partnerId') } });

  const columns: Column<BackOfficeUserFragment>[] = [
    { key: 'name', header: t('backoffice.users.fields.name'), cell: (u) => personName(u) },
    { key: 'email', header: t('backoffice.users.fields.email'), cell: (u) => u.email },
    { key: 'role', header: t('backoffice.users.fields.role'), cell: (u) => t(`users.role.${u.role}`) },
    {
      key: 'partner',
      header: t('backoffice.users.fields.partner'),
      cell: (u) => (u.partner ? <Link to={`/partners/${u.partner.id}`}>{u.partner.name}</Link> : t('backoffice.users.brand')),
    },
    { key: 'status', header: t('backoffice.users.fields.status'), cell: (u) => <Badge tone={statusTone(u.status)}>{t(`users.status.${u.status}`)}</Badge> },
    {
      key: 'login',
      header: t('backoffice.users.fields.lastLoginAt'),
      cell: (u) => (u.lastLoginAt ? format.dateTime(u.lastLoginAt) : t('backoffice.users.never')),
    },
    { key: 'actions', header: t('common.actions'), hideHeader: true, align: 'end', cell: (u) => <UserRowActions user={u} onDone={setNotice} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('backoffice.users.title')}
        actions={
          mayInvite ? (
            <Button onClick={() => update({ invite: '1' }, { keepOffset: true })}>{t('backoffice.users.invite')}</Button>
          ) : null
        }
      />
      <div role="search" className="bo-filters">
        <div className="bo-filters__grid">
          <TextField label={t('backoffice.users.searchLabel')} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
          <Select
            label={t('backoffice.users.filters.role')}
            options={options.roles}
            placeholder={t('backoffice.common.all')}
            value={role}
            onChange={(event) => setRole(event.target.value)}
          />
          <Select
            label={t('backoffice.users.filters.status')}
            options={options.userStatuses}
            placeholder={t('backoffice.common.all')}
            value={status}
            onChange={(event) => setStatus(event.target.value)}
          />
        </div>
      </div>
      {get('partnerId') ? (
        <p className="bo-scope">
          {t('backoffice.users.partnerFilter', { name: scopedPartner.data?.partner.name ?? '…' })}{' '}
          <Button variant="ghost" size="sm" onClick={() => update({ partnerId: null })}>
            {t('backoffice.users.showAll')}
          </Button>
        </p>
      ) : null}
      <LiveRegion message={notice} tone="info" />
      <div className="bo-list-status" aria-live="polite">
        {page ? <p className="bo-total">{t('backoffice.users.total', { count: page.total })}</p> : null}
        {loading && !page ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {error ? (
        <Alert tone="error">
          {errorMessage(t, error)}{' '}
          <Button variant="secondary" size="sm" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : null}
      {page ? (
        <>
          <Table caption={t('backoffice.users.tableCaption')} captionHidden columns={columns} rows={page.items} rowKey={(u) => u.id} empty={t('backoffice.users.empty')} />
          <Pagination offset={list.offset} limit={PAGE_SIZE} total={page.total} onChange={list.setOffset} />
        </>
      ) : null}
      {mayInvite ? (
        <InviteUserDialog
          key={get('partnerId')}
          open={inviteOpen}
          partnerId={get('partnerId')}
          onClose={() => update({ invite: null }, { keepOffset: true })}
          onInvited={(email) => {
            update({ invite: null }, { keepOffset: true });
            setNotice(t('backoffice.users.inviteForm.invited', { email }));
          }}
        />
      ) : null}
    </>
  );
}
