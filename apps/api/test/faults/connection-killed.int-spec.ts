import { Client } from 'pg';

import { ActivityProcessor } from '../../src/modules/activity/activity-processor';
import { ChallengeLifecycleService } from '../../src/modules/challenges/challenge-lifecycle.service';
import { ChallengeSettlementService } from '../../src/modules/challenges/challenge-settlement.service';
import { DEMO_USERS } from '../../src/seed/demo-ids';
import { demoPartnerAccounts } from '../../src/seed/seed-demo-data';
import { approvedSale, CHALLENGE_OPS, challengeInput, liveChallenge } from '../support/challenges';
import { ACTIVE_PRODUCTS, declarationInput, declare, lineInput, OPS } from '../support/declarations';
import { availablePoints, createItem, givePoints, ledgerSum, order, PLACE } from '../support/rewards';
import { createTestApp, GqlResult, TestApp } from '../support/test-app';

/**
 * The database connection of a request is killed (pg_terminate_backend) in the middle of its
 * transaction — after it has written rows, before it commits. Nothing of it may remain, the client
 * must get a clean coded answer, and the next request must work without anyone restarting anything.
 *
 * To kill at a known point, the test holds a SHARE lock on ledger_entries: every money-moving
 * transaction writes its other rows first (declaration lines, the order and its stock) and blocks
 * on its first ledger entry. The blocked backend has a transaction id, which proves it had written.
 */
