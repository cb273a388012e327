import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ChallengeStatus, EDITABLE_CHALLENGE_STATUSES, isPartnerRole, MAX_CHALLENGE_DAYS, MetricFilter, prizeProblem, SALES_METRICS } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { forbidden } from '../../core/errors/domain-error';
import { isUuid } from '../../core/validation/uuid';
import { MetricsService } from '../activity/metrics.service';
import { ProductsService } from '../products/products.service';
import { SegmentsService } from '../segments/segments.service';
import { Challenge } from './challenge.entity';
import { ChallengeParticipantsService } from './challenge-participants.service';
import { ChallengeErrors } from './challenges.errors';
import { ChallengeInput } from './dto/challenge.input';

const DAY_MS = 86_400_000;

/** Not started or running: a partner of the segment may still join. */
const isOpen = (challenge: Challenge) => challenge.status === 'SCHEDULED' || challenge.status === 'LIVE';

/**
 * Challenge definitions and who may see them. Brand admins manage all; a channel manager creates
 * and manages challenges for the partners they look after only; partner users read the challenges
 * they take part in (never drafts).
 */
@Injectable()
export class ChallengesService {
  private readonly logger = new Logger(ChallengesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: ChallengeParticipantsService,
    private readonly segments: SegmentsService,
    private readonly products: ProductsService,
    private readonly metrics: MetricsService,
  ) {}

  async list(actor: Actor, statuses?: ChallengeStatus[] | null): Promise<Challenge[]> {
    const query = this.dataSource.getRepository(Challenge).createQueryBuilder('c').orderBy('c.starts_at', 'DESC').addOrderBy('c.id');
    if (statuses?.length) query.andWhere('c.status = ANY(:statuses)', { statuses });
    if (actor.role === 'CHANNEL_MANAGER') query.andWhere('c.manager_id = :me', { me: actor.userId });
    if (!isPartnerRole(actor.role)) return query.getMany();
    query.andWhere("c.status <> 'DRAFT'");
    const candidates = await query.getMany();
    const manager = this.dataSource.manager;
    // One read for those already joined; eligibility is computed only for the others still open.
    const joined = await this.joinedOf(manager, candidates, actor);
    const visible: Challenge[] = [];
    for (const challenge of candidates) {
      if (joined.has(challenge.id) || (isOpen(challenge) && (await this.participants.isEligible(manager, challenge, actor)))) visible.push(challenge);
    }
    return visible;
  }

  private async joinedOf(manager: EntityManager, challenges: readonly Challenge[], actor: Actor): Promise<Set<string>> {
    if (challenges.length === 0) return new Set();
    const rows: { challenge_id: string }[] = await manager.query(
      'SELECT challenge_id FROM challenge_scores WHERE challenge_id = ANY($1::uuid[]) AND participant_id = ANY($2::uuid[])',
      [challenges.map((c) => c.id), [actor.partnerId, actor.userId].filter(Boolean)],
    );
    return new Set(rows.map((r) => r.challenge_id));
  }

  /** A challenge the actor may read; NOT_FOUND otherwise, so its existence is not revealed. */
  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<Challenge> {
    const challenge = isUuid(id) ? await manager.getRepository(Challenge).findOneBy({ id }) : null;
    if (!challenge || !(await this.canRead(manager, challenge, actor))) throw ChallengeErrors.notFound();
    return challenge;
  }

  private async canRead(manager: EntityManager, challenge: Challenge, actor: Actor): Promise<boolean> {
    if (actor.role === 'BRAND_ADMIN') return true;
    if (actor.role === 'CHANNEL_MANAGER') return challenge.managerId === actor.userId;
    return challenge.status !== 'DRAFT' && this.takesPart(manager, challenge, actor);
  }

  /**
   * A participant already (even if the segment changed since), or eligible to join while it is
   * open: a partner that enters the segment after the end never took part.
   */
  private async takesPart(manager: EntityManager, challenge: Challenge, actor: Actor): Promise<boolean> {
    const participantId = challenge.kind === 'TEAM' ? actor.partnerId : actor.userId;
    const [row]: unknown[] = await manager.query('SELECT 1 FROM challenge_scores WHERE challenge_id = $1 AND participant_id = $2', [challenge.id, participantId]);
    return row !== undefined || (isOpen(challenge) && this.participants.isEligible(manager, challenge, actor));
  }

