import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

import { declarationInput, declare, OPS } from '../../../test/support/declarations';
import { processAll } from '../../../test/support/gamification';
import { createItem, givePoints, order, PLACE } from '../../../test/support/rewards';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS } from '../../seed/demo-ids';
import { demoPartnerAccounts } from '../../seed/seed-demo-data';
import { WebhookDispatcher } from './webhook-dispatcher';

const north = demoPartnerAccounts(1);
const BASE_MS = 40;

const CREATE = `mutation ($input: WebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id url events active } } }`;
const DELIVERIES = `query ($id: ID!) { webhookDeliveries(endpointId: $id) { total items { id event eventId status attempts body attemptLog { statusCode durationMs responseBody error } } } }`;
const REPLAY = `mutation ($id: ID!) { replayWebhookDelivery(id: $id) { id status attempts } }`;
const PING = `mutation ($id: ID!) { testWebhookEndpoint(id: $id) { id event status } }`;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers each request with the next status of `statuses` (the last one repeats). */
async function receiver(statuses: number[] = [200]): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 200;
      res.end(res.statusCode >= 300 ? 'receiver is down' : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Checks Relais-Signature the way docs/integration-api.md tells receivers to. */
function verify(secret: string, header: string | undefined, body: string): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  return parts.v1 === expected;
}

