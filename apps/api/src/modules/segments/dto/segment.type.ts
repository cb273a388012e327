import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BrandModel, PartnerType, Potential, Stage } from '@relais/domain';

import { BrandModelEnum, PartnerTypeEnum, PotentialEnum, StageEnum } from '../../../core/graphql/enums';
import { PartnerType as PartnerObject } from '../../partners/dto/partner.type';

@ObjectType('SegmentCriteria')
export class SegmentCriteriaType {
  @Field(() => [PartnerTypeEnum])
  types!: PartnerType[];

  @Field(() => [BrandModelEnum])
  brandModels!: BrandModel[];

  @Field(() => [PotentialEnum])
  potentials!: Potential[];

  @Field(() => [String])
  countries!: string[];

  @Field(() => [String])
  regions!: string[];

  @Field(() => [StageEnum])
  stages!: Stage[];

  @Field(() => [String], { description: 'Tier ids.' })
  tiers!: string[];
}

@ObjectType('Segment')
export class SegmentType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => SegmentCriteriaType)
  criteria!: SegmentCriteriaType;

  @Field(() => Int, { description: "Partners matching now; a channel manager counts only their own partners." })
  memberCount?: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('SegmentPreview')
export class SegmentPreviewType {
  @Field(() => Int)
  count!: number;

  @Field(() => [PartnerObject], { description: 'The first members by name.' })
  members!: PartnerObject[];
}
