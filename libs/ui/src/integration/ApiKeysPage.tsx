import { useMutation, useQuery } from '@apollo/client/react';
import { type ApiKeyFieldsFragment, ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from '@relais/graphql-client';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Alert, LiveRegion } from '../components/Alert';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { Card, PageHeader } from '../components/Card';
import { Dialog } from '../components/Dialog';
import { Spinner } from '../components/Spinner';
import { type Column, Table } from '../components/Table';
import { TextField } from '../components/TextField';
import { errorMessage, fieldErrors } from '../errors/error-message';
import { useFormat } from '../format/use-format';
import { useDocumentTitle } from '../shell/use-document-title';
import { ApiKeyUsesDialog } from './ApiKeyUsesDialog';
import { SecretReveal } from './SecretReveal';

/**
 * An admin's API keys (a partner admin's for their partner, a brand admin's for the brand): create
 * (the key shown once, with a copy button), list, revoke, recent use. The API decides the scope.
 */
export function ApiKeysPage({ intro }: { intro: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const keys = useQuery(ApiKeysDocument, { fetchPolicy: 'cache-and-network' });
  const [create, creation] = useMutation(CreateApiKeyDocument);
  const [revoke, revocation] = useMutation(RevokeApiKeyDocument);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const [viewing, setViewing] = useState<ApiKeyFieldsFragment | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useDocumentTitle(t('integration.keys.title'));

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { name: name.trim() } } }).catch(() => null);
    if (!result?.data) return;
    setCreated({ name: result.data.createApiKey.key.name, secret: result.data.createApiKey.secret });
    setName('');
    void keys.refetch();
  };
  const onRevoke = async () => {
    if (!revoking) return;
    const result = await revoke({ variables: { id: revoking.id } }).catch(() => null);
    if (!result?.data) return;
    setStatus(t('integration.keys.revokedStatus', { name: revoking.name }));
    setRevoking(null);
  };

  const columns: Column<ApiKeyFieldsFragment>[] = [
    {
      key: 'name',
      header: t('integration.keys.name'),
      cell: (k) => (
        <span>
          <strong>{k.name}</strong>
          <br />
          <code>{k.prefix}…</code>
        </span>
      ),
    },
    {
      key: 'created',
      header: t('integration.keys.created'),
      cell: (k) => (
        <span>
          {format.date(k.createdAt)}
          {k.createdByName ? <span className="r-muted"> {t('integration.keys.createdBy', { name: k.createdByName })}</span> : null}
        </span>
      ),
    },
    { key: 'lastUsed', header: t('integration.keys.lastUsed'), cell: (k) => (k.lastUsedAt ? format.dateTime(k.lastUsedAt) : t('integration.keys.never')) },
    {
      key: 'status',
      header: t('integration.keys.status'),
      cell: (k) =>
        k.revokedAt ? (
          <Badge tone="neutral">{t('integration.keys.revoked', { date: format.date(k.revokedAt) })}</Badge>
        ) : (
          <Badge tone="success">{t('integration.keys.active')}</Badge>
        ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      hideHeader: true,
      align: 'end',
      cell: (k) => (
        <div className="r-row-actions">
          <Button size="sm" variant="secondary" aria-label={t('integration.keys.usesLabel', { name: k.name })} onClick={() => setViewing(k)}>
            {t('integration.keys.uses')}
          </Button>
          {k.revokedAt ? null : (
            <Button size="sm" variant="danger" aria-label={t('integration.keys.revokeLabel', { name: k.name })} onClick={() => setRevoking(k)}>
              {t('integration.keys.revoke')}
            </Button>
          )}
        </div>
      ),
    },
  ];

  const fields = creation.error ? fieldErrors(t, creation.error) : {};
  return (
    <div className="r-stack">
      <PageHeader title={t('integration.keys.title')} intro={intro} />
      <p className="r-muted">{t('integration.keys.docs')}</p>
      <LiveRegion tone="success" message={status} />
      {created ? (
        <SecretReveal
          title={t('integration.keys.createdTitle')}
          warning={t('integration.keys.createdWarning')}
          label={t('integration.keys.secretLabel', { name: created.name })}
          secret={created.secret}
          copyLabel={t('integration.keys.copy')}
          copiedMessage={t('integration.keys.copied')}
          doneLabel={t('integration.keys.done')}
          onDone={() => setCreated(null)}
        />
      ) : (
        <Card title={t('integration.keys.createLegend')}>
          {creation.error && !fields['name'] ? <Alert tone="error">{errorMessage(t, creation.error)}</Alert> : null}
          <form className="r-form" onSubmit={(event) => void onCreate(event)} noValidate>
            <TextField label={t('integration.keys.name')} hint={t('integration.keys.nameHint')} required maxLength={80} value={name} error={fields['name']} onChange={(event) => setName(event.target.value)} />
            <div className="r-form-actions">
              <Button type="submit" busy={creation.loading}>
                {creation.loading ? t('integration.keys.creating') : t('integration.keys.create')}
              </Button>
            </div>
          </form>
        </Card>
      )}
      {keys.error ? <Alert tone="error">{errorMessage(t, keys.error)}</Alert> : null}
      {keys.data ? (
        <Table caption={t('integration.keys.caption')} columns={columns} rows={keys.data.apiKeys} rowKey={(k) => k.id} empty={t('integration.keys.empty')} />
      ) : keys.loading ? (
        <Spinner label={t('common.loading')} />
      ) : null}
      <Dialog
        open={revoking !== null}
        title={t('integration.keys.revokeTitle', { name: revoking?.name ?? '' })}
        onClose={() => setRevoking(null)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setRevoking(null)}>
              {t('common.cancel')}
            </Button>
            <Button variant="danger" busy={revocation.loading} onClick={() => void onRevoke()}>
              {t('integration.keys.revokeConfirm')}
            </Button>
          </>
        }
      >
        {revocation.error ? <Alert tone="error">{errorMessage(t, revocation.error)}</Alert> : null}
        <p>{t('integration.keys.revokeBody')}</p>
      </Dialog>
      <ApiKeyUsesDialog apiKey={viewing} onClose={() => setViewing(null)} />
    </div>
  );
}
