import { MigrationInterface, QueryRunner } from 'typeorm';

/** No channel manager, in the slices' key (as in sales_slices). */
const NO_MANAGER = `'00000000-0000-0000-0000-000000000000'::uuid`;
export const FUNNEL = ['submitted', 'approved', 'partially_approved', 'rejected', 'reversed', 'withdrawn', 'pending', 'needs_information', 'decision_ms'];
export const FLAGS = ['raised', 'approved', 'rejected', 'open'];

/** How the triggers write a relation's rows to a rollup table: `upsert` here; for the network-wide slices, a journal later (migration DeclarationFunnelSliceJournal). */
export type RollupWriter = (table: string, keys: string[], columns: string[], source: string) => string;

/** Adds a relation's rows to a rollup, summed by key, in key order (concurrent writers lock rows in the same order). */
export const upsert: RollupWriter = (table, keys, columns, source) => `
  INSERT INTO ${table} AS t (${[...keys, ...columns].join(', ')})
  SELECT ${keys.join(', ')}, ${columns.map((c) => `sum(${c})`).join(', ')} FROM ${source}
   GROUP BY ${keys.join(', ')} ORDER BY ${keys.join(', ')}
  ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${columns.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}`;
export const SLICE = ['month', 'channel_manager_id', 'country', 'decision_bucket'];
const PARTNER = ['partner_id', 'month', 'decision_bucket'];
export const FLAG_SLICE = ['month', 'channel_manager_id', 'country', 'code'];
const FLAG_PARTNER = ['partner_id', 'month', 'code'];

/**
 * Declarations (`rows`: sign, id, partner_id, status, submitted_at, decided_at, and `extra` columns)
 * as they count: submitted ones only, in the month of their last submission (UTC), under their
 * partner's current channel manager and country, in the bucket of their time to decide.
 */
const counted = (rows: string, extra = '') => `
  SELECT r.sign, r.id, r.status, r.partner_id, date_trunc('month', r.submitted_at AT TIME ZONE 'UTC')::date AS month,
         coalesce(p.channel_manager_id, ${NO_MANAGER}) AS channel_manager_id, p.country,
         declaration_funnel_bucket(r.submitted_at, r.decided_at) AS decision_bucket,
         coalesce(round(extract(epoch FROM r.decided_at - r.submitted_at) * 1000), 0)::bigint AS ms${extra}
    FROM (${rows}) r JOIN partners p ON p.id = r.partner_id
   WHERE r.submitted_at IS NOT NULL`;

/** A declaration's counts where it stands, signed. */
const FUNNEL_COUNTS = `sign AS submitted,
  CASE WHEN status = 'APPROVED' THEN sign ELSE 0 END AS approved,
  CASE WHEN status = 'PARTIALLY_APPROVED' THEN sign ELSE 0 END AS partially_approved,
  CASE WHEN status = 'REJECTED' THEN sign ELSE 0 END AS rejected,
  CASE WHEN status = 'REVERSED' THEN sign ELSE 0 END AS reversed,
  CASE WHEN status = 'WITHDRAWN' THEN sign ELSE 0 END AS withdrawn,
  CASE WHEN status IN ('SUBMITTED', 'NEEDS_INFO') THEN sign ELSE 0 END AS pending`;
const FLAG_COUNTS = `sign AS raised,
  CASE WHEN status IN ('APPROVED', 'PARTIALLY_APPROVED') THEN sign ELSE 0 END AS approved,
  CASE WHEN status = 'REJECTED' THEN sign ELSE 0 END AS rejected,
  CASE WHEN status IN ('SUBMITTED', 'NEEDS_INFO') THEN sign ELSE 0 END AS open`;
const ASKED = (id: string) => `EXISTS (SELECT 1 FROM declaration_events e WHERE e.declaration_id = ${id} AND e.action = 'INFO_REQUESTED')`;

/**
 * What declarations (`rows`, see counted) add to the four rollups with `sign`: the funnel, and each
 * kind of flag they raised (once per declaration). Whether information was ever requested and which
 * flags are raised are read as they are at the time of the statement: each trigger applies its own
 * table's change against the other tables as they stand, so the rollups always equal what the
 * declarations, their timelines and their flags say now.
 */
