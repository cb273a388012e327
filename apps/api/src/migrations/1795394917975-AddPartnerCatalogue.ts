import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPartnerCatalogue1795394917975 implements MigrationInterface {
  name = 'AddPartnerCatalogue1795394917975';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "company" text NOT NULL, "type" text NOT NULL, "country" character(2) NOT NULL, "city" text NOT NULL DEFAULT '', "contact_first_name" text NOT NULL, "contact_last_name" text NOT NULL, "contact_email" text NOT NULL, "phone" text NOT NULL DEFAULT '', "message" text NOT NULL DEFAULT '', "locale" text NOT NULL DEFAULT 'fr', "status" text NOT NULL DEFAULT 'PENDING', "decision_message" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "partner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b36285349c942312ef28cafb14" ON "applications"  ("contact_email") `);
    await queryRunner.query(`CREATE INDEX "IDX_1b41cbfcd3da4bccf87f62b2e5" ON "applications"  ("status", "created_at") `);
    await queryRunner.query(`CREATE TABLE "products" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sku" text NOT NULL, "name" text NOT NULL, "category" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0806c755e0aca124e67c0cf6d7d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c44ac33a05b144dd0d9ddcf932" ON "products"  ("sku") `);
    await queryRunner.query(`CREATE INDEX "IDX_c3932231d2385ac248d0888d95" ON "products"  ("category") `);
    await queryRunner.query(`CREATE TABLE "segments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "criteria" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beff1eec19679fe8ad4f291f04e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_ca645b7f3aa326a912490f74ede" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_ca645b7f3aa326a912490f74ede"`);
    await queryRunner.query(`DROP TABLE "segments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3932231d2385ac248d0888d95"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c44ac33a05b144dd0d9ddcf932"`);
    await queryRunner.query(`DROP TABLE "products"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b41cbfcd3da4bccf87f62b2e5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b36285349c942312ef28cafb14"`);
    await queryRunner.query(`DROP TABLE "applications"`);
  }
}
