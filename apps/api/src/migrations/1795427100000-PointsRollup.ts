import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a set of new ledger entries adds to the points rollups, per partner (a user's wallet counts
 * under the user's partner; brand users' wallets under none) and month of the entry (UTC). A
 * reversal counts under the kind of the entry it corrects, so a reversed approval lowers issued and
 * a reversed redemption lowers redeemed. A pending credit adds to pending in its month and takes it
 * away in the month it is due to be confirmed; a reversal of a credit still pending does the same
 * with its own (negative) amount. The earning kinds are the ones of libs/domain EARNING_KINDS when
 * this was written (a new earning kind needs a migration that replaces the function).
 */
const apply = (source: string) => `
WITH e AS MATERIALIZED (
  SELECT CASE WHEN a.owner_type = 'PARTNER' THEN a.owner_id ELSE u.partner_id END AS partner_id,
         date_trunc('month', n.created_at AT TIME ZONE 'UTC')::date AS month, n.amount, n.kind,
         CASE WHEN n.kind = 'REVERSAL' THEN c.kind ELSE n.kind END AS k,
         CASE WHEN n.kind = 'REVERSAL' THEN c.amount ELSE n.amount END AS ka,
         CASE WHEN n.kind = 'REVERSAL' THEN
           CASE WHEN c.status = 'PENDING' AND c.confirm_at > n.created_at THEN c.confirm_at END
         WHEN n.status = 'PENDING' THEN n.confirm_at END AS pending_until
    FROM ${source} n
    JOIN ledger_accounts a ON a.id = n.account_id
    LEFT JOIN users u ON a.owner_type = 'USER' AND u.id = a.owner_id
    LEFT JOIN ledger_entries c ON c.id = n.corrects_entry_id),
deltas AS (
  SELECT partner_id, month,
         CASE WHEN k IN ('DECLARATION_APPROVED', 'QUIZ_PASSED', 'BADGE', 'STAGE_COMPLETED', 'CHALLENGE_PRIZE', 'OBJECTIVE_REACHED')
                OR (k = 'MANUAL_ADJUSTMENT' AND ka > 0) THEN amount ELSE 0 END AS issued,
         CASE WHEN k IN ('REDEMPTION', 'REDEMPTION_REFUND') THEN -amount ELSE 0 END AS redeemed,
         CASE WHEN k = 'EXPIRY' THEN -amount ELSE 0 END AS expired,
         CASE WHEN k = 'MANUAL_ADJUSTMENT' AND ka < 0 THEN -amount ELSE 0 END AS withdrawn,
         amount AS net,
         CASE WHEN pending_until IS NOT NULL THEN amount ELSE 0 END AS pending,
         CASE WHEN kind IN ('DECLARATION_APPROVED', 'QUIZ_PASSED', 'BADGE', 'STAGE_COMPLETED', 'CHALLENGE_PRIZE', 'OBJECTIVE_REACHED') THEN 1 ELSE 0 END AS earnings
    FROM e WHERE partner_id IS NOT NULL
  UNION ALL
  SELECT partner_id, date_trunc('month', pending_until AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, -amount, 0
    FROM e WHERE partner_id IS NOT NULL AND pending_until IS NOT NULL),
monthly AS (
  INSERT INTO points_partner_monthly AS m (month, partner_id, issued, redeemed, expired, withdrawn, net, pending, earnings)
  SELECT month, partner_id, sum(issued), sum(redeemed), sum(expired), sum(withdrawn), sum(net), sum(pending), sum(earnings)
    FROM deltas GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (month, partner_id) DO UPDATE
     SET issued = m.issued + excluded.issued, redeemed = m.redeemed + excluded.redeemed, expired = m.expired + excluded.expired,
         withdrawn = m.withdrawn + excluded.withdrawn, net = m.net + excluded.net, pending = m.pending + excluded.pending,
         earnings = m.earnings + excluded.earnings)
INSERT INTO points_partner_balances AS b (partner_id, balance)
SELECT partner_id, sum(amount) FROM e WHERE partner_id IS NOT NULL GROUP BY 1 ORDER BY 1
ON CONFLICT (partner_id) DO UPDATE SET balance = b.balance + excluded.balance`;

/**
 * Points per partner and month, and each partner's balance, for the participation and points
 * dashboards: kept by a statement trigger on ledger_entries, so every movement (credit, debit,
 * reversal, expiry, adjustment) updates them in its own transaction whoever writes it, and the
 * append-only ledger has no other path. The rows are per partner, which the movements of a wallet
 * already serialise on; a statement writes each of its partners' rows once.
 */
export class PointsRollup1795427100000 implements MigrationInterface {
  name = 'PointsRollup1795427100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "points_partner_balances" ("partner_id" uuid NOT NULL, "balance" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_10c1ed3bcf477a01ca456155648" PRIMARY KEY ("partner_id"))`);
    await queryRunner.query(`CREATE TABLE "points_partner_monthly" ("month" date NOT NULL, "partner_id" uuid NOT NULL, "issued" bigint NOT NULL DEFAULT '0', "redeemed" bigint NOT NULL DEFAULT '0', "expired" bigint NOT NULL DEFAULT '0', "withdrawn" bigint NOT NULL DEFAULT '0', "net" bigint NOT NULL DEFAULT '0', "pending" bigint NOT NULL DEFAULT '0', "earnings" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_583090935e4a4fd0bb6467f3bba" PRIMARY KEY ("month", "partner_id"))`);
    await queryRunner.query(`CREATE FUNCTION points_rollup_on_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${apply('new_entries')};
RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER ledger_entries_points_rollup AFTER INSERT ON ledger_entries
      REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION points_rollup_on_entries()`);
    await queryRunner.query(apply('ledger_entries'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER ledger_entries_points_rollup ON ledger_entries');
    await queryRunner.query('DROP FUNCTION points_rollup_on_entries()');
    await queryRunner.query(`DROP TABLE "points_partner_monthly"`);
    await queryRunner.query(`DROP TABLE "points_partner_balances"`);
  }
}
