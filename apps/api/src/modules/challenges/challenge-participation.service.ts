import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPartnerRole } from '@relais/domain';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { forbidden } from '../../core/errors/domain-error';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { ChallengeParticipantsService } from './challenge-participants.service';
import { leaderboardChannel } from './challenge-scores.listener';
import { ChallengeErrors } from './challenges.errors';
import { ChallengesService } from './challenges.service';
import { ChallengeParticipationType } from './dto/leaderboard.type';

/** A participant's own choices: appearing anonymously to the rest of the network. */
@Injectable()
export class ChallengeParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly challenges: ChallengesService,
    private readonly participants: ChallengeParticipantsService,
    private readonly realtime: RealtimeService,
  ) {}

  /**
   * For a team, the partner's administrator decides for everyone. A participant of a challenge not
   * live yet gets their row now (score 0), so the choice is there when the board opens.
   */
  async setAnonymous(actor: Actor, challengeId: string, anonymous: boolean): Promise<ChallengeParticipationType> {
    if (!isPartnerRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    return this.dataSource.transaction(async (manager) => {
      const challenge = await this.challenges.get(actor, challengeId, manager);
      if (challenge.kind === 'TEAM' && actor.role !== 'PARTNER_ADMIN') throw ChallengeErrors.teamAnonymityByAdmin();
      const participantId = (challenge.kind === 'TEAM' ? actor.partnerId : actor.userId) as string;
      if (challenge.status === 'SCHEDULED' || challenge.status === 'LIVE') await this.participants.join(manager, challenge, [participantId]);
      const [rows]: [unknown[], number] = await manager.query(
        'UPDATE challenge_scores SET anonymous = $3 WHERE challenge_id = $1 AND participant_id = $2 RETURNING participant_id',
        [challenge.id, participantId, anonymous],
      );
      if (rows.length === 0) throw ChallengeErrors.notParticipant();
      await this.realtime.publish(manager, leaderboardChannel(challenge.id), { challengeId: challenge.id });
      return { challengeId: challenge.id, anonymous };
    });
  }

  /** Whether the actor appears anonymously (false when not a participant yet). */
  async isAnonymous(actor: Actor, challengeId: string, kind: 'TEAM' | 'INDIVIDUAL'): Promise<boolean> {
    const participantId = kind === 'TEAM' ? actor.partnerId : actor.userId;
    const [row]: { anonymous: boolean }[] = await this.dataSource.query(
      'SELECT anonymous FROM challenge_scores WHERE challenge_id = $1 AND participant_id = $2',
      [challengeId, participantId],
    );
    return row?.anonymous ?? false;
  }
}
