import { DeclarationFlag, duplicateFlags, flag, isOutlier, LineFacts, median, OUTLIER_MIN_HISTORY, riskScore, windowFlag } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { todayUtc } from '../declaration-content';

/** Most candidate pairs one confirmation compares; a file past that is one big duplicate and flagged well before. */
const MAX_PAIRS = 200_000;
/** As DeclarationFlagsService: the partner's latest approved lines of a product are its history. */
const OUTLIER_HISTORY = 200;

/** Declarations compared with: submitted or beyond. The file's own are not written yet (one report, split by us). */
const COMPARABLE = `od.status NOT IN ('DRAFT', 'WITHDRAWN')`;

const date = (expression: string) => `to_char(${expression}, 'YYYY-MM-DD')`;
const FACTS = `n.id AS "lineId", n.declaration_id AS "declarationId", $1::uuid AS "partnerId", n.product_id AS "productId",
  n.invoice_reference AS "invoiceReference", n.amount::float AS amount, ${date('n.sale_date')} AS "saleDate"`;
const OTHER = `o.id AS "o_lineId", o.declaration_id AS "o_declarationId", od.partner_id AS "o_partnerId", o.product_id AS "o_productId",
  o.invoice_reference AS "o_invoiceReference", o.amount::float AS "o_amount", ${date('coalesce(od.sale_date, od.period_start)')} AS "o_saleDate"`;

interface Pair {
  line: LineFacts;
  other: LineFacts;
}

export interface ImportFlags {
  flags: (DeclarationFlag & { declarationId: string })[];
  riskScores: { declarationId: string; score: number }[];
}

/**
 * The checks of DeclarationFlagsService for every declaration of a file at once, run on the
 * temporary table `import_lines` (ids drawn in advance) just before the declarations are written:
 * the planner's statistics of the big tables still hold, and their indexes do not yet hold the
 * file's own rows. SQL pre-selects, over the whole file, only the earlier lines that could match
 * (same invoice; or same partner, date and amount: every near-duplicate rule needs one or the
 * other), and @relais/domain judges them with the same functions as a single submission.
 */
export async function computeImportFlags(
  manager: EntityManager,
  partnerId: string,
  options: { windowDays: number; closedProductIds: readonly string[] },
): Promise<ImportFlags> {
  const flags = new Map<string, DeclarationFlag[]>();
  const add = (declarationId: string, found: DeclarationFlag) => flags.set(declarationId, [...(flags.get(declarationId) ?? []), found]);

  const declarations: { id: string; saleDate: string }[] = await manager.query(
    `SELECT DISTINCT declaration_id AS id, ${date('sale_date')} AS "saleDate" FROM import_lines`,
  );
  const today = todayUtc();
  for (const d of declarations) {
    const window = windowFlag(d.saleDate, today, options.windowDays);
    if (window) add(d.id, window);
  }

  // Same partner, date and amount under another invoice is always a near duplicate: one such line is enough.
  const pairs: (LineFacts & { [K in keyof LineFacts as `o_${K}`]: LineFacts[K] })[] = await manager.query(
    `(SELECT ${FACTS}, ${OTHER}
        FROM import_lines n JOIN declaration_lines o ON o.invoice_reference = n.invoice_reference AND n.invoice_reference <> ''
        JOIN declarations od ON od.id = o.declaration_id
       WHERE ${COMPARABLE})
     UNION ALL
     (SELECT DISTINCT ON (n.id) ${FACTS}, ${OTHER}
        FROM import_lines n JOIN declarations od ON od.partner_id = $1 AND coalesce(od.sale_date, od.period_start) = n.sale_date
        JOIN declaration_lines o ON o.declaration_id = od.id AND o.amount = n.amount AND (o.invoice_reference <> n.invoice_reference OR n.invoice_reference = '')
       WHERE ${COMPARABLE}
       ORDER BY n.id)
     LIMIT ${MAX_PAIRS}`,
    [partnerId],
  );
  const byLine = new Map<string, Pair[]>();
  for (const p of pairs) {
    const line: LineFacts = { lineId: p.lineId, declarationId: p.declarationId, partnerId: p.partnerId, productId: p.productId, invoiceReference: p.invoiceReference, saleDate: p.saleDate, amount: p.amount };
    const other: LineFacts = { lineId: p.o_lineId, declarationId: p.o_declarationId, partnerId: p.o_partnerId, productId: p.o_productId, invoiceReference: p.o_invoiceReference, saleDate: p.o_saleDate, amount: p.o_amount };
    byLine.set(p.lineId, [...(byLine.get(p.lineId) ?? []), { line, other }]);
  }
  for (const linePairs of byLine.values()) {
    for (const found of duplicateFlags([linePairs[0].line], linePairs.map((p) => p.other))) add(linePairs[0].line.declarationId, found);
  }

  if (options.closedProductIds.length > 0) {
    const closed: { id: string; declarationId: string }[] = await manager.query(
      'SELECT id, declaration_id AS "declarationId" FROM import_lines WHERE product_id = ANY($1) ORDER BY declaration_id, position',
      [options.closedProductIds],
    );
    for (const line of closed) add(line.declarationId, flag('NOT_ELIGIBLE_SEGMENT', line.id));
  }
  for (const s of await serialDuplicates(manager)) add(s.declarationId, flag('DUPLICATE_SERIAL', s.lineId, { serial: s.serial, otherDeclarationId: s.otherDeclarationId }));
  for (const o of await outliers(manager, partnerId)) add(o.declarationId, flag('OUTLIER', o.lineId, { measure: o.measure, value: o.value, median: o.median }));

  return {
    flags: [...flags.entries()].flatMap(([declarationId, list]) => list.map((f) => ({ ...f, declarationId }))),
    riskScores: [...flags.entries()].map(([declarationId, list]) => ({ declarationId, score: riskScore(list) })),
  };
}