  async create(actor: Actor, input: ChallengeInput): Promise<Challenge> {
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.validated(manager, actor, input);
      const challenge = await manager.getRepository(Challenge).save({
        ...fields,
        status: 'DRAFT' as const,
        managerId: actor.role === 'CHANNEL_MANAGER' ? actor.userId : null,
        createdById: actor.userId,
      });
      this.logger.log({ challengeId: challenge.id, by: actor.userId }, 'Challenge created');
      return challenge;
    });
  }

  async update(actor: Actor, id: string, input: ChallengeInput): Promise<Challenge> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await this.lockManageable(manager, actor, id);
      if (!EDITABLE_CHALLENGE_STATUSES.includes(challenge.status)) throw ChallengeErrors.notEditable();
      const fields = await this.validated(manager, actor, input, challenge.managerId);
      // Rows made early (a participant's anonymity choice before the start) name participants and
      // leagues of the old definition: they go, and the start makes the new ones.
      if (fields.kind !== challenge.kind || fields.segmentId !== challenge.segmentId || fields.leagueBy !== challenge.leagueBy) {
        await manager.query('DELETE FROM challenge_scores WHERE challenge_id = $1', [id]);
        await manager.query('DELETE FROM challenge_leagues WHERE challenge_id = $1', [id]);
      }
      this.logger.log({ challengeId: id, by: actor.userId }, 'Challenge changed');
      return manager.getRepository(Challenge).save({ ...challenge, ...fields });
    });
  }

  /** DRAFT → SCHEDULED; the challenges job makes it LIVE at its start. */
  async publish(actor: Actor, id: string): Promise<Challenge> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await this.lockManageable(manager, actor, id);
      if (challenge.status !== 'DRAFT') throw ChallengeErrors.notDraft();
      if (challenge.endsAt.getTime() <= Date.now()) throw ChallengeErrors.endsInPast();
      this.logger.log({ challengeId: id, by: actor.userId }, 'Challenge published');
      return manager.getRepository(Challenge).save({ ...challenge, status: 'SCHEDULED' as const });
    });
  }

  private async lockManageable(manager: EntityManager, actor: Actor, id: string): Promise<Challenge> {
    if (isPartnerRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const challenge = isUuid(id) ? await manager.getRepository(Challenge).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne() : null;
    if (!challenge || !(await this.canRead(manager, challenge, actor))) throw ChallengeErrors.notFound();
    return challenge;
  }

  /** The stored fields of a valid input; throws the first field error otherwise. */
  private async validated(manager: EntityManager, actor: Actor, input: ChallengeInput, managerId?: string | null) {
    const { startsAt, endsAt } = input;
    if (endsAt.getTime() <= startsAt.getTime()) throw ChallengeErrors.endsBeforeStart();
    if (endsAt.getTime() - startsAt.getTime() > MAX_CHALLENGE_DAYS * DAY_MS) throw ChallengeErrors.tooLong();
    if (endsAt.getTime() <= Date.now()) throw ChallengeErrors.endsInPast();
    const problem = prizeProblem(input.prizeMode, input.prizes);
    if (problem) throw ChallengeErrors.prizes(problem.field, problem.reason);
    if (input.leagueBy === 'TIER' && !(await this.participants.tiersAvailable(manager))) throw ChallengeErrors.leagueUnavailable();
    const filter = await this.validFilter(actor, input);
    const ownerManagerId = actor.role === 'CHANNEL_MANAGER' ? actor.userId : (managerId ?? null);
    if (input.segmentId) await this.checkSegment(manager, input.segmentId, ownerManagerId);
    if (filter?.productIds?.length) await this.metrics.track(manager, filter);
    return {
      title: { en: input.title.en, fr: input.title.fr },
      rules: { en: input.rules.en, fr: input.rules.fr },
      metric: input.metric,
      filter,
      // An empty id (a form's "none") is no segment, as the check above took it.
      segmentId: input.segmentId || null,
      kind: input.kind,
      startsAt,
      endsAt,
      prizeMode: input.prizeMode,
      prizes: input.prizes.map((p) => (input.prizeMode === 'RANK' ? { rank: p.rank, points: p.points } : { threshold: p.threshold, points: p.points })),
      leagueBy: input.leagueBy ?? 'NONE',
    };
  }

  private async validFilter(actor: Actor, input: ChallengeInput): Promise<MetricFilter | null> {
    const productIds = input.filter?.productIds?.length ? [...new Set(input.filter.productIds)] : undefined;
    const category = input.filter?.category || undefined;
    if (!productIds && !category) return null;
    if (!SALES_METRICS.includes(input.metric)) throw ChallengeErrors.filterNotSales();
    if (productIds && category) throw ChallengeErrors.filterBoth();
    if (category) {
      const known = (await this.products.categories(actor)).find((c) => c.toLowerCase() === category.toLowerCase());
      if (!known) throw ChallengeErrors.categoryNotFound();
      return { category: known };
    }
    const found = await this.products.byIds(productIds as string[]);
    const missing = found.findIndex((p) => !p);
    if (missing >= 0) throw ChallengeErrors.productNotFound(missing);
    return { productIds };
  }

  /** A channel manager's challenge may only target a segment made of partners they look after. */
  private async checkSegment(manager: EntityManager, segmentId: string, managerId: string | null): Promise<void> {
    const segment = await this.segments.find(segmentId, manager).catch(() => null);
    if (!segment) throw ChallengeErrors.segmentNotFound();
    if (!managerId) return;
    const outside = await this.segments
      .partnerIdsQuery(segment.criteria, manager, 'sp')
      .andWhere('sp.channel_manager_id IS DISTINCT FROM :managerId', { managerId })
      .getExists();
    if (outside) throw ChallengeErrors.segmentOutOfScope();
  }
}
