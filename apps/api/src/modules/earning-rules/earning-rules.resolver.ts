import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../../core/auth/actor';
import { CurrentActor, Roles } from '../../core/auth/auth.decorators';
import { EarningResultType } from './dto/earning-result.type';
import { EarningRuleFilter, EarningRuleInput } from './dto/earning-rule.input';
import { EarningRuleType } from './dto/earning-rule.type';
import { SimulateEarningInput } from './dto/simulate-earning.input';
import { toResultType, toRuleType } from './earning-rule.mapping';
import { EarningRulesService } from './earning-rules.service';
import { EarningSimulationService } from './earning-simulation.service';

@Resolver(() => EarningRuleType)
export class EarningRulesResolver {
  constructor(
    private readonly service: EarningRulesService,
    private readonly simulation: EarningSimulationService,
  ) {}

  @Query(() => [EarningRuleType], { description: 'The latest version of each rule, unless the filter says otherwise.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async earningRules(@Args('filter', { type: () => EarningRuleFilter, nullable: true }) filter?: EarningRuleFilter) {
    return (await this.service.list(filter ?? {})).map(toRuleType);
  }

  @Query(() => EarningRuleType, { description: 'One version of a rule.' })
  @Roles('BRAND_ADMIN', 'CHANNEL_MANAGER')
  async earningRule(@Args('id', { type: () => ID }) id: string) {
    return toRuleType(await this.service.find(id));
  }

  @Mutation(() => EarningRuleType)
  @Roles('BRAND_ADMIN')
  async createEarningRule(@CurrentActor() actor: Actor, @Args('input') input: EarningRuleInput) {
    return toRuleType(await this.service.create(actor, input));
  }

  @Mutation(() => EarningRuleType, { description: 'Adds the next version, in force from input.effectiveFrom; `id` must be the latest version.' })
  @Roles('BRAND_ADMIN')
  async updateEarningRule(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: EarningRuleInput) {
    return toRuleType(await this.service.update(actor, id, input));
  }

  @Mutation(() => EarningRuleType, { description: 'Adds an inactive version from `from` (YYYY-MM-DD, today when absent).' })
  @Roles('BRAND_ADMIN')
  async deactivateEarningRule(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('from', { type: () => String, nullable: true }) from?: string | null,
  ) {
    return toRuleType(await this.service.deactivate(actor, id, from));
  }

  @Query(() => EarningResultType, { description: 'What the lines would earn at the sale date; partner users for their own partner only.' })
  async simulateEarning(@CurrentActor() actor: Actor, @Args('input') input: SimulateEarningInput) {
    return toResultType(await this.simulation.simulate(actor, input));
  }
}