const applyDeclarations = (rows: string, slices: RollupWriter) => `
WITH c AS MATERIALIZED (${counted(rows)}),
fu AS MATERIALIZED (
  SELECT partner_id, month, channel_manager_id, country, decision_bucket, ${FUNNEL_COUNTS},
         CASE WHEN ${ASKED('c.id')} THEN sign ELSE 0 END AS needs_information, sign * ms AS decision_ms
    FROM c),
fl AS MATERIALIZED (
  SELECT partner_id, month, channel_manager_id, country, code, ${FLAG_COUNTS}
    FROM c JOIN LATERAL (SELECT DISTINCT f.code FROM declaration_flags f WHERE f.declaration_id = c.id) x ON true),
a AS (${slices('declaration_funnel_slices', SLICE, FUNNEL, 'fu')}),
b AS (${upsert('declaration_funnel_partner_monthly', PARTNER, FUNNEL, 'fu')}),
d AS (${slices('declaration_flag_slices', FLAG_SLICE, FLAGS, 'fl')})
${upsert('declaration_flag_partner_monthly', FLAG_PARTNER, FLAGS, 'fl')}`;

const COLUMNS = 'id, partner_id, status, submitted_at, decided_at';
const CHANGED = `(o.partner_id, o.status, o.submitted_at, o.decided_at) IS DISTINCT FROM (n.partner_id, n.status, n.submitted_at, n.decided_at)`;

/** The first request for information on a declaration makes it count as needing information. */
const applyFirstRequests = (slices: RollupWriter) => `
WITH firsts AS (
  SELECT n.declaration_id FROM new_rows n WHERE n.action = 'INFO_REQUESTED' GROUP BY n.declaration_id
  HAVING count(*) = (SELECT count(*) FROM declaration_events e WHERE e.declaration_id = n.declaration_id AND e.action = 'INFO_REQUESTED')),
c AS MATERIALIZED (${counted(`SELECT 1 AS sign, ${COLUMNS} FROM declarations WHERE id IN (SELECT declaration_id FROM firsts)`)}),
fu AS MATERIALIZED (
  SELECT partner_id, month, channel_manager_id, country, decision_bucket, 0 AS submitted, 0 AS approved, 0 AS partially_approved, 0 AS rejected,
         0 AS reversed, 0 AS withdrawn, 0 AS pending, sign AS needs_information, 0::bigint AS decision_ms FROM c),
a AS (${slices('declaration_funnel_slices', SLICE, FUNNEL, 'fu')})
${upsert('declaration_funnel_partner_monthly', PARTNER, FUNNEL, 'fu')}`;

/** A kind of flag first raised on (sign 1) or last removed from (sign -1) a declaration, as the declaration stands. */
const applyFlagKinds = (pairs: string, sign: number, slices: RollupWriter) => `
WITH c AS MATERIALIZED (${counted(`SELECT ${sign} AS sign, d.id, d.partner_id, d.status, d.submitted_at, d.decided_at, x.code FROM (${pairs}) x JOIN declarations d ON d.id = x.declaration_id`, ', r.code')}),
fl AS MATERIALIZED (SELECT partner_id, month, channel_manager_id, country, code, ${FLAG_COUNTS} FROM c),
d AS (${slices('declaration_flag_slices', FLAG_SLICE, FLAGS, 'fl')})
${upsert('declaration_flag_partner_monthly', FLAG_PARTNER, FLAGS, 'fl')}`;

