import { MigrationInterface, QueryRunner } from 'typeorm';

/** Scorecard stages (criteria, points, completions) and tiers, with partners.stage and partners.tier_id. */
export class AddStagesAndTiers1795411845711 implements MigrationInterface {
  name = 'AddStagesAndTiers1795411845711';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "tiers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_en" text NOT NULL, "name_fr" text NOT NULL, "threshold" numeric(18,2) NOT NULL, "multiplier" numeric(5,2) NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_908405492b9b2c2ae1cea1e1cc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "tier_settings" ("id" integer NOT NULL, "basis" text NOT NULL DEFAULT 'POINTS', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9489bc1eb283a2bdfcc94495345" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "stage_completions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "stage" text NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_stage_completions_partner_stage" UNIQUE ("partner_id", "stage"), CONSTRAINT "PK_7dbb2461b89dede0de104c8447b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "stage_criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "stage" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "metric" text NOT NULL, "scope" text NOT NULL DEFAULT 'PARTNER', "category" text, "product_ids" uuid array NOT NULL DEFAULT '{}', "threshold" numeric(18,2) NOT NULL, "window" text NOT NULL DEFAULT 'SINCE_JOINED', "window_days" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1bdd4f4f097d73f6786f58a208e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_731aa22c36cba45619a34358d0" ON "stage_criteria"  ("stage", "position") `);
    await queryRunner.query(`CREATE TABLE "stage_settings" ("stage" text NOT NULL, "points" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e88d42df4a2567923669da76f8" PRIMARY KEY ("stage"))`);
    await queryRunner.query(`ALTER TABLE "partners" ADD "stage" text NOT NULL DEFAULT 'INTEGRATION'`);
    await queryRunner.query(`ALTER TABLE "partners" ADD "tier_id" uuid`);
    await queryRunner.query(`ALTER TABLE "partners" ADD "tier_since" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_dd446c094ce22e97c97c495534" ON "partners"  ("tier_id") `);
    await queryRunner.query(`ALTER TABLE "partners" ADD CONSTRAINT "FK_dd446c094ce22e97c97c4955346" FOREIGN KEY ("tier_id") REFERENCES "tiers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stage_completions" ADD CONSTRAINT "FK_7890ac39efbb7d41a16584e9d46" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Defaults, so any install has a journey and tiers to show; brand admins change them in the back-office.
    // The tiers' ids are fixed (segments and the demo name them).
    await queryRunner.query(`INSERT INTO "tier_settings" ("id", "basis") VALUES (1, 'POINTS')`);
    await queryRunner.query(`INSERT INTO "tiers" ("id", "name_en", "name_fr", "threshold", "multiplier") VALUES
      ('7e1e0000-0000-4000-8000-000000000001', 'Bronze', 'Bronze', 0, 1.00),
      ('7e1e0000-0000-4000-8000-000000000002', 'Silver', 'Argent', 1000, 1.10),
      ('7e1e0000-0000-4000-8000-000000000003', 'Gold', 'Or', 5000, 1.25),
      ('7e1e0000-0000-4000-8000-000000000004', 'Platinum', 'Platine', 15000, 1.50)`);
    await queryRunner.query(`INSERT INTO "stage_settings" ("stage", "points") VALUES ('INTEGRATION', 100), ('ENABLEMENT', 150), ('MOTIVATION', 250), ('GROWTH', 500)`);
    await queryRunner.query(`INSERT INTO "stage_criteria" ("stage", "position", "metric", "scope", "threshold", "window", "window_days") VALUES
      ('INTEGRATION', 0, 'SIGN_IN_DAYS', 'USER', 1, 'SINCE_JOINED', NULL),
      ('INTEGRATION', 1, 'DECLARATIONS_APPROVED', 'PARTNER', 1, 'SINCE_JOINED', NULL),
      ('ENABLEMENT', 0, 'QUIZZES_PASSED', 'USER', 1, 'SINCE_JOINED', NULL),
      ('MOTIVATION', 0, 'DECLARATIONS_APPROVED', 'PARTNER', 5, 'ROLLING', 90),
      ('GROWTH', 0, 'SALES_AMOUNT', 'PARTNER', 50000, 'ROLLING', 365)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stage_completions" DROP CONSTRAINT "FK_7890ac39efbb7d41a16584e9d46"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "FK_dd446c094ce22e97c97c4955346"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dd446c094ce22e97c97c495534"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "tier_since"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "tier_id"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP COLUMN "stage"`);
    await queryRunner.query(`DROP TABLE "stage_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_731aa22c36cba45619a34358d0"`);
    await queryRunner.query(`DROP TABLE "stage_criteria"`);
    await queryRunner.query(`DROP TABLE "stage_completions"`);
    await queryRunner.query(`DROP TABLE "tier_settings"`);
    await queryRunner.query(`DROP TABLE "tiers"`);
  }
}
