import { useMutation, useQuery } from '@apollo/client/react';
import { ReplayWebhookDeliveryDocument, WebhookDeliveriesDocument } from '@relais/graphql-client';
import { Alert, Badge, type BadgeTone, Button, Card, errorMessage, LiveRegion, Pagination, Spinner, Table, useFormat } from '@relais/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const PAGE_SIZE = 20;
const TONES: Record<string, BadgeTone> = { PENDING: 'info', DELIVERED: 'success', FAILED: 'danger' };

/** One endpoint's deliveries, newest first, each with its attempts and a replay button. */
export function WebhookDeliveries({ endpoint }: { endpoint: { id: string; url: string } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const deliveries = useQuery(WebhookDeliveriesDocument, { variables: { endpointId: endpoint.id, page: { offset, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const [replay, replaying] = useMutation(ReplayWebhookDeliveryDocument);
  const page = deliveries.data?.webhookDeliveries;

  const onReplay = async (id: string) => {
    const result = await replay({ variables: { id } }).catch(() => null);
    if (result?.data) {
      setStatus(t('integration.webhooks.replayed'));
      void deliveries.refetch();
    }
  };

  return (
    <Card title={t('integration.webhooks.deliveriesOf', { url: endpoint.url })}>
      <div className="r-stack">
        <div className="r-form-actions">
          <Button variant="secondary" size="sm" onClick={() => void deliveries.refetch()}>
            {t('integration.webhooks.refresh')}
          </Button>
        </div>
        <LiveRegion tone="success" message={status} />
        {deliveries.error || replaying.error ? <Alert tone="error">{errorMessage(t, deliveries.error ?? replaying.error)}</Alert> : null}
        {page ? (
          <>
            <Table
              caption={t('integration.webhooks.deliveriesCaption')}
              columns={[
                { key: 'event', header: t('integration.webhooks.event'), cell: (d) => t(`integration.webhooks.eventName.${d.event}`, { defaultValue: d.event }) },
                {
                  key: 'status',
                  header: t('integration.webhooks.status'),
                  cell: (d) => <Badge tone={TONES[d.status] ?? 'neutral'}>{t(`integration.webhooks.deliveryStatus.${d.status}`, { defaultValue: d.status })}</Badge>,
                },
                { key: 'createdAt', header: t('integration.webhooks.createdAt'), cell: (d) => format.dateTime(d.createdAt) },
                {
                  key: 'attempts',
                  header: t('integration.webhooks.attempts'),
                  cell: (d) =>
                    d.attemptLog.length === 0 ? (
                      format.number(d.attempts)
                    ) : (
                      <details>
                        <summary>{format.number(d.attempts)}</summary>
                        <ul aria-label={t('integration.webhooks.attemptLog')}>
                          {d.attemptLog.map((a) => (
                            <li key={a.id}>
                              {t('integration.webhooks.attemptLine', {
                                when: format.dateTime(a.at),
                                status: a.statusCode ?? t('integration.webhooks.noAnswer'),
                                duration: format.number(a.durationMs),
                              })}
                              {a.error ? <span className="r-muted"> — {a.error}</span> : null}
                              {a.responseBody ? <pre className="r-muted">{a.responseBody}</pre> : null}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  hideHeader: true,
                  align: 'end',
                  cell: (d) => (
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-label={t('integration.webhooks.replayLabel', { event: t(`integration.webhooks.eventName.${d.event}`, { defaultValue: d.event }), when: format.dateTime(d.createdAt) })}
                      onClick={() => void onReplay(d.id)}
                    >
                      {t('integration.webhooks.replay')}
                    </Button>
                  ),
                },
              ]}
              rows={page.items}
              rowKey={(d) => d.id}
              empty={t('integration.webhooks.deliveriesEmpty')}
            />
            <Pagination offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        ) : deliveries.loading ? (
          <Spinner label={t('common.loading')} />
        ) : null}
      </div>
    </Card>
  );
}
