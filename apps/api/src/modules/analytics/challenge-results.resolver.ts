import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { ChallengeResultsService } from './challenge-results.service';
import { ChallengeResultsType } from './dto/challenge-results.type';
import { DashboardFilterInput } from './dto/dashboard-filter.input';

@Resolver()
export class ChallengeResultsResolver {
  constructor(private readonly results: ChallengeResultsService) {}

  @Query(() => ChallengeResultsType, {
    description:
      'Brand admins (all partners) and channel managers (the partners assigned to them now): the challenges live in the period with their participants, active participants, podium and prize points in scope, the participation rate and points paid, with the previous period.',
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  challengeResults(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.results.results(actor, filter);
  }
}
