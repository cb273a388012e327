import { get, IncomingMessage } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { createTestApp, TestApp } from '../../../test/support/test-app';
import { DEMO_USERS, demoPartnerId, demoProductId } from '../../seed/demo-ids';

const DECLARATIONS = 100_000;
const LINES_EACH = 10;
const MB = 1024 * 1024;

// A full collection on demand, to tell memory the export holds from garbage V8 has not collected yet.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/**
 * The export's memory stays flat however large: a million declaration lines stream through the API
 * hosted in this process while its memory is sampled. Both the API and this reader run here, so
 * the figures include the reader's (small: it counts line breaks in Buffers and keeps nothing).
 */
describe('CsvExportService', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const [{ id: declarer }] = await t.sql<{ id: string }>('SELECT id FROM users WHERE partner_id = $1 ORDER BY id LIMIT 1', [demoPartnerId(1)]);
    await t.dataSource.transaction(async (manager) => {
      // Set-based, a hundred thousand submitted declarations (brand roles see them) of ten lines each.
      // Foreign-key triggers are skipped (the rows refer to existing ones) and the line indexes the
      // export does not use are dropped in this file's own database: keeping them up to date row
      // by row was most of the test's time.
      await manager.query('SET LOCAL session_replication_role = replica');
      const unused = await manager.query<{ indexname: string }[]>(
        `SELECT indexname FROM pg_indexes WHERE tablename = 'declaration_lines' AND indexdef NOT LIKE '%(declaration_id)' AND indexname NOT LIKE 'PK_%'`,
      );
      for (const { indexname } of unused) await manager.query(`DROP INDEX "${indexname}"`);
      await manager.query(
        `INSERT INTO declarations (partner_id, declared_by_id, status, sale_date, currency, total_amount, submitted_at, feedback_comment)
         SELECT $1, $2, 'SUBMITTED', DATE '2025-01-01' + (n % 365), 'EUR', 1234.5, TIMESTAMPTZ '2025-01-02' + n * INTERVAL '1 second', 'Commentaire n° ' || n
         FROM generate_series(1, ${DECLARATIONS}) AS n`,
        [demoPartnerId(1), declarer],
      );
      await manager.query(
        `INSERT INTO declaration_lines (declaration_id, position, product_id, quantity, amount, channel, invoice_reference)
         SELECT d.id, k, $2, k, 123.45, 'ONLINE', 'BULK-' || k FROM declarations d CROSS JOIN generate_series(1, ${LINES_EACH}) AS k
         WHERE d.partner_id = $1 AND d.sale_date >= DATE '2025-01-01' AND d.sale_date < DATE '2026-01-01'`,
        [demoPartnerId(1), demoProductId(1)],
      );
    });
    // As autovacuum would after such an insert: the planner needs to know the tables' sizes.
    await t.sql('ANALYZE declarations; ANALYZE declaration_lines');
  }, 300_000);

  afterAll(() => t.close());

  describe('send', () => {
    it('streams an export of 1,000,000 declaration lines, the memory it holds staying flat and the process under 200 MB more', async () => {
      const token = await t.tokenFor(DEMO_USERS.brandAdmin.email);
      collect();
      const before = process.memoryUsage();
      const peak = { rss: before.rss, heap: before.heapUsed, held: before.heapUsed };
      let ticks = 0;
      const sample = setInterval(() => {
        // Once a second, a full collection: what survives it is what the export holds.
        if (++ticks % 40 === 0) {
          collect();
          peak.held = Math.max(peak.held, process.memoryUsage().heapUsed);
        }
        const now = process.memoryUsage();
        peak.rss = Math.max(peak.rss, now.rss);
        peak.heap = Math.max(peak.heap, now.heapUsed);
      }, 25);
      const started = Date.now();
      let newlines = 0;
      let bytes = 0;
      try {
        // node:http hands over Buffers (outside the JS heap), so the reader adds little to the figures.
        const response = await new Promise<IncomingMessage>((resolve, reject) =>
          get(`${t.url}/exports/declarations.csv?partnerId=${demoPartnerId(1)}&saleFrom=2025-01-01&saleTo=2025-12-31&locale=fr`, { headers: { authorization: `Bearer ${token}` } }, resolve).on(
            'error',
            reject,
          ),
        );
        expect(response.headers['x-total-count']).toBe(String(DECLARATIONS * LINES_EACH));
        for await (const chunk of response as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
        }
      } finally {
        clearInterval(sample);
      }
      const figure = (n: number) => `${Math.round(n / MB)} MB`;
      process.stdout.write(
        `Export of ${newlines - 1} lines (${figure(bytes)}) in ${Date.now() - started} ms: rss ${figure(before.rss)} → peak ${figure(peak.rss)}; ` +
          `heap used ${figure(before.heapUsed)} → peak ${figure(peak.heap)}, held after a full collection at most ${figure(peak.held)}\n`,
      );
      expect(newlines).toBe(DECLARATIONS * LINES_EACH + 1);
      expect(peak.held - before.heapUsed).toBeLessThan(50 * MB);
      expect(peak.rss - before.rss).toBeLessThan(200 * MB);
    }, 240_000);
  });
});
