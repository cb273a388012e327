import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds (sign 1) or takes away (sign -1) the approved lines of the given declarations: per month of
 * sale, profile, category and channel, and per month, product, channel manager and country, in key
 * order (concurrent writers lock rows in the same order). The profile is the partner's current one
 * unless one is given (the partners trigger takes a move's old profile away). Month of sale: of the
 * declaration's sale date, or of the last day of its declared period. Used by the activity
 * listener, the partners trigger and the backfill alike.
 */
const ROLLUP_APPLY = `CREATE OR REPLACE FUNCTION sales_rollup_apply(p_declarations uuid[], p_sign int, p_profile int DEFAULT NULL) RETURNS void LANGUAGE sql AS $$
WITH partners_of AS (SELECT DISTINCT partner_id FROM declarations WHERE id = ANY(p_declarations)),
profiles AS MATERIALIZED (
  SELECT p.id AS partner_id, p.channel_manager_id, p.country,
         sales_profile_id(p.type, p.brand_model, p.potential, p.country, p.region, p.stage, p.tier_id, p.channel_manager_id) AS profile_id
    FROM partners p WHERE p_profile IS NULL AND p.id IN (SELECT partner_id FROM partners_of)
  UNION ALL
  SELECT o.partner_id, sp.channel_manager_id, sp.country, sp.id FROM sales_profiles sp CROSS JOIN partners_of o WHERE sp.id = p_profile),
counted AS MATERIALIZED (
  SELECT date_trunc('month', coalesce(d.sale_date, d.period_end, (d.decided_at AT TIME ZONE 'UTC')::date))::date AS month,
         pf.profile_id, pf.channel_manager_id, pf.country, l.product_id, coalesce(pr.category, '') AS category, l.channel, l.quantity, l.amount
    FROM declarations d
    JOIN declaration_lines l ON l.declaration_id = d.id AND l.status = 'APPROVED'
    JOIN products pr ON pr.id = l.product_id
    JOIN profiles pf ON pf.partner_id = d.partner_id
   WHERE d.id = ANY(p_declarations)),
by_product AS (
  INSERT INTO sales_product_monthly AS s (month, product_id, channel_manager_id, country, quantity, amount, lines)
  SELECT month, product_id, coalesce(channel_manager_id, '00000000-0000-0000-0000-000000000000'), country,
         p_sign * sum(quantity), p_sign * sum(amount), p_sign * count(*)
    FROM counted GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (month, product_id, channel_manager_id, country) DO UPDATE
     SET quantity = s.quantity + excluded.quantity, amount = s.amount + excluded.amount, lines = s.lines + excluded.lines)
INSERT INTO sales_monthly AS s (month, profile_id, category, channel, quantity, amount, lines)
SELECT month, profile_id, category, channel, p_sign * sum(quantity), p_sign * sum(amount), p_sign * count(*)
  FROM counted GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
ON CONFLICT (month, profile_id, category, channel) DO UPDATE
   SET quantity = s.quantity + excluded.quantity, amount = s.amount + excluded.amount, lines = s.lines + excluded.lines
$$`;

export class MonthlySalesRollups1795423037400 implements MigrationInterface {
  name = 'MonthlySalesRollups1795423037400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sales_monthly" ("month" date NOT NULL, "profile_id" integer NOT NULL, "category" text NOT NULL, "channel" text NOT NULL, "quantity" bigint NOT NULL DEFAULT '0', "amount" numeric(18,2) NOT NULL DEFAULT '0', "lines" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_3d924c7bc666817910697f3cf0a" PRIMARY KEY ("month", "profile_id", "category", "channel"))`);
    await queryRunner.query(`CREATE TABLE "sales_product_monthly" ("month" date NOT NULL, "product_id" uuid NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "quantity" bigint NOT NULL DEFAULT '0', "amount" numeric(18,2) NOT NULL DEFAULT '0', "lines" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c6bed605ec35c8811ebb78194c6" PRIMARY KEY ("month", "product_id", "channel_manager_id", "country"))`);
    await queryRunner.query(`DROP TABLE "sales_daily"`);
    await queryRunner.query(ROLLUP_APPLY);
    // The declarations counted so far, in the new rollups.
    await queryRunner.query(`SELECT sales_rollup_apply(array(SELECT declaration_id FROM sales_counted_declarations WHERE counted), 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The daily rollup is not rebuilt: take the migration back to AddSalesRollup's and backfill from there.
    await queryRunner.query(`DROP FUNCTION sales_rollup_apply(uuid[], int, int)`);
    await queryRunner.query(`DROP TABLE "sales_product_monthly"`);
    await queryRunner.query(`DROP TABLE "sales_monthly"`);
  }
}
