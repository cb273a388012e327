import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { NotificationsService } from '../notifications/notifications.service';
import { Challenge } from './challenge.entity';
import { Standing } from './challenge-scores.service';

/** The active users of partners: who hears of a team's standing. */
export async function activeMembers(manager: EntityManager, partnerIds: readonly string[]): Promise<{ id: string; partnerId: string }[]> {
  if (partnerIds.length === 0) return [];
  return manager.query(`SELECT id, partner_id AS "partnerId" FROM users WHERE partner_id = ANY($1::uuid[]) AND status = 'ACTIVE' ORDER BY id`, [partnerIds]);
}

/**
 * Tells participants they gained places. At most one notice per participant per challenge per hour:
 * a busy leaderboard would otherwise send one per approval. The notice gives the rank at that moment.
 */
@Injectable()
export class ChallengeRankNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async notifyGains(
    manager: EntityManager,
    challenge: Pick<Challenge, 'id' | 'kind' | 'title'>,
    before: Map<string, Standing>,
    after: Map<string, Standing>,
  ): Promise<void> {
    const gainers = [...after.values()].filter((s) => s.ahead < (before.get(s.participantId)?.ahead ?? Number.POSITIVE_INFINITY));
    if (gainers.length === 0) return;
    // TypeORM answers an UPDATE with [rows, count].
    const [due]: [{ participant_id: string }[], number] = await manager.query(
      `UPDATE challenge_scores SET rank_notified_at = now()
        WHERE challenge_id = $1 AND participant_id = ANY($2::uuid[])
          AND (rank_notified_at IS NULL OR rank_notified_at < now() - interval '1 hour')
        RETURNING participant_id`,
      [challenge.id, gainers.map((g) => g.participantId)],
    );
    const dueIds = new Set(due.map((d) => d.participant_id));
    const members = challenge.kind === 'TEAM' ? await activeMembers(manager, [...dueIds]) : [];
    for (const gainer of gainers.filter((g) => dueIds.has(g.participantId))) {
      const previous = before.get(gainer.participantId)?.ahead;
      await this.notifications.notify(manager, {
        userIds: challenge.kind === 'TEAM' ? members.filter((m) => m.partnerId === gainer.partnerId).map((m) => m.id) : [gainer.participantId],
        kind: 'CHALLENGE_RANK_GAINED',
        params: {
          rank: gainer.ahead + 1,
          gained: previous === undefined ? 0 : previous - gainer.ahead,
          titleEn: challenge.title.en,
          titleFr: challenge.title.fr,
        },
        link: `/challenges/${challenge.id}`,
      });
    }
  }
}
