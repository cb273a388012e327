import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RealtimeService } from '../../core/realtime/realtime.service';
import { Challenge } from './challenge.entity';
import { ChallengeParticipantsService } from './challenge-participants.service';
import { leaderboardChannel } from './challenge-scores.listener';
import { ChallengeScoresService } from './challenge-scores.service';
import { ChallengeSettlementService } from './challenge-settlement.service';

/**
 * Moves challenges along by time: SCHEDULED → LIVE at the start (every eligible participant gets a
 * row, so the board shows everyone from the first minute), LIVE → ENDED at the end, and ENDED →
 * SETTLED on the next run, which leaves the activity worker a run to count the window's last events.
 * Each challenge moves in its own transaction, claimed with SKIP LOCKED so API processes share the work.
 */
@Injectable()
export class ChallengeLifecycleService {
  private readonly logger = new Logger(ChallengeLifecycleService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly participants: ChallengeParticipantsService,
    private readonly scores: ChallengeScoresService,
    private readonly settlement: ChallengeSettlementService,
    private readonly realtime: RealtimeService,
  ) {}

  /** One run of the job; answers how many challenges moved. */
  async runDue(now: Date = new Date()): Promise<number> {
    let moved = 0;
    for (const id of await this.ids("status = 'ENDED'")) if (await this.settlement.settle(id)) moved++;
    for (const id of await this.ids("status = 'LIVE' AND ends_at <= $1", now)) if (await this.end(id, now)) moved++;
    for (const id of await this.ids("status = 'SCHEDULED' AND starts_at <= $1", now)) if (await this.goLive(id, now)) moved++;
    return moved;
  }

  private async ids(where: string, now?: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM challenges WHERE ${where} ORDER BY id`, now ? [now] : []);
    return rows.map((r) => r.id);
  }

  private claim(manager: EntityManager, id: string, status: Challenge['status']): Promise<Challenge | null> {
    return manager
      .getRepository(Challenge)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('c.id = :id AND c.status = :status', { id, status })
      .getOne();
  }

  async goLive(id: string, now: Date = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await this.claim(manager, id, 'SCHEDULED');
      if (!challenge || challenge.startsAt > now) return false;
      const joined = await this.participants.join(manager, challenge);
      // Activity of the first day before the start counts: the window is made of whole days.
      for (let i = 0; i < joined.length; i += 5000) await this.scores.refresh(manager, challenge, joined.slice(i, i + 5000), () => now);
      await manager.update(Challenge, { id }, { status: 'LIVE' });
      await this.realtime.publish(manager, leaderboardChannel(id), { challengeId: id });
      this.logger.log({ challengeId: id, participants: joined.length }, 'Challenge live');
      return true;
    });
  }

  async end(id: string, now: Date = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const challenge = await this.claim(manager, id, 'LIVE');
      if (!challenge || challenge.endsAt > now) return false;
      await manager.update(Challenge, { id }, { status: 'ENDED' });
      await this.realtime.publish(manager, leaderboardChannel(id), { challengeId: id });
      this.logger.log({ challengeId: id }, 'Challenge ended');
      return true;
    });
  }
}
