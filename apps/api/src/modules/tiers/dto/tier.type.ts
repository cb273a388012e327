import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { TierBasis } from '@relais/domain';

import { TierBasisEnum } from './tier.enums';

@ObjectType('Tier')
export class TierType {
  @Field(() => ID)
  id!: string;

  @Field()
  nameEn!: string;

  @Field()
  nameFr!: string;

  @Field(() => Float, { description: 'Least value of the basis over the last 12 months that reaches the tier.' })
  threshold!: number;

  @Field(() => Float, { description: 'Applied to declaration points while the partner holds the tier.' })
  multiplier!: number;
}

@ObjectType('TierProgramme')
export class TierProgrammeType {
  @Field(() => TierBasisEnum)
  basis!: TierBasis;

  @Field(() => [TierType], { description: 'Lowest threshold first.' })
  tiers!: TierType[];
}

@ObjectType('TierStatus')
export class TierStatusType {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => TierBasisEnum)
  basis!: TierBasis;

  @Field(() => Float, { description: 'The basis over the last 12 months, today included.' })
  value!: number;

  @Field(() => TierType, { nullable: true, description: 'The tier the partner holds (recomputed as data arrives and daily).' })
  tier!: TierType | null;

  @Field(() => Date, { nullable: true })
  since!: Date | null;

  @Field(() => TierType, { nullable: true, description: 'The next tier up; null at the top.' })
  nextTier!: TierType | null;

  @Field(() => Float, { nullable: true, description: 'What is missing to reach nextTier.' })
  missing!: number | null;
}
