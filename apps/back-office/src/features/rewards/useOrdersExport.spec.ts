import { ordersExportUrl } from './useOrdersExport';

describe('ordersExportUrl', () => {
  it('is the bare export without filters', () => {
    expect(ordersExportUrl({ statuses: [] })).toBe('/files/reward-orders.csv');
  });

  it('carries each status and the partner of the queue', () => {
    expect(ordersExportUrl({ statuses: ['APPROVED', 'SHIPPED'], partnerId: 'p1' })).toBe('/files/reward-orders.csv?status=APPROVED&status=SHIPPED&partnerId=p1');
  });
});
