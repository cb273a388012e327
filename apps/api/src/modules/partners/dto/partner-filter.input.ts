import { Field, ID, InputType } from '@nestjs/graphql';
import { PARTNER_STATUSES, PARTNER_TYPES, PartnerStatus, PartnerType, Potential, POTENTIALS } from '@relais/domain';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { PartnerStatusEnum, PartnerTypeEnum, PotentialEnum } from '../../../core/graphql/enums';
import { IsCountryCode, ToUpperTrimmed } from '../../../core/validation/decorators';

@InputType('PartnerFilter')
export class PartnerFilter {
  @Field({ nullable: true, description: 'Part of the name, code or city; case and accents ignored.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => [PartnerTypeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PARTNER_TYPES.length)
  @IsIn(PARTNER_TYPES, { each: true })
  types?: PartnerType[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @ToUpperTrimmed()
  @IsCountryCode({ each: true })
  countries?: string[];

  @Field(() => [PotentialEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(POTENTIALS.length)
  @IsIn(POTENTIALS, { each: true })
  potentials?: Potential[];

  @Field(() => [PartnerStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PARTNER_STATUSES.length)
  @IsIn(PARTNER_STATUSES, { each: true })
  statuses?: PartnerStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  channelManagerId?: string;
}
