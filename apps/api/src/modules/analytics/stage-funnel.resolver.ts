import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { StageFunnelOverviewType } from './dto/stage-funnel.type';
import { StageFunnelService } from './stage-funnel.service';

@Resolver()
export class StageFunnelResolver {
  constructor(private readonly funnel: StageFunnelService) {}

  @Query(() => StageFunnelOverviewType, {
    description:
      'Brand admins (all partners) and channel managers (the partners assigned to them now): partners that completed each stage by the end of the period and during it, the conversion from step to step and the median time it took, with the previous period.',
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  stageFunnelOverview(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.funnel.overview(actor, filter);
  }
}
