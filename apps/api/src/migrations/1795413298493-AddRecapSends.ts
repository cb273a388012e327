import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRecapSends1795413298493 implements MigrationInterface {
  name = 'AddRecapSends1795413298493';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recap_sends" ("user_id" uuid NOT NULL, "week" date NOT NULL, "ranks" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05630bd2824096a30057fee5772" PRIMARY KEY ("user_id", "week"))`);
    await queryRunner.query(`ALTER TABLE "recap_sends" ADD CONSTRAINT "FK_ed49cbe6e89399324816afed3bf" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recap_sends" DROP CONSTRAINT "FK_ed49cbe6e89399324816afed3bf"`);
    await queryRunner.query(`DROP TABLE "recap_sends"`);
  }
}
