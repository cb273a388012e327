import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { ProgrammeSettingsType } from './dto/programme-settings.type';
import { UpdateProgrammeSettingsInput } from './dto/update-programme-settings.input';
import { ProgrammeSettingsService } from './programme.service';

@Resolver(() => ProgrammeSettingsType)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeSettingsService) {}

  @Query(() => ProgrammeSettingsType, { description: 'Any signed-in user: partners see how long their points last.' })
  programmeSettings() {
    return this.service.get();
  }

  @Mutation(() => ProgrammeSettingsType)
  @Roles('BRAND_ADMIN')
  updateProgrammeSettings(@CurrentActor() actor: Actor, @Args('input') input: UpdateProgrammeSettingsInput) {
    return this.service.update(actor, input);
  }
}
