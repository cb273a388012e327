import './audit.css';

import { useQuery } from '@apollo/client/react';
import { AUDIT_OBJECT_TYPES } from '@relais/domain';
import { type AuditEntryFilter, BackOfficeAuditActorsDocument, BackOfficeAuditEntriesDocument, useSession } from '@relais/graphql-client';
import { Alert, Button, EmptyState, errorMessage, PageHeader, Pagination, Select, Spinner, TextField } from '@relais/ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { PAGE_SIZE, useListParams } from '../../lib/useListParams';
import { useUrlValue } from '../../lib/useUrlValues';
import { AuditEntryItem } from './AuditEntryItem';

/**
 * The audit log: back-office changes, newest first, searched by user, object and day. A brand admin
 * sees everyone's; a channel manager their own (the API decides, the page only words it).
 */
export function AuditPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.role === 'BRAND_ADMIN';
  const list = useListParams();
  const { get, update } = list;
  const [actorId, setActorId] = useUrlValue(list, 'actorId');
  const [objectType, setObjectType] = useUrlValue(list, 'objectType');
  const [from, setFrom] = useUrlValue(list, 'from');
  const [to, setTo] = useUrlValue(list, 'to');
  const urlObjectId = get('objectId');
  const [objectIdField, setObjectIdField] = useState({ url: urlObjectId, text: urlObjectId });
  const objectId = objectIdField.text;
  const setObjectId = (text: string) => setObjectIdField((field) => ({ ...field, text }));
  const debouncedObjectId = useDebouncedValue(objectId, 300);
  // A link to an object's history changes the URL, not the field: the field follows, unless the
  // URL only caught up with what is being typed.
  if (objectIdField.url !== urlObjectId) setObjectIdField({ url: urlObjectId, text: urlObjectId === debouncedObjectId.trim() ? objectId : urlObjectId });

  useEffect(() => {
    if (debouncedObjectId.trim() !== get('objectId')) update({ objectId: debouncedObjectId.trim() || null });
  }, [debouncedObjectId, get, update]);

  const filter = useMemo<AuditEntryFilter>(() => {
    const f: AuditEntryFilter = {};
    for (const key of ['actorId', 'objectType', 'objectId', 'from', 'to'] as const) if (get(key)) f[key] = get(key);
    return f;
  }, [get]);

  const { data, previousData, loading, error } = useQuery(BackOfficeAuditEntriesDocument, {
    variables: { filter, page: { offset: list.offset, limit: PAGE_SIZE } },
  });
  const page = (data ?? previousData)?.auditEntries;

  const admins = useQuery(BackOfficeAuditActorsDocument, { variables: { role: 'BRAND_ADMIN' }, skip: !isAdmin });
  const managers = useQuery(BackOfficeAuditActorsDocument, { variables: { role: 'CHANNEL_MANAGER' }, skip: !isAdmin });
  const actors = [...(admins.data?.users.items ?? []), ...(managers.data?.users.items ?? [])].map((u) => ({
    value: u.id,
    label: `${u.firstName} ${u.lastName} (${u.email})`,
  }));
  const types = AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: t(`audit.objectType.${type}`) })).sort((a, b) => a.label.localeCompare(b.label));

  return (
    <>
      <PageHeader title={t('audit.title')} intro={t(isAdmin ? 'audit.intro' : 'audit.introOwn')} />
      <div role="search" aria-label={t('audit.filters.label')} className="bo-filters">
        <div className="bo-filters__grid">
          {isAdmin ? (
            <Select label={t('audit.filters.actor')} options={actors} placeholder={t('audit.filters.allActors')} value={actorId} onChange={(e) => setActorId(e.target.value)} />
          ) : null}
          <Select label={t('audit.filters.objectType')} options={types} placeholder={t('audit.filters.allTypes')} value={objectType} onChange={(e) => setObjectType(e.target.value)} />
          <TextField label={t('audit.filters.objectId')} hint={t('audit.filters.objectIdHint')} value={objectId} onChange={(e) => setObjectId(e.target.value)} />
          <TextField label={t('audit.filters.from')} type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} />
          <TextField label={t('audit.filters.to')} type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
        </div>
        {Object.keys(filter).length ? (
          <Button variant="ghost" size="sm" onClick={() => list.clear()}>
            {t('audit.filters.reset')}
          </Button>
        ) : null}
      </div>
      <div className="bo-list-status" aria-live="polite">
        {page ? <p className="bo-total">{t(page.totalCapped ? 'audit.totalCapped' : 'audit.total', { count: page.total })}</p> : null}
        {loading && !page ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {page && page.items.length === 0 ? <EmptyState title={t('audit.empty')}>{t('audit.emptyBody')}</EmptyState> : null}
      {page && page.items.length ? (
        <>
          <ol className="bo-audit-list" aria-label={t('audit.listLabel')}>
            {page.items.map((entry) => (
              <AuditEntryItem key={entry.id} entry={entry} />
            ))}
          </ol>
          <Pagination offset={list.offset} limit={PAGE_SIZE} total={page.total} onChange={list.setOffset} />
        </>
      ) : null}
    </>
  );
}
