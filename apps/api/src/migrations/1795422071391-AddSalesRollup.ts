import { MigrationInterface, QueryRunner } from 'typeorm';

/** The profile of a set of partner attributes, created the first time it is met. */
const PROFILE_ID = `CREATE FUNCTION sales_profile_id(p_type text, p_brand_model text, p_potential text, p_country text, p_region text,
                                 p_stage text, p_tier uuid, p_cm uuid) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  k text := concat_ws('|', p_type, p_brand_model, p_potential, p_country, p_region, p_stage, coalesce(p_tier::text, '-'), coalesce(p_cm::text, '-'));
  found int;
BEGIN
  SELECT id INTO found FROM sales_profiles WHERE key = k;
  IF found IS NULL THEN
    INSERT INTO sales_profiles (key, type, brand_model, potential, country, region, stage, tier_id, channel_manager_id)
    VALUES (k, p_type, p_brand_model, p_potential, p_country, p_region, p_stage, p_tier, p_cm)
    ON CONFLICT (key) DO NOTHING RETURNING id INTO found;
    -- Another transaction created it meanwhile (ON CONFLICT waited for it to commit).
    IF found IS NULL THEN SELECT id INTO found FROM sales_profiles WHERE key = k; END IF;
  END IF;
  RETURN found;
END $$`;

/**
 * Adds (sign 1) or takes away (sign -1) the approved lines of the given declarations, summed per
 * sale day, profile, product and channel, in key order (so concurrent writers lock rows in the same
 * order). The profile is the partner's current one unless one is given (the move takes the old one
 * away). Sale day: the declaration's sale date, or the last day of its declared period.
 * Used by the activity listener, the partners trigger and the backfill alike.
 */
const ROLLUP_APPLY = `CREATE FUNCTION sales_rollup_apply(p_declarations uuid[], p_sign int, p_profile int DEFAULT NULL) RETURNS void LANGUAGE sql AS $$
WITH profiles AS MATERIALIZED (
  SELECT p.id AS partner_id,
         sales_profile_id(p.type, p.brand_model, p.potential, p.country, p.region, p.stage, p.tier_id, p.channel_manager_id) AS profile_id
    FROM partners p
   WHERE p_profile IS NULL AND p.id IN (SELECT partner_id FROM declarations WHERE id = ANY(p_declarations)))
INSERT INTO sales_daily AS s (day, profile_id, product_id, channel, quantity, amount, lines)
SELECT coalesce(d.sale_date, d.period_end, (d.decided_at AT TIME ZONE 'UTC')::date), coalesce(p_profile, pf.profile_id), l.product_id, l.channel,
       p_sign * sum(l.quantity), p_sign * sum(l.amount), p_sign * count(*)
  FROM declarations d
  JOIN declaration_lines l ON l.declaration_id = d.id AND l.status = 'APPROVED'
  LEFT JOIN profiles pf ON pf.partner_id = d.partner_id
 WHERE d.id = ANY(p_declarations)
 GROUP BY 1, 2, 3, 4
 ORDER BY 1, 2, 3, 4
ON CONFLICT (day, profile_id, product_id, channel) DO UPDATE
   SET quantity = s.quantity + excluded.quantity, amount = s.amount + excluded.amount, lines = s.lines + excluded.lines
$$`;

/**
 * A partner whose attributes change (reassigned to another channel manager, moved to another
 * stage or tier…) takes its counted sales from its old profile to its new one, in the update's
 * transaction: the dashboards always group and scope by the partners' current attributes.
 */
const MOVE_PARTNER = `CREATE FUNCTION sales_rollup_move_partner() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  SELECT array_agg(declaration_id) INTO ids FROM sales_counted_declarations WHERE partner_id = NEW.id AND counted;
  IF ids IS NOT NULL THEN
    PERFORM sales_rollup_apply(ids, -1, sales_profile_id(OLD.type, OLD.brand_model, OLD.potential, OLD.country, OLD.region, OLD.stage, OLD.tier_id, OLD.channel_manager_id));
    PERFORM sales_rollup_apply(ids, 1, sales_profile_id(NEW.type, NEW.brand_model, NEW.potential, NEW.country, NEW.region, NEW.stage, NEW.tier_id, NEW.channel_manager_id));
  END IF;
  RETURN NULL;
END $$`;

