import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { DeclarationFunnelService } from './declaration-funnel.service';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { DeclarationFunnelType } from './dto/declaration-funnel.type';

@Resolver()
export class DeclarationFunnelResolver {
  constructor(private readonly funnel: DeclarationFunnelService) {}

  @Query(() => DeclarationFunnelType, {
    description:
      'Brand admins (all partners) and channel managers (the partners assigned to them now): declarations submitted in the period, where they stand now, the time to decide and the flags raised, with the previous period.',
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  declarationFunnel(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.funnel.funnel(actor, filter);
  }
}
