import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CapPeriod, EarningCode } from '@relais/domain';

import { EarningCapPeriodEnum, EarningPartCodeEnum } from './earning.enums';

@ObjectType('EarningRuleRef')
export class EarningRuleRefType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ruleKey!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  name!: string;
}

/** One step of a points explanation; which values are set depends on the code. */
@ObjectType('EarningPart')
export class EarningPartType {
  @Field(() => EarningPartCodeEnum)
  code!: EarningCode;

  @Field(() => EarningRuleRefType, { nullable: true, description: 'The rule version behind this step.' })
  rule!: EarningRuleRefType | null;

  @Field(() => Float, { nullable: true })
  quantity?: number;

  @Field(() => Float, { nullable: true, description: 'Points per unit, or per `per` of money.' })
  rate?: number;

  @Field(() => Float, { nullable: true })
  amount?: number;

  @Field(() => String, { nullable: true })
  currency?: string;

  @Field(() => Float, { nullable: true })
  per?: number;

  @Field(() => Float, { nullable: true })
  factor?: number;

  @Field(() => Float, { nullable: true, description: 'What the step adds: base points before rounding, or a bonus.' })
  points?: number;

  @Field(() => Int, { nullable: true, description: 'Days from the sale to the declaration.' })
  days?: number;

  @Field(() => Int, { nullable: true })
  withinDays?: number;

  @Field(() => EarningCapPeriodEnum, { nullable: true })
  period?: CapPeriod;

  @Field(() => String, { nullable: true, description: 'The calendar period of the sale: 2026-03, 2026-Q1 or 2026.' })
  periodKey?: string;

  @Field(() => Int, { nullable: true })
  maxPoints?: number;

  @Field(() => Int, { nullable: true })
  alreadyEarned?: number;

  @Field(() => Int, { nullable: true, description: 'Points a cap took off.' })
  reducedBy?: number;
}

@ObjectType('EarningLine')
export class EarningLineType {
  @Field(() => ID)
  lineId!: string;

  @Field(() => ID)
  productId!: string;

  @Field(() => Int, { description: 'Base × multipliers rounded half up, plus line bonuses; before caps.' })
  points!: number;

  @Field(() => [EarningPartType])
  parts!: EarningPartType[];
}

@ObjectType('EarningResult')
export class EarningResultType {
  @Field()
  saleDate!: string;

  @Field(() => [EarningLineType])
  lines!: EarningLineType[];

  @Field(() => [EarningPartType], { description: 'Declaration-wide bonuses.' })
  bonuses!: EarningPartType[];

  @Field(() => Int, { description: 'Lines and bonuses before caps.' })
  subtotal!: number;

  @Field(() => [EarningPartType], { description: 'The caps that took points off, in the order applied.' })
  caps!: EarningPartType[];

  @Field(() => Int)
  total!: number;

  @Field(() => [EarningRuleRefType], { description: 'Every rule version that contributed.' })
  rules!: EarningRuleRefType[];
}
