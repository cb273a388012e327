import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Challenges and their scores. IDX_challenge_scores_board is written by hand: a leaderboard page
 * and a participant's rank read it in order (score DESC, then who reached it first), which TypeORM
 * cannot declare, so the entity lists it with synchronize: false.
 */
export class AddChallenges1795411890349 implements MigrationInterface {
  name = 'AddChallenges1795411890349';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" jsonb NOT NULL, "rules" jsonb NOT NULL, "metric" text NOT NULL, "filter" jsonb, "segment_id" uuid, "kind" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "prize_mode" text NOT NULL, "prizes" jsonb NOT NULL DEFAULT '[]', "league_by" text NOT NULL DEFAULT 'NONE', "status" text NOT NULL DEFAULT 'DRAFT', "manager_id" uuid, "created_by_id" uuid NOT NULL, "settled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b92d1e98025e34ee49ff5cc3b0" ON "challenges"  ("manager_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_challenges_status_starts" ON "challenges"  ("status", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "challenge_scores" ("challenge_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "league" text NOT NULL DEFAULT '', "score" numeric(18,2) NOT NULL DEFAULT '0', "reached_at" TIMESTAMP WITH TIME ZONE NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "rank_notified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_db1b237f2afe6d3022a10ceeb1a" PRIMARY KEY ("challenge_id", "participant_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_05d50575ef6fdb20e411ec8b47" ON "challenge_scores"  ("partner_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_challenge_scores_board" ON "challenge_scores" ("challenge_id", "league", "score" DESC, "reached_at", "participant_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_challenge_scores_board"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05d50575ef6fdb20e411ec8b47"`);
    await queryRunner.query(`DROP TABLE "challenge_scores"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_challenges_status_starts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b92d1e98025e34ee49ff5cc3b0"`);
    await queryRunner.query(`DROP TABLE "challenges"`);
  }
}
