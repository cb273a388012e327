import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { NotificationsService } from '../notifications/notifications.service';
import { Challenge } from './challenge.entity';
import { PlacesGained } from './challenge-scores.service';

/** The active users of partners: who hears of a team's standing. */
export async function activeMembers(manager: EntityManager, partnerIds: readonly string[]): Promise<{ id: string; partnerId: string }[]> {
  if (partnerIds.length === 0) return [];
  return manager.query(`SELECT id, partner_id AS "partnerId" FROM users WHERE partner_id = ANY($1::uuid[]) AND status = 'ACTIVE' ORDER BY id`, [partnerIds]);
}

/**
 * Tells participants they gained places. At most one notice per participant per challenge per hour:
 * a busy leaderboard would otherwise send one per approval. The notice says how many places, not
 * the rank: counting everyone ahead costs as much as the board is long, the places gained only
 * as much as they are many, and the link opens the board with the rank.
 */
@Injectable()
export class ChallengeRankNotices {
  constructor(private readonly notifications: NotificationsService) {}

  async notifyGains(
    manager: EntityManager,
    challenge: Pick<Challenge, 'id' | 'kind' | 'title'>,
    gainers: readonly PlacesGained[],
  ): Promise<void> {
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
      await this.notifications.notify(manager, {
        userIds: challenge.kind === 'TEAM' ? members.filter((m) => m.partnerId === gainer.partnerId).map((m) => m.id) : [gainer.participantId],
        kind: 'CHALLENGE_RANK_GAINED',
        // `count` makes i18next choose the singular or plural sentence, `status` MANY the "more than" one.
        params: {
          count: gainer.gained,
          ...(gainer.more ? { status: 'MANY' } : {}),
          titleEn: challenge.title.en,
          titleFr: challenge.title.fr,
        },
        link: `/challenges/${challenge.id}`,
      });
    }
  }
}
