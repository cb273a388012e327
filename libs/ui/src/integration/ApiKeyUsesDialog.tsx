import { useQuery } from '@apollo/client/react';
import { ApiKeyUsesDocument } from '@relais/graphql-client';
import { useTranslation } from 'react-i18next';

import { Alert } from '../components/Alert';
import { Badge } from '../components/Badge';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { Spinner } from '../components/Spinner';
import { Table } from '../components/Table';
import { errorMessage } from '../errors/error-message';
import { useFormat } from '../format/use-format';

/** The latest operations called with a key, with their outcome (OK or the error code). */
export function ApiKeyUsesDialog({ apiKey, onClose }: { apiKey: { id: string; name: string } | null; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const uses = useQuery(ApiKeyUsesDocument, { variables: { id: apiKey?.id ?? '' }, skip: !apiKey, fetchPolicy: 'network-only' });
  return (
    <Dialog
      open={apiKey !== null}
      title={t('integration.keys.usesTitle', { name: apiKey?.name ?? '' })}
      onClose={onClose}
      footer={
        <Button variant="secondary" onClick={onClose}>
          {t('integration.keys.close')}
        </Button>
      }
    >
      {uses.error ? <Alert tone="error">{errorMessage(t, uses.error)}</Alert> : null}
      {uses.data ? (
        <Table
          caption={t('integration.keys.usesCaption')}
          columns={[
            { key: 'at', header: t('integration.keys.at'), cell: (u) => format.dateTime(u.at) },
            { key: 'operation', header: t('integration.keys.operation'), cell: (u) => <code>{u.operation}</code> },
            {
              key: 'outcome',
              header: t('integration.keys.outcome'),
              cell: (u) => <Badge tone={u.outcome === 'OK' ? 'success' : 'danger'}>{u.outcome === 'OK' ? t('integration.keys.ok') : u.outcome}</Badge>,
            },
          ]}
          rows={uses.data.apiKeyUses}
          rowKey={(u) => u.id}
          empty={t('integration.keys.usesEmpty')}
        />
      ) : uses.loading ? (
        <Spinner label={t('common.loading')} />
      ) : null}
    </Dialog>
  );
}