/** Writes the flags once the declarations and lines exist. */
export async function writeImportFlags(manager: EntityManager, { flags }: ImportFlags): Promise<void> {
  if (flags.length === 0) return;
  await manager.query(
    `INSERT INTO declaration_flags (declaration_id, line_id, code, severity, params)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[])`,
    [flags.map((f) => f.declarationId), flags.map((f) => f.lineId), flags.map((f) => f.code), flags.map((f) => f.severity), flags.map((f) => JSON.stringify(f.params))],
  );
}

/** The same serial number on another line anywhere, this file included (as a single submission does). */
async function serialDuplicates(manager: EntityManager): Promise<{ lineId: string; declarationId: string; serial: string; otherDeclarationId: string }[]> {
  const [any] = await manager.query<unknown[]>("SELECT 1 FROM import_lines WHERE serial_numbers <> '{}' LIMIT 1");
  if (!any) return [];
  return manager.query(
    `WITH n AS MATERIALIZED (SELECT l.id, l.declaration_id, s FROM import_lines l, unnest(l.serial_numbers) AS s)
     SELECT n.id AS "lineId", n.declaration_id AS "declarationId", n.s AS serial, min(o.declaration_id::text) AS "otherDeclarationId"
       FROM n JOIN (SELECT id, declaration_id, s FROM n
                    UNION ALL
                    SELECT l.id, l.declaration_id, s FROM declaration_lines l JOIN declarations d ON d.id = l.declaration_id, unnest(l.serial_numbers) AS s
                     WHERE l.serial_numbers && (SELECT array_agg(DISTINCT s) FROM n) AND d.status NOT IN ('DRAFT', 'WITHDRAWN')) o
         ON o.s = n.s AND o.id <> n.id
      GROUP BY n.id, n.declaration_id, n.s`,
  );
}

/**
 * Quantity and amount against the partner's own approved lines of the same product. Each distinct
 * (product, value) of the file is judged once, then SQL finds the lines that carry it.
 */
async function outliers(manager: EntityManager, partnerId: string) {
  const history: { productId: string; quantity: number; amount: number }[] = await manager.query(
    `SELECT p.id AS "productId", h.quantity, h.amount
       FROM (SELECT DISTINCT product_id AS id FROM import_lines) p
       CROSS JOIN LATERAL (
         SELECT l.quantity, l.amount::float AS amount
           FROM declaration_lines l JOIN declarations d ON d.id = l.declaration_id
          WHERE l.product_id = p.id AND d.partner_id = $1 AND l.status = 'APPROVED'
          ORDER BY l.decided_at DESC LIMIT ${OUTLIER_HISTORY}) h`,
    [partnerId],
  );
  const past = new Map<string, { quantity: number[]; amount: number[] }>();
  for (const h of history) {
    const entry = past.get(h.productId) ?? { quantity: [], amount: [] };
    entry.quantity.push(h.quantity);
    entry.amount.push(h.amount);
    past.set(h.productId, entry);
  }
  const judged = [...past.entries()].filter(([, h]) => h.quantity.length >= OUTLIER_MIN_HISTORY).map(([productId]) => productId);
  if (judged.length === 0) return [];
  const values: { productId: string; quantity: number; amount: number }[] = await manager.query(
    `SELECT DISTINCT product_id AS "productId", quantity, amount::float AS amount FROM import_lines WHERE product_id = ANY($1)`,
    [judged],
  );
  const found = new Map<string, { productId: string; measure: 'quantity' | 'amount'; value: number; median: number }>();
  for (const v of values) {
    const h = past.get(v.productId);
    if (!h) continue;
    for (const measure of ['quantity', 'amount'] as const) {
      const key = `${v.productId}|${measure}|${v[measure]}`;
      if (!found.has(key) && isOutlier(v[measure], h[measure])) found.set(key, { productId: v.productId, measure, value: v[measure], median: median(h[measure]) });
    }
  }
  if (found.size === 0) return [];
  const list = [...found.values()];
  const lines: { lineId: string; declarationId: string; i: number }[] = await manager.query(
    `SELECT n.id AS "lineId", n.declaration_id AS "declarationId", v.i::int AS i
       FROM import_lines n JOIN unnest($1::uuid[], $2::text[], $3::float8[]) WITH ORDINALITY AS v(product_id, measure, value, i)
         ON v.product_id = n.product_id AND v.value = CASE WHEN v.measure = 'quantity' THEN n.quantity::float8 ELSE n.amount::float8 END
      ORDER BY n.declaration_id, n.id, v.measure DESC`,
    [list.map((o) => o.productId), list.map((o) => o.measure), list.map((o) => o.value)],
  );
  return lines.map((l) => ({ ...l, ...list[l.i - 1] }));
}
