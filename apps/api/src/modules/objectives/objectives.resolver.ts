import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { CsvImportInput, CsvImportResult } from '../../core/csv/csv-import';
import { PageInput } from '../../core/graphql/page.input';
import { ObjectiveFilter, ObjectiveInput, ObjectiveSettingsInput, SegmentObjectivesInput } from './dto/objective.input';
import { ObjectivePageType, ObjectiveSettingsType, ObjectiveType, SegmentObjectivesResult } from './dto/objective.type';
import { ObjectivesService } from './objectives.service';
import { ObjectivesImportService } from './objectives-import.service';

@Resolver(() => ObjectiveType)
export class ObjectivesResolver {
  constructor(
    private readonly service: ObjectivesService,
    private readonly importer: ObjectivesImportService,
  ) {}

  @Query(() => ObjectivePageType, { description: 'Objectives in your scope, soonest end first, with live progress.' })
  objectives(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => ObjectiveFilter, nullable: true }) filter?: ObjectiveFilter | null,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput | null,
  ) {
    return this.service.list(actor, filter ?? {}, page);
  }

  @Query(() => ObjectiveType)
  objective(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Mutation(() => ObjectiveType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  createObjective(@CurrentActor() actor: Actor, @Args('input') input: ObjectiveInput) {
    return this.service.create(actor, input);
  }

  @Mutation(() => SegmentObjectivesResult, { description: 'One objective per partner of the segment in your scope, in one transaction.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async createObjectivesForSegment(@CurrentActor() actor: Actor, @Args('input') input: SegmentObjectivesInput) {
    return { created: await this.service.createForSegment(actor, input) };
  }

  @Mutation(() => CsvImportResult, { description: 'Columns: partner_code or user_email, metric, target, start, end, points, category (optional).' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  importObjectives(@CurrentActor() actor: Actor, @Args('input') input: CsvImportInput) {
    return this.importer.import(actor, input);
  }

  @Query(() => ObjectiveSettingsType)
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  objectiveSettings() {
    return this.service.settings();
  }

  @Mutation(() => ObjectiveSettingsType)
  @Roles('BRAND_ADMIN')
  updateObjectiveSettings(@CurrentActor() actor: Actor, @Args('input') input: ObjectiveSettingsInput) {
    return this.service.updateSettings(actor, input.nudgePercent);
  }
}
