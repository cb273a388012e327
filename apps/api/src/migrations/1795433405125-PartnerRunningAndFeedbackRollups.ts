import { MigrationInterface, QueryRunner } from 'typeorm';

const NO_MANAGER = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * Running totals (see SalesPartnerRunning): a month as year × 12 + month − 1; the total up to month
 * m is the element for m, the last one after the last element, nothing before the first.
 */
const RUNNING = [
  `CREATE FUNCTION sales_month_index(d date) RETURNS int IMMUTABLE LANGUAGE sql AS $$ SELECT extract(year FROM d)::int * 12 + extract(month FROM d)::int - 1 $$`,
  `CREATE FUNCTION sales_running_at(a bigint[], first int, m int) RETURNS bigint IMMUTABLE LANGUAGE sql AS $$ SELECT coalesce(a[least(m - first + 1, cardinality(a))], 0) $$`,
  // Adds delta from month m on, the array widened to cover m.
  `CREATE FUNCTION sales_running_add(a bigint[], first int, m int, delta bigint) RETURNS bigint[] IMMUTABLE LANGUAGE sql AS $$
     SELECT array_agg(sales_running_at(a, first, k) + CASE WHEN k >= m THEN delta ELSE 0 END ORDER BY k)
       FROM generate_series(least(first, m), greatest(first + cardinality(a) - 1, m)) AS k $$`,
  // Whoever writes a partner's month (the activity listener's batch, the backfill) moves its running
  // totals in the same transaction; a partner's move to another manager or country leaves the
  // partner months as they are, and so these.
  `CREATE FUNCTION sales_running_on_partner_month() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     d_amount bigint;
     d_lines bigint;
     m int := sales_month_index(NEW.month);
   BEGIN
     IF TG_OP = 'INSERT' THEN
       d_amount := round(NEW.amount * 100); d_lines := NEW.lines;
     ELSE
       d_amount := round((NEW.amount - OLD.amount) * 100); d_lines := NEW.lines - OLD.lines;
     END IF;
     IF d_amount = 0 AND d_lines = 0 THEN RETURN NULL; END IF;
     INSERT INTO sales_partner_running AS r (partner_id, first_month, amount_cents, lines) VALUES (NEW.partner_id, m, ARRAY[d_amount], ARRAY[d_lines])
     ON CONFLICT (partner_id) DO UPDATE
        SET first_month = least(r.first_month, m),
            amount_cents = sales_running_add(r.amount_cents, r.first_month, m, d_amount),
            lines = sales_running_add(r.lines, r.first_month, m, d_lines);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER sales_partner_monthly_running AFTER INSERT OR UPDATE ON sales_partner_monthly FOR EACH ROW EXECUTE FUNCTION sales_running_on_partner_month()`,
];

/** Every partner's running totals from its months, gaps filled with the total so far. */
const RUNNING_BACKFILL = `INSERT INTO sales_partner_running (partner_id, first_month, amount_cents, lines)
SELECT partner_id, min(m), array_agg(amount ORDER BY m), array_agg(lines ORDER BY m)
  FROM (SELECT s.partner_id, sales_month_index(g.month::date) AS m,
               (sum(coalesce(pm.amount, 0)) OVER w * 100)::bigint AS amount, sum(coalesce(pm.lines, 0)) OVER w AS lines
          FROM (SELECT partner_id, min(month) AS first, max(month) AS last FROM sales_partner_monthly GROUP BY 1) s
          CROSS JOIN LATERAL generate_series(s.first, s.last, interval '1 month') AS g(month)
          LEFT JOIN sales_partner_monthly pm ON pm.partner_id = s.partner_id AND pm.month = g.month::date
        WINDOW w AS (PARTITION BY s.partner_id ORDER BY g.month)) AS running
 GROUP BY partner_id`;

const RATINGS = [1, 2, 3, 4, 5];
const ratingSums = (sign: string) => [...RATINGS.map((r) => `${sign} * count(*) FILTER (WHERE rating = ${r})`), `${sign} * count(*) FILTER (WHERE commented)`].join(', ');
const ratingColumns = [...RATINGS.map((r) => `rating${r}`), 'comments'].join(', ');
const ratingAdds = [...RATINGS.map((r) => `rating${r} = f.rating${r} + excluded.rating${r}`), 'comments = f.comments + excluded.comments'].join(', ');

/**
 * Adds (sign 1) or takes away (sign -1) the customer feedback of the given declarations: ratings,
 * comments (how many) and tags (each tag once a declaration) per partner and month of sale, and per month, channel manager
 * and country, with the partner's current attributes. The month of sale is the sell-out's (see
 * sales_rollup_apply). Rows are written in key order, so concurrent writers lock them alike.
 */
