import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The active participants of a challenge in leaderboard order across its leagues, with their
 * partner: the challenge results' podium within a scope walks it until three rows of partners in
 * scope are found. Walking the per-league board instead read every row of the leagues holding
 * nobody in scope (a channel manager's four regions among 96: 3 s on 100,000 partners).
 * Written by hand: TypeORM cannot declare a descending, covering, partial index.
 */
export class ChallengeRankIndex1795436905039 implements MigrationInterface {
  name = 'ChallengeRankIndex1795436905039';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_challenge_scores_rank" ON "challenge_scores" ("challenge_id", "score" DESC, "reached_at", "participant_id") INCLUDE ("partner_id") WHERE "score" > 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_challenge_scores_rank"`);
  }
}
