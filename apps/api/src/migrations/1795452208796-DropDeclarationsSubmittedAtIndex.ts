import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The covering index on declarations.submitted_at (AddDeclarationFunnelIndexes) served the
 * declaration funnel's period scans; the funnel reads its rollups since DeclarationFunnelRollup, and
 * no query is left that ranges over submitted_at: the queue, a partner's list and the exports sort
 * by coalesce(submitted_at, created_at) or by risk first (planned at 500,000 declarations: status,
 * partner or channel manager indexes and a sort, never this one). It cost every submission and
 * decision an index write. Its partial neighbour on the INFO_REQUESTED steps stays: the funnel's
 * triggers use it.
 */
export class DropDeclarationsSubmittedAtIndex1795452208796 implements MigrationInterface {
  name = 'DropDeclarationsSubmittedAtIndex1795452208796';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_declarations_submitted_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_declarations_submitted_at" ON "declarations" ("submitted_at") INCLUDE ("partner_id", "status", "decided_at") WHERE "submitted_at" IS NOT NULL`,
    );
  }
}
