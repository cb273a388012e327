import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPointsLedger1795398116686 implements MigrationInterface {
  name = 'AddPointsLedger1795398116686';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "programme_settings" ("id" smallint NOT NULL DEFAULT '1', "declaration_points_recipient" text NOT NULL DEFAULT 'USER', "split_user_percent" integer NOT NULL DEFAULT '50', "points_expiry_months" integer NOT NULL DEFAULT '24', "return_window_days" integer NOT NULL DEFAULT '0', "expiring_soon_days" integer NOT NULL DEFAULT '60', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_0eb909895ca8d50d0e04f39939" CHECK ("expiring_soon_days" BETWEEN 1 AND 365), CONSTRAINT "CHK_53e4973f43be55d598a0834645" CHECK ("return_window_days" BETWEEN 0 AND 365), CONSTRAINT "CHK_d1090f02f945093b49adbf73d6" CHECK ("points_expiry_months" BETWEEN 1 AND 120), CONSTRAINT "CHK_53b23e623f46a9b8cb58a95439" CHECK ("split_user_percent" BETWEEN 0 AND 100), CONSTRAINT "CHK_da3b23ef24b11a3c886d5347ba" CHECK ("id" = 1), CONSTRAINT "PK_6e4d336a828518ac7871e80e5de" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "ledger_accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" text NOT NULL, "owner_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_62b34396dda564757cf123fff0e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f1e5f32765d482ece775642b82" ON "ledger_accounts"  ("owner_type", "owner_id") `);
    await queryRunner.query(`CREATE TABLE "ledger_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "amount" integer NOT NULL, "kind" text NOT NULL, "source_type" text NOT NULL, "source_id" text NOT NULL, "rule_version" text, "idempotency_key" text NOT NULL, "corrects_entry_id" uuid, "author_id" uuid, "reason" text, "status" text NOT NULL DEFAULT 'CONFIRMED', "confirm_at" TIMESTAMP WITH TIME ZONE, "shortfall" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_87365c6d1bdfe31d9aca7a2d1c" ON "ledger_entries"  ("idempotency_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_ledger_entries_reversal_of" ON "ledger_entries"  ("corrects_entry_id") WHERE "kind" = 'REVERSAL'`);
    await queryRunner.query(`CREATE INDEX "IDX_56d4ec1e72c9ea291b169ab584" ON "ledger_entries"  ("source_type", "source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a75b3f4a945f9a370294fc56f6" ON "ledger_entries"  ("account_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "ledger_lots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "entry_id" uuid NOT NULL, "amount" integer NOT NULL, "remaining" integer NOT NULL, "status" text NOT NULL, "confirm_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expired" integer NOT NULL DEFAULT '0', "expired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_282dcbff53ce6e56183b7d4744" CHECK ("remaining" >= 0 AND "remaining" + "expired" <= "amount"), CONSTRAINT "PK_61e85c2bd0a90f55d628a21f60b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_de5234b8d364dfddcf83f779d2" ON "ledger_lots"  ("entry_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5c170873e2334bb1672786b5db" ON "ledger_lots"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_537c3c8e6221a4a05d7805f8ba" ON "ledger_lots"  ("account_id", "expires_at") `);
    await queryRunner.query(`ALTER TABLE "ledger_entries" ADD CONSTRAINT "FK_e4440167e470be69f9622c1ceab" FOREIGN KEY ("account_id") REFERENCES "ledger_accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" ADD CONSTRAINT "FK_a7f26ce48fc3b7701fec69ae719" FOREIGN KEY ("corrects_entry_id") REFERENCES "ledger_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ledger_lots" ADD CONSTRAINT "FK_92c0288a677501b4c1a2d211ec0" FOREIGN KEY ("account_id") REFERENCES "ledger_accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ledger_lots" ADD CONSTRAINT "FK_de5234b8d364dfddcf83f779d2e" FOREIGN KEY ("entry_id") REFERENCES "ledger_entries"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // Written by hand: the single settings row, and the ledger's append-only rule enforced by PostgreSQL
    // itself, so no code path (nor a hand-typed UPDATE) can rewrite history. Lots stay updatable.
    await queryRunner.query(`INSERT INTO "programme_settings" ("id") VALUES (1)`);
    await queryRunner.query(`CREATE FUNCTION "ledger_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger_entries is append-only: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "ledger_entries_no_update_delete" BEFORE UPDATE OR DELETE ON "ledger_entries"
      FOR EACH ROW EXECUTE FUNCTION "ledger_entries_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "ledger_entries_no_truncate" BEFORE TRUNCATE ON "ledger_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION "ledger_entries_append_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "ledger_entries_no_truncate" ON "ledger_entries"`);
    await queryRunner.query(`DROP TRIGGER "ledger_entries_no_update_delete" ON "ledger_entries"`);
    await queryRunner.query(`DROP FUNCTION "ledger_entries_append_only"()`);
    await queryRunner.query(`ALTER TABLE "ledger_lots" DROP CONSTRAINT "FK_de5234b8d364dfddcf83f779d2e"`);
    await queryRunner.query(`ALTER TABLE "ledger_lots" DROP CONSTRAINT "FK_92c0288a677501b4c1a2d211ec0"`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP CONSTRAINT "FK_a7f26ce48fc3b7701fec69ae719"`);
    await queryRunner.query(`ALTER TABLE "ledger_entries" DROP CONSTRAINT "FK_e4440167e470be69f9622c1ceab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_537c3c8e6221a4a05d7805f8ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c170873e2334bb1672786b5db"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de5234b8d364dfddcf83f779d2"`);
    await queryRunner.query(`DROP TABLE "ledger_lots"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a75b3f4a945f9a370294fc56f6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_56d4ec1e72c9ea291b169ab584"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_ledger_entries_reversal_of"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87365c6d1bdfe31d9aca7a2d1c"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f1e5f32765d482ece775642b82"`);
    await queryRunner.query(`DROP TABLE "ledger_accounts"`);
    await queryRunner.query(`DROP TABLE "programme_settings"`);
  }
}
