import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMemberTeamVisibility1795403764721 implements MigrationInterface {
  name = 'AddMemberTeamVisibility1795403764721';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "sees_team_declarations" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "sees_team_declarations"`);
  }
}
