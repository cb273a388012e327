import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isBrandRole, isEditable } from '@relais/domain';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { PageInput, pageOf } from '../../core/graphql/page.input';
import { isUuid } from '../../core/validation/uuid';
import { SegmentsService } from '../segments/segments.service';
import { Declaration } from './declaration.entity';
import { checkContent, writeContent } from './declaration-content';
import { DeclarationAction,DeclarationEvent } from './declaration-event.entity';
import { scopedDeclarations } from './declaration-scope';
import { DeclarationErrors } from './declarations.errors';
import { DeclarationInput } from './dto/declaration.input';
import { DeclarationFilter } from './dto/declaration-filter.input';
import { ProofsService } from './proofs/proofs.service';

export interface DeclarationTotal {
  currency: string;
  count: number;
  amount: number;
}

@Injectable()
export class DeclarationsService {
  private readonly logger = new Logger(DeclarationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
    private readonly proofs: ProofsService,
  ) {}

  /** A declaration in the actor's scope, optionally locked for the rest of the transaction. */
  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Declaration> {
    if (!isUuid(id)) throw DeclarationErrors.notFound();
    const query = scopedDeclarations(manager, actor).andWhere('d.id = :id', { id });
    if (lock) query.setLock('pessimistic_write', undefined, ['d']);
    const declaration = await query.getOne();
    if (!declaration) throw DeclarationErrors.notFound();
    return declaration;
  }

  /**
   * A declaration the actor is about to change, locked: partner users only, and a member only their
   * own (seeing the team's declarations, when allowed, is not changing them).
   */
  async getToChange(actor: Actor, id: string, manager: EntityManager): Promise<Declaration> {
    const declaration = await this.get(actor, id, manager, true);
    if (isBrandRole(actor.role)) throw DeclarationErrors.notFound();
    if (actor.role === 'PARTNER_MEMBER' && declaration.declaredById !== actor.userId) throw DeclarationErrors.notYours();
    return declaration;
  }

  async list(
    actor: Actor,
    filter: DeclarationFilter = {},
    page?: PageInput | null,
    options: { mine?: boolean } = {},
  ): Promise<{ items: Declaration[]; total: number; totals: DeclarationTotal[] }> {
    const { offset, limit } = pageOf(page);
    const query = await this.filtered(actor, filter, this.dataSource.manager);
    if (options.mine) query.andWhere('d.declared_by_id = :mine', { mine: actor.userId });

    const totals = await query
      .clone()
      .select('d.currency', 'currency')
      .addSelect('count(*)::int', 'count')
      .addSelect('sum(d.total_amount)::float', 'amount')
      .groupBy('d.currency')
      .orderBy('d.currency')
      .getRawMany<DeclarationTotal>();
    if (filter.sort === 'RISK') query.orderBy('d.risk_score', 'DESC').addOrderBy('d.submitted_at', 'ASC', 'NULLS LAST');
    else query.orderBy('coalesce(d.submitted_at, d.created_at)', 'DESC');
    const [items, total] = await query.addOrderBy('d.id').offset(offset).limit(limit).getManyAndCount();
    return { items, total, totals };
  }

  /**
   * The declarations in the actor's scope that pass the filter (alias `d`, partner `p`), for the
   * queue and for its CSV export, so both always show the same rows.
   */
  async filtered(actor: Actor, filter: DeclarationFilter, manager: EntityManager): Promise<SelectQueryBuilder<Declaration>> {
    const query = scopedDeclarations(manager, actor);
    if (filter.statuses?.length) query.andWhere('d.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter.flags?.length) {
      query.andWhere('EXISTS (SELECT 1 FROM declaration_flags f WHERE f.declaration_id = d.id AND f.code = ANY(:flags))', { flags: filter.flags });
    }
    if (filter.partnerId) query.andWhere('d.partner_id = :partnerId', { partnerId: isUuid(filter.partnerId) ? filter.partnerId : null });
    if (filter.segmentId && isBrandRole(actor.role)) {
      const segment = await this.segments.find(filter.segmentId);
      const members = this.segments.partnerIdsQuery(segment.criteria);
      query.andWhere(`d.partner_id IN (${members.getQuery()})`).setParameters({ ...query.getParameters(), ...members.getParameters() });
    }
    if (filter.saleFrom) query.andWhere('coalesce(d.sale_date, d.period_end) >= :saleFrom', { saleFrom: filter.saleFrom });
    if (filter.saleTo) query.andWhere('coalesce(d.sale_date, d.period_start) <= :saleTo', { saleTo: filter.saleTo });
    if (filter.minAmount !== undefined && filter.minAmount !== null) query.andWhere('d.total_amount >= :minAmount', { minAmount: filter.minAmount });
    if (filter.maxAmount !== undefined && filter.maxAmount !== null) query.andWhere('d.total_amount <= :maxAmount', { maxAmount: filter.maxAmount });
    return query;
  }

  async create(actor: Actor, input: DeclarationInput): Promise<Declaration> {
    if (!actor.partnerId || isBrandRole(actor.role)) throw DeclarationErrors.notFound();
    const partnerId = actor.partnerId;
    return this.dataSource.transaction(async (manager) => {
      await checkContent(manager, input);
      const draft = manager.getRepository(Declaration).create({ partnerId, declaredById: actor.userId, status: 'DRAFT' });
      const saved = await writeContent(manager, draft, input);
      await this.proofs.attach(manager, actor, saved.id, partnerId, input.proofFileIds);
      await this.record(manager, saved, actor.userId, 'CREATED', null);
      this.logger.log({ declarationId: saved.id, partnerId, by: actor.userId }, 'Declaration drafted');
      return saved;
    });
  }

  /** The declarer, or an admin of their partner, rewrites a draft or a declaration waiting for information. */
  async update(actor: Actor, id: string, input: DeclarationInput): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.getToChange(actor, id, manager);
      if (!isEditable(declaration.status)) throw DeclarationErrors.notEditable();
      await checkContent(manager, input);
      const saved = await writeContent(manager, declaration, input);
      await this.proofs.attach(manager, actor, saved.id, saved.partnerId, input.proofFileIds);
      await this.record(manager, saved, actor.userId, 'UPDATED', declaration.status);
      return saved;
    });
  }

  /**
   * Deletes a draft that was never submitted (its timeline goes with it: nothing was decided on it).
   * Once submitted, a declaration is part of the record and can only be withdrawn or decided.
   */
  async deleteDraft(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const declaration = await this.getToChange(actor, id, manager);
      if (declaration.status !== 'DRAFT' || declaration.submittedAt) throw DeclarationErrors.notEditable();
      await manager.getRepository(DeclarationEvent).delete({ declarationId: id });
      await manager.getRepository(Declaration).delete({ id });
      this.logger.log({ declarationId: id, by: actor.userId }, 'Draft deleted');
      return true;
    });
  }

  /** Appends a step to the timeline. */
  async record(
    manager: EntityManager,
    declaration: Declaration,
    authorId: string | null,
    action: DeclarationAction,
    fromStatus: Declaration['status'] | null,
    details: { message?: string | null; lineIds?: string[] } = {},
  ): Promise<void> {
    await manager.getRepository(DeclarationEvent).insert({
      declarationId: declaration.id,
      authorId,
      action,
      fromStatus,
      toStatus: declaration.status,
      message: details.message ?? null,
      lineIds: details.lineIds ?? [],
    });
  }
}
