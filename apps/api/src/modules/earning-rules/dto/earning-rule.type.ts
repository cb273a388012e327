import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BaseBasis, BonusCondition, BonusScope, CapPeriod, CapScope, EarningRuleKind } from '@relais/domain';

import {
  EarningBasisEnum,
  EarningBonusConditionEnum,
  EarningBonusScopeEnum,
  EarningCapPeriodEnum,
  EarningCapScopeEnum,
  EarningRuleKindEnum,
} from './earning.enums';

@ObjectType('EarningBaseParameters')
export class EarningBaseType {
  @Field(() => EarningBasisEnum)
  basis!: BaseBasis;

  @Field(() => Float)
  points!: number;

  @Field(() => Float, { nullable: true })
  per?: number | null;

  @Field(() => String, { nullable: true })
  currency?: string | null;
}

@ObjectType('EarningMultiplierParameters')
export class EarningMultiplierType {
  @Field(() => Float)
  factor!: number;
}

@ObjectType('EarningBonusParameters')
export class EarningBonusType {
  @Field(() => EarningBonusConditionEnum)
  condition!: BonusCondition;

  @Field(() => Int)
  points!: number;

  @Field(() => EarningBonusScopeEnum)
  per!: BonusScope;

  @Field(() => Int, { nullable: true })
  withinDays?: number | null;
}

@ObjectType('EarningCapParameters')
export class EarningCapType {
  @Field(() => EarningCapScopeEnum)
  scope!: CapScope;

  @Field(() => Int)
  maxPoints!: number;

  @Field(() => EarningCapPeriodEnum, { nullable: true })
  period?: CapPeriod | null;
}

/** One version of a rule; exactly the parameter group of its kind is set. */
@ObjectType('EarningRule')
export class EarningRuleType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Shared by every version of the rule (the id of its first version).' })
  ruleKey!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  name!: string;

  @Field(() => EarningRuleKindEnum)
  kind!: EarningRuleKind;

  @Field(() => EarningBaseType, { nullable: true })
  base!: EarningBaseType | null;

  @Field(() => EarningMultiplierType, { nullable: true })
  multiplier!: EarningMultiplierType | null;

  @Field(() => EarningBonusType, { nullable: true })
  bonus!: EarningBonusType | null;

  @Field(() => EarningCapType, { nullable: true })
  cap!: EarningCapType | null;

  @Field(() => ID, { nullable: true })
  segmentId!: string | null;

  @Field(() => ID, { nullable: true })
  productId!: string | null;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field({ description: 'YYYY-MM-DD, included.' })
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, included. Before effectiveFrom when a later version replaced this one entirely.' })
  effectiveTo!: string | null;

  @Field({ description: 'False on the version that deactivated the rule from its effectiveFrom on.' })
  active!: boolean;

  @Field()
  createdAt!: Date;
}