describe('WebhooksService', () => {
  let t: TestApp;
  let brandAdmin: string;
  let partnerAdmin: string;
  let dispatcher: WebhookDispatcher;

  beforeAll(async () => {
    // The dispatcher runs when the test says so: counts of what receivers got are then exact.
    t = await createTestApp({ WEBHOOK_POLL_MS: '3600000', WEBHOOK_RETRY_BASE_MS: String(BASE_MS), WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '2000' });
    dispatcher = t.app.get(WebhookDispatcher);
    [brandAdmin, partnerAdmin] = await Promise.all([t.tokenFor(DEMO_USERS.brandAdmin.email), t.tokenFor(north.admin.email)]);
  });
  afterAll(() => t.close());

  const endpoint = async (url: string, events: string[] = ['DECLARATION_DECIDED']) => {
    const created = await t.gql(CREATE, { input: { url, events } }, { token: brandAdmin });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createWebhookEndpoint as { secret: string; endpoint: { id: string } };
  };
  const decideOne = async () => {
    const draft = (await t.gql(OPS.create, { input: declarationInput() }, { token: partnerAdmin })).data?.createDeclaration;
    await t.gql(OPS.submit, { id: draft.id, key: `k-${draft.id}` }, { token: partnerAdmin });
    const approved = await t.gql(OPS.approve, { id: draft.id }, { token: brandAdmin });
    expect(approved.data?.approveDeclaration.status).toBe('APPROVED');
    return draft.id as string;
  };
  const deliveries = async (endpointId: string) => (await t.gql(DELIVERIES, { id: endpointId }, { token: brandAdmin })).data?.webhookDeliveries;
  /** Runs the dispatcher until nothing is pending for the endpoint (the backoff waits are a few tens of ms). */
  const drainUntilSettled = async (endpointId: string) => {
    for (let i = 0; i < 100; i++) {
      await dispatcher.drain();
      const [{ pending }] = await t.sql(`SELECT count(*)::int AS pending FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'PENDING'`, [endpointId]);
      if (pending === 0) return;
      await new Promise((r) => setTimeout(r, BASE_MS));
    }
    throw new Error('deliveries still pending');
  };

  it('lets only brand admins manage webhooks', async () => {
    const manager = await t.tokenFor(DEMO_USERS.channelManagerNorth.email);
    for (const token of [manager, partnerAdmin]) {
      expect((await t.gql(CREATE, { input: { url: 'https://example.com/h', events: ['BADGE_EARNED'] } }, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
      expect((await t.gql('{ webhookEndpoints { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN_ROLE');
    }
    const key = (await t.gql('mutation { createApiKey(input: { name: "bi" }) { secret } }', {}, { token: brandAdmin })).data?.createApiKey.secret;
    const withKey = await t.gql('{ webhookEndpoints { id } }', {}, { headers: { authorization: `Bearer ${key}` } });
    expect(withKey.errors?.[0]?.extensions?.code).toBe('API_KEY_OPERATION_NOT_ALLOWED');
  });

  it('refuses a URL that is not one', async () => {
    const result = await t.gql(CREATE, { input: { url: 'ftp://example.com/x', events: ['BADGE_EARNED'] } }, { token: brandAdmin });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'WEBHOOK_URL_NOT_ALLOWED', field: 'url', reason: 'httpsRequired' });
  });

  describe('a declaration decision', () => {
    it('reaches a subscribed receiver once, signed, with the event id in a header', async () => {
      const hooks = await receiver();
      const other = await receiver();
      try {
        const { secret, endpoint: ep } = await endpoint(hooks.url);
        const notSubscribed = await endpoint(other.url, ['ORDER_PLACED']);
        const declarationId = await decideOne();
        // Two dispatchers at once (as two API processes would) and a later run: still one request.
        await Promise.all([dispatcher.drain(), dispatcher.drain()]);
        await dispatcher.drain();
        expect(hooks.received).toHaveLength(1);
        const [request] = hooks.received as [Received];
        expect(verify(secret, request.headers['relais-signature'] as string, request.body)).toBe(true);
        expect(verify('whsec_wrong', request.headers['relais-signature'] as string, request.body)).toBe(false);
        const body = JSON.parse(request.body);
        expect(body).toMatchObject({ type: 'DECLARATION_DECIDED', id: request.headers['relais-event-id'], data: { declarationId, partnerId: north.partnerId, status: 'APPROVED' } });
        expect(request.headers['relais-event']).toBe('DECLARATION_DECIDED');
        const page = await deliveries(ep.id);
        expect(page.items[0]).toMatchObject({ status: 'DELIVERED', attempts: 1, body: request.body, attemptLog: [{ statusCode: 200, responseBody: 'ok', error: null }] });
        expect(other.received).toHaveLength(0);
        expect((await deliveries(notSubscribed.endpoint.id)).total).toBe(0);
      } finally {
        await Promise.all([hooks.close(), other.close()]);
      }
    });

    it('is retried with growing waits while the receiver fails, and delivered when it recovers', async () => {
      const hooks = await receiver([500, 503, 200]);
      try {
        const { endpoint: ep } = await endpoint(hooks.url);
        await decideOne();
        const scheduled = () =>
          t.sql(
            `SELECT d.status, d.attempts, round(extract(epoch FROM d.next_attempt_at - a.at) * 1000)::int AS "waitMs"
               FROM webhook_deliveries d JOIN webhook_attempts a ON a.delivery_id = d.id
              WHERE d.endpoint_id = $1 ORDER BY a.at DESC LIMIT 1`,
            [ep.id],
          );
        await dispatcher.drain();
        expect(await scheduled()).toEqual([{ status: 'PENDING', attempts: 1, waitMs: BASE_MS }]);
        await new Promise((r) => setTimeout(r, BASE_MS * 2));
        await dispatcher.drain();
        expect(await scheduled()).toEqual([{ status: 'PENDING', attempts: 2, waitMs: BASE_MS * 2 }]);
        await drainUntilSettled(ep.id);
        expect(hooks.received.map((r) => r.headers['relais-event-id'])).toEqual(Array(3).fill(hooks.received[0]?.headers['relais-event-id']));
        const page = await deliveries(ep.id);
        expect(page.items[0]).toMatchObject({ status: 'DELIVERED', attempts: 3 });
        expect(page.items[0].attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([200, 503, 500]);
        expect(page.items[0].attemptLog[2].responseBody).toBe('receiver is down');
      } finally {
        await hooks.close();
      }
    });

    it('is marked FAILED after the last attempt, and a replay sends it again', async () => {
      const hooks = await receiver([500, 500, 500, 200]);
      try {
        const { endpoint: ep } = await endpoint(hooks.url);
        await decideOne();
        await drainUntilSettled(ep.id);
        const failed = (await deliveries(ep.id)).items[0];
        expect(failed).toMatchObject({ status: 'FAILED', attempts: 3 });
        const replayed = await t.gql(REPLAY, { id: failed.id }, { token: brandAdmin });
        expect(replayed.data?.replayWebhookDelivery).toMatchObject({ status: 'PENDING', attempts: 0 });
        await drainUntilSettled(ep.id);
        expect(hooks.received).toHaveLength(4);
        expect(hooks.received[3]?.body).toBe(hooks.received[0]?.body);
        expect((await deliveries(ep.id)).items[0]).toMatchObject({ status: 'DELIVERED' });
      } finally {
        await hooks.close();
      }
    });
  });

  describe('a reward order', () => {
    it('is told when placed and at each status change, to the endpoints subscribed to each event', async () => {
      const hooks = await receiver();
      try {
        const { endpoint: ep } = await endpoint(hooks.url, ['ORDER_PLACED', 'ORDER_STATUS_CHANGED']);
        await givePoints(t, north.admin.id, 5000);
        const item = await createItem(t, brandAdmin, { pointsCost: 100 });
        const placed = await t.gql(PLACE, { input: order(item.id, 2) }, { token: partnerAdmin });
        const orderId = placed.data?.placeRewardOrder.id;
        expect(orderId).toBeTruthy();
        const approved = await t.gql('mutation ($ids: [ID!]!) { approveRewardOrders(ids: $ids) { id status } }', { ids: [orderId] }, { token: brandAdmin });
        expect(approved.data?.approveRewardOrders[0].status).toBe('APPROVED');
        await drainUntilSettled(ep.id);
        const bodies = hooks.received.map((r) => JSON.parse(r.body)).sort((a, b) => a.type.localeCompare(b.type));
        expect(bodies).toMatchObject([
          { type: 'ORDER_PLACED', data: { orderId, partnerId: north.partnerId, orderedById: north.admin.id, status: 'REQUESTED', totalPoints: 200, lines: [{ itemId: item.id, quantity: 2, pointsEach: 100 }] } },
          { type: 'ORDER_STATUS_CHANGED', data: { orderId, status: 'APPROVED' } },
        ]);
      } finally {
        await hooks.close();
      }
    });
  });

  it('sends a PING to one endpoint on request', async () => {
    const hooks = await receiver();
    try {
      const { secret, endpoint: ep } = await endpoint(hooks.url, ['BADGE_EARNED']);
      expect((await t.gql(PING, { id: ep.id }, { token: brandAdmin })).data?.testWebhookEndpoint).toMatchObject({ event: 'PING', status: 'PENDING' });
      await drainUntilSettled(ep.id);
      expect(hooks.received).toHaveLength(1);
      expect(JSON.parse(hooks.received[0]?.body ?? '{}').type).toBe('PING');
      expect(verify(secret, hooks.received[0]?.headers['relais-signature'] as string, hooks.received[0]?.body ?? '')).toBe(true);
    } finally {
      await hooks.close();
    }
  });
});

describe('WebhooksService and badges', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Activity is processed when the test says so, as in the badges spec.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000', WEBHOOK_POLL_MS: '3600000' });
    await processAll(t);
  });
  afterAll(() => t.close());

  it('tells of a badge earned and of the free goodie it orders', async () => {
    const hooks = await receiver();
    try {
      const admin = await t.tokenFor(DEMO_USERS.brandAdmin.email);
      const { admin: user, partnerId } = demoPartnerAccounts(5);
      const created = await t.gql(CREATE, { input: { url: hooks.url, events: ['BADGE_EARNED', 'ORDER_PLACED'] } }, { token: admin });
      const endpointId = created.data?.createWebhookEndpoint.endpoint.id;
      const item = await createItem(t, admin, { stock: 5, delivery: 'SHIPPED' });
      const badge = await t.gql(
        `mutation ($input: BadgeInput!) { createBadge(input: $input) { id } }`,
        {
          input: {
            nameEn: 'First sale', nameFr: 'Première vente', descriptionEn: 'A first approved declaration.', descriptionFr: 'Une première déclaration approuvée.',
            icon: 'STAR', metric: 'DECLARATIONS_APPROVED', scope: 'USER', threshold: 1, window: 'ALL_TIME', repeat: 'ONCE', points: 25, active: true, rewardItemId: item.id,
          },
        },
        { token: admin },
      );
      const badgeId = badge.data?.createBadge.id;
      const declaration = await declare(t, await t.tokenFor(user.email), declarationInput());
      expect((await t.gql(OPS.approve, { id: declaration.id }, { token: admin })).data?.approveDeclaration.status).toBe('APPROVED');
      await processAll(t);
      await t.app.get(WebhookDispatcher).drain();
      const [{ pending }] = await t.sql(`SELECT count(*)::int AS pending FROM webhook_deliveries WHERE endpoint_id = $1 AND status <> 'DELIVERED'`, [endpointId]);
      expect(pending).toBe(0);
      const bodies = hooks.received.map((r) => JSON.parse(r.body)).sort((a, b) => a.type.localeCompare(b.type));
      expect(bodies).toMatchObject([
        { type: 'BADGE_EARNED', data: { badgeId, userId: user.id, partnerId, scope: 'USER', points: 25, name: { en: 'First sale', fr: 'Première vente' } } },
        { type: 'ORDER_PLACED', data: { orderedById: user.id, partnerId, totalPoints: 0, lines: [{ itemId: item.id, quantity: 1, pointsEach: 0 }] } },
      ]);
    } finally {
      await hooks.close();
    }
  });
});