export class AddSalesRollup1795422071391 implements MigrationInterface {
  name = 'AddSalesRollup1795422071391';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sales_counted_declarations" ("declaration_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "counted" boolean NOT NULL, CONSTRAINT "PK_fd15998e9f9f82b977af82ad522" PRIMARY KEY ("declaration_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c1239a86d38f01985bc4fbd82f" ON "sales_counted_declarations"  ("partner_id") `);
    await queryRunner.query(`CREATE TABLE "sales_daily" ("day" date NOT NULL, "profile_id" integer NOT NULL, "product_id" uuid NOT NULL, "channel" text NOT NULL, "quantity" bigint NOT NULL DEFAULT '0', "amount" numeric(18,2) NOT NULL DEFAULT '0', "lines" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_507aeb53cc86d4b4a75fef8a917" PRIMARY KEY ("day", "profile_id", "product_id", "channel"))`);
    await queryRunner.query(`CREATE INDEX "IDX_45efd9f1dc14d150df3d71bbe5" ON "sales_daily"  ("day") `);
    await queryRunner.query(`CREATE TABLE "sales_profiles" ("id" SERIAL NOT NULL, "key" text NOT NULL, "type" text NOT NULL, "brand_model" text NOT NULL, "potential" text NOT NULL, "country" character(2) NOT NULL, "region" text NOT NULL, "stage" text NOT NULL, "tier_id" uuid, "channel_manager_id" uuid, CONSTRAINT "PK_3a2add4dd28021aa6e44b0360bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d553a01f2a933d7d97bce4574f" ON "sales_profiles"  ("key") `);
    await queryRunner.query(`CREATE INDEX "IDX_741883ed285a7ad37e4b9b1cea" ON "sales_profiles"  ("channel_manager_id") `);
    await queryRunner.query(PROFILE_ID);
    await queryRunner.query(ROLLUP_APPLY);
    await queryRunner.query(MOVE_PARTNER);
    await queryRunner.query(`CREATE TRIGGER partners_sales_rollup_move AFTER UPDATE ON partners FOR EACH ROW
      WHEN ((OLD.type, OLD.brand_model, OLD.potential, OLD.country, OLD.region, OLD.stage, OLD.tier_id, OLD.channel_manager_id)
            IS DISTINCT FROM (NEW.type, NEW.brand_model, NEW.potential, NEW.country, NEW.region, NEW.stage, NEW.tier_id, NEW.channel_manager_id))
      EXECUTE FUNCTION sales_rollup_move_partner()`);
    // History already decided when this lands: settled declarations are counted now, reversed ones
    // are marked so that an approval event still pending adds nothing.
    await queryRunner.query(`INSERT INTO sales_counted_declarations (declaration_id, partner_id, counted)
      SELECT id, partner_id, status <> 'REVERSED' FROM declarations WHERE status IN ('APPROVED', 'PARTIALLY_APPROVED', 'REVERSED')`);
    await queryRunner.query(`SELECT sales_rollup_apply(array(SELECT declaration_id FROM sales_counted_declarations WHERE counted), 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER partners_sales_rollup_move ON partners`);
    await queryRunner.query(`DROP FUNCTION sales_rollup_move_partner()`);
    await queryRunner.query(`DROP FUNCTION sales_rollup_apply(uuid[], int, int)`);
    await queryRunner.query(`DROP FUNCTION sales_profile_id(text, text, text, text, text, text, uuid, uuid)`);
    await queryRunner.query(`DROP INDEX "public"."IDX_741883ed285a7ad37e4b9b1cea"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d553a01f2a933d7d97bce4574f"`);
    await queryRunner.query(`DROP TABLE "sales_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45efd9f1dc14d150df3d71bbe5"`);
    await queryRunner.query(`DROP TABLE "sales_daily"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1239a86d38f01985bc4fbd82f"`);
    await queryRunner.query(`DROP TABLE "sales_counted_declarations"`);
  }
}
