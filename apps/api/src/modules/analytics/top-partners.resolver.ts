import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { TopPartnersType } from './dto/top-partners.type';
import { TopPartnersService } from './top-partners.service';

@Resolver()
export class TopPartnersResolver {
  constructor(private readonly service: TopPartnersService) {}

  @Query(() => TopPartnersType, {
    description:
      'Brand admins (all partners) and channel managers (the partners assigned to them now): the partners with the most approved sell-out in the period, and the biggest rises and falls against the previous period.',
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  topPartners(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.service.topPartners(actor, filter);
  }
}
