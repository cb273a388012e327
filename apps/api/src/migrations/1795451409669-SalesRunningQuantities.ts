import { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function of migration PartnerRunningAndFeedbackRollups, with `quantity` when `withQuantity`. */
const onPartnerMonth = (withQuantity: boolean) => `CREATE OR REPLACE FUNCTION sales_running_on_partner_month() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     d_amount bigint;
     d_lines bigint;
     d_quantity bigint;
     m int := sales_month_index(NEW.month);
   BEGIN
     IF TG_OP = 'INSERT' THEN
       d_amount := round(NEW.amount * 100); d_lines := NEW.lines; d_quantity := NEW.quantity;
     ELSE
       d_amount := round((NEW.amount - OLD.amount) * 100); d_lines := NEW.lines - OLD.lines; d_quantity := NEW.quantity - OLD.quantity;
     END IF;
     IF d_amount = 0 AND d_lines = 0 AND d_quantity = 0 THEN RETURN NULL; END IF;
     INSERT INTO sales_partner_running AS r (partner_id, first_month, amount_cents, lines${withQuantity ? ', quantity' : ''})
     VALUES (NEW.partner_id, m, ARRAY[d_amount], ARRAY[d_lines]${withQuantity ? ', ARRAY[d_quantity]' : ''})
     ON CONFLICT (partner_id) DO UPDATE
        SET first_month = least(r.first_month, m),
            amount_cents = sales_running_add(r.amount_cents, r.first_month, m, d_amount),
            lines = sales_running_add(r.lines, r.first_month, m, d_lines)${withQuantity ? ',\n            quantity = sales_running_add(r.quantity, r.first_month, m, d_quantity)' : ''};
     RETURN NULL;
   END $$`;

/**
 * Running totals of units sold beside the amounts and lines (see SalesPartnerRunning), so the sales
 * dashboard's figures by segment read one row a partner instead of its months: at 100,000 partners
 * the segment breakdown of a year summed 1.2M partner months and took the overview over 500 ms
 * (tools/bench/dashboards.mjs). Back-filled from the partner months, over each partner's range.
 */
export class SalesRunningQuantities1795451409669 implements MigrationInterface {
  name = 'SalesRunningQuantities1795451409669';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sales_partner_running" ADD "quantity" bigint array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`UPDATE sales_partner_running r SET quantity = coalesce((
      SELECT array_agg(total ORDER BY k) FROM (
        SELECT k, sum(coalesce(pm.quantity, 0)) OVER (ORDER BY k) AS total
          FROM generate_series(r.first_month, r.first_month + cardinality(r.amount_cents) - 1) AS k
          LEFT JOIN sales_partner_monthly pm ON pm.partner_id = r.partner_id AND pm.month = make_date(k / 12, k % 12 + 1, 1)) AS running), '{}')`);
    await queryRunner.query(onPartnerMonth(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(onPartnerMonth(false));
    await queryRunner.query(`ALTER TABLE "sales_partner_running" DROP COLUMN "quantity"`);
  }
}
