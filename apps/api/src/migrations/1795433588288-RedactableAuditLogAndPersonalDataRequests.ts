import { MigrationInterface, QueryRunner } from 'typeorm';

import { auditTriggerSql } from '../modules/audit/audit-trigger.sql';

/**
 * Written by hand. The audit log copies a declaration's whole row at each back-office change, so
 * erasing an end customer's data must reach the log too, and the log refuses every change
 * (AddAuditLog). One narrow way in: audit_redact, a SECURITY DEFINER function (it runs as the
 * migrations' owner, so a production API role may be denied UPDATE on audit_entries and still
 * erase) that replaces named values of one object's entries with "[erased]". The statement
 * guard lets an UPDATE through only while audit_redact runs, and a row guard lets it change
 * nothing but values into "[erased]": even a hand-typed statement that sets the flag can take
 * values out of the history, never put false ones in, nor touch who, when or what.
 */
const REDACTION = [
  `CREATE FUNCTION "audit_redacted"(doc jsonb, keys text[]) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE WHEN doc IS NULL THEN NULL ELSE
       (SELECT coalesce(jsonb_object_agg(e.key, CASE WHEN e.key = ANY(keys) AND e.value NOT IN ('null'::jsonb, '""'::jsonb, '[]'::jsonb)
                                                     THEN '"[erased]"'::jsonb ELSE e.value END), '{}'::jsonb)
          FROM jsonb_each(doc) e) END $$`,
  `CREATE FUNCTION "audit_redact"(target_type text, target_ids text[], keys text[]) RETURNS integer
     LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
     DECLARE redacted integer;
     BEGIN
       PERFORM set_config('relais.audit_redaction', 'on', true);
       UPDATE "audit_entries" e SET "before" = audit_redacted(e."before", keys), "after" = audit_redacted(e."after", keys)
        WHERE e."object_type" = target_type AND e."object_id" = ANY(target_ids)
          AND (audit_redacted(e."before", keys) IS DISTINCT FROM e."before" OR audit_redacted(e."after", keys) IS DISTINCT FROM e."after");
       GET DIAGNOSTICS redacted = ROW_COUNT;
       PERFORM set_config('relais.audit_redaction', '', true);
       RETURN redacted;
     END $$`,
  `CREATE OR REPLACE FUNCTION "audit_entries_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'UPDATE' AND current_setting('relais.audit_redaction', true) = 'on' THEN RETURN NULL; END IF;
       RAISE EXCEPTION 'audit_entries cannot be changed: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
     END $$`,
  `CREATE FUNCTION "audit_entries_redaction_only"() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF (to_jsonb(NEW) - 'before' - 'after') IS DISTINCT FROM (to_jsonb(OLD) - 'before' - 'after')
          OR (NEW."before" IS NULL) <> (OLD."before" IS NULL) OR (NEW."after" IS NULL) <> (OLD."after" IS NULL)
          OR EXISTS (SELECT 1 FROM jsonb_each(coalesce(NEW."before", '{}')) n
                      WHERE n.value IS DISTINCT FROM OLD."before" -> n.key AND n.value <> '"[erased]"'::jsonb)
          OR EXISTS (SELECT 1 FROM jsonb_each(coalesce(NEW."after", '{}')) n
                      WHERE n.value IS DISTINCT FROM OLD."after" -> n.key AND n.value <> '"[erased]"'::jsonb)
          OR (SELECT count(*) FROM jsonb_object_keys(coalesce(NEW."before", '{}'))) <> (SELECT count(*) FROM jsonb_object_keys(coalesce(OLD."before", '{}')))
          OR (SELECT count(*) FROM jsonb_object_keys(coalesce(NEW."after", '{}'))) <> (SELECT count(*) FROM jsonb_object_keys(coalesce(OLD."after", '{}'))) THEN
         RAISE EXCEPTION 'audit_entries: only values can be redacted' USING ERRCODE = 'restrict_violation';
       END IF;
       RETURN NEW;
     END $$`,
  `CREATE TRIGGER "audit_entries_redaction_only" BEFORE UPDATE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION "audit_entries_redaction_only"()`,
];

export class RedactableAuditLogAndPersonalDataRequests1795433588288 implements MigrationInterface {
  name = 'RedactableAuditLogAndPersonalDataRequests1795433588288';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "personal_data_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "request_reference" text NOT NULL, "actor_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "declaration_ids" uuid array NOT NULL, "fields" text array NOT NULL DEFAULT '{}', "proof_files_erased" integer NOT NULL DEFAULT '0', "audit_entries_redacted" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_4ff8f9adb1e172c5bc9a22505c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e7d3f97fb2c017cebf3e5f3654" ON "personal_data_requests"  ("request_reference", "kind") `);
    await queryRunner.query(`ALTER TABLE "personal_data_requests" ADD CONSTRAINT "FK_9838ae1f019d80a7db963ec1dc0" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE INDEX "IDX_personal_data_requests_declaration_ids" ON "personal_data_requests" USING GIN ("declaration_ids")`);
    // Each export (an access) and each erasure is an audit entry: who, when, from which address, the
    // request's reference, the declarations and the fields erased; never the values.
    await queryRunner.query(auditTriggerSql('personal_data_requests', 'id'));
    for (const sql of REDACTION) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_entries_redaction_only" ON "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION "audit_entries_redaction_only"()`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "audit_entries_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries cannot be changed: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`DROP FUNCTION "audit_redact"(text, text[], text[])`);
    await queryRunner.query(`DROP FUNCTION "audit_redacted"(jsonb, text[])`);
    await queryRunner.query(`DROP TRIGGER "audit_row_change" ON "personal_data_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_personal_data_requests_declaration_ids"`);
    await queryRunner.query(`ALTER TABLE "personal_data_requests" DROP CONSTRAINT "FK_9838ae1f019d80a7db963ec1dc0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7d3f97fb2c017cebf3e5f3654"`);
    await queryRunner.query(`DROP TABLE "personal_data_requests"`);
  }
}