const FEEDBACK_APPLY = `CREATE FUNCTION feedback_rollup_apply(p_declarations uuid[], p_sign int) RETURNS void LANGUAGE sql AS $$
WITH counted AS MATERIALIZED (
  SELECT d.id, date_trunc('month', coalesce(d.sale_date, d.period_end, (d.decided_at AT TIME ZONE 'UTC')::date))::date AS month, d.partner_id,
         coalesce(p.channel_manager_id, ${NO_MANAGER}) AS manager, p.country, d.feedback_rating AS rating, d.feedback_tags AS tags, coalesce(d.feedback_comment, '') <> '' AS commented
    FROM declarations d JOIN partners p ON p.id = d.partner_id
   WHERE d.id = ANY(p_declarations) AND (d.feedback_rating IS NOT NULL OR cardinality(d.feedback_tags) > 0 OR d.feedback_comment <> '')),
tagged AS MATERIALIZED (
  SELECT DISTINCT c.id, c.month, c.partner_id, c.manager, c.country, t.tag FROM counted c CROSS JOIN LATERAL unnest(c.tags) AS t(tag) WHERE t.tag <> ''),
partner_ratings AS (
  INSERT INTO feedback_partner_monthly AS f (month, partner_id, ${ratingColumns})
  SELECT month, partner_id, ${ratingSums('p_sign')} FROM counted WHERE rating IS NOT NULL OR commented GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (month, partner_id) DO UPDATE SET ${ratingAdds}),
slice_ratings AS (
  INSERT INTO feedback_slices AS f (month, channel_manager_id, country, ${ratingColumns})
  SELECT month, manager, country, ${ratingSums('p_sign')} FROM counted WHERE rating IS NOT NULL OR commented GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (month, channel_manager_id, country) DO UPDATE SET ${ratingAdds}),
partner_tags AS (
  INSERT INTO feedback_tag_monthly AS f (month, partner_id, tag, declarations)
  SELECT month, partner_id, tag, p_sign * count(*) FROM tagged GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (month, partner_id, tag) DO UPDATE SET declarations = f.declarations + excluded.declarations)
INSERT INTO feedback_tag_slices AS f (month, channel_manager_id, country, tag, declarations)
SELECT month, manager, country, tag, p_sign * count(*) FROM tagged GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
ON CONFLICT (month, channel_manager_id, country, tag) DO UPDATE SET declarations = f.declarations + excluded.declarations
$$`;

/**
 * The feedback follows the sell-out's own record of what it counts: a declaration enters when the
 * sales listener counts it and leaves when its reversal uncounts it, in that batch's transaction
 * (a reversal processed before its approval inserts counted = false, and the late approval then
 * inserts nothing, as for the sell-out).
 */
const ON_COUNTED = [
  `CREATE FUNCTION feedback_rollup_on_counted_insert() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM feedback_rollup_apply(array(SELECT declaration_id FROM new_rows WHERE counted), 1);
     RETURN NULL;
   END $$`,
  `CREATE FUNCTION feedback_rollup_on_counted_update() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM feedback_rollup_apply(array(SELECT n.declaration_id FROM new_rows n JOIN old_rows o USING (declaration_id) WHERE o.counted AND NOT n.counted), -1);
     PERFORM feedback_rollup_apply(array(SELECT n.declaration_id FROM new_rows n JOIN old_rows o USING (declaration_id) WHERE n.counted AND NOT o.counted), 1);
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER sales_counted_feedback_insert AFTER INSERT ON sales_counted_declarations
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_on_counted_insert()`,
  `CREATE TRIGGER sales_counted_feedback_update AFTER UPDATE ON sales_counted_declarations
     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION feedback_rollup_on_counted_update()`,
];

/**
 * A partner whose channel manager or country changes takes its feedback from the old slices to the
 * new ones, from its partner months (keyed by partner, they do not move), in the update's transaction.
 */
