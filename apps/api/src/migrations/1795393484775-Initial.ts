import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795393484775 implements MigrationInterface {
  name = 'Initial1795393484775';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outbox_email" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b55f4d8ab961614aa75da7a668d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_188a7fd9c43251484deb674595" ON "outbox_email"  ("status", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text, "role" text NOT NULL, "partner_id" uuid, "first_name" text NOT NULL, "last_name" text NOT NULL, "locale" text NOT NULL DEFAULT 'fr', "status" text NOT NULL DEFAULT 'INVITED', "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_343e64636cae2f9f3babb19da5" ON "users"  ("partner_id") `);
    await queryRunner.query(`CREATE TABLE "partners" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "type" text NOT NULL, "brand_model" text NOT NULL, "potential" text NOT NULL, "country" character(2) NOT NULL, "region" text NOT NULL DEFAULT '', "city" text NOT NULL DEFAULT '', "channel_manager_id" uuid, "status" text NOT NULL DEFAULT 'INVITED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_998645b20820e4ab99aeae03b41" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_743603c531ef8dbae39af9492b" ON "partners"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_56ca16e69d22a211a31f3d7ca0" ON "partners"  ("country") `);
    await queryRunner.query(`CREATE INDEX "IDX_89874155423d3f3be76452621e" ON "partners"  ("channel_manager_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_343e64636cae2f9f3babb19da50" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partners" ADD CONSTRAINT "FK_89874155423d3f3be76452621ef" FOREIGN KEY ("channel_manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "FK_89874155423d3f3be76452621ef"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_343e64636cae2f9f3babb19da50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89874155423d3f3be76452621e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_56ca16e69d22a211a31f3d7ca0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_743603c531ef8dbae39af9492b"`);
    await queryRunner.query(`DROP TABLE "partners"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_343e64636cae2f9f3babb19da5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_188a7fd9c43251484deb674595"`);
    await queryRunner.query(`DROP TABLE "outbox_email"`);
  }
}
