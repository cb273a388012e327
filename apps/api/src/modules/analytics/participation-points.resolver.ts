import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { ParticipationOverviewType, PointsOverviewType } from './dto/participation-points.type';
import { ParticipationPointsService } from './participation-points.service';

@Resolver()
export class ParticipationPointsResolver {
  constructor(private readonly service: ParticipationPointsService) {}

  @Query(() => ParticipationOverviewType, {
    description: 'Brand admins (all partners) and channel managers (the partners assigned to them now): partners that earned points over partners in scope, with the previous period.',
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  participationOverview(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.service.participation(actor, filter);
  }

  @Query(() => PointsOverviewType, {
    description: 'Brand admins and channel managers (their partners now): points issued, redeemed, expired and outstanding (partners\' and their users\' wallets), with the previous period.',
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  pointsOverview(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.service.points(actor, filter);
  }
}
