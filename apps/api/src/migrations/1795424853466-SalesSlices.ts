import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Adds (sign 1) or takes away (sign -1) the approved lines of the given declarations: per month of
 * sale, channel manager, country and each of channel / category / region / partner type / product,
 * and per month and partner. The partner's attributes are its current ones unless a partners row is
 * given (the trigger takes a move's old attributes away, then adds the new ones): the partners'
 * months are keyed by partner and do not move. Rows are written in key order, so concurrent writers
 * lock them in the same order. Month of sale: of the declaration's sale date, or of the last day of
 * its declared period. Used by the activity listener, the partners trigger and the backfill alike.
 */
const ROLLUP_APPLY = `CREATE FUNCTION sales_rollup_apply(p_declarations uuid[], p_sign int, p_as partners DEFAULT NULL) RETURNS void LANGUAGE sql AS $$
WITH counted AS MATERIALIZED (
  SELECT date_trunc('month', coalesce(d.sale_date, d.period_end, (d.decided_at AT TIME ZONE 'UTC')::date))::date AS month, d.partner_id,
         coalesce(CASE WHEN p_as IS NULL THEN p.channel_manager_id ELSE (p_as).channel_manager_id END, '00000000-0000-0000-0000-000000000000') AS manager,
         CASE WHEN p_as IS NULL THEN p.country ELSE (p_as).country END AS country,
         CASE WHEN p_as IS NULL THEN p.region ELSE (p_as).region END AS region,
         CASE WHEN p_as IS NULL THEN p.type ELSE (p_as).type END AS type,
         l.product_id, coalesce(pr.category, '') AS category, l.channel, l.quantity, l.amount
    FROM declarations d
    JOIN partners p ON p.id = d.partner_id
    JOIN declaration_lines l ON l.declaration_id = d.id AND l.status = 'APPROVED'
    JOIN products pr ON pr.id = l.product_id
   WHERE d.id = ANY(p_declarations)),
slices AS (
  INSERT INTO sales_slices AS s (month, channel_manager_id, country, dimension, value, quantity, amount, lines)
  SELECT c.month, c.manager, c.country, v.dimension, v.value, p_sign * sum(c.quantity), p_sign * sum(c.amount), p_sign * count(*)
    FROM counted c
    CROSS JOIN LATERAL (VALUES ('channel', c.channel), ('category', c.category), ('region', c.region), ('type', c.type), ('product', c.product_id::text)) AS v(dimension, value)
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (month, channel_manager_id, country, dimension, value) DO UPDATE
     SET quantity = s.quantity + excluded.quantity, amount = s.amount + excluded.amount, lines = s.lines + excluded.lines)
INSERT INTO sales_partner_monthly AS s (month, partner_id, quantity, amount, lines)
SELECT month, partner_id, p_sign * sum(quantity), p_sign * sum(amount), p_sign * count(*)
  FROM counted WHERE p_as IS NULL
 GROUP BY 1, 2 ORDER BY 1, 2
ON CONFLICT (month, partner_id) DO UPDATE
   SET quantity = s.quantity + excluded.quantity, amount = s.amount + excluded.amount, lines = s.lines + excluded.lines
$$`;

/**
 * A partner whose channel manager, country, region or type changes takes its counted sales from
 * the old slices to the new ones, in the update's transaction: dashboards always scope and group by
 * the partners' current attributes.
 */
const MOVE_PARTNER = `CREATE FUNCTION sales_rollup_move_partner() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  SELECT array_agg(declaration_id) INTO ids FROM sales_counted_declarations WHERE partner_id = NEW.id AND counted;
  IF ids IS NOT NULL THEN
    PERFORM sales_rollup_apply(ids, -1, OLD);
    PERFORM sales_rollup_apply(ids, 1, NEW);
  END IF;
  RETURN NULL;
END $$`;

export class SalesSlices1795424853466 implements MigrationInterface {
  name = 'SalesSlices1795424853466';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sales_partner_monthly" ("month" date NOT NULL, "partner_id" uuid NOT NULL, "quantity" bigint NOT NULL DEFAULT '0', "amount" numeric(18,2) NOT NULL DEFAULT '0', "lines" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_153e662eb74bf949032f51e0fad" PRIMARY KEY ("month", "partner_id"))`);
    await queryRunner.query(`CREATE TABLE "sales_slices" ("month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "dimension" text NOT NULL, "value" text NOT NULL, "quantity" bigint NOT NULL DEFAULT '0', "amount" numeric(18,2) NOT NULL DEFAULT '0', "lines" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_48bbd10c3337f7a7a100a7fba63" PRIMARY KEY ("month", "channel_manager_id", "country", "dimension", "value"))`);
    await queryRunner.query(`DROP TRIGGER partners_sales_rollup_move ON partners`);
    await queryRunner.query(`DROP FUNCTION sales_rollup_move_partner()`);
    await queryRunner.query(`DROP FUNCTION sales_rollup_apply(uuid[], int, int)`);
    await queryRunner.query(`DROP FUNCTION sales_profile_id(text, text, text, text, text, text, uuid, uuid)`);
    await queryRunner.query(`DROP TABLE "sales_monthly"`);
    await queryRunner.query(`DROP TABLE "sales_product_monthly"`);
    await queryRunner.query(`DROP TABLE "sales_profiles"`);
    await queryRunner.query(ROLLUP_APPLY);
    await queryRunner.query(MOVE_PARTNER);
    await queryRunner.query(`CREATE TRIGGER partners_sales_rollup_move AFTER UPDATE ON partners FOR EACH ROW
      WHEN ((OLD.type, OLD.country, OLD.region, OLD.channel_manager_id) IS DISTINCT FROM (NEW.type, NEW.country, NEW.region, NEW.channel_manager_id))
      EXECUTE FUNCTION sales_rollup_move_partner()`);
    // The declarations counted so far, in the new rollups.
    await queryRunner.query(`SELECT sales_rollup_apply(array(SELECT declaration_id FROM sales_counted_declarations WHERE counted), 1)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to no rollup at all: the previous migrations' down steps find nothing of theirs left to drop.
    await queryRunner.query(`DROP TRIGGER partners_sales_rollup_move ON partners`);
    await queryRunner.query(`DROP FUNCTION sales_rollup_move_partner()`);
    await queryRunner.query(`DROP FUNCTION sales_rollup_apply(uuid[], int, partners)`);
    await queryRunner.query(`DROP TABLE "sales_slices"`);
    await queryRunner.query(`DROP TABLE "sales_partner_monthly"`);
  }
}
