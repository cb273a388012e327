import { Injectable } from '@nestjs/common';
import { isPartnerRole } from '@relais/domain';
import { EntityManager, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { DomainError } from '../../core/errors/domain-error';
import { Partner } from '../partners/partner.entity';
import { SegmentsService } from '../segments/segments.service';
import { Challenge } from './challenge.entity';

/** What decides who takes part: the segment, the creator's scope and the kind. */
export type ChallengeTarget = Pick<Challenge, 'id' | 'segmentId' | 'managerId' | 'kind' | 'leagueBy'>;

const NO_MEMBERS = 'FALSE';

/**
 * Who takes part in a challenge and in which league. Eligibility is computed from the segment as it
 * is now (partners in it, within the channel manager's scope when one created it, not suspended);
 * the league is fixed when a participant joins, so a standing never jumps between boards mid-race.
 */
@Injectable()
export class ChallengeParticipantsService {
  private tierColumn?: boolean;

  constructor(private readonly segments: SegmentsService) {}

  /** Whether partners.tier_id exists yet (the progression feature adds it); once seen, it stays. */
  async tiersAvailable(manager: EntityManager): Promise<boolean> {
    if (this.tierColumn) return true;
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'partners' AND column_name = 'tier_id'`,
    );
    this.tierColumn = row.n > 0;
    return this.tierColumn;
  }

  /** The league column of a partner (alias `cp`) for a challenge's league rule. */
  private async leagueSql(manager: EntityManager, target: ChallengeTarget): Promise<string> {
    switch (target.leagueBy) {
      case 'NONE':
        return `''`;
      case 'REGION':
        return `coalesce(cp.region, '')`;
      case 'SIZE':
        return 'cp.potential';
      case 'TIER':
        return (await this.tiersAvailable(manager)) ? `coalesce(cp.tier_id::text, '')` : `''`;
    }
  }

  /**
   * The eligible participants as a query selecting participant_id, partner_id and league; narrowed
   * to `ownerIds` (partners or users) when given.
   */
  async eligibleQuery(manager: EntityManager, target: ChallengeTarget, ownerIds?: readonly string[]): Promise<SelectQueryBuilder<Partner>> {
    const criteria = target.segmentId ? await this.segmentCriteria(manager, target.segmentId) : {};
    const query = this.segments.partnerIdsQuery(criteria ?? {}, manager, 'cp');
    if (criteria === null) query.andWhere(NO_MEMBERS);
    query.select('cp.id', 'partner_id').addSelect(await this.leagueSql(manager, target), 'league').andWhere("cp.status <> 'SUSPENDED'");
    if (target.managerId) query.andWhere('cp.channel_manager_id = :challengeManagerId', { challengeManagerId: target.managerId });
    if (target.kind === 'TEAM') {
      // Parenthesised: TypeORM keys selections by expression, and cp.id is selected already.
      query.addSelect('(cp.id)', 'participant_id');
      if (ownerIds) query.andWhere('cp.id = ANY(:challengeOwners)', { challengeOwners: ownerIds });
    } else {
      query.innerJoin('users', 'cu', "cu.partner_id = cp.id AND cu.status <> 'DEACTIVATED'").addSelect('cu.id', 'participant_id');
      if (ownerIds) query.andWhere('cu.id = ANY(:challengeOwners)', { challengeOwners: ownerIds });
    }
    return query;
  }

  /** A deleted segment has no members: the challenge then runs for nobody rather than everybody. */
  private async segmentCriteria(manager: EntityManager, segmentId: string) {
    try {
      return (await this.segments.find(segmentId, manager)).criteria;
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'NOT_FOUND') return null;
      throw error;
    }
  }

  /**
   * Adds the eligible participants (all, or those among `ownerIds`) with a score of 0; existing rows
   * are kept as they are. Answers the ids added.
   */
  async join(manager: EntityManager, target: ChallengeTarget, ownerIds?: readonly string[]): Promise<string[]> {
    if (ownerIds?.length === 0) return [];
    const [sql, params] = (await this.eligibleQuery(manager, target, ownerIds)).getQueryAndParameters();
    // The league counts move in the same statement, in league order (two joins lock them alike).
    const rows: { participant_id: string }[] = await manager.query(
      `WITH added AS (
         INSERT INTO challenge_scores (challenge_id, participant_id, partner_id, league, score, reached_at)
         SELECT $${params.length + 1}::uuid, e.participant_id, e.partner_id, e.league, 0, now() FROM (${sql}) e
          ORDER BY e.participant_id
         ON CONFLICT (challenge_id, participant_id) DO NOTHING RETURNING challenge_scores.participant_id, challenge_scores.league),
       counted AS (
         INSERT INTO challenge_leagues (challenge_id, league, participants)
         SELECT $${params.length + 1}::uuid, league, count(*) FROM added GROUP BY league ORDER BY league
         ON CONFLICT (challenge_id, league) DO UPDATE SET participants = challenge_leagues.participants + excluded.participants)
       SELECT participant_id FROM added`,
      [...(params as unknown[]), target.id],
    );
    return rows.map((r) => r.participant_id);
  }

  /** Whether the actor's partner (or the actor, individually) may take part now. */
  async isEligible(manager: EntityManager, target: ChallengeTarget, actor: Actor): Promise<boolean> {
    if (!isPartnerRole(actor.role) || !actor.partnerId) return false;
    const owner = target.kind === 'TEAM' ? actor.partnerId : actor.userId;
    return (await this.eligibleQuery(manager, target, [owner])).getExists();
  }

  /** The league a partner would join now (a partner user who has not scored yet still sees a board). */
  async leagueOf(manager: EntityManager, target: ChallengeTarget, partnerId: string): Promise<string> {
    const league = await this.leagueSql(manager, target);
    const [row]: { league: string }[] = await manager.query(`SELECT ${league} AS league FROM partners cp WHERE cp.id = $1`, [partnerId]);
    return row?.league ?? '';
  }
}
