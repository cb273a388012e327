import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { SalesOverviewType } from './dto/sales-overview.type';
import { SalesDashboardService } from './sales-dashboard.service';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly sales: SalesDashboardService) {}

  @Query(() => SalesOverviewType, {
    description: 'Brand admins (all partners) and channel managers (the partners assigned to them now): approved sell-out by sale date, with the previous period.',
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  salesOverview(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.sales.overview(actor, filter);
  }
}
