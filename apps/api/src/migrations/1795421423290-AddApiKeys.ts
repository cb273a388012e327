import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddApiKeys1795421423290 implements MigrationInterface {
  name = 'AddApiKeys1795421423290';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" text NOT NULL, "scope" text NOT NULL, "partner_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fef9aa4a1cf4f8c063ac5d75f2" ON "api_keys"  ("secret_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_cb1d0a418c5606b7405d98e6cb" ON "api_keys"  ("partner_id") `);
    await queryRunner.query(`CREATE TABLE "api_key_uses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "api_key_id" uuid NOT NULL, "operation" text NOT NULL, "outcome" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f18dbfe710b4d169e45f69ad00" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2c1f30cfdc1b52828256bf84d5" ON "api_key_uses"  ("api_key_id", "at") `);
    // rate-limiter-flexible's table for API keys (tableCreated: true: the library never creates it).
    await queryRunner.query(`CREATE TABLE "api_key_rate_limits" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
    await queryRunner.query(`CREATE INDEX "IDX_api_key_rate_limits_expire" ON "api_key_rate_limits" ("expire")`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_cb1d0a418c5606b7405d98e6cb0" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_3afd227c6cb003779abe2a88b4e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_key_uses" ADD CONSTRAINT "FK_0be3186fda1b093a5408ccd1c34" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_key_rate_limits"`);
    await queryRunner.query(`ALTER TABLE "api_key_uses" DROP CONSTRAINT "FK_0be3186fda1b093a5408ccd1c34"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_3afd227c6cb003779abe2a88b4e"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_cb1d0a418c5606b7405d98e6cb0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c1f30cfdc1b52828256bf84d5"`);
    await queryRunner.query(`DROP TABLE "api_key_uses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb1d0a418c5606b7405d98e6cb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fef9aa4a1cf4f8c063ac5d75f2"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
