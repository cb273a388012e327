import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Stage } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { StageEnum } from '../../core/graphql/enums';
import { PartnerType } from '../partners/dto/partner.type';
import { Partner } from '../partners/partner.entity';
import { JourneyType, StageFunnelType } from './dto/journey.type';
import { StageConfigInput } from './dto/stage-config.input';
import { StageConfigType } from './dto/stage-config.type';
import { StagesService } from './stages.service';

@Resolver(() => PartnerType)
export class StagesResolver {
  constructor(private readonly service: StagesService) {}

  @Query(() => [StageConfigType], { description: 'The four stages in order, with their criteria and points.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  stageConfiguration() {
    return this.service.configuration();
  }

  @Query(() => JourneyType, { description: "A partner's journey; partner users read their own partner only (PARTNER_NOT_FOUND otherwise)." })
  journey(@CurrentActor() actor: Actor, @Args('partnerId', { type: () => ID, nullable: true }) partnerId?: string | null) {
    return this.service.journey(actor, partnerId);
  }

  @Query(() => StageFunnelType, { description: 'Partners by stage; a channel manager counts only their partners.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  stageFunnel(@CurrentActor() actor: Actor, @Args('segmentId', { type: () => ID, nullable: true }) segmentId?: string | null) {
    return this.service.funnel(actor, segmentId);
  }

  @Mutation(() => StageConfigType)
  @Roles('BRAND_ADMIN')
  configureStage(@CurrentActor() actor: Actor, @Args('input') input: StageConfigInput) {
    return this.service.configure(actor, input);
  }

  @ResolveField(() => StageEnum, { description: 'The journey stage the partner is in (the last one once all are completed).' })
  stage(@Parent() partner: Partner): Stage {
    return partner.stage;
  }
}
