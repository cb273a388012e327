import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddBadgesAndObjectives1795412483281 implements MigrationInterface {
  name = 'AddBadgesAndObjectives1795412483281';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "badges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_en" text NOT NULL, "name_fr" text NOT NULL, "description_en" text NOT NULL DEFAULT '', "description_fr" text NOT NULL DEFAULT '', "icon" text NOT NULL, "metric" text NOT NULL, "filter" jsonb, "scope" text NOT NULL, "threshold" numeric NOT NULL, "window" text NOT NULL, "window_days" integer, "repeat" text NOT NULL, "period" text, "points" integer NOT NULL DEFAULT '0', "reward_item_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a651318b8de577e8e217676466" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "badge_awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "badge_id" uuid NOT NULL, "scope" text NOT NULL, "owner_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "period_key" text NOT NULL, "value" numeric NOT NULL, "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fa679a182a2bd25a7be1ab1e6a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_badge_awards_owner" ON "badge_awards"  ("owner_id", "awarded_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_badge_awards_owner_period" ON "badge_awards"  ("badge_id", "owner_id", "period_key") `);
    await queryRunner.query(`CREATE TABLE "objectives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scope" text NOT NULL, "partner_id" uuid NOT NULL, "user_id" uuid, "metric" text NOT NULL, "filter" jsonb, "target" numeric NOT NULL, "start_day" date NOT NULL, "end_day" date NOT NULL, "points" integer NOT NULL DEFAULT '0', "created_by_id" uuid, "reached_at" TIMESTAMP WITH TIME ZONE, "nudged_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c54846771e6a2db24c2b886eca0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_objectives_open_partner" ON "objectives"  ("partner_id") WHERE "reached_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_objectives_open_user" ON "objectives"  ("user_id") WHERE "reached_at" IS NULL AND "user_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_objectives_partner_end" ON "objectives"  ("partner_id", "end_day") `);
    await queryRunner.query(`CREATE TABLE "objective_settings" ("id" integer NOT NULL DEFAULT '1', "nudge_percent" integer NOT NULL DEFAULT '80', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_555d701119b1728b2d731035bf1" PRIMARY KEY ("id"))`);
    // The one row the objectives read their nudge threshold from.
    await queryRunner.query(`INSERT INTO "objective_settings" ("id") VALUES (1)`);
    await queryRunner.query(`ALTER TABLE "reward_orders" ADD "source_type" text`);
    await queryRunner.query(`ALTER TABLE "reward_orders" ADD "source_id" text`);
    await queryRunner.query(`ALTER TABLE "badge_awards" ADD CONSTRAINT "FK_50ae9b48ce0f30065696e268760" FOREIGN KEY ("badge_id") REFERENCES "badges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "objectives" ADD CONSTRAINT "FK_362c8d4b8d747ec38378f666a7f" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "objectives" ADD CONSTRAINT "FK_3d0b713333eda6aa1b85537d71c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "objectives" DROP CONSTRAINT "FK_3d0b713333eda6aa1b85537d71c"`);
    await queryRunner.query(`ALTER TABLE "objectives" DROP CONSTRAINT "FK_362c8d4b8d747ec38378f666a7f"`);
    await queryRunner.query(`ALTER TABLE "badge_awards" DROP CONSTRAINT "FK_50ae9b48ce0f30065696e268760"`);
    await queryRunner.query(`ALTER TABLE "reward_orders" DROP COLUMN "source_id"`);
    await queryRunner.query(`ALTER TABLE "reward_orders" DROP COLUMN "source_type"`);
    await queryRunner.query(`DROP TABLE "objective_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_objectives_partner_end"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_objectives_open_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_objectives_open_partner"`);
    await queryRunner.query(`DROP TABLE "objectives"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_badge_awards_owner_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_badge_awards_owner"`);
    await queryRunner.query(`DROP TABLE "badge_awards"`);
    await queryRunner.query(`DROP TABLE "badges"`);
  }
}