/** A partner whose channel manager or country changes takes its counts from the old slices to the new ones. */
const movePartners = (slices: RollupWriter) => `
WITH moved AS (
  SELECT n.id, coalesce(o.channel_manager_id, ${NO_MANAGER}) AS old_manager, o.country AS old_country,
         coalesce(n.channel_manager_id, ${NO_MANAGER}) AS new_manager, n.country AS new_country
    FROM old_rows o JOIN new_rows n ON n.id = o.id
   WHERE (o.channel_manager_id, o.country) IS DISTINCT FROM (n.channel_manager_id, n.country)),
fu AS MATERIALIZED (
  SELECT m.month, x.manager AS channel_manager_id, x.country, m.decision_bucket, ${FUNNEL.map((c) => `x.sign * m.${c} AS ${c}`).join(', ')}
    FROM moved v JOIN declaration_funnel_partner_monthly m ON m.partner_id = v.id
    CROSS JOIN LATERAL (VALUES (-1, v.old_manager, v.old_country), (1, v.new_manager, v.new_country)) AS x(sign, manager, country)),
fl AS MATERIALIZED (
  SELECT m.month, x.manager AS channel_manager_id, x.country, m.code, ${FLAGS.map((c) => `x.sign * m.${c} AS ${c}`).join(', ')}
    FROM moved v JOIN declaration_flag_partner_monthly m ON m.partner_id = v.id
    CROSS JOIN LATERAL (VALUES (-1, v.old_manager, v.old_country), (1, v.new_manager, v.new_country)) AS x(sign, manager, country)),
a AS (${slices('declaration_funnel_slices', SLICE, FUNNEL, 'fu')})
${slices('declaration_flag_slices', FLAG_SLICE, FLAGS, 'fl')}`;

/**
 * Decision-time buckets: 0 under a minute, then k covers [60 s × 2^((k-1)/4), 60 s × 2^(k/4)) — each
 * about 19 % wider than the one before, to 80 (two years and more); -1 not decided. Medians and
 * percentiles come from the buckets (DeclarationFunnelService), each bucket's declarations at their
 * mean time (the sum kept beside the count).
 */
const BUCKET = `CREATE FUNCTION declaration_funnel_bucket(p_submitted timestamptz, p_decided timestamptz) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p_decided IS NULL THEN -1
              WHEN extract(epoch FROM p_decided - p_submitted) < 60 THEN 0
              ELSE least(80, 1 + floor(4 * ln(extract(epoch FROM p_decided - p_submitted)::float8 / 60) / ln(2)))::smallint END
$$`;

/** A trigger's function, as written: the body runs once per statement, with its transition tables. */
export const triggerFunction = (name: string, body: string) => `CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${body};
RETURN NULL;
END $$`;

/** The funnel's triggers: name, table, event, transition tables and body, writing the slices with `slices`. */
export const funnelTriggers = (slices: RollupWriter): [string, string, string, string, string][] => [
  ['declaration_funnel_on_insert', 'declarations', 'INSERT', 'NEW TABLE AS new_rows', applyDeclarations(`SELECT 1 AS sign, ${COLUMNS} FROM new_rows`, slices)],
  [
    'declaration_funnel_on_update',
    'declarations',
    'UPDATE',
    'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    applyDeclarations(
      `SELECT -1 AS sign, ${COLUMNS.split(', ').map((c) => `o.${c}`).join(', ')} FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${CHANGED}
          UNION ALL SELECT 1, ${COLUMNS.split(', ').map((c) => `n.${c}`).join(', ')} FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE ${CHANGED}`,
      slices,
    ),
  ],
  ['declaration_funnel_on_delete', 'declarations', 'DELETE', 'OLD TABLE AS old_rows', applyDeclarations(`SELECT -1 AS sign, ${COLUMNS} FROM old_rows`, slices)],
  ['declaration_funnel_on_events', 'declaration_events', 'INSERT', 'NEW TABLE AS new_rows', applyFirstRequests(slices)],
  [
    'declaration_funnel_on_flags_insert',
    'declaration_flags',
    'INSERT',
    'NEW TABLE AS new_rows',
    applyFlagKinds(
      `SELECT n.declaration_id, n.code FROM new_rows n GROUP BY n.declaration_id, n.code
           HAVING count(*) = (SELECT count(*) FROM declaration_flags f WHERE f.declaration_id = n.declaration_id AND f.code = n.code)`,
      1,
      slices,
    ),
  ],
  [
    'declaration_funnel_on_flags_delete',
    'declaration_flags',
    'DELETE',
    'OLD TABLE AS old_rows',
    applyFlagKinds(
      `SELECT o.declaration_id, o.code FROM old_rows o GROUP BY o.declaration_id, o.code
           HAVING NOT EXISTS (SELECT 1 FROM declaration_flags f WHERE f.declaration_id = o.declaration_id AND f.code = o.code)`,
      -1,
      slices,
    ),
  ],
  ['declaration_funnel_on_partners', 'partners', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', movePartners(slices)],
];

