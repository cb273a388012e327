import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeStatus } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { PageInput } from '../../core/graphql/page.input';
import { Challenge } from './challenge.entity';
import { ChallengeParticipationService } from './challenge-participation.service';
import { ChallengesService } from './challenges.service';
import { ChallengeStatusEnum } from './dto/challenge.enums';
import { ChallengeInput } from './dto/challenge.input';
import { ChallengeType } from './dto/challenge.type';
import { ChallengeParticipationType, LeaderboardType } from './dto/leaderboard.type';
import { LeaderboardService } from './leaderboard.service';

@Resolver(() => ChallengeType)
export class ChallengesResolver {
  constructor(
    private readonly service: ChallengesService,
    private readonly leaderboard: LeaderboardService,
    private readonly participation: ChallengeParticipationService,
  ) {}

  @Query(() => [ChallengeType], { description: 'Brand admins: all; channel managers: theirs; partner users: those they take part in (no drafts).' })
  challenges(
    @CurrentActor() actor: Actor,
    @Args('statuses', { type: () => [ChallengeStatusEnum], nullable: true }) statuses?: ChallengeStatus[] | null,
  ) {
    return this.service.list(actor, statuses);
  }

  @Query(() => ChallengeType)
  challenge(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => LeaderboardType, { description: "A page of a league's standings, with the reader's own rank and gap to the next place." })
  challengeLeaderboard(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('league', { type: () => String, nullable: true, description: 'Brand users only; partner users always see their own league.' }) league?: string | null,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput | null,
  ) {
    return this.leaderboard.read(actor, challengeId, league, page);
  }

  @Mutation(() => ChallengeType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  createChallenge(@CurrentActor() actor: Actor, @Args('input') input: ChallengeInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => ChallengeType, { description: 'Only while DRAFT or SCHEDULED.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  updateChallenge(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: ChallengeInput) {
    return this.service.update(actor, id, input);
  }

  @Mutation(() => ChallengeType, { description: 'DRAFT → SCHEDULED; it goes live at its start.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  publishChallenge(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.publish(actor, id);
  }

  @Mutation(() => ChallengeParticipationType, { description: 'Appear anonymously to other participants (a team: its administrator decides).' })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  setChallengeAnonymity(
    @CurrentActor() actor: Actor,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('anonymous') anonymous: boolean,
  ) {
    return this.participation.setAnonymous(actor, challengeId, anonymous);
  }

  @ResolveField(() => Boolean, { description: 'Partner users: whether they appear anonymously; false for brand users.' })
  myAnonymity(@Parent() challenge: Challenge, @CurrentActor() actor: Actor) {
    if (!actor.partnerId) return false;
    return this.participation.isAnonymous(actor, challenge.id, challenge.kind);
  }
}
