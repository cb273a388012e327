import { MigrationInterface, QueryRunner } from 'typeorm';

import { FLAG_SLICE, FLAGS, FUNNEL, funnelTriggers, RollupWriter, SLICE, triggerFunction, upsert } from './1795434635509-DeclarationFunnelRollup';

const JOURNALS: Record<string, [string, string[], string[]]> = {
  declaration_funnel_slices: ['declaration_funnel_slice_changes', SLICE, FUNNEL],
  declaration_flag_slices: ['declaration_flag_slice_changes', FLAG_SLICE, FLAGS],
};

/** Appends a statement's changes to a slice table's journal, one row per slice it moved: no row is shared with another writer. */
const append: RollupWriter = (table, keys, columns, source) => {
  const [journal] = JOURNALS[table];
  return `
  INSERT INTO ${journal} (${[...keys, ...columns].join(', ')})
  SELECT ${keys.join(', ')}, ${columns.map((c) => `sum(${c})`).join(', ')} FROM ${source} GROUP BY ${keys.join(', ')}`;
};

/**
 * The funnel's triggers append their changes to the network-wide slices to a journal
 * (DeclarationFunnelSliceChange) instead of adding them in place, which made every submission and
 * decision of a manager's country in a month wait on one row (the mixed-load bench's 200 users ran
 * out of connections). The partners' own rows are still added to in place: only the partner's own
 * writers share them. RollupJournalWorker folds the journal into the slices.
 */
export class DeclarationFunnelSliceJournal1795450743722 implements MigrationInterface {
  name = 'DeclarationFunnelSliceJournal1795450743722';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "declaration_funnel_slice_changes" ("submitted" integer NOT NULL DEFAULT '0', "approved" integer NOT NULL DEFAULT '0', "partially_approved" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "reversed" integer NOT NULL DEFAULT '0', "withdrawn" integer NOT NULL DEFAULT '0', "pending" integer NOT NULL DEFAULT '0', "needs_information" integer NOT NULL DEFAULT '0', "decision_ms" bigint NOT NULL DEFAULT '0', "month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "decision_bucket" smallint NOT NULL, "id" BIGSERIAL NOT NULL, CONSTRAINT "PK_e62dd1aee4d19027b46084d2ac5" PRIMARY KEY ("month", "channel_manager_id", "country", "decision_bucket", "id"))`);
    await queryRunner.query(`CREATE TABLE "declaration_flag_slice_changes" ("raised" integer NOT NULL DEFAULT '0', "approved" integer NOT NULL DEFAULT '0', "rejected" integer NOT NULL DEFAULT '0', "open" integer NOT NULL DEFAULT '0', "month" date NOT NULL, "channel_manager_id" uuid NOT NULL, "country" character(2) NOT NULL, "code" text NOT NULL, "id" BIGSERIAL NOT NULL, CONSTRAINT "PK_6516021b9a2d2f20508c942fc12" PRIMARY KEY ("month", "channel_manager_id", "country", "code", "id"))`);
    for (const [name, , , , body] of funnelTriggers(append)) await queryRunner.query(triggerFunction(name, body));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, , , , body] of funnelTriggers(upsert)) await queryRunner.query(triggerFunction(name, body));
    for (const [slices, [journal, keys, columns]] of Object.entries(JOURNALS)) {
      await queryRunner.query(`WITH moved AS (DELETE FROM ${journal} RETURNING *) ${upsert(slices, keys, columns, 'moved')}`);
    }
    await queryRunner.query(`DROP TABLE "declaration_flag_slice_changes"`);
    await queryRunner.query(`DROP TABLE "declaration_funnel_slice_changes"`);
  }
}
