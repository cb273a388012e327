import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { TierProgrammeInput } from './dto/tier.input';
import { TierProgrammeType, TierStatusType } from './dto/tier.type';
import { TiersService } from './tiers.service';

@Resolver()
export class TiersResolver {
  constructor(private readonly service: TiersService) {}

  @Query(() => TierProgrammeType, { description: 'The tiers and their basis; every signed-in user may read them (a partner sees what the next tier gives).' })
  tierProgramme() {
    return this.service.programme();
  }

  @Query(() => TierStatusType, { description: "A partner's tier and distance to the next; partner users read their own partner only." })
  tierStatus(@CurrentActor() actor: Actor, @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string | null) {
    return this.service.status(actor, partnerId);
  }

  @Mutation(() => TierProgrammeType)
  @Roles('BRAND_ADMIN')
  configureTiers(@CurrentActor() actor: Actor, @Args('input') input: TierProgrammeInput) {
    return this.service.configure(actor, input);
  }
}
