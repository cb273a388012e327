import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  TestWebhookEndpointDocument,
  UpdateWebhookEndpointDocument,
  type WebhookEndpointFieldsFragment,
  WebhookEndpointsDocument,
  type WebhookEvent,
} from '@relais/graphql-client';
import {
  Alert,
  Badge,
  Button,
  Card,
  CheckboxGroup,
  type Column,
  Dialog,
  errorMessage,
  fieldErrors,
  LiveRegion,
  PageHeader,
  SecretReveal,
  Spinner,
  Table,
  TextField,
  useDocumentTitle,
} from '@relais/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { WEBHOOK_EVENTS } from './webhook-events';
import { WebhookDeliveries } from './WebhookDeliveries';

/** Brand admins: the endpoints told of events, their signing secret (once), deliveries and replays. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const endpoints = useQuery(WebhookEndpointsDocument, { fetchPolicy: 'cache-and-network' });
  const [create, creation] = useMutation(CreateWebhookEndpointDocument);
  const [update, updating] = useMutation(UpdateWebhookEndpointDocument);
  const [remove, removing] = useMutation(DeleteWebhookEndpointDocument);
  const [test, testing] = useMutation(TestWebhookEndpointDocument);
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>(['DECLARATION_DECIDED']);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [selected, setSelected] = useState<WebhookEndpointFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpointFieldsFragment | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useDocumentTitle(t('integration.webhooks.title'));

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { url: url.trim(), description: description.trim(), events } } }).catch(() => null);
    if (!result?.data) return;
    setCreated({ url: result.data.createWebhookEndpoint.endpoint.url, secret: result.data.createWebhookEndpoint.secret });
    setUrl('');
    setDescription('');
    void endpoints.refetch();
  };
  const onToggle = async (e: WebhookEndpointFieldsFragment) => {
    await update({ variables: { id: e.id, input: { url: e.url, description: e.description, events: e.events, active: !e.active } } }).catch(() => null);
  };
  const onTest = async (e: WebhookEndpointFieldsFragment) => {
    const result = await test({ variables: { id: e.id } }).catch(() => null);
    if (result?.data) setStatus(t('integration.webhooks.testSent', { url: e.url }));
  };
  const onDelete = async () => {
    if (!deleting) return;
    const result = await remove({ variables: { id: deleting.id } }).catch(() => null);
    if (!result?.data) return;
    if (selected?.id === deleting.id) setSelected(null);
    setDeleting(null);
    setStatus(t('integration.webhooks.deleted'));
    void endpoints.refetch();
  };

  const columns: Column<WebhookEndpointFieldsFragment>[] = [
    {
      key: 'url',
      header: t('integration.webhooks.url'),
      cell: (e) => (
        <span>
          <code>{e.url}</code>
          {e.description ? <span className="r-muted"><br />{e.description}</span> : null}
        </span>
      ),
    },
    { key: 'events', header: t('integration.webhooks.events'), cell: (e) => e.events.map((ev) => t(`integration.webhooks.eventName.${ev}`)).join(', ') },
    {
      key: 'status',
      header: t('integration.webhooks.status'),
      cell: (e) => <Badge tone={e.active ? 'success' : 'neutral'}>{e.active ? t('integration.webhooks.active') : t('integration.webhooks.paused')}</Badge>,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      hideHeader: true,
      align: 'end',
      cell: (e) => (
        <div className="r-row-actions">
          <Button size="sm" variant="secondary" aria-pressed={selected?.id === e.id} onClick={() => setSelected(e)}>
            {t('integration.webhooks.deliveries')}
          </Button>
          <Button size="sm" variant="secondary" busy={testing.loading} onClick={() => void onTest(e)}>
            {t('integration.webhooks.test')}
          </Button>
          <Button size="sm" variant="secondary" busy={updating.loading} onClick={() => void onToggle(e)}>
            {e.active ? t('integration.webhooks.pause') : t('integration.webhooks.resume')}
          </Button>
          <Button size="sm" variant="danger" onClick={() => setDeleting(e)}>
            {t('integration.webhooks.delete')}
          </Button>
        </div>
      ),
    },
  ];

  const fields = creation.error ? fieldErrors(t, creation.error) : {};
  const actionError = updating.error ?? testing.error;
  return (
    <div className="r-stack">
      <PageHeader title={t('integration.webhooks.title')} intro={t('integration.webhooks.intro')} />
      <LiveRegion tone="success" message={status} />
      {created ? (
        <SecretReveal
          title={t('integration.webhooks.createdTitle')}
          warning={t('integration.webhooks.createdWarning')}
          label={t('integration.webhooks.secretLabel', { url: created.url })}
          secret={created.secret}
          copyLabel={t('integration.webhooks.copy')}
          copiedMessage={t('integration.webhooks.copied')}
          doneLabel={t('integration.webhooks.done')}
          onDone={() => setCreated(null)}
        />
      ) : (
        <Card title={t('integration.webhooks.createLegend')}>
          {creation.error && !fields['url'] ? <Alert tone="error">{errorMessage(t, creation.error)}</Alert> : null}
          <form className="r-form" onSubmit={(event) => void onCreate(event)} noValidate>
            <TextField label={t('integration.webhooks.url')} hint={t('integration.webhooks.urlHint')} type="url" required value={url} error={fields['url']} onChange={(event) => setUrl(event.target.value)} />
            <TextField label={t('integration.webhooks.description')} optionalText={t('common.optional')} maxLength={200} value={description} onChange={(event) => setDescription(event.target.value)} />
            <CheckboxGroup
              legend={t('integration.webhooks.events')}
              options={WEBHOOK_EVENTS.map((ev) => ({ value: ev, label: t(`integration.webhooks.eventName.${ev}`) }))}
              value={events}
              error={fields['events']}
              onChange={(next) => setEvents(next as WebhookEvent[])}
            />
            <div className="r-form-actions">
              <Button type="submit" busy={creation.loading}>
                {creation.loading ? t('integration.webhooks.creating') : t('integration.webhooks.create')}
              </Button>
            </div>
          </form>
        </Card>
      )}
      {endpoints.error || actionError ? <Alert tone="error">{errorMessage(t, endpoints.error ?? actionError)}</Alert> : null}
      {endpoints.data ? (
        <Table caption={t('integration.webhooks.caption')} columns={columns} rows={endpoints.data.webhookEndpoints} rowKey={(e) => e.id} empty={t('integration.webhooks.empty')} />
      ) : endpoints.loading ? (
        <Spinner label={t('common.loading')} />
      ) : null}
      {selected ? <WebhookDeliveries key={selected.id} endpoint={selected} /> : null}
      <Dialog
        open={deleting !== null}
        title={t('integration.webhooks.deleteTitle')}
        onClose={() => setDeleting(null)}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button variant="danger" busy={removing.loading} onClick={() => void onDelete()}>
              {t('integration.webhooks.delete')}
            </Button>
          </>
        }
      >
        {removing.error ? <Alert tone="error">{errorMessage(t, removing.error)}</Alert> : null}
        <p>{t('integration.webhooks.deleteBody', { url: deleting?.url ?? '' })}</p>
      </Dialog>
    </div>
  );
}
