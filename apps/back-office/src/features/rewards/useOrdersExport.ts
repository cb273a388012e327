import { fetchProof, useRelaisClient } from '@relais/graphql-client';
import { useCallback, useState } from 'react';

import { downloadBlob } from '../../lib/download';

export const ORDERS_EXPORT_PATH = '/files/reward-orders.csv';

/** What the export endpoint filters on: the queue's statuses and partner (it has no text search). */
export interface OrdersExportFilter {
  statuses: readonly string[];
  partnerId?: string;
}

/** The export's address for the queue's filters (one status parameter per status). */
export function ordersExportUrl(filter: OrdersExportFilter): string {
  const params = new URLSearchParams();
  filter.statuses.forEach((status) => params.append('status', status));
  if (filter.partnerId) params.set('partnerId', filter.partnerId);
  const query = params.toString();
  return query ? `${ORDERS_EXPORT_PATH}?${query}` : ORDERS_EXPORT_PATH;
}

/**
 * Downloads the CSV of orders with the bearer token (a plain link would carry none): fetchProof
 * is the files endpoints' authenticated GET, refreshing an expired session once.
 */
export function useOrdersExport() {
  const client = useRelaisClient();
  const [state, setState] = useState<{ busy: boolean; error: unknown; done: boolean }>({ busy: false, error: null, done: false });
  const run = useCallback(
    async (filter: OrdersExportFilter) => {
      setState({ busy: true, error: null, done: false });
      try {
        const blob = await fetchProof(client, ordersExportUrl(filter));
        downloadBlob(`relais-reward-orders-${new Date().toISOString().slice(0, 10)}.csv`, blob);
        setState({ busy: false, error: null, done: true });
      } catch (error) {
        setState({ busy: false, error, done: false });
      }
    },
    [client],
  );
  return { ...state, run };
}
