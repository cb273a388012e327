import { Args, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { CustomerFeedbackService } from './customer-feedback.service';
import { CustomerFeedbackType } from './dto/customer-feedback.type';
import { DashboardFilterInput } from './dto/dashboard-filter.input';

@Resolver()
export class CustomerFeedbackResolver {
  constructor(private readonly service: CustomerFeedbackService) {}

  @Query(() => CustomerFeedbackType, {
    description:
      "Brand admins (all partners) and channel managers (the partners assigned to them now): end customers' ratings, tags and latest comments on the approved declarations of the period, with the previous period. Comments are personal data: never shown beyond that scope.",
  })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  customerFeedback(@CurrentActor() actor: Actor, @Args('filter') filter: DashboardFilterInput) {
    return this.service.feedback(actor, filter);
  }
}
