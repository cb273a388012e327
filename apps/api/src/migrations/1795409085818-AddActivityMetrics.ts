import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddActivityMetrics1795409085818 implements MigrationInterface {
  name = 'AddActivityMetrics1795409085818';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "domain_events" ("id" BIGSERIAL NOT NULL, "type" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "partner_id" uuid NOT NULL, "user_id" uuid, "subject_id" uuid, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_66e0920a32dda3a89b46ee7a981" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_domain_events_unprocessed" ON "domain_events"  ("id") WHERE "processed_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "metric_daily" ("metric" text NOT NULL, "scope" text NOT NULL, "owner_id" uuid NOT NULL, "filter_key" text NOT NULL, "day" date NOT NULL, "value" numeric(18,2) NOT NULL DEFAULT '0', CONSTRAINT "PK_e8398ff120b4d5eb527c03b771f" PRIMARY KEY ("metric", "scope", "owner_id", "filter_key", "day"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "metric_daily"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_domain_events_unprocessed"`);
    await queryRunner.query(`DROP TABLE "domain_events"`);
  }
}
