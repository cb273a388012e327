import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddChallengeLeagues1795413646587 implements MigrationInterface {
  name = 'AddChallengeLeagues1795413646587';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "challenge_leagues" ("challenge_id" uuid NOT NULL, "league" text NOT NULL, "participants" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d2cc9711234b1bd95ad756f198d" PRIMARY KEY ("challenge_id", "league"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "challenge_leagues"`);
  }
}
