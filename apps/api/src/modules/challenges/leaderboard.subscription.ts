import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/auth.decorators';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { subscriptionEvent } from '../../core/realtime/subscription-event';
import { leaderboardChannel } from './challenge-scores.listener';
import { ChallengesService } from './challenges.service';
import { LeaderboardChangedType } from './dto/leaderboard.type';

@Resolver()
export class LeaderboardSubscriptionResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly realtime: RealtimeService,
  ) {}

  /**
   * Says that a leaderboard moved, never what: each reader then refetches the page they may see
   * (their league, names hidden by anonymity), so nothing private travels on the shared channel.
   */
  @Subscription(() => LeaderboardChangedType, {
    description: 'Fires when the standings of a challenge the caller may read change (scores, status, anonymity).',
    resolve: (event: LeaderboardChangedType | undefined) => subscriptionEvent(event),
  })
  async leaderboardChanged(@CurrentActor() actor: Actor, @Args('challengeId', { type: () => ID }) challengeId: string) {
    const challenge = await this.challenges.get(actor, challengeId);
    return this.realtime.subscribe<LeaderboardChangedType>(leaderboardChannel(challenge.id));
  }
}
