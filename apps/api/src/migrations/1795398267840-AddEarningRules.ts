import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEarningRules1795398267840 implements MigrationInterface {
  name = 'AddEarningRules1795398267840';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "earning_rules" ("id" uuid NOT NULL, "rule_key" uuid NOT NULL, "version" integer NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "parameters" jsonb NOT NULL, "segment_id" uuid, "product_id" uuid, "category" text, "effective_from" date NOT NULL, "effective_to" date, "active" boolean NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9799968a44c5df89bbbf894d47" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aa4754103f48bd39fc8d07789e" ON "earning_rules"  ("effective_from", "effective_to") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_68611685861f3f112961f5bd88" ON "earning_rules"  ("rule_key", "version") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_68611685861f3f112961f5bd88"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa4754103f48bd39fc8d07789e"`);
    await queryRunner.query(`DROP TABLE "earning_rules"`);
  }
}
