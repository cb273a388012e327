import { Injectable, Logger } from '@nestjs/common';
import { currentStage, Metric, Stage, STAGES, stagesToComplete } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { ActivityService } from '../activity/activity.service';
import { ProcessedBatch } from '../activity/activity-listeners';
import { LedgerService } from '../ledger/ledger.service';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { StageCompletion } from './stage-completion.entity';
import { StageCriterion } from './stage-criterion.entity';
import { StageProgress } from './stage-progress';
import { StageSetting } from './stage-setting.entity';

/**
 * Completes stages after each activity batch (listener order 20), for the partners the batch moved.
 * A completion is a row with a unique (partner, stage) key, inserted ON CONFLICT DO NOTHING; only a
 * row this call inserted pays (ledger key `stage:<partnerId>:<stage>`), records STAGE_COMPLETED and
 * notifies, so processing a partner or an event again pays nothing more.
 *
 * Completing is permanent: a later reversal that drops a metric below a threshold does not demote
 * the partner. The points were paid and announced, and a journey that moves backwards would
 * punish a correction more than the sale rewarded it; the lost volume already shows in the metrics,
 * in tiers (which do follow the window) and in challenges.
 */
@Injectable()
export class StageEvaluation {
  private readonly logger = new Logger(StageEvaluation.name);

  constructor(
    private readonly progress: StageProgress,
    private readonly ledger: LedgerService,
    private readonly activity: ActivityService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  async afterBatch(batch: ProcessedBatch): Promise<void> {
    const criteria = await batch.manager.getRepository(StageCriterion).find();
    // A stage without criteria completes on any activity once the previous one is done.
    const measured = new Set<Metric>(criteria.map((c) => c.metric));
    const stagesWithCriteria = new Set(criteria.map((c) => c.stage));
    const anyEmptyStage = STAGES.some((s) => !stagesWithCriteria.has(s));
    if (!anyEmptyStage && ![...batch.metrics].some((m) => measured.has(m))) return;
    await this.evaluate(batch.manager, batch.partnerIds, criteria);
  }

  /** Completes what the partners now meet, in order; answers the completions this call recorded. */
  async evaluate(manager: EntityManager, partnerIds: readonly string[], criteria?: StageCriterion[]): Promise<{ partnerId: string; stage: Stage }[]> {
    if (partnerIds.length === 0) return [];
    const all = criteria ?? (await manager.getRepository(StageCriterion).find());
    const completed = await this.completedOf(manager, partnerIds);
    const open = partnerIds.filter((id) => (completed.get(id)?.size ?? 0) < STAGES.length);
    if (open.length === 0) return [];
    // Only the stages some partner still has to complete are measured.
    const needed = all.filter((c) => open.some((id) => !completed.get(id)?.has(c.stage)));
    const values = await this.progress.measure(manager, needed, open);
    const pairs = open.flatMap((partnerId) => {
      const done = completed.get(partnerId) ?? new Set<Stage>();
      const met = (stage: Stage) => all.filter((c) => c.stage === stage).every((c) => (values.get(c.id)?.get(partnerId) ?? 0) >= c.threshold);
      return stagesToComplete(done, met).map((stage) => ({ partnerId, stage }));
    });
    if (pairs.length === 0) return [];
    const inserted: { id: string; partner_id: string; stage: Stage }[] = await manager.query(
      `INSERT INTO stage_completions (partner_id, stage)
       SELECT partner_id, stage FROM jsonb_to_recordset($1::jsonb) AS r(partner_id uuid, stage text) ORDER BY partner_id, stage
       ON CONFLICT ON CONSTRAINT "UQ_stage_completions_partner_stage" DO NOTHING RETURNING id, partner_id, stage`,
      [JSON.stringify(pairs.map((p) => ({ partner_id: p.partnerId, stage: p.stage })))],
    );
    if (inserted.length === 0) return [];
    for (const row of inserted) completed.set(row.partner_id, new Set([...(completed.get(row.partner_id) ?? []), row.stage]));
    await this.pay(manager, inserted);
    await this.moveStages(manager, [...new Set(inserted.map((r) => r.partner_id))], completed);
    this.logger.log({ completions: inserted.length }, 'Stages completed');
    return inserted.map((r) => ({ partnerId: r.partner_id, stage: r.stage }));
  }

  private async completedOf(manager: EntityManager, partnerIds: readonly string[]): Promise<Map<string, Set<Stage>>> {
    const rows = await manager.getRepository(StageCompletion).createQueryBuilder('c').where('c.partner_id = ANY(:ids)', { ids: partnerIds }).getMany();
    const result = new Map<string, Set<Stage>>();
    for (const row of rows) result.set(row.partnerId, new Set([...(result.get(row.partnerId) ?? []), row.stage]));
    return result;
  }

  private async pay(manager: EntityManager, inserted: { id: string; partner_id: string; stage: Stage }[]): Promise<void> {
    const settings = await manager.getRepository(StageSetting).find();
    const pointsOf = (stage: Stage) => settings.find((s) => s.stage === stage)?.points ?? 0;
    await this.ledger.creditMany(
      manager,
      inserted
        .filter((r) => pointsOf(r.stage) > 0)
        .map((r) => ({
          account: { ownerType: 'PARTNER', ownerId: r.partner_id },
          amount: pointsOf(r.stage),
          kind: 'STAGE_COMPLETED',
          source: { type: 'STAGE_COMPLETION', id: r.id },
          idempotencyKey: `stage:${r.partner_id}:${r.stage}`,
        })),
    );
    for (const row of inserted) {
      await this.activity.record(manager, { type: 'STAGE_COMPLETED', partnerId: row.partner_id, userId: null, subjectId: row.id, payload: { stage: row.stage } });
    }
    // One notification write per stage, however many partners completed it in the batch.
    const users = await this.users.activeOfPartners(manager, inserted.map((r) => r.partner_id));
    for (const stage of STAGES) {
      const partners = new Set(inserted.filter((r) => r.stage === stage).map((r) => r.partner_id));
      if (partners.size === 0) continue;
      await this.notifications.notify(manager, {
        userIds: users.filter((u) => partners.has(u.partnerId)).map((u) => u.id),
        kind: 'STAGE_COMPLETED',
        params: { status: stage, points: pointsOf(stage) },
        link: '/journey',
      });
    }
  }

  /** partners.stage: the first stage not completed, the last one once all are. */
  private async moveStages(manager: EntityManager, partnerIds: string[], completed: Map<string, Set<Stage>>): Promise<void> {
    const rows = partnerIds.sort().map((id) => ({ id, stage: currentStage(completed.get(id) ?? new Set()) ?? STAGES[STAGES.length - 1] }));
    await manager.query(
      `UPDATE partners p SET stage = r.stage FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, stage text) WHERE p.id = r.id AND p.stage <> r.stage`,
      [JSON.stringify(rows)],
    );
  }
}
