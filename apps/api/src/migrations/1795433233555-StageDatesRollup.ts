import { MigrationInterface, QueryRunner } from 'typeorm';

/** Upserts the completion dates of the partners of a set of stage_completions rows (a stage completes once per partner). */
const upsert = (source: string) => `
INSERT INTO partner_stage_dates AS d (partner_id, integration_at, enablement_at, motivation_at, growth_at)
SELECT partner_id, min(completed_at) FILTER (WHERE stage = 'INTEGRATION'), min(completed_at) FILTER (WHERE stage = 'ENABLEMENT'),
       min(completed_at) FILTER (WHERE stage = 'MOTIVATION'), min(completed_at) FILTER (WHERE stage = 'GROWTH')
  FROM ${source} GROUP BY partner_id ORDER BY partner_id
ON CONFLICT (partner_id) DO UPDATE
   SET integration_at = coalesce(excluded.integration_at, d.integration_at), enablement_at = coalesce(excluded.enablement_at, d.enablement_at),
       motivation_at = coalesce(excluded.motivation_at, d.motivation_at), growth_at = coalesce(excluded.growth_at, d.growth_at)`;

/**
 * The stage funnel's rollup: one row per partner with the time it completed each stage, kept by
 * statement triggers on stage_completions in the completing transaction (StageEvaluation inserts a
 * batch's completions in one statement). Completions are never updated; a deletion (a partner
 * removed, by cascade) recomputes its partners from what is left. Back-filled from the completions.
 */
export class StageDatesRollup1795433233555 implements MigrationInterface {
  name = 'StageDatesRollup1795433233555';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "partner_stage_dates" ("partner_id" uuid NOT NULL, "integration_at" TIMESTAMP WITH TIME ZONE, "enablement_at" TIMESTAMP WITH TIME ZONE, "motivation_at" TIMESTAMP WITH TIME ZONE, "growth_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7e32bd84b989db239ae12d5ddd8" PRIMARY KEY ("partner_id"))`);
    await queryRunner.query(`CREATE FUNCTION stage_dates_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
${upsert('new_completions')};
RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION stage_dates_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
DELETE FROM partner_stage_dates d WHERE d.partner_id IN (SELECT partner_id FROM old_completions);
${upsert('(SELECT c.* FROM stage_completions c WHERE c.partner_id IN (SELECT partner_id FROM old_completions)) left_over')};
RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER stage_completions_dates_insert AFTER INSERT ON stage_completions
      REFERENCING NEW TABLE AS new_completions FOR EACH STATEMENT EXECUTE FUNCTION stage_dates_on_insert()`);
    await queryRunner.query(`CREATE TRIGGER stage_completions_dates_delete AFTER DELETE ON stage_completions
      REFERENCING OLD TABLE AS old_completions FOR EACH STATEMENT EXECUTE FUNCTION stage_dates_on_delete()`);
    await queryRunner.query(upsert('stage_completions'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER stage_completions_dates_delete ON stage_completions');
    await queryRunner.query('DROP TRIGGER stage_completions_dates_insert ON stage_completions');
    await queryRunner.query('DROP FUNCTION stage_dates_on_delete()');
    await queryRunner.query('DROP FUNCTION stage_dates_on_insert()');
    await queryRunner.query(`DROP TABLE "partner_stage_dates"`);
  }
}
