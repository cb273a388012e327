import './declarations.css';

import { useMutation, useQuery } from '@apollo/client/react';
import {
  BackOfficeApproveDeclarationsDocument,
  type BackOfficeDeclarationRowFragment,
  BackOfficeDeclarationsDocument,
  type DeclarationFilter,
  type DeclarationFlagCode,
  type DeclarationSort,
  type DeclarationStatus,
} from '@relais/graphql-client';
import { Alert, Button, type Column, Dialog, errorMessage, LiveRegion, PageHeader, Pagination, Spinner, Table, useDocumentTitle, useFormat } from '@relais/ui';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PAGE_SIZE, useListParams } from '../../lib/useListParams';
import { ExportButton } from '../exports/ExportButton';
import { ANY, DeclarationFilters } from './DeclarationFilters';
import { FlagChips, RiskBadge, StatusBadge, useSaleWhen } from './declarationParts';

const amountOf = (value: string) => (value !== '' && Number.isFinite(Number(value)) ? Number(value) : undefined);

/** The validation queue: the declarations the signed-in validator may decide (the API scopes them). */
export function DeclarationsQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const saleWhen = useSaleWhen();
  const list = useListParams();
  const k = (key: string, options?: Record<string, unknown>) => t(`backofficeDeclarations.queue.${key}`, options ?? {});
  useDocumentTitle(k('title'));

  const filter = useMemo<DeclarationFilter>(() => {
    const status = list.get('status') || 'SUBMITTED';
    const flag = list.get('flag');
    return {
      statuses: status === ANY ? undefined : [status as DeclarationStatus],
      flags: flag ? [flag as DeclarationFlagCode] : undefined,
      partnerId: list.get('partner') || undefined,
      saleFrom: list.get('from') || undefined,
      saleTo: list.get('to') || undefined,
      minAmount: amountOf(list.get('min')),
      maxAmount: amountOf(list.get('max')),
      sort: (list.get('sort') || 'RISK') as DeclarationSort,
    };
  }, [list]);

  const { data, previousData, loading, error, refetch } = useQuery(BackOfficeDeclarationsDocument, {
    variables: { filter, page: { offset: list.offset, limit: PAGE_SIZE } },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.declarations;
  const rows = page?.items ?? [];

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [approve, approval] = useMutation(BackOfficeApproveDeclarationsDocument);
  const selectable = rows.filter((r) => r.status === 'SUBMITTED');
  const chosen = selectable.filter((r) => selected.has(r.id)).map((r) => r.id);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const approveSelected = async () => {
    setStatus('');
    try {
      const result = await approve({ variables: { ids: chosen } });
      const done = result.data?.approveDeclarations.length ?? 0;
      const skipped = chosen.length - done;
      setStatus([k('approved', { count: done }), skipped > 0 ? k('skipped', { count: skipped }) : ''].filter(Boolean).join(' '));
      setSelected(new Set());
      setConfirming(false);
      await refetch();
    } catch {
      setConfirming(false);
    }
  };

  // j/k (and arrows) move between the rows' links without leaving the keyboard.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) && target.getAttribute('type') !== 'checkbox') return;
    const step = event.key === 'j' || event.key === 'ArrowDown' ? 1 : event.key === 'k' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a[data-row-link]'));
    if (!links.length) return;
    event.preventDefault();
    const current = links.findIndex((link) => link.closest('tr') === target.closest('tr'));
    const next = current < 0 ? 0 : Math.min(links.length - 1, Math.max(0, current + step));
    links[next]?.focus();
  };

  const allChosen = selectable.length > 0 && chosen.length === selectable.length;
  const columns: Column<BackOfficeDeclarationRowFragment>[] = [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          className="bo-decl-check"
          aria-label={k('selectAll')}
          checked={allChosen}
          disabled={!selectable.length}
          onChange={(event) => setSelected(new Set(event.target.checked ? selectable.map((r) => r.id) : []))}
        />
      ),
      cell: (d) =>
        d.status === 'SUBMITTED' ? (
          <input
            type="checkbox"
            className="bo-decl-check"
            aria-label={k('select', { partner: d.partner.name })}
            checked={selected.has(d.id)}
            onChange={(event) => toggle(d.id, event.target.checked)}
          />
        ) : null,
    },
    {
      key: 'partner',
      header: t('backofficeDeclarations.fields.partner'),
      cell: (d) => (
        <Link to={`/declarations/${d.id}`} data-row-link="">
          {d.partner.name}
        </Link>
      ),
    },
    { key: 'declarer', header: t('backofficeDeclarations.fields.declarer'), cell: (d) => d.declaredByName ?? '—' },
    { key: 'sale', header: t('backofficeDeclarations.fields.sale'), cell: (d) => saleWhen(d) },
    { key: 'amount', header: t('backofficeDeclarations.fields.amount'), align: 'end', cell: (d) => format.currency(d.totalAmount, d.currency) },
    { key: 'risk', header: t('backofficeDeclarations.fields.risk'), cell: (d) => <RiskBadge score={d.riskScore ?? 0} /> },
    { key: 'status', header: t('backofficeDeclarations.fields.status'), cell: (d) => <StatusBadge status={d.status} /> },
    { key: 'flags', header: t('backofficeDeclarations.fields.flags'), cell: (d) => <FlagChips flags={d.flags} /> },
  ];

  return (
    <>
      <PageHeader
        title={k('title')}
        intro={k('intro')}
        actions={
          <>
            <ExportButton kind="declarations" params={{ ...filter, sort: undefined }} />
            <Button variant="primary" disabled={!chosen.length} onClick={() => setConfirming(true)}>
              {k('approveSelected', { count: chosen.length })}
            </Button>
          </>
        }
      />
      <DeclarationFilters list={list} />
      <div className="bo-list-status">
        {loading && !page ? <Spinner label={t('common.loading')} /> : null}
        {page ? <p className="bo-total">{k('total', { count: page.total })}</p> : null}
      </div>
      {error ? <Alert tone="error">{errorMessage(t, error)}</Alert> : null}
      {approval.error ? <Alert tone="error">{errorMessage(t, approval.error)}</Alert> : null}
      <LiveRegion message={status} tone="success" />
      <p className="r-muted bo-decl-hint">{k('keyboardHint')}</p>
      {/* The wrapper only forwards j/k from the focusable rows; it is not itself interactive. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div onKeyDown={onKeyDown} className="bo-decl-queue">
        <Table caption={k('caption')} captionHidden columns={columns} rows={rows} rowKey={(d) => d.id} empty={k('empty')} />
      </div>
      {page ? <Pagination offset={list.offset} limit={PAGE_SIZE} total={page.total} onChange={list.setOffset} /> : null}
      <Dialog
        open={confirming}
        title={k('confirmTitle')}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
            <Button variant="primary" busy={approval.loading} onClick={() => void approveSelected()}>
              {k('approveSelected', { count: chosen.length })}
            </Button>
          </>
        }
      >
        <p>{k('confirmBody', { count: chosen.length })}</p>
      </Dialog>
    </>
  );
}
