import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddRewards1795406848948 implements MigrationInterface {
  name = 'AddRewards1795406848948';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Numbers the orders' references (R-2026-000123); TypeORM does not track free sequences, so it is written by hand.
    await queryRunner.query(`CREATE SEQUENCE "reward_order_number_seq"`);
    await queryRunner.query(`CREATE TABLE "reward_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sku" text NOT NULL, "title_fr" text NOT NULL, "title_en" text NOT NULL, "description_fr" text NOT NULL, "description_en" text NOT NULL, "image_urls" text array NOT NULL DEFAULT '{}', "category" text NOT NULL, "delivery" text NOT NULL, "points_cost" integer NOT NULL, "stock" integer, "limit_per_user" integer, "limit_period" text, "available_from" TIMESTAMP WITH TIME ZONE, "available_to" TIMESTAMP WITH TIME ZONE, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af31aa03d86d0ba1ea606dd971b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_79be65bb31ea29fa19cf95dede" ON "reward_items"  ("sku") `);
    await queryRunner.query(`CREATE TABLE "reward_item_segments" ("item_id" uuid NOT NULL, "segment_id" uuid NOT NULL, CONSTRAINT "PK_496f57cc77b4974bf5e10f22cdb" PRIMARY KEY ("item_id", "segment_id"))`);
    await queryRunner.query(`CREATE TABLE "reward_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "partner_id" uuid NOT NULL, "ordered_by_id" uuid NOT NULL, "idempotency_key" text NOT NULL, "status" text NOT NULL DEFAULT 'REQUESTED', "total_points" integer NOT NULL, "shipping_address" jsonb, "delivery_email" text, "carrier" text, "tracking_number" text, "tracking_url" text, "reject_reason" text, "refunded_points" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1cc03e58f74bb57ed23e50c128" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_71e56dced5a0a9c8526e9e4177" ON "reward_orders"  ("reference") `);
    await queryRunner.query(`CREATE INDEX "IDX_990421ebca9850650e1e6c83b7" ON "reward_orders"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d7118e439b98cd57856c393af2" ON "reward_orders"  ("partner_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_80aa636b1c48c07cdd803d39b7" ON "reward_orders"  ("ordered_by_id", "idempotency_key") `);
    await queryRunner.query(`CREATE TABLE "reward_order_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "status" text NOT NULL, "author_id" uuid, "message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f2d2c642b9341680536741ab2fc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8cf4252e411bf180085b7b62e8" ON "reward_order_events"  ("order_id") `);
    await queryRunner.query(`CREATE TABLE "reward_order_lines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "item_id" uuid NOT NULL, "position" integer NOT NULL, "quantity" integer NOT NULL, "points_each" integer NOT NULL, CONSTRAINT "PK_e944b5a1aa6c5010e034754b45b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5cfbf647e254c2725837084b2f" ON "reward_order_lines"  ("order_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a4100bd41a3e7a7ba53b335575" ON "reward_order_lines"  ("item_id") `);
    await queryRunner.query(`CREATE TABLE "reward_shipping_addresses" ("user_id" uuid NOT NULL, "address" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_776240ad0164104f35c419841ad" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "reward_item_segments" ADD CONSTRAINT "FK_771141005fff078c07c7194d2ea" FOREIGN KEY ("item_id") REFERENCES "reward_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_item_segments" ADD CONSTRAINT "FK_158d2bdb7ab56ee03ea59383fa7" FOREIGN KEY ("segment_id") REFERENCES "segments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_orders" ADD CONSTRAINT "FK_6d6e802fdcb9f442b42681a5eca" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_orders" ADD CONSTRAINT "FK_bd8fdd52ac7e45f43c2362481e3" FOREIGN KEY ("ordered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_order_events" ADD CONSTRAINT "FK_8cf4252e411bf180085b7b62e8e" FOREIGN KEY ("order_id") REFERENCES "reward_orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_order_events" ADD CONSTRAINT "FK_7b39f1e782a4ef01cdb3f6f99d4" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_order_lines" ADD CONSTRAINT "FK_5cfbf647e254c2725837084b2f9" FOREIGN KEY ("order_id") REFERENCES "reward_orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_order_lines" ADD CONSTRAINT "FK_a4100bd41a3e7a7ba53b3355751" FOREIGN KEY ("item_id") REFERENCES "reward_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reward_shipping_addresses" ADD CONSTRAINT "FK_776240ad0164104f35c419841ad" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reward_shipping_addresses" DROP CONSTRAINT "FK_776240ad0164104f35c419841ad"`);
    await queryRunner.query(`ALTER TABLE "reward_order_lines" DROP CONSTRAINT "FK_a4100bd41a3e7a7ba53b3355751"`);
    await queryRunner.query(`ALTER TABLE "reward_order_lines" DROP CONSTRAINT "FK_5cfbf647e254c2725837084b2f9"`);
    await queryRunner.query(`ALTER TABLE "reward_order_events" DROP CONSTRAINT "FK_7b39f1e782a4ef01cdb3f6f99d4"`);
    await queryRunner.query(`ALTER TABLE "reward_order_events" DROP CONSTRAINT "FK_8cf4252e411bf180085b7b62e8e"`);
    await queryRunner.query(`ALTER TABLE "reward_orders" DROP CONSTRAINT "FK_bd8fdd52ac7e45f43c2362481e3"`);
    await queryRunner.query(`ALTER TABLE "reward_orders" DROP CONSTRAINT "FK_6d6e802fdcb9f442b42681a5eca"`);
    await queryRunner.query(`ALTER TABLE "reward_item_segments" DROP CONSTRAINT "FK_158d2bdb7ab56ee03ea59383fa7"`);
    await queryRunner.query(`ALTER TABLE "reward_item_segments" DROP CONSTRAINT "FK_771141005fff078c07c7194d2ea"`);
    await queryRunner.query(`DROP TABLE "reward_shipping_addresses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a4100bd41a3e7a7ba53b335575"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5cfbf647e254c2725837084b2f"`);
    await queryRunner.query(`DROP TABLE "reward_order_lines"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8cf4252e411bf180085b7b62e8"`);
    await queryRunner.query(`DROP TABLE "reward_order_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80aa636b1c48c07cdd803d39b7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d7118e439b98cd57856c393af2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_990421ebca9850650e1e6c83b7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_71e56dced5a0a9c8526e9e4177"`);
    await queryRunner.query(`DROP TABLE "reward_orders"`);
    await queryRunner.query(`DROP TABLE "reward_item_segments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79be65bb31ea29fa19cf95dede"`);
    await queryRunner.query(`DROP TABLE "reward_items"`);
    await queryRunner.query(`DROP SEQUENCE "reward_order_number_seq"`);
  }
}
