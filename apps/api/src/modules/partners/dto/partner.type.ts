import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BrandModel, PartnerStatus, PartnerType as PartnerKind, Potential } from '@relais/domain';

import { BrandModelEnum, PartnerStatusEnum, PartnerTypeEnum, PotentialEnum } from '../../../core/graphql/enums';
import { UserType } from '../../users/dto/user.type';

@ObjectType('Partner')
export class PartnerType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => PartnerTypeEnum)
  type!: PartnerKind;

  @Field(() => BrandModelEnum)
  brandModel!: BrandModel;

  @Field(() => PotentialEnum)
  potential!: Potential;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;

  @Field()
  region!: string;

  @Field()
  city!: string;

  @Field(() => PartnerStatusEnum)
  status!: PartnerStatus;

  @Field(() => UserType, { nullable: true })
  channelManager?: UserType | null;

  @Field(() => Int, { description: 'Users of the partner who are not deactivated.' })
  userCount?: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType('PartnerPage')
export class PartnerPage {
  @Field(() => [PartnerType])
  items!: PartnerType[];

  @Field(() => Int)
  total!: number;
}
