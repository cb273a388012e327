import './privacy.css';

import { useMutation, useQuery } from '@apollo/client/react';
import { BackOfficeCustomerDataSearchDocument, BackOfficeEraseCustomerDataDocument, BackOfficeExportCustomerDataDocument, type CustomerDataFilter } from '@relais/graphql-client';
import { Alert, Button, EmptyState, errorMessage, fieldErrors, LiveRegion, PageHeader, Spinner, TextField, useDocumentTitle } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { customerDataDocument, customerDataFileName, downloadJson } from './customer-data-download';
import { CustomerDataList } from './CustomerDataList';
import { CustomerDataSearchForm } from './CustomerDataSearchForm';
import { EraseCustomerDataDialog } from './EraseCustomerDataDialog';

/**
 * An end customer's request about their personal data (brand admins): find the declarations that
 * hold it, review them, export the selection as JSON, erase it after a confirmation. The API
 * records each export and erasure, with the request's reference, in the audit log.
 */
export function CustomerDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  const [filter, setFilter] = useState<CustomerDataFilter | null>(null);
  const search = useQuery(BackOfficeCustomerDataSearchDocument, { variables: { filter: filter ?? {} }, skip: !filter, fetchPolicy: 'network-only' });
  const found = search.data?.customerDataSearch;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reference, setReference] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [exportData, exporting] = useMutation(BackOfficeExportCustomerDataDocument);
  const [erase, erasing] = useMutation(BackOfficeEraseCustomerDataDocument);
  const requestError = exporting.error ?? erasing.error;
  const requestFields = requestError ? fieldErrors(t, requestError) : {};
  const searchFields = search.error ? fieldErrors(t, search.error) : {};

  const onSearch = (next: CustomerDataFilter) => {
    setSelected(new Set());
    setStatus(null);
    setFilter(next);
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const input = () => ({ declarationIds: [...selected], requestReference: reference.trim() });

  const onExport = async () => {
    setStatus(null);
    const result = await exportData({ variables: { input: input() } }).catch(() => null);
    const exported = result?.data?.exportCustomerData;
    if (!exported) return;
    downloadJson(customerDataFileName(exported.requestReference), customerDataDocument(exported));
    setStatus(t('privacy.request.exported', { count: exported.declarations.length }));
  };
  const onErase = async () => {
    const result = await erase({ variables: { input: input() } }).catch(() => null);
    setConfirming(false);
    const erased = result?.data?.eraseCustomerData;
    if (!erased) return;
    const nothingLeft = erased.fields.length === 0 && erased.proofFilesErased === 0;
    setStatus(nothingLeft ? t('privacy.erase.nothingLeft') : t('privacy.erase.done', { count: erased.declarationIds.length, reference: erased.requestReference }));
    await search.refetch();
  };

  const allSelected = !!found?.items.length && found.items.every((item) => selected.has(item.id));
  const formLevelError = search.error && !Object.keys(searchFields).some((field) => field !== 'filter') ? searchFields['filter'] ?? errorMessage(t, search.error) : null;
  const requestLevelError = requestError && !requestFields['requestReference'] ? requestFields['declarationIds'] ?? Object.values(requestFields)[0] ?? errorMessage(t, requestError) : null;

  return (
    <>
      <PageHeader title={t('privacy.title')} intro={t('privacy.intro')} />
      <CustomerDataSearchForm onSearch={onSearch} errors={searchFields} busy={search.loading} />
      {formLevelError ? <Alert tone="error">{formLevelError}</Alert> : null}
      <div className="bo-list-status" aria-live="polite">
        {found ? <p className="bo-total">{t('privacy.results.total', { count: found.total })}</p> : null}
        {found && found.total > found.limit ? <p className="r-muted">{t('privacy.results.capped', { limit: found.limit })}</p> : null}
        {search.loading && !found ? <Spinner label={t('common.loading')} /> : null}
      </div>
      {found && found.items.length === 0 ? <EmptyState title={t('privacy.results.empty')}>{t('privacy.results.emptyBody')}</EmptyState> : null}
      {found && found.items.length ? (
        <>
          <div className="bo-privacy-toolbar">
            <label>
              <input type="checkbox" checked={allSelected} onChange={(e) => setSelected(new Set(e.target.checked ? found.items.map((item) => item.id) : []))} />
              {t('privacy.results.selectAll')}
            </label>
            <span aria-live="polite">{t('privacy.results.selected', { count: selected.size })}</span>
          </div>
          <CustomerDataList items={found.items} selected={selected} onToggle={toggle} />
          <div className="bo-privacy-request">
            <TextField
              label={t('privacy.request.reference')}
              hint={t('privacy.request.referenceHint')}
              value={reference}
              error={requestFields['requestReference']}
              onChange={(e) => setReference(e.target.value)}
            />
            {requestLevelError ? <Alert tone="error">{requestLevelError}</Alert> : null}
            <div className="bo-privacy-request__actions">
              <Button variant="secondary" busy={exporting.loading} onClick={() => void onExport()}>
                {t('privacy.request.export')}
              </Button>
              <Button variant="danger" onClick={() => setConfirming(true)}>
                {t('privacy.request.erase')}
              </Button>
            </div>
          </div>
        </>
      ) : null}
      <LiveRegion message={status} tone="success" />
      <EraseCustomerDataDialog open={confirming} count={selected.size} busy={erasing.loading} onConfirm={() => void onErase()} onClose={() => setConfirming(false)} />
    </>
  );
}
