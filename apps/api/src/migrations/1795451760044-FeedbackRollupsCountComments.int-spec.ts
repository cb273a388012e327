import { createTestApp, TestApp } from '../../test/support/test-app';
import { DEMO_USERS } from '../seed/demo-ids';
import { demoPartnerAccounts } from '../seed/seed-demo-data';
import { FeedbackRollupsCountComments1795451760044 } from './1795451760044-FeedbackRollupsCountComments';

// PartnerRunningAndFeedbackRollups as it first ran (before 3ca5123): no comments counted. Only what
// the edit changed: the two functions and the two rating tables' columns.
const NO_MANAGER = `'00000000-0000-0000-0000-000000000000'::uuid`;
const RATINGS = [1, 2, 3, 4, 5];
const ratingSums = (sign: string) => RATINGS.map((r) => `${sign} * count(*) FILTER (WHERE rating = ${r})`).join(', ');
const ratingColumns = RATINGS.map((r) => `rating${r}`).join(', ');
const ratingAdds = RATINGS.map((r) => `rating${r} = f.rating${r} + excluded.rating${r}`).join(', ');
const FIRST_VERSION = [
  `ALTER TABLE feedback_partner_monthly DROP COLUMN comments`,
  `ALTER TABLE feedback_slices DROP COLUMN comments`,
  `CREATE OR REPLACE FUNCTION feedback_rollup_apply(p_declarations uuid[], p_sign int) RETURNS void LANGUAGE sql AS $$
WITH counted AS MATERIALIZED (
  SELECT d.id, date_trunc('month', coalesce(d.sale_date, d.period_end, (d.decided_at AT TIME ZONE 'UTC')::date))::date AS month, d.partner_id,
         coalesce(p.channel_manager_id, ${NO_MANAGER}) AS manager, p.country, d.feedback_rating AS rating, d.feedback_tags AS tags
    FROM declarations d JOIN partners p ON p.id = d.partner_id
   WHERE d.id = ANY(p_declarations) AND (d.feedback_rating IS NOT NULL OR cardinality(d.feedback_tags) > 0)),
tagged AS MATERIALIZED (
  SELECT DISTINCT c.id, c.month, c.partner_id, c.manager, c.country, t.tag FROM counted c CROSS JOIN LATERAL unnest(c.tags) AS t(tag) WHERE t.tag <> ''),
partner_ratings AS (
  INSERT INTO feedback_partner_monthly AS f (month, partner_id, ${ratingColumns})
  SELECT month, partner_id, ${ratingSums('p_sign')} FROM counted WHERE rating IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (month, partner_id) DO UPDATE SET ${ratingAdds}),
slice_ratings AS (
  INSERT INTO feedback_slices AS f (month, channel_manager_id, country, ${ratingColumns})
  SELECT month, manager, country, ${ratingSums('p_sign')} FROM counted WHERE rating IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (month, channel_manager_id, country) DO UPDATE SET ${ratingAdds}),
partner_tags AS (
  INSERT INTO feedback_tag_monthly AS f (month, partner_id, tag, declarations)
  SELECT month, partner_id, tag, p_sign * count(*) FROM tagged GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (month, partner_id, tag) DO UPDATE SET declarations = f.declarations + excluded.declarations)
INSERT INTO feedback_tag_slices AS f (month, channel_manager_id, country, tag, declarations)
SELECT month, manager, country, tag, p_sign * count(*) FROM tagged GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
ON CONFLICT (month, channel_manager_id, country, tag) DO UPDATE SET declarations = f.declarations + excluded.declarations
$$`,
  `CREATE OR REPLACE FUNCTION feedback_rollup_move_partner() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO feedback_slices AS f (month, channel_manager_id, country, ${ratingColumns})
     SELECT s.month, v.manager, v.country, ${RATINGS.map((r) => `v.sign * s.rating${r}`).join(', ')}
       FROM feedback_partner_monthly s
      CROSS JOIN (VALUES (coalesce(OLD.channel_manager_id, ${NO_MANAGER}), OLD.country, -1), (coalesce(NEW.channel_manager_id, ${NO_MANAGER}), NEW.country, 1)) AS v(manager, country, sign)
      WHERE s.partner_id = NEW.id ORDER BY 1, 2, 3
     ON CONFLICT (month, channel_manager_id, country) DO UPDATE SET ${ratingAdds};
     INSERT INTO feedback_tag_slices AS f (month, channel_manager_id, country, tag, declarations)
     SELECT s.month, v.manager, v.country, s.tag, v.sign * s.declarations
       FROM feedback_tag_monthly s
      CROSS JOIN (VALUES (coalesce(OLD.channel_manager_id, ${NO_MANAGER}), OLD.country, -1), (coalesce(NEW.channel_manager_id, ${NO_MANAGER}), NEW.country, 1)) AS v(manager, country, sign)
      WHERE s.partner_id = NEW.id ORDER BY 1, 2, 3, 4
     ON CONFLICT (month, channel_manager_id, country, tag) DO UPDATE SET declarations = f.declarations + excluded.declarations;
     RETURN NULL;
   END $$`,
  // The first version's back-fill.
  `TRUNCATE feedback_partner_monthly, feedback_slices, feedback_tag_monthly, feedback_tag_slices`,
  `SELECT feedback_rollup_apply(array(SELECT declaration_id FROM sales_counted_declarations WHERE counted), 1)`,
];

