import { MigrationInterface, QueryRunner } from 'typeorm';

const NO_MANAGER = `'00000000-0000-0000-0000-000000000000'::uuid`;
const FIGURES = ['issued', 'redeemed', 'expired', 'withdrawn', 'net', 'pending'];
const COLUMNS = ['month', 'channel_manager_id', 'country', ...FIGURES, 'active'].join(', ');

/**
 * A partner's month changed (by the ledger's trigger, whoever wrote the entries): its change goes to
 * the slices' journal under the partner's current manager and country, and its earning credits to
 * the partner's running totals. A month becomes active with its first earning credit (earnings only
 * grow: a reversal is not an earning). The partner is read without a lock: the activity batch
 * updates partners (stage, tier) before it writes points, so a share lock here would deadlock with
 * it; a concurrent move locks the months instead (below).
 */
const ON_PARTNER_MONTH = `CREATE FUNCTION points_rollups_on_partner_month() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE
     m int := sales_month_index(NEW.month);
     d_earnings bigint := NEW.earnings - CASE WHEN TG_OP = 'UPDATE' THEN OLD.earnings ELSE 0 END;
   BEGIN
     IF d_earnings <> 0 THEN
       INSERT INTO points_partner_running AS r (partner_id, first_month, earnings) VALUES (NEW.partner_id, m, ARRAY[d_earnings])
       ON CONFLICT (partner_id) DO UPDATE
          SET first_month = least(r.first_month, m), earnings = sales_running_add(r.earnings, r.first_month, m, d_earnings);
     END IF;
     INSERT INTO points_slice_changes (${COLUMNS})
     SELECT * FROM (
       SELECT NEW.month, coalesce(p.channel_manager_id, ${NO_MANAGER}), p.country,
              ${FIGURES.map((f) => `NEW.${f} - CASE WHEN TG_OP = 'UPDATE' THEN OLD.${f} ELSE 0 END AS ${f}`).join(', ')},
              CASE WHEN NEW.earnings > 0 AND (TG_OP = 'INSERT' OR OLD.earnings = 0) THEN 1 ELSE 0 END AS active
         FROM partners p WHERE p.id = NEW.partner_id) AS change
      WHERE (${[...FIGURES, 'active'].join(', ')}) IS DISTINCT FROM (${[...FIGURES, 'active'].map(() => '0').join(', ')});
     RETURN NULL;
   END $$`;

/**
 * A partner moving to another channel manager or country takes its months from the old slices to
 * the new ones. Its months are locked first: a ledger write of the partner under way (which added
 * to the old slice) commits before they are read, so they are moved with what it added.
 */
const ON_PARTNERS = `CREATE FUNCTION points_slices_on_partners() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM 1 FROM points_partner_monthly m
       JOIN old_rows o ON o.id = m.partner_id JOIN new_rows n ON n.id = o.id
      WHERE (o.channel_manager_id, o.country) IS DISTINCT FROM (n.channel_manager_id, n.country)
      ORDER BY m.month, m.partner_id FOR UPDATE OF m;
     INSERT INTO points_slice_changes (${COLUMNS})
     SELECT m.month, x.manager, x.country, ${FIGURES.map((f) => `x.sign * m.${f}`).join(', ')}, x.sign * (m.earnings > 0)::int
       FROM old_rows o JOIN new_rows n ON n.id = o.id
       JOIN points_partner_monthly m ON m.partner_id = n.id
      CROSS JOIN LATERAL (VALUES (-1, coalesce(o.channel_manager_id, ${NO_MANAGER}), o.country), (1, coalesce(n.channel_manager_id, ${NO_MANAGER}), n.country)) AS x(sign, manager, country)
      WHERE (o.channel_manager_id, o.country) IS DISTINCT FROM (n.channel_manager_id, n.country);
     RETURN NULL;
   END $$`;

/**
 * Points by slice (PointsSlice, through the journal PointsSliceChange) and each partner's running
 * earning credits (PointsPartnerRunning), for the points and participation dashboards: at 100,000
 * partners, reading the partners' months made the participation overview take 1.8 s and the points
 * one over 500 ms for two years (tools/bench/dashboards.mjs). Kept by triggers on
 * points_partner_monthly and partners; back-filled from the partners' months.
 */
