import { MigrationInterface, QueryRunner } from 'typeorm';

const FUNNEL_PK = 'PK_21a78a12762c5718825c010fff6';
const FUNNEL_COUNTS = ['submitted', 'approved', 'partially_approved', 'rejected', 'reversed', 'withdrawn', 'pending', 'needs_information', 'decision_ms'];
const SCORES_PARTNER = 'IDX_05d50575ef6fdb20e411ec8b47';

/**
 * A segment's dashboards read per-partner rows of the partners meeting its criteria. Written month
 * after month, a partner's rows lie all over their table: at 100,000 partners the 8,300 of a
 * segment had their funnel months on 11,372 of its 11,390 pages, so the funnel read them all (and
 * the challenge counts read all 1.9M scores). Indexes keyed by the partner that carry the figures
 * let those reads visit only the segment's partners, in index order, without the table:
 * - the funnel's partner months: the primary key carries the counts (no second copy of the keys);
 * - the challenge scores: (partner, challenge) with the score replaces the index on the partner alone.
 */
export class SegmentCoveringIndexes1795460100000 implements MigrationInterface {
  name = 'SegmentCoveringIndexes1795460100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "declaration_funnel_partner_monthly" DROP CONSTRAINT "${FUNNEL_PK}"`);
    await queryRunner.query(
      `ALTER TABLE "declaration_funnel_partner_monthly" ADD CONSTRAINT "${FUNNEL_PK}" PRIMARY KEY ("partner_id", "month", "decision_bucket") INCLUDE (${FUNNEL_COUNTS.map((c) => `"${c}"`).join(', ')})`,
    );
    await queryRunner.query(`DROP INDEX "${SCORES_PARTNER}"`);
    await queryRunner.query(`CREATE INDEX "IDX_challenge_scores_partner" ON "challenge_scores" ("partner_id", "challenge_id") INCLUDE ("score")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_challenge_scores_partner"`);
    await queryRunner.query(`CREATE INDEX "${SCORES_PARTNER}" ON "challenge_scores" ("partner_id")`);
    await queryRunner.query(`ALTER TABLE "declaration_funnel_partner_monthly" DROP CONSTRAINT "${FUNNEL_PK}"`);
    await queryRunner.query(`ALTER TABLE "declaration_funnel_partner_monthly" ADD CONSTRAINT "${FUNNEL_PK}" PRIMARY KEY ("partner_id", "month", "decision_bucket")`);
  }
}
