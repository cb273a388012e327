import { randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addCalendarDays, computeEarning, EarningFacts, EarningResult, earningRuleProblems, isCalendarDate, utcDateOf } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { DomainError } from '../../core/errors/domain-error';
import { isUuid } from '../../core/validation/uuid';
import { ProductsService } from '../products/products.service';
import { SegmentsService } from '../segments/segments.service';
import { TiersService } from '../tiers/tiers.service';
import { EarningRuleFilter, EarningRuleInput } from './dto/earning-rule.input';
import { EarningRuleVersion } from './earning-rule.entity';
import { parametersOf, toDomainRule } from './earning-rule.mapping';
import { EarningRuleErrors } from './earning-rules.errors';

/** The facts of a declaration as callers know them: the partner, rather than its segments. */
export type PartnerEarningFacts = Omit<EarningFacts, 'partnerSegmentIds'> & {
  /** Null computes without segment-targeted rules (a brand simulation for no partner). */
  partnerId: string | null;
};

const notFoundAs = async <T>(work: Promise<T>, error: () => DomainError): Promise<T> => {
  try {
    return await work;
  } catch (caught) {
    if (caught instanceof DomainError && caught.kind === 'NOT_FOUND') throw error();
    throw caught;
  }
};

/**
 * Earning rules and the points they give. A rule is a chain of immutable versions (see
 * EarningRuleVersion): an edit adds version n+1 in force from its effectiveFrom and closes the
 * earlier versions the day before, so on any date at most one version of a rule is in force,
 * and a point computed yesterday is still explained by the version that computed it.
 */
@Injectable()
export class EarningRulesService {
  private readonly logger = new Logger(EarningRulesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
    private readonly products: ProductsService,
    private readonly tiers: TiersService,
  ) {}

  /**
   * The points a declaration earns with the rules in force on its sale date, for the partner's
   * segments and tier (its multiplier) as they are now. Reads only; pass the caller's transaction manager.
   */
  async compute(manager: EntityManager, facts: PartnerEarningFacts): Promise<EarningResult> {
    const { partnerId, ...rest } = facts;
    const rules = await this.inForce(manager, facts.saleDate);
    const segmentIds = [...new Set(rules.flatMap((r) => (r.segmentId ? [r.segmentId] : [])))];
    const partnerSegmentIds: string[] = [];
    for (const segmentId of partnerId ? segmentIds : []) {
      // A rule may name a segment deleted since: it has no members.
      const member = await this.segments.isMember(partnerId as string, segmentId, manager).catch((error: unknown) => {
        if (error instanceof DomainError && error.kind === 'NOT_FOUND') return false;
        throw error;
      });
      if (member) partnerSegmentIds.push(segmentId);
    }
    const tierMultiplier = partnerId ? await this.tiers.multiplierOf(manager, partnerId) : null;
    return computeEarning({ ...rest, partnerSegmentIds, tierMultiplier }, rules.map(toDomainRule));
  }

  private inForce(manager: EntityManager, date: string): Promise<EarningRuleVersion[]> {
    return manager
      .getRepository(EarningRuleVersion)
      .createQueryBuilder('r')
      .where('r.active AND r.effective_from <= :date AND (r.effective_to IS NULL OR r.effective_to >= :date)', { date })
      .orderBy('r.rule_key')
      .addOrderBy('r.version')
      .getMany();
  }

  async list(filter: EarningRuleFilter = {}): Promise<EarningRuleVersion[]> {
    const query = this.dataSource.getRepository(EarningRuleVersion).createQueryBuilder('r');
    if (filter.inForceOn !== undefined) {
      if (!isCalendarDate(filter.inForceOn)) throw EarningRuleErrors.badDate('inForceOn');
      query.where('r.active AND r.effective_from <= :date AND (r.effective_to IS NULL OR r.effective_to >= :date)', { date: filter.inForceOn });
    } else if (!filter.allVersions) {
      query.where('r.version = (SELECT max(v.version) FROM earning_rules v WHERE v.rule_key = r.rule_key)');
    }
    if (filter.ruleKey !== undefined) {
      if (!isUuid(filter.ruleKey)) return [];
      query.andWhere('r.rule_key = :ruleKey', { ruleKey: filter.ruleKey });
    }
    if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
    if (filter.active !== undefined && filter.active !== null) query.andWhere('r.active = :active', { active: filter.active });
    return query.orderBy('r.kind').addOrderBy('r.name').addOrderBy('r.rule_key').addOrderBy('r.version', 'DESC').getMany();
  }

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<EarningRuleVersion> {
    const rule = isUuid(id) ? await manager.getRepository(EarningRuleVersion).findOneBy({ id }) : null;
    if (!rule) throw EarningRuleErrors.notFound();
    return rule;
  }

