import { MigrationInterface, QueryRunner } from 'typeorm';

// The functions as PartnerRunningAndFeedbackRollups creates them since it was edited to count
// comments (3ca5123). A migration keeps the SQL of its day rather than importing another's builders;
// the migration's spec checks that the two define the same functions.
const NO_MANAGER = `'00000000-0000-0000-0000-000000000000'::uuid`;
const RATINGS = [1, 2, 3, 4, 5];
const ratingSums = (sign: string) => [...RATINGS.map((r) => `${sign} * count(*) FILTER (WHERE rating = ${r})`), `${sign} * count(*) FILTER (WHERE commented)`].join(', ');
const ratingColumns = [...RATINGS.map((r) => `rating${r}`), 'comments'].join(', ');
const ratingAdds = [...RATINGS.map((r) => `rating${r} = f.rating${r} + excluded.rating${r}`), 'comments = f.comments + excluded.comments'].join(', ');

const FEEDBACK_APPLY = `CREATE OR REPLACE FUNCTION feedback_rollup_apply(p_declarations uuid[], p_sign int) RETURNS void LANGUAGE sql AS $$
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

const MOVE_PARTNER = `CREATE OR REPLACE FUNCTION feedback_rollup_move_partner() RETURNS trigger LANGUAGE plpgsql AS $$
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
   END $$`;

const FEEDBACK_TABLES = ['feedback_partner_monthly', 'feedback_slices', 'feedback_tag_monthly', 'feedback_tag_slices'];

/**
 * PartnerRunningAndFeedbackRollups was edited after it had run (3ca5123) to count the comments of the
 * counted declarations: a database migrated with its first version has the rating tables without
 * `comments`, functions that never count a comment, and no row for a partner's month whose counted
 * declarations only have comments. This brings such a database to what the edited migration makes,
 * and does nothing but the same back-fill again on one that ran the edited version: the columns if
 * missing, the functions as the edited migration has them, then the four rollups rebuilt from the
 * declarations the sell-out counts, as that migration back-fills them.
 */
export class FeedbackRollupsCountComments1795451760044 implements MigrationInterface {
  name = 'FeedbackRollupsCountComments1795451760044';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Counting and uncounting wait until the rebuilt rollups are committed, so that none is applied
    // by the old function after the rebuild read the declarations. Partners are not locked as well:
    // an activity batch updates partners and counts in one transaction, and taking both could
    // deadlock with it.
    await queryRunner.query(`LOCK TABLE sales_counted_declarations IN SHARE MODE`);
    for (const table of ['feedback_partner_monthly', 'feedback_slices']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "comments" integer NOT NULL DEFAULT '0'`);
    }
    await queryRunner.query(FEEDBACK_APPLY);
    await queryRunner.query(MOVE_PARTNER);
    await queryRunner.query(`TRUNCATE ${FEEDBACK_TABLES.join(', ')}`);
    await queryRunner.query(`SELECT feedback_rollup_apply(array(SELECT declaration_id FROM sales_counted_declarations WHERE counted), 1)`);
  }

  async down(): Promise<void> {
    // The state it reaches is the one PartnerRunningAndFeedbackRollups creates as it stands, which the
    // entities and CustomerFeedbackService expect: nothing to undo.
  }
}
