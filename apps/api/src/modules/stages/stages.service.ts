import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentStage, SALES_METRICS, Stage, STAGES, stageStatus } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { DomainError } from '../../core/errors/domain-error';
import { PartnersService } from '../partners/partners.service';
import { ProductsService } from '../products/products.service';
import { SegmentsService } from '../segments/segments.service';
import { JourneyType, StageFunnelType } from './dto/journey.type';
import { StageConfigInput } from './dto/stage-config.input';
import { StageConfigType } from './dto/stage-config.type';
import { StageCompletion } from './stage-completion.entity';
import { StageCriterion } from './stage-criterion.entity';
import { StageEvaluation } from './stage-evaluation';
import { StageProgress } from './stage-progress';
import { StageSetting } from './stage-setting.entity';
import { StageErrors } from './stages.errors';

/** A stage's configuration as stored; its criteria are entities, which the GraphQL type exposes. */
export type StageConfig = Omit<StageConfigType, 'criteria'> & { criteria: StageCriterion[] };

const byPosition = (a: StageCriterion, b: StageCriterion) => a.position - b.position || (a.id < b.id ? -1 : 1);

/** The stages' configuration, a partner's journey and the funnel of partners by stage. */
@Injectable()
export class StagesService {
  private readonly logger = new Logger(StagesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly products: ProductsService,
    private readonly segments: SegmentsService,
    private readonly progress: StageProgress,
    private readonly evaluation: StageEvaluation,
  ) {}

  async configuration(manager: EntityManager = this.dataSource.manager): Promise<StageConfig[]> {
    const [criteria, settings] = await Promise.all([manager.getRepository(StageCriterion).find(), manager.getRepository(StageSetting).find()]);
    return STAGES.map((stage) => ({
      stage,
      points: settings.find((s) => s.stage === stage)?.points ?? 0,
      criteria: criteria.filter((c) => c.stage === stage).sort(byPosition),
    }));
  }

  /**
   * Replaces a stage's points and criteria in one transaction. Partners already past the stage
   * keep their completion; the others are measured against the new criteria as activity arrives.
   */
  async configure(actor: Actor, input: StageConfigInput): Promise<StageConfig> {
    for (const [i, c] of input.criteria.entries()) {
      const restricted = (c.productIds?.length ?? 0) > 0 || !!c.category;
      if (restricted && !SALES_METRICS.includes(c.metric)) throw StageErrors.filterNotSales(i, c.category ? 'category' : 'productIds');
      if (c.category && c.productIds?.length) throw StageErrors.filterBoth(i);
      if (c.window === 'ROLLING' && !c.windowDays) throw StageErrors.windowDaysRequired(i);
    }
    const rows: { c: StageConfigInput['criteria'][number]; i: number; category: string | null; productIds: string[] }[] = [];
    for (const [i, c] of input.criteria.entries()) rows.push({ ...(await this.checkedFilter(actor, i, c.category ?? null, c.productIds ?? [])), c, i });
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`stage-config:${input.stage}`]);
      await manager.getRepository(StageCriterion).delete({ stage: input.stage });
      await manager.getRepository(StageCriterion).insert(
        rows.map(({ c, i, category, productIds }) => ({
          stage: input.stage,
          position: i,
          metric: c.metric,
          scope: c.scope ?? 'PARTNER',
          category,
          productIds,
          threshold: c.threshold,
          window: c.window,
          windowDays: c.window === 'ROLLING' ? (c.windowDays ?? null) : null,
        })),
      );
      await manager.query('INSERT INTO stage_settings (stage, points) VALUES ($1, $2) ON CONFLICT (stage) DO UPDATE SET points = excluded.points, updated_at = now()', [
        input.stage,
        input.points,
      ]);
      this.logger.log({ stage: input.stage, criteria: rows.length, by: actor.userId }, 'Stage configured');
      return (await this.configuration(manager)).find((s) => s.stage === input.stage) as StageConfig;
    });
  }

  /** A partner in the actor's scope (a partner user: their own, whatever they ask), or PARTNER_NOT_FOUND. */
  async journey(actor: Actor, partnerId?: string | null): Promise<JourneyType> {
    const partner = await this.partners.get(actor, partnerId ?? actor.partnerId ?? '');
    const manager = this.dataSource.manager;
    const config = await this.configuration(manager);
    const completions = await manager.getRepository(StageCompletion).findBy({ partnerId: partner.id });
    const done = new Set(completions.map((c) => c.stage));
    const values = await this.progress.measure(manager, config.flatMap((s) => s.criteria), [partner.id]);
    return {
      partnerId: partner.id,
      currentStage: currentStage(done),
      stages: config.map((s) => ({
        stage: s.stage,
        status: stageStatus(s.stage, done),
        points: s.points,
        completedAt: completions.find((c) => c.stage === s.stage)?.completedAt ?? null,
        criteria: s.criteria.map((criterion) => {
          const value = values.get(criterion.id)?.get(partner.id) ?? 0;
          return { criterion, value, missing: Math.max(0, Math.round((criterion.threshold - value) * 100) / 100), met: value >= criterion.threshold };
        }),
      })),
    };
  }

  /** Partners of the actor's scope (and of the segment) by current stage, and how many completed each. */
  async funnel(actor: Actor, segmentId?: string | null): Promise<StageFunnelType> {
    const criteria = segmentId ? (await this.segments.find(segmentId)).criteria : null;
    const partners = () => {
      const query = this.partners.scopedQuery(actor);
      if (!criteria) return query;
      const members = this.segments.partnerIdsQuery(criteria);
      return query.andWhere(`p.id IN (${members.getQuery()})`).setParameters(members.getParameters());
    };
    const rows = await partners().select('p.stage', 'stage').addSelect('count(*)::int', 'current').groupBy('p.stage').getRawMany<{ stage: Stage; current: number }>();
    const done = await partners()
      .innerJoin(StageCompletion, 'c', 'c.partner_id = p.id')
      .select('c.stage', 'stage')
      .addSelect('count(*)::int', 'completed')
      .groupBy('c.stage')
      .getRawMany<{ stage: Stage; completed: number }>();
    return {
      segmentId: segmentId ?? null,
      total: rows.reduce((sum, r) => sum + r.current, 0),
      steps: STAGES.map((stage) => ({
        stage,
        current: rows.find((r) => r.stage === stage)?.current ?? 0,
        completed: done.find((r) => r.stage === stage)?.completed ?? 0,
      })),
    };
  }

  /** Evaluates a partner now (after a configuration change, or from tests); see StageEvaluation. */
  evaluate(manager: EntityManager, partnerIds: string[]) {
    return this.evaluation.evaluate(manager, partnerIds);
  }

  private async checkedFilter(actor: Actor, index: number, category: string | null, productIds: string[]) {
    if (category) {
      const known = (await this.products.categories(actor)).find((c) => c.toLowerCase() === category.toLowerCase());
      if (!known) throw StageErrors.categoryNotFound(index);
      return { category: known, productIds: [] };
    }
    const unique = [...new Set(productIds)];
    for (const id of unique) {
      await this.products.get(actor, id).catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === 'NOT_FOUND') throw StageErrors.productNotFound(index);
        throw error;
      });
    }
    return { category: null, productIds: unique };
  }
}
