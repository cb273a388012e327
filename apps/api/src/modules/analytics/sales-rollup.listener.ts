import { Injectable, OnModuleInit } from '@nestjs/common';

import { ActivityListener, ActivityListeners, ProcessedBatch } from '../activity/activity-listeners';

/**
 * Keeps the sales rollups (sales_slices, sales_partner_monthly) current as declarations are
 * approved and reversed: once per batch, set-based, in the batch's transaction. Why here and not in
 * the approval's transaction: the approval is the hot path validators wait on, and a slice row is
 * shared by every partner of a channel manager and country in a month, so writing it there would
 * serialise concurrent approvals on that row; the batch writes each row once for up to 500 events.
 * The figures lag by one polling interval.
 *
 * The lines are read from declaration_lines (not from the event's payload) by the same SQL function
 * the partners trigger and the backfill use, so an approval, its reversal and a partner's move
 * (to another channel manager, country, region or type) add and take away exactly the same rows.
 */
@Injectable()
export class SalesRollupListener implements ActivityListener, OnModuleInit {
  readonly order = 70;

  constructor(private readonly listeners: ActivityListeners) {}

  onModuleInit() {
    this.listeners.register(this);
  }

  async afterBatch({ manager, events }: ProcessedBatch): Promise<void> {
    const approvals = events.filter((e) => e.type === 'DECLARATION_APPROVED' && e.subjectId);
    const reversals = events.filter((e) => e.type === 'DECLARATION_REVERSED' && e.subjectId);
    if (approvals.length === 0 && reversals.length === 0) return;
    // A partner's attributes are read under a share lock: a concurrent change of them (whose trigger
    // moves the counted declarations) waits for this batch, or this batch reads the new ones.
    const partnerIds = [...new Set([...approvals, ...reversals].map((e) => e.partnerId))].sort();
    await manager.query('SELECT id FROM partners WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE', [partnerIds]);
    if (approvals.length > 0) {
      const added: { declaration_id: string }[] = await manager.query(
        `INSERT INTO sales_counted_declarations (declaration_id, partner_id, counted)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) ORDER BY 1
         ON CONFLICT (declaration_id) DO NOTHING RETURNING declaration_id`,
        [approvals.map((e) => e.subjectId), approvals.map((e) => e.partnerId), approvals.map(() => true)],
      );
      await this.apply(manager, added.map((r) => r.declaration_id), 1);
    }
    if (reversals.length > 0) {
      const ids = reversals.map((e) => e.subjectId);
      // An UPDATE answers [rows, count] through TypeORM's query().
      const [removed]: [{ declaration_id: string }[], number] = await manager.query(
        'UPDATE sales_counted_declarations SET counted = false WHERE declaration_id = ANY($1::uuid[]) AND counted RETURNING declaration_id',
        [ids],
      );
      await this.apply(manager, removed.map((r) => r.declaration_id), -1);
      await manager.query(
        `INSERT INTO sales_counted_declarations (declaration_id, partner_id, counted)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) ON CONFLICT (declaration_id) DO NOTHING`,
        [ids, reversals.map((e) => e.partnerId), reversals.map(() => false)],
      );
    }
  }

  private async apply(manager: ProcessedBatch['manager'], declarationIds: string[], sign: 1 | -1): Promise<void> {
    if (declarationIds.length === 0) return;
    await manager.query('SELECT sales_rollup_apply($1::uuid[], $2::int)', [declarationIds, sign]);
  }
}
