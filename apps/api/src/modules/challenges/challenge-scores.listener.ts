import { Injectable, OnModuleInit } from '@nestjs/common';
import { incrementsFor, Metric } from '@relais/domain';

import { channelFor } from '../../core/realtime/channels';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { ActivityListener, ActivityListeners, ProcessedBatch } from '../activity/activity-listeners';
import { Challenge } from './challenge.entity';
import { ChallengeParticipantsService } from './challenge-participants.service';
import { ChallengeRankNotices } from './challenge-rank-notices';
import { ChallengeScoresService } from './challenge-scores.service';

export const leaderboardChannel = (challengeId: string) => channelFor('leaderboard', challengeId);

/**
 * Moves the scores of running challenges as activity is processed, in the batch's transaction:
 * only the batch's owners are recomputed, newcomers in the segment join on their first score, and
 * the leaderboard's subscribers are told on commit (pg_notify), whichever API process they use.
 */
@Injectable()
export class ChallengeScoresListener implements ActivityListener, OnModuleInit {
  readonly order = 50;

  constructor(
    private readonly listeners: ActivityListeners,
    private readonly participants: ChallengeParticipantsService,
    private readonly scores: ChallengeScoresService,
    private readonly notices: ChallengeRankNotices,
    private readonly realtime: RealtimeService,
  ) {}

  onModuleInit() {
    this.listeners.register(this);
  }

  async afterBatch(batch: ProcessedBatch): Promise<void> {
    if (batch.metrics.size === 0) return;
    // FOR SHARE: settlement takes the row FOR UPDATE, so it never pays from scores a batch is moving.
    // ENDED ones still take the last events of their window, processed after the end.
    const challenges = await batch.manager
      .getRepository(Challenge)
      .createQueryBuilder('c')
      .where("c.status IN ('LIVE', 'ENDED') AND c.metric = ANY(:metrics)", { metrics: [...batch.metrics] })
      .orderBy('c.id')
      .setLock('pessimistic_read')
      .getMany();
    const changed: string[] = [];
    for (const challenge of challenges) {
      if (await this.update(batch, challenge)) changed.push(challenge.id);
    }
    await this.realtime.publishMany(
      batch.manager,
      changed.map((id) => ({ channel: leaderboardChannel(id), payload: { challengeId: id } })),
    );
  }

  private async update(batch: ProcessedBatch, challenge: Challenge): Promise<boolean> {
    const { manager } = batch;
    const owners = challenge.kind === 'TEAM' ? batch.partnerIds : batch.userIds;
    if (owners.length === 0) return false;
    if (challenge.status === 'LIVE') await this.participants.join(manager, challenge, owners);
    const participants = await this.scores.lock(manager, challenge.id, owners);
    if (participants.length === 0) return false;
    const latest = this.latestEventTimes(batch, challenge.metric, challenge.kind === 'TEAM');
    const moved = await this.scores.refresh(manager, challenge, participants, (id) => latest.get(id) ?? new Date());
    if (moved.length === 0) return false;
    if (challenge.status === 'LIVE') await this.notices.notifyGains(manager, challenge, await this.scores.placesGained(manager, challenge.id, moved));
    return true;
  }

  /**
   * When each owner's latest event of the batch that moves the metric happened: the moment its
   * score was reached (a sign-in later in the batch does not make a sale later).
   */
  private latestEventTimes(batch: ProcessedBatch, metric: Metric, team: boolean): Map<string, Date> {
    const latest = new Map<string, Date>();
    for (const event of batch.events) {
      const owner = team ? event.partnerId : event.userId;
      if (!owner || !incrementsFor(event).some((i) => i.metric === metric)) continue;
      const seen = latest.get(owner);
      if (!seen || seen < event.occurredAt) latest.set(owner, event.occurredAt);
    }
    return latest;
  }
}