export class PointsSlices1795451730906 implements MigrationInterface {
  name = 'PointsSlices1795451730906';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "points_partner_running" ("partner_id" uuid NOT NULL, "first_month" integer NOT NULL, "earnings" bigint array NOT NULL, CONSTRAINT "PK_6d072f378b6d97a9915ff420c5e" PRIMARY KEY ("partner_id"))`);
    await queryRunner.query(`CREATE TABLE "points_slices" ("issued" bigint NOT NULL DEFAULT '0', "redeemed" bigint NOT NULL DEFAULT '0', "expired" bigint NOT NULL DEFAULT '0', "withdrawn" bigint NOT NULL DEFAULT '0', "net" bigint NOT NULL DEFAULT '0', "pending" bigint NOT NULL DEFAULT '0', "month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "active" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_32c5b3504fb00fc6c8856e29d0a" PRIMARY KEY ("month", "channel_manager_id", "country"))`);
    await queryRunner.query(`CREATE TABLE "points_slice_changes" ("issued" bigint NOT NULL DEFAULT '0', "redeemed" bigint NOT NULL DEFAULT '0', "expired" bigint NOT NULL DEFAULT '0', "withdrawn" bigint NOT NULL DEFAULT '0', "net" bigint NOT NULL DEFAULT '0', "pending" bigint NOT NULL DEFAULT '0', "month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "active" integer NOT NULL DEFAULT '0', "id" BIGSERIAL NOT NULL, CONSTRAINT "PK_13dd1a77b65d768ccdcaf1bea08" PRIMARY KEY ("month", "channel_manager_id", "country", "id"))`);
    await queryRunner.query(ON_PARTNER_MONTH);
    await queryRunner.query(`CREATE TRIGGER points_partner_monthly_rollups AFTER INSERT OR UPDATE ON points_partner_monthly FOR EACH ROW EXECUTE FUNCTION points_rollups_on_partner_month()`);
    await queryRunner.query(ON_PARTNERS);
    await queryRunner.query(
      `CREATE TRIGGER partners_points_slices_move AFTER UPDATE ON partners REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION points_slices_on_partners()`,
    );
    // Production has points already: the slices and the running earnings from the partners' months.
    await queryRunner.query(`INSERT INTO points_slices (${COLUMNS})
      SELECT m.month, coalesce(p.channel_manager_id, ${NO_MANAGER}), p.country, ${FIGURES.map((f) => `sum(m.${f})`).join(', ')}, count(*) FILTER (WHERE m.earnings > 0)
        FROM points_partner_monthly m JOIN partners p ON p.id = m.partner_id GROUP BY 1, 2, 3`);
    await queryRunner.query(`INSERT INTO points_partner_running (partner_id, first_month, earnings)
      SELECT partner_id, min(k), array_agg(total ORDER BY k)
        FROM (SELECT s.partner_id, k, sum(coalesce(m.earnings, 0)) OVER (PARTITION BY s.partner_id ORDER BY k) AS total
                FROM (SELECT partner_id, min(sales_month_index(month)) AS first, max(sales_month_index(month)) AS last FROM points_partner_monthly WHERE earnings > 0 GROUP BY 1) s
               CROSS JOIN LATERAL generate_series(s.first, s.last) AS k
                LEFT JOIN points_partner_monthly m ON m.partner_id = s.partner_id AND m.month = make_date(k / 12, k % 12 + 1, 1)) AS running
       GROUP BY partner_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER partners_points_slices_move ON partners`);
    await queryRunner.query(`DROP FUNCTION points_slices_on_partners()`);
    await queryRunner.query(`DROP TRIGGER points_partner_monthly_rollups ON points_partner_monthly`);
    await queryRunner.query(`DROP FUNCTION points_rollups_on_partner_month()`);
    await queryRunner.query(`DROP TABLE "points_slice_changes"`);
    await queryRunner.query(`DROP TABLE "points_slices"`);
    await queryRunner.query(`DROP TABLE "points_partner_running"`);
  }
}