  async create(actor: Actor, input: EarningRuleInput): Promise<EarningRuleVersion> {
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.validated(actor, manager, input);
      const id = randomUUID();
      const rule = await manager.getRepository(EarningRuleVersion).save({ ...fields, id, ruleKey: id, version: 1, active: true, createdById: actor.userId });
      this.logger.log({ ruleId: id, kind: input.kind, by: actor.userId }, 'Earning rule created');
      return rule;
    });
  }

  /** Adds the next version of the rule whose latest version is `id`, in force from input.effectiveFrom. */
  async update(actor: Actor, id: string, input: EarningRuleInput): Promise<EarningRuleVersion> {
    return this.dataSource.transaction(async (manager) => {
      const latest = await this.lockLatest(manager, id);
      if (!latest.active) throw EarningRuleErrors.inactive();
      if (input.kind !== latest.kind) throw EarningRuleErrors.kindChanged();
      const fields = await this.validated(actor, manager, input);
      const rule = await this.addVersion(manager, latest, { ...fields, active: true, createdById: actor.userId });
      this.logger.log({ ruleKey: latest.ruleKey, version: rule.version, by: actor.userId }, 'Earning rule changed');
      return rule;
    });
  }

  /** Stops the rule from `from` (today when absent) by adding an inactive version; idempotent. */
  async deactivate(actor: Actor, id: string, from?: string | null): Promise<EarningRuleVersion> {
    const start = from ?? utcDateOf(new Date());
    if (!isCalendarDate(start)) throw EarningRuleErrors.badDate('from');
    return this.dataSource.transaction(async (manager) => {
      const latest = await this.lockLatest(manager, id);
      if (!latest.active) return latest;
      const { id: _id, version: _v, createdAt: _c, ...fields } = latest;
      const rule = await this.addVersion(manager, latest, { ...fields, effectiveFrom: start, effectiveTo: null, active: false, createdById: actor.userId });
      this.logger.log({ ruleKey: latest.ruleKey, from: start, by: actor.userId }, 'Earning rule deactivated');
      return rule;
    });
  }

  /** The rule's latest version, with every version locked; `id` must be that latest version. */
  private async lockLatest(manager: EntityManager, id: string): Promise<EarningRuleVersion> {
    const target = await this.find(id, manager);
    const versions = await manager
      .getRepository(EarningRuleVersion)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.rule_key = :key', { key: target.ruleKey })
      .orderBy('r.version', 'DESC')
      .getMany();
    if (versions[0]?.id !== target.id) throw EarningRuleErrors.notLatest();
    return versions[0];
  }

  private async addVersion(
    manager: EntityManager,
    latest: EarningRuleVersion,
    fields: Omit<EarningRuleVersion, 'id' | 'ruleKey' | 'version' | 'createdAt'>,
  ): Promise<EarningRuleVersion> {
    // Earlier versions end the day before the new one starts (those starting later never apply).
    await manager
      .createQueryBuilder()
      .update(EarningRuleVersion)
      .set({ effectiveTo: addCalendarDays(fields.effectiveFrom, -1) })
      .where('rule_key = :key AND (effective_to IS NULL OR effective_to >= :from)', { key: latest.ruleKey, from: fields.effectiveFrom })
      .execute();
    return manager.getRepository(EarningRuleVersion).save({ ...fields, id: randomUUID(), ruleKey: latest.ruleKey, version: latest.version + 1 });
  }

  /** The stored fields of a valid input; throws the field errors otherwise. */
  private async validated(actor: Actor, manager: EntityManager, input: EarningRuleInput) {
    const problems = earningRuleProblems(input);
    if (problems.length) throw EarningRuleErrors.problems(problems);
    if (input.productId) await notFoundAs(this.products.get(actor, input.productId), () => EarningRuleErrors.productNotFound());
    if (input.segmentId) await notFoundAs(this.segments.find(input.segmentId, manager), EarningRuleErrors.segmentNotFound);
    let category: string | null = null;
    if (input.category) {
      const known = (await this.products.categories(actor)).find((c) => c.toLowerCase() === input.category?.toLowerCase());
      if (!known) throw EarningRuleErrors.categoryNotFound();
      category = known;
    }
    return {
      name: input.name,
      kind: input.kind,
      parameters: parametersOf(input),
      // An empty id (a form's "none") is no segment or product, as the checks above took it.
      segmentId: input.segmentId || null,
      productId: input.productId || null,
      category,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: input.effectiveTo ?? null,
    };
  }
}
