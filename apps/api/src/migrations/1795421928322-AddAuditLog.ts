import { MigrationInterface, QueryRunner } from 'typeorm';

import { auditTriggerSql } from '../modules/audit/audit-trigger.sql';

/**
 * The tables back-office users change, and what each entry's object id is. Left out on purpose:
 * what workers derive (metrics, scores, awards, feed, lots), journals that are already a history
 * (declaration and order events, domain events, the outbox), sessions and tokens, and what
 * partners alone write. Ledger entries only for manual adjustments: the approvals' credits are
 * the ledger's own business, and recording each would double the cost of an approval.
 */
const AUDITED: [table: string, objectColumn: string, secretColumns?: string[]][] = [
  ['partners', 'id'],
  ['users', 'id', ['password_hash']],
  ['applications', 'id'],
  ['products', 'id'],
  ['product_segments', 'product_id'],
  ['segments', 'id'],
  ['earning_rules', 'id'],
  ['reward_items', 'id'],
  ['reward_item_segments', 'item_id'],
  ['reward_orders', 'id'],
  ['declarations', 'id'],
  ['declaration_lines', 'declaration_id'],
  ['stage_settings', 'stage'],
  ['stage_criteria', 'stage'],
  ['tiers', 'id'],
  ['tier_settings', 'id'],
  ['badges', 'id'],
  ['challenges', 'id'],
  ['objectives', 'id'],
  ['objective_settings', 'id'],
  ['feed_settings', 'id'],
  ['programme_settings', 'id'],
];

export class AddAuditLog1795421928322 implements MigrationInterface {
  name = 'AddAuditLog1795421928322';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entries" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid NOT NULL, "actor_role" text NOT NULL, "operation" text NOT NULL, "client_address" text, "object_type" text NOT NULL, "object_id" text NOT NULL, "action" text NOT NULL, "before" jsonb, "after" jsonb, "changed_keys" text array NOT NULL, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entries_at" ON "audit_entries" ("at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entries_object" ON "audit_entries" ("object_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_entries_actor" ON "audit_entries" ("actor_user_id", "at") `);
    // Written by hand: history that no code path, nor a hand-typed statement, can rewrite. Statement
    // triggers, so even an UPDATE or DELETE matching no row is refused.
    await queryRunner.query(`CREATE FUNCTION "audit_entries_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries cannot be changed: % is not allowed', TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_entries_immutable" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_immutable"()`);
    // One entry per changed row, made in the change's own transaction (so a rolled-back change leaves
    // none), with who from the transaction-local settings the API writes right after BEGIN for a
    // back-office user (core/audit). TG_ARGV: the object id column, then the secret columns.
    await queryRunner.query(`CREATE FUNCTION "audit_row_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb;
        new_row jsonb;
        changed text[];
      BEGIN
        IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - TG_ARGV[1:]; END IF;
        IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - TG_ARGV[1:]; END IF;
        IF TG_OP = 'UPDATE' THEN
          SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
            FROM jsonb_each(new_row) n WHERE n.value IS DISTINCT FROM old_row -> n.key;
          -- A write that changed nothing but its own stamps changed nothing.
          IF changed <@ ARRAY['updated_at', 'updated_by_id'] THEN RETURN NULL; END IF;
        ELSE
          SELECT coalesce(array_agg(k ORDER BY k), '{}') INTO changed FROM jsonb_object_keys(coalesce(new_row, old_row)) k;
        END IF;
        INSERT INTO "audit_entries" ("actor_user_id", "actor_role", "operation", "client_address", "object_type", "object_id", "action", "before", "after", "changed_keys")
        VALUES (current_setting('relais.actor_id')::uuid, current_setting('relais.actor_role'), current_setting('relais.operation'),
          nullif(current_setting('relais.client_address'), ''), TG_TABLE_NAME, coalesce(new_row, old_row) ->> TG_ARGV[0], TG_OP, old_row, new_row, changed);
        RETURN NULL;
      END $$`);
    for (const [table, objectColumn, secretColumns] of AUDITED) {
      await queryRunner.query(auditTriggerSql(table, objectColumn, { secretColumns }));
    }
    await queryRunner.query(auditTriggerSql('ledger_entries', 'id', { events: 'INSERT', when: `NEW.kind = 'MANUAL_ADJUSTMENT'` }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of [...AUDITED, ['ledger_entries']]) await queryRunner.query(`DROP TRIGGER "audit_row_change" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "audit_row_change"()`);
    await queryRunner.query(`DROP TABLE "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION "audit_entries_immutable"()`);
  }
}