describe('A database connection killed in the middle of a transaction', () => {
  let t: TestApp;
  let locker: Client;
  let brand: string;
  const partner = demoPartnerAccounts(2);

  /** Runs `action`, kills its backend once it waits on the ledger lock, and returns its result. */
  async function killedAtLedgerWrite<T>(action: () => Promise<T>): Promise<T> {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE ledger_entries IN SHARE MODE');
    const running = action();
    // The backend waiting for the lock on ledger_entries .
    let victim: { pid: number; wrote: boolean } | undefined;
    for (let i = 0; i < 200 && !victim; i++) {
      // Statistics views are read once per transaction unless cleared: the locker is inside one.
      await locker.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await locker.query(
        `SELECT a.pid, a.backend_xid IS NOT NULL AS wrote FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE NOT l.granted AND l.relation = 'ledger_entries'::regclass AND pg_backend_pid() = ANY(pg_blocking_pids(a.pid))`,
      );
      victim = rows[0];
      if (!victim) await new Promise((r) => setTimeout(r, 25));
    }
    try {
      expect(victim).toBeDefined();
      // It had already written rows of its own (a transaction id is assigned at the first write).
      expect(victim?.wrote).toBe(true);
      await locker.query('SELECT pg_terminate_backend($1)', [victim?.pid]);
    } finally {
      await locker.query('ROLLBACK');
    }
    return running;
  }

  const expectUnavailable = (result: GqlResult) => {
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // A fixed message: nothing of PostgreSQL's own text reaches the client.
    expect(result.errors?.[0]?.message).not.toMatch(/terminat|ledger|SQL|postgres/i);
  };

  beforeAll(async () => {
    const idle = '3600000';
    t = await createTestApp({ ACTIVITY_POLL_MS: idle, CHALLENGES_POLL_MS: idle });
    const [{ name }] = await t.sql<{ name: string }>('SELECT current_database() AS name');
    locker = new Client({ connectionString: (process.env.RELAIS_TEST_TEMPLATE_URL as string).replace(/\/[^/]+$/, `/${name}`) });
    await locker.connect();
    brand = await t.tokenFor(DEMO_USERS.brandAdmin.email);
  });

  afterAll(async () => {
    await locker?.end();
    await t?.close();
  });

  it('approval: the declaration stays submitted with no points, and approving again pays once', async () => {
    const declaration = await declare(t, await t.tokenFor(partner.admin.email), declarationInput({ lines: [lineInput(), lineInput()] }));
    const entries = () => t.sql(`SELECT amount FROM ledger_entries WHERE source_id = $1`, [declaration.id]);

    expectUnavailable(await killedAtLedgerWrite(() => t.gql(OPS.approve, { id: declaration.id }, { token: brand })));

    const [row] = await t.sql(`SELECT status, decided_at FROM declarations WHERE id = $1`, [declaration.id]);
    expect(row).toEqual({ status: 'SUBMITTED', decided_at: null });
    expect(await t.sql(`SELECT DISTINCT status FROM declaration_lines WHERE declaration_id = $1`, [declaration.id])).toEqual([{ status: 'PENDING' }]);
    expect(await entries()).toEqual([]);

    // The pool dropped the dead connection: the same request now goes through, once.
    const again = await t.gql(OPS.approve, { id: declaration.id }, { token: brand });
    expect(again.data?.approveDeclaration.status).toBe('APPROVED');
    const paid = await entries();
    expect(paid.length).toBeGreaterThan(0);
    await t.app.get(ActivityProcessor).processPending();
    expect(await entries()).toEqual(paid);
  });

  it('redemption: no order, the stock and the points untouched, and the same order placed afterwards', async () => {
    const token = await t.tokenFor(partner.member.email);
    const item = await createItem(t, brand, { pointsCost: 30, stock: 5 });
    await givePoints(t, partner.member.id, 100);
    const input = order(item.id, 2);
    const stock = async () => (await t.sql(`SELECT stock FROM reward_items WHERE id = $1`, [item.id]))[0].stock;

    expectUnavailable(await killedAtLedgerWrite(() => t.gql(PLACE, { input }, { token })));

    expect(await t.sql(`SELECT id FROM reward_orders WHERE ordered_by_id = $1`, [partner.member.id])).toEqual([]);
    expect(await stock()).toBe(5);
    expect(await availablePoints(t, partner.member.id)).toBe(100);

    // The client retries with its idempotency key, as the portal does: one order.
    const placed = await t.gql(PLACE, { input }, { token });
    expect(placed.data?.placeRewardOrder.totalPoints).toBe(60);
    const retried = await t.gql(PLACE, { input }, { token });
    expect(retried.data?.placeRewardOrder.id).toBe(placed.data?.placeRewardOrder.id);
    expect(await stock()).toBe(3);
    expect(await availablePoints(t, partner.member.id)).toBe(40);
    expect(await ledgerSum(t, partner.member.id)).toBe(40);
  });

  it('challenge settlement: no prize and still ENDED, then the next run pays once', async () => {
    const productId = ACTIVE_PRODUCTS[3].id;
    const id = await liveChallenge(t, brand, challengeInput({ filter: { productIds: [productId] }, prizes: [{ rank: 1, points: 500 }] }));
    await approvedSale(t, await t.tokenFor(partner.admin.email), brand, 4, productId);
    await t.app.get(ActivityProcessor).processPending();
    await t.sql(`UPDATE challenges SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    await t.app.get(ChallengeLifecycleService).runDue();
    const settlement = t.app.get(ChallengeSettlementService);
    const prizes = () => t.sql(`SELECT amount FROM ledger_entries WHERE kind = 'CHALLENGE_PRIZE' AND source_id = $1`, [id]);

    await expect(killedAtLedgerWrite(() => settlement.settle(id))).rejects.toThrow();

    expect(await prizes()).toEqual([]);
    expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: brand })).data?.challenge.status).toBe('ENDED');
    expect(await settlement.settle(id)).toBe(true);
    expect(await settlement.settle(id)).toBe(false);
    expect(await prizes()).toEqual([{ amount: 500 }]);
    expect((await t.gql(CHALLENGE_OPS.get, { id }, { token: brand })).data?.challenge.status).toBe('SETTLED');
  });

  it('every pooled connection killed at once: the pool replaces them and requests succeed', async () => {
    const { rows } = await locker.query(
      'SELECT count(pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    expect(rows[0].killed).toBeGreaterThan(0);
    // node-postgres drops an idle client when its socket closes; give the events a moment to land.
    await new Promise((r) => setTimeout(r, 200));
    const results = await Promise.all(Array.from({ length: 12 }, () => t.gql('query { me { id } }', {}, { token: brand })));
    expect(results.map((r) => r.data?.me.id ?? r.errors?.[0]?.extensions?.code)).toEqual(Array(12).fill(DEMO_USERS.brandAdmin.id));
  });
});
