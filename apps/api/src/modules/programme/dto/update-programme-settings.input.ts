import { Field, InputType, Int } from '@nestjs/graphql';
import { POINTS_RECIPIENTS, PointsRecipient } from '@relais/domain';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { PointsRecipientEnum } from './programme-settings.type';

/** Only the fields given change. */
@InputType('UpdateProgrammeSettingsInput')
export class UpdateProgrammeSettingsInput {
  @Field(() => PointsRecipientEnum, { nullable: true })
  @IsOptional()
  @IsIn(POINTS_RECIPIENTS)
  declarationPointsRecipient?: PointsRecipient;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  splitUserPercent?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  pointsExpiryMonths?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  returnWindowDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiringSoonDays?: number;
}
