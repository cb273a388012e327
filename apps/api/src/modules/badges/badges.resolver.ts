import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { BadgesService } from './badges.service';
import { BadgeInput } from './dto/badge.input';
import { BadgeType, MyBadgeType } from './dto/badge.type';

@Resolver(() => BadgeType)
export class BadgesResolver {
  constructor(private readonly service: BadgesService) {}

  @Query(() => [BadgeType], { description: 'Every badge, active or not, with how many times each was earned.' })
  @Roles('BRAND_ADMIN')
  badges() {
    return this.service.list();
  }

  @Query(() => BadgeType)
  @Roles('BRAND_ADMIN')
  badge(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Mutation(() => BadgeType)
  @Roles('BRAND_ADMIN')
  createBadge(@CurrentActor() actor: Actor, @Args('input') input: BadgeInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => BadgeType, { description: 'Replaces the rule; awards already given stay.' })
  @Roles('BRAND_ADMIN')
  updateBadge(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: BadgeInput) {
    return this.service.update(actor, id, input);
  }

  @Query(() => [MyBadgeType], { description: "The viewer's badge wall: earned badges and the progress towards the others." })
  @Roles('PARTNER_ADMIN', 'PARTNER_MEMBER')
  myBadges(@CurrentActor() actor: Actor) {
    return this.service.mine(actor);
  }
}