/**
 * The declaration funnel's rollups (see DeclarationFunnelSlice and DeclarationFunnelPartnerMonthly),
 * kept by statement triggers in the writing transaction, whoever writes: every status move (a
 * decision, a request for information, a resubmission that moves the submission month, a reversal,
 * a withdrawal of an import's declarations in one UPDATE), each first request for information, flags
 * recomputed at a submission, and a partner changing channel manager or country. Back-filled from
 * the declarations there are. The flags are written and deleted, never updated, by the API.
 */
export class DeclarationFunnelRollup1795434635509 implements MigrationInterface {
  name = 'DeclarationFunnelRollup1795434635509';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "declaration_funnel_partner_monthly" ("submitted" integer NOT NULL DEFAULT '0', "approved" integer NOT NULL DEFAULT '0', "partially_approved" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "reversed" integer NOT NULL DEFAULT '0', "withdrawn" integer NOT NULL DEFAULT '0', "pending" integer NOT NULL DEFAULT '0', "needs_information" integer NOT NULL DEFAULT '0', "decision_ms" bigint NOT NULL DEFAULT '0', "partner_id" uuid NOT NULL, "month" date NOT NULL, "decision_bucket" smallint NOT NULL, CONSTRAINT "PK_21a78a12762c5718825c010fff6" PRIMARY KEY ("partner_id", "month", "decision_bucket"))`);
    await queryRunner.query(`CREATE TABLE "declaration_flag_partner_monthly" ("raised" integer NOT NULL DEFAULT '0', "approved" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "open" integer NOT NULL DEFAULT '0', "partner_id" uuid NOT NULL, "month" date NOT NULL, "code" text NOT NULL, CONSTRAINT "PK_10c8ca3b956caad017cf21b3eb0" PRIMARY KEY ("partner_id", "month", "code"))`);
    await queryRunner.query(`CREATE TABLE "declaration_funnel_slices" ("submitted" integer NOT NULL DEFAULT '0', "approved" integer NOT NULL DEFAULT '0', "partially_approved" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "reversed" integer NOT NULL DEFAULT '0', "withdrawn" integer NOT NULL DEFAULT '0', "pending" integer NOT NULL DEFAULT '0', "needs_information" integer NOT NULL DEFAULT '0', "decision_ms" bigint NOT NULL DEFAULT '0', "month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "decision_bucket" smallint NOT NULL, CONSTRAINT "PK_ae3809325b8898381b0a8b91629" PRIMARY KEY ("month", "channel_manager_id", "country", "decision_bucket"))`);
    await queryRunner.query(`CREATE TABLE "declaration_flag_slices" ("raised" integer NOT NULL DEFAULT '0', "approved" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "open" integer NOT NULL DEFAULT '0', "month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "code" text NOT NULL, CONSTRAINT "PK_b2cab6a989d20202fe88417d0ff" PRIMARY KEY ("month", "channel_manager_id", "country", "code"))`);
    await queryRunner.query(BUCKET);
    for (const [name, table, event, referencing, body] of funnelTriggers(upsert)) {
      await queryRunner.query(triggerFunction(name, body));
      await queryRunner.query(`CREATE TRIGGER ${name} AFTER ${event} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
    }
    // Back-fill: every submitted declaration there is.
    await queryRunner.query(applyDeclarations(`SELECT 1 AS sign, ${COLUMNS} FROM declarations`, upsert));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table] of funnelTriggers(upsert)) {
      await queryRunner.query(`DROP TRIGGER ${name} ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${name}()`);
    }
    await queryRunner.query('DROP FUNCTION declaration_funnel_bucket(timestamptz, timestamptz)');
    await queryRunner.query(`DROP TABLE "declaration_flag_slices"`);
    await queryRunner.query(`DROP TABLE "declaration_funnel_slices"`);
    await queryRunner.query(`DROP TABLE "declaration_flag_partner_monthly"`);
    await queryRunner.query(`DROP TABLE "declaration_funnel_partner_monthly"`);
  }
}