const FEEDBACK = [
  { rating: 5, comment: 'Great install', tags: ['quiet'] },
  // Words only: the first version counted nothing of it, not even a row for its partner's month.
  { rating: null, comment: 'Words only', tags: [] },
  { rating: 3, comment: null, tags: ['price'] },
  { rating: null, comment: '', tags: ['late'] },
  { rating: 4, comment: 'Fine', tags: [] },
];

describe('FeedbackRollupsCountComments migration', () => {
  let t: TestApp;
  let declarationIds: string[];

  /**
   * What the migration is about: the rollups' columns, their rows, and the functions that keep them.
   * A row down to zero everywhere (a moved partner's old slice) reads as no row, and the rebuild
   * leaves none.
   */
  const rows = (table: string, keys: string) =>
    t.sql(
      `SELECT to_jsonb(f) AS row FROM ${table} f
        WHERE EXISTS (SELECT 1 FROM jsonb_each(to_jsonb(f)) c WHERE jsonb_typeof(c.value) = 'number' AND c.value <> '0') ORDER BY ${keys}`,
    );
  const state = async () => ({
    columns: await t.sql(
      `SELECT table_name, column_name, data_type, column_default, is_nullable FROM information_schema.columns
        WHERE table_name IN ('feedback_partner_monthly', 'feedback_slices', 'feedback_tag_monthly', 'feedback_tag_slices') ORDER BY 1, 2`,
    ),
    partnerMonths: await rows('feedback_partner_monthly', 'month, partner_id'),
    slices: await rows('feedback_slices', 'month, channel_manager_id, country'),
    tagMonths: await rows('feedback_tag_monthly', 'month, partner_id, tag'),
    tagSlices: await rows('feedback_tag_slices', 'month, channel_manager_id, country, tag'),
    functions: await t.sql(`SELECT proname, pg_get_functiondef(oid) AS definition FROM pg_proc WHERE proname LIKE 'feedback_rollup%' ORDER BY 1`),
  });
  const migrate = async () => {
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await new FeedbackRollupsCountComments1795451760044().up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
  };
  const count = (ids: string[], counted: boolean) =>
    t.sql(
      `INSERT INTO sales_counted_declarations (declaration_id, partner_id, counted) SELECT id, partner_id, $2 FROM declarations WHERE id = ANY($1)
       ON CONFLICT (declaration_id) DO UPDATE SET counted = excluded.counted`,
      [ids, counted],
    );

  beforeAll(async () => {
    // No activity processing: it would count declarations while the rollups are compared.
    t = await createTestApp({ ACTIVITY_POLL_MS: '3600000' });
    // Approved declarations of five partners with their feedback, counted as the sales listener counts
    // them: the rollups as the edited migration's triggers keep them.
    declarationIds = [];
    for (const [i, feedback] of FEEDBACK.entries()) {
      const account = demoPartnerAccounts([1, 4, 5, 9, 2][i]);
      const [row] = await t.sql<{ id: string }>(
        `INSERT INTO declarations (partner_id, declared_by_id, status, sale_date, currency, total_amount, feedback_rating, feedback_comment, feedback_tags, submitted_at, decided_at)
         VALUES ($1, $2, 'APPROVED', $3, 'EUR', 100, $4, $5, $6, now(), now()) RETURNING id`,
        [account.partnerId, account.admin.id, `2026-0${3 + (i % 2)}-10`, feedback.rating, feedback.comment, feedback.tags],
      );
      declarationIds.push(row?.id);
    }
    await count(declarationIds, true);
    // The first partner moves to the other channel manager: its slices follow.
    await t.sql(
      `UPDATE partners SET channel_manager_id = CASE WHEN channel_manager_id = $2 THEN $3::uuid ELSE $2::uuid END
        WHERE id = (SELECT partner_id FROM declarations WHERE id = $1)`,
      [declarationIds[0], DEMO_USERS.channelManagerNorth.id, DEMO_USERS.channelManagerSouth.id],
    );
  }, 60_000);
  afterAll(() => t?.close());

  it('changes nothing on a database that ran the edited PartnerRunningAndFeedbackRollups', async () => {
    const fresh = await state();
    expect(fresh.partnerMonths.map(({ row }) => row.comments)).toContain(1);
    await migrate();
    expect(await state()).toEqual(fresh);
  });

  it('brings a database that ran its first version to the same columns, functions and rollup rows, and can run again', async () => {
    const fresh = await state();
    for (const statement of FIRST_VERSION) await t.sql(statement);
    // Some activity under the first version: a commented declaration uncounted and counted again.
    await count([declarationIds[0]], false);
    await count([declarationIds[0]], true);
    const first = await state();
    expect(first.functions).not.toEqual(fresh.functions);
    expect(first.partnerMonths).toHaveLength(fresh.partnerMonths.length - 1);
    expect(first.partnerMonths.map(({ row }) => row.comments)).not.toContain(1);

    await migrate();
    expect(await state()).toEqual(fresh);
    await migrate();
    expect(await state()).toEqual(fresh);
  });
});