const MOVE_PARTNER = [
  `CREATE FUNCTION feedback_rollup_move_partner() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO feedback_slices AS f (month, channel_manager_id, country, ${ratingColumns})
     SELECT s.month, v.manager, v.country, ${RATINGS.map((r) => `v.sign * s.rating${r}`).join(', ')}, v.sign * s.comments
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
  `CREATE TRIGGER partners_feedback_rollup_move AFTER UPDATE ON partners FOR EACH ROW
     WHEN ((OLD.country, OLD.channel_manager_id) IS DISTINCT FROM (NEW.country, NEW.channel_manager_id))
     EXECUTE FUNCTION feedback_rollup_move_partner()`,
];

/** The latest comments: counted declarations with a comment, by day of sale (the service's SALE_DAY), newest first. */
const COMMENTS_INDEX = `CREATE INDEX "IDX_declarations_feedback_comment_day" ON declarations
  ((coalesce(sale_date, period_end, (decided_at AT TIME ZONE 'UTC')::date)) DESC, id DESC)
  WHERE feedback_comment <> '' AND status IN ('APPROVED', 'PARTIALLY_APPROVED')`;

// Without statistics on the day of sale the planner guessed some 1,300 rows for a year of a million
// declarations' comments (there were 98,000) and sorted them all (0.5 s) instead of walking the
// index newest first and stopping at the twentieth (15 ms for a channel manager, measured).
const SALE_DAY_STATISTICS = `CREATE STATISTICS "declarations_sale_day" ON (coalesce(sale_date, period_end, (decided_at AT TIME ZONE 'UTC')::date)) FROM declarations`;

export class PartnerRunningAndFeedbackRollups1795433405125 implements MigrationInterface {
  name = 'PartnerRunningAndFeedbackRollups1795433405125';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "feedback_partner_monthly" ("comments" integer NOT NULL DEFAULT '0', "rating1" integer NOT NULL DEFAULT '0', "rating2" integer NOT NULL DEFAULT '0', "rating3" integer NOT NULL DEFAULT '0', "rating4" integer NOT NULL DEFAULT '0', "rating5" integer NOT NULL DEFAULT '0', "month" date NOT NULL, "partner_id" uuid NOT NULL, CONSTRAINT "PK_1e69685365f57d6d63ec40da378" PRIMARY KEY ("month", "partner_id"))`);
    await queryRunner.query(`CREATE TABLE "feedback_slices" ("comments" integer NOT NULL DEFAULT '0', "rating1" integer NOT NULL DEFAULT '0', "rating2" integer NOT NULL DEFAULT '0', "rating3" integer NOT NULL DEFAULT '0', "rating4" integer NOT NULL DEFAULT '0', "rating5" integer NOT NULL DEFAULT '0', "month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, CONSTRAINT "PK_c1e1d478367e3b07d83b2318093" PRIMARY KEY ("month", "channel_manager_id", "country"))`);
    await queryRunner.query(`CREATE TABLE "feedback_tag_monthly" ("month" date NOT NULL, "partner_id" uuid NOT NULL, "tag" text NOT NULL, "declarations" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_74b3b4c9cb5e654aea4f16021ef" PRIMARY KEY ("month", "partner_id", "tag"))`);
    await queryRunner.query(`CREATE TABLE "feedback_tag_slices" ("month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "tag" text NOT NULL, "declarations" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_20fb3a4498ad3199bcb404f9251" PRIMARY KEY ("month", "channel_manager_id", "country", "tag"))`);
    await queryRunner.query(`CREATE TABLE "sales_partner_running" ("partner_id" uuid NOT NULL, "first_month" integer NOT NULL, "amount_cents" bigint array NOT NULL, "lines" bigint array NOT NULL, CONSTRAINT "PK_f4fcd66fd53daa5663983e6b321" PRIMARY KEY ("partner_id"))`);
    for (const sql of [...RUNNING, FEEDBACK_APPLY, ...ON_COUNTED, ...MOVE_PARTNER, COMMENTS_INDEX, SALE_DAY_STATISTICS]) await queryRunner.query(sql);
    // Production has sell-out already: the running totals from the partner months, the feedback from
    // the declarations the sell-out counts.
    await queryRunner.query(RUNNING_BACKFILL);
    await queryRunner.query(`SELECT feedback_rollup_apply(array(SELECT declaration_id FROM sales_counted_declarations WHERE counted), 1)`);
    await queryRunner.query(`ANALYZE declarations`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP STATISTICS "declarations_sale_day"`);
    await queryRunner.query(`DROP INDEX "IDX_declarations_feedback_comment_day"`);
    await queryRunner.query(`DROP TRIGGER partners_feedback_rollup_move ON partners`);
    await queryRunner.query(`DROP FUNCTION feedback_rollup_move_partner()`);
    await queryRunner.query(`DROP TRIGGER sales_counted_feedback_update ON sales_counted_declarations`);
    await queryRunner.query(`DROP TRIGGER sales_counted_feedback_insert ON sales_counted_declarations`);
    await queryRunner.query(`DROP FUNCTION feedback_rollup_on_counted_update()`);
    await queryRunner.query(`DROP FUNCTION feedback_rollup_on_counted_insert()`);
    await queryRunner.query(`DROP FUNCTION feedback_rollup_apply(uuid[], int)`);
    await queryRunner.query(`DROP TRIGGER sales_partner_monthly_running ON sales_partner_monthly`);
    await queryRunner.query(`DROP FUNCTION sales_running_on_partner_month()`);
    await queryRunner.query(`DROP FUNCTION sales_running_add(bigint[], int, int, bigint)`);
    await queryRunner.query(`DROP FUNCTION sales_running_at(bigint[], int, int)`);
    await queryRunner.query(`DROP FUNCTION sales_month_index(date)`);
    await queryRunner.query(`DROP TABLE "sales_partner_running"`);
    await queryRunner.query(`DROP TABLE "feedback_tag_slices"`);
    await queryRunner.query(`DROP TABLE "feedback_tag_monthly"`);
    await queryRunner.query(`DROP TABLE "feedback_slices"`);
    await queryRunner.query(`DROP TABLE "feedback_partner_monthly"`);
  }
}
