import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { prizeFor } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { RealtimeService } from '../../core/realtime/realtime.service';
import { ActivityService } from '../activity/activity.service';
import { LedgerService } from '../ledger/ledger.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Challenge } from './challenge.entity';
import { activeMembers } from './challenge-rank-notices';
import { leaderboardChannel } from './challenge-scores.listener';

interface FinalStanding {
  participant_id: string;
  partner_id: string;
  league: string;
  score: number;
  anonymous: boolean;
  rank: number;
}

const PODIUM = 3;

/**
 * Pays an ended challenge's prizes exactly once. The challenge row is taken FOR UPDATE and the
 * prizes, podium events, notices and the SETTLED status commit in that one transaction: a second
 * settlement waits, then finds it SETTLED and does nothing; a crash rolls everything back and the
 * next run starts again. Each credit also carries the key challenge:<id>:<participant>, so even a
 * bug elsewhere could not pay a participant twice.
 */
@Injectable()
export class ChallengeSettlementService {
  private readonly logger = new Logger(ChallengeSettlementService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly realtime: RealtimeService,
  ) {}

  /** Settles an ENDED challenge; answers false when it is not (or no longer) ENDED. */
  async settle(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await manager.getRepository(Challenge).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
      if (challenge?.status !== 'ENDED') return false;
      const standings = await this.finalStandings(manager, challenge);
      const winners = standings.map((s) => ({ ...s, points: prizeFor(challenge.prizeMode, challenge.prizes, s.rank, s.score) })).filter((w) => w.points > 0);
      const team = challenge.kind === 'TEAM';
      await this.ledger.creditMany(
        manager,
        winners.map((w) => ({
          account: { ownerType: team ? 'PARTNER' : 'USER', ownerId: w.participant_id },
          amount: w.points,
          kind: 'CHALLENGE_PRIZE',
          source: { type: 'CHALLENGE', id: challenge.id },
          idempotencyKey: `challenge:${challenge.id}:${w.participant_id}`,
        })),
      );
      for (const podium of standings.filter((s) => s.rank <= PODIUM && s.score > 0)) {
        await this.activity.record(manager, {
          type: 'CHALLENGE_PODIUM',
          partnerId: podium.partner_id,
          userId: team ? null : podium.participant_id,
          subjectId: challenge.id,
          payload: { challengeId: challenge.id, title: challenge.title, rank: podium.rank, anonymous: podium.anonymous, league: podium.league },
        });
      }
      await this.notifyWinners(manager, challenge, winners);
      await manager.update(Challenge, { id }, { status: 'SETTLED', settledAt: new Date() });
      await this.realtime.publish(manager, leaderboardChannel(id), { challengeId: id });
      this.logger.log({ challengeId: id, winners: winners.length }, 'Challenge settled');
      return true;
    });
  }

  /**
   * Ranks per league by the leaderboard's order, keeping only those a prize or the podium can
   * concern: the first ranks, or (LEVEL mode) every score at the lowest level or above.
   */
  private finalStandings(manager: EntityManager, challenge: Challenge): Promise<FinalStanding[]> {
    const maxRank = Math.max(PODIUM, ...challenge.prizes.map((p) => p.rank ?? 0));
    const thresholds = challenge.prizes.flatMap((p) => (p.threshold === null || p.threshold === undefined ? [] : [p.threshold]));
    const minLevel = challenge.prizeMode === 'LEVEL' && thresholds.length ? Math.min(...thresholds) : null;
    return manager.query(
      `SELECT participant_id, partner_id, league, score, anonymous, rank FROM (
         SELECT participant_id, partner_id, league, score::float8 AS score, anonymous,
                row_number() OVER (PARTITION BY league ORDER BY score DESC, reached_at, participant_id)::int AS rank
           FROM challenge_scores WHERE challenge_id = $1) ranked
        WHERE rank <= $2 OR ($3::numeric IS NOT NULL AND score >= $3::numeric)
        ORDER BY league, rank`,
      [challenge.id, maxRank, minLevel],
    );
  }

  private async notifyWinners(manager: EntityManager, challenge: Challenge, winners: (FinalStanding & { points: number })[]): Promise<void> {
    const members = challenge.kind === 'TEAM' ? await activeMembers(manager, winners.map((w) => w.participant_id)) : [];
    for (const winner of winners) {
      await this.notifications.notify(manager, {
        userIds: challenge.kind === 'TEAM' ? members.filter((m) => m.partnerId === winner.participant_id).map((m) => m.id) : [winner.participant_id],
        kind: 'CHALLENGE_PRIZE_WON',
        params: { rank: winner.rank, points: winner.points, titleEn: challenge.title.en, titleFr: challenge.title.fr },
        link: `/challenges/${challenge.id}`,
      });
    }
  }
}
