import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  BASE_BASES,
  BaseBasis,
  BONUS_CONDITIONS,
  BONUS_SCOPES,
  BonusCondition,
  BonusScope,
  CAP_PERIODS,
  CAP_SCOPES,
  CapPeriod,
  CapScope,
  EARNING_RULE_KINDS,
  EarningRuleKind,
} from '@relais/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import { ToUpperTrimmed, Trimmed } from '../../../core/validation/decorators';
import {
  EarningBasisEnum,
  EarningBonusConditionEnum,
  EarningBonusScopeEnum,
  EarningCapPeriodEnum,
  EarningCapScopeEnum,
  EarningRuleKindEnum,
} from './earning.enums';

// Ranges and the ties between fields are checked by earningRuleProblems (@relais/domain), which
// names the same fields; the decorators here only guard the types.

@InputType('EarningBaseInput')
export class EarningBaseInput {
  @Field(() => EarningBasisEnum)
  @IsIn(BASE_BASES)
  basis!: BaseBasis;

  @Field(() => Float, { description: 'Points per unit, or per `per` of money.' })
  @IsNumber()
  points!: number;

  @Field(() => Float, { nullable: true, description: 'AMOUNT only: the amount that earns `points`, e.g. 10 (EUR).' })
  @IsOptional()
  @IsNumber()
  per?: number | null;

  @Field(() => String, { nullable: true, description: 'AMOUNT only: ISO 4217 code; lines in other currencies do not earn from this rule.' })
  @IsOptional()
  @ToUpperTrimmed()
  @IsString()
  currency?: string | null;
}

@InputType('EarningMultiplierInput')
export class EarningMultiplierInput {
  @Field(() => Float)
  @IsNumber()
  factor!: number;
}

@InputType('EarningBonusInput')
export class EarningBonusInput {
  @Field(() => EarningBonusConditionEnum)
  @IsIn(BONUS_CONDITIONS)
  condition!: BonusCondition;

  @Field(() => Int)
  @IsInt()
  points!: number;

  @Field(() => EarningBonusScopeEnum)
  @IsIn(BONUS_SCOPES)
  per!: BonusScope;

  @Field(() => Int, { nullable: true, description: 'ON_TIME only: declared at most this many days after the sale.' })
  @IsOptional()
  @IsInt()
  withinDays?: number | null;
}

@InputType('EarningCapInput')
export class EarningCapInput {
  @Field(() => EarningCapScopeEnum)
  @IsIn(CAP_SCOPES)
  scope!: CapScope;

  @Field(() => Int)
  @IsInt()
  maxPoints!: number;

  @Field(() => EarningCapPeriodEnum, { nullable: true, description: 'PERIOD only.' })
  @IsOptional()
  @IsIn(CAP_PERIODS)
  period?: CapPeriod | null;
}

/** A rule, or its next version: give the parameter group named after the kind, and only it. */
@InputType('EarningRuleInput')
export class EarningRuleInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @Field(() => EarningRuleKindEnum, { description: 'Cannot change between versions.' })
  @IsIn(EARNING_RULE_KINDS)
  kind!: EarningRuleKind;

  @Field(() => EarningBaseInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EarningBaseInput)
  base?: EarningBaseInput | null;

  @Field(() => EarningMultiplierInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EarningMultiplierInput)
  multiplier?: EarningMultiplierInput | null;

  @Field(() => EarningBonusInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EarningBonusInput)
  bonus?: EarningBonusInput | null;

  @Field(() => EarningCapInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EarningCapInput)
  cap?: EarningCapInput | null;

  @Field(() => ID, { nullable: true, description: 'Only partners of this segment earn from the rule.' })
  @IsOptional()
  @IsString()
  segmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'A product category, as products spell it (case ignored).' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(80)
  category?: string | null;

  @Field({ description: 'YYYY-MM-DD, included.' })
  @IsString()
  effectiveFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, included; open-ended when absent.' })
  @IsOptional()
  @IsString()
  effectiveTo?: string | null;
}

@InputType('EarningRuleFilter')
export class EarningRuleFilter {
  @Field(() => EarningRuleKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(EARNING_RULE_KINDS)
  kind?: EarningRuleKind;

  @Field({ nullable: true, description: 'The state of the latest version.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => ID, { nullable: true, description: 'The versions of one rule.' })
  @IsOptional()
  @IsString()
  ruleKey?: string;

  @Field({ nullable: true, description: 'Every version, not only the latest of each rule.' })
  @IsOptional()
  @IsBoolean()
  allVersions?: boolean;

  @Field({ nullable: true, description: 'YYYY-MM-DD: the versions in force on that date instead of the latest.' })
  @IsOptional()
  @IsString()
  inForceOn?: string;
}
