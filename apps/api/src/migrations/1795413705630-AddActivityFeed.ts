import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddActivityFeed1795413705630 implements MigrationInterface {
  name = 'AddActivityFeed1795413705630';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "feed_settings" ("id" smallint NOT NULL DEFAULT '1', "enabled" boolean NOT NULL DEFAULT true, "kinds" text array NOT NULL DEFAULT '{BADGE_EARNED,STAGE_COMPLETED,CHALLENGE_PODIUM}', "show_partner_names" boolean NOT NULL DEFAULT true, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_a8995ee739d5a723c0bc6c4a0c" CHECK ("id" = 1), CONSTRAINT "PK_44356df61bdd3ad7307f22606c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "feed_items" ("event_id" bigint NOT NULL, "type" text NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "partner_id" uuid NOT NULL, "user_id" uuid, "payload" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_f1908e037f117d4a8f8dfab57f6" PRIMARY KEY ("event_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_feed_items_type_occurred" ON "feed_items"  ("type", "occurred_at", "event_id") `);
    // The one settings row, with the feed on, every kind shown and names shown.
    await queryRunner.query(`INSERT INTO "feed_settings" ("id") VALUES (1)`);
    // Achievements processed before the feed existed: the listener only sees new batches.
    await queryRunner.query(
      `INSERT INTO "feed_items" ("event_id", "type", "occurred_at", "partner_id", "user_id", "payload")
       SELECT "id", "type", "occurred_at", "partner_id", "user_id", "payload" FROM "domain_events"
        WHERE "type" IN ('BADGE_EARNED', 'STAGE_COMPLETED', 'CHALLENGE_PODIUM') AND "processed_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_feed_items_type_occurred"`);
    await queryRunner.query(`DROP TABLE "feed_items"`);
    await queryRunner.query(`DROP TABLE "feed_settings"`);
  }
}
