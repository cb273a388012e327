import { useMutation, useQuery } from '@apollo/client/react';
import { DeclarationImportsDocument, type DeclarationImportSummaryFragment, WithdrawDeclarationImportDocument } from '@relais/graphql-client';
import { Alert, Badge, type BadgeTone, Button, type Column, Dialog, errorMessage, LiveRegion, Pagination, Table, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const PAGE_SIZE = 10;
const TONE: Record<DeclarationImportSummaryFragment['status'], BadgeTone> = { STAGING: 'neutral', IMPORTED: 'info', WITHDRAWN: 'neutral' };

/** The files the user (a partner admin: the team) imported, with a withdraw action while the brand has decided none of their declarations. */
export function DeclarationImportsList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  const [asked, setAsked] = useState<DeclarationImportSummaryFragment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const list = useQuery(DeclarationImportsDocument, { variables: { page: { offset, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const [withdraw, withdrawing] = useMutation(WithdrawDeclarationImportDocument);
  const page = list.data?.declarationImports;

  const onWithdraw = async (file: DeclarationImportSummaryFragment) => {
    const result = await withdraw({ variables: { id: file.id } }).catch(() => null);
    if (result?.data) {
      setDone(t('portalDeclarationImports.list.withdrawn', { file: file.fileName }));
      setAsked(null);
      await list.refetch();
    }
  };

  const columns: Column<DeclarationImportSummaryFragment>[] = [
    { key: 'file', header: t('portalDeclarationImports.list.file'), cell: (i) => i.fileName },
    { key: 'date', header: t('portalDeclarationImports.list.date'), cell: (i) => format.dateTime(i.createdAt) },
    { key: 'rows', header: t('portalDeclarationImports.list.rows'), align: 'end', cell: (i) => format.number(i.totalRows) },
    { key: 'declarations', header: t('portalDeclarationImports.list.declarations'), align: 'end', cell: (i) => (i.status === 'STAGING' ? '' : format.number(i.declarationCount)) },
    { key: 'status', header: t('portalDeclarationImports.list.status'), cell: (i) => <Badge tone={TONE[i.status]}>{t(`portalDeclarationImports.status.${i.status}`)}</Badge> },
    {
      key: 'actions',
      header: t('portalDeclarationImports.list.actions'),
      hideHeader: true,
      cell: (i) =>
        i.withdrawable ? (
          <Button variant="secondary" size="sm" aria-label={t('portalDeclarationImports.list.withdrawLabel', { file: i.fileName })} onClick={() => setAsked(i)}>
            {t('portalDeclarationImports.list.withdraw')}
          </Button>
        ) : null,
    },
  ];

  return (
    <section aria-labelledby="declaration-imports-title" className="r-stack">
      <h2 id="declaration-imports-title">{t('portalDeclarationImports.list.title')}</h2>
      <LiveRegion message={done} tone="success" />
      {list.error ? <Alert tone="error">{errorMessage(t, list.error)}</Alert> : null}
      {page ? (
        <>
          <Table
            caption={t('portalDeclarationImports.list.caption')}
            captionHidden
            columns={columns}
            rows={page.items}
            rowKey={(i) => i.id}
            empty={t('portalDeclarationImports.list.empty')}
          />
          <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      ) : null}
      <Dialog
        open={asked !== null}
        title={t('portalDeclarationImports.list.withdrawTitle')}
        onClose={() => setAsked(null)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setAsked(null)}>
              {t('portalDeclarationImports.list.cancel')}
            </Button>
            <Button variant="danger" busy={withdrawing.loading} disabled={withdrawing.loading} onClick={() => asked && void onWithdraw(asked)}>
              {t('portalDeclarationImports.list.withdrawConfirm')}
            </Button>
          </>
        }
      >
        <p>{t('portalDeclarationImports.list.withdrawText', { file: asked?.fileName ?? '' })}</p>
        {withdrawing.error ? <Alert tone="error">{errorMessage(t, withdrawing.error)}</Alert> : null}
      </Dialog>
    </section>
  );
}
