import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  CHALLENGE_KINDS,
  CHALLENGE_LEAGUES,
  CHALLENGE_PRIZE_MODES,
  ChallengeKind,
  ChallengeLeagueBy,
  ChallengePrizeMode,
  Metric,
  METRICS,
} from '@relais/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

import { Trimmed } from '../../../core/validation/decorators';
import { ChallengeKindEnum, ChallengeLeagueByEnum, ChallengeMetricEnum, ChallengePrizeModeEnum } from './challenge.enums';

@InputType('LocalizedTitleInput')
export class LocalizedTitleInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  en!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  fr!: string;
}

@InputType('LocalizedRulesInput')
export class LocalizedRulesInput {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  en!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  fr!: string;
}

@InputType('ChallengeFilterInput')
export class ChallengeFilterInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  productIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(80)
  category?: string | null;
}

@InputType('ChallengePrizeInput')
export class ChallengePrizeInput {
  @Field(() => Int, { nullable: true, description: 'RANK mode: the final rank (1 = first).' })
  @IsOptional()
  @IsInt()
  rank?: number | null;

  @Field(() => Float, { nullable: true, description: 'LEVEL mode: the score to reach.' })
  @IsOptional()
  @IsNumber()
  threshold?: number | null;

  @Field(() => Int)
  @IsInt()
  points!: number;
}

// Ranges and ties between fields (dates, prizes, filter) are checked by the service, naming the field.
@InputType('ChallengeInput')
export class ChallengeInput {
  @Field(() => LocalizedTitleInput)
  @ValidateNested()
  @Type(() => LocalizedTitleInput)
  title!: LocalizedTitleInput;

  @Field(() => LocalizedRulesInput)
  @ValidateNested()
  @Type(() => LocalizedRulesInput)
  rules!: LocalizedRulesInput;

  @Field(() => ChallengeMetricEnum)
  @IsIn(METRICS)
  metric!: Metric;

  @Field(() => ChallengeFilterInput, { nullable: true, description: 'Sales metrics only: a product set or a category.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChallengeFilterInput)
  filter?: ChallengeFilterInput | null;

  @Field(() => ID, { nullable: true, description: "Absent: every partner in the creator's scope." })
  @IsOptional()
  @IsString()
  segmentId?: string | null;

  @Field(() => ChallengeKindEnum)
  @IsIn(CHALLENGE_KINDS)
  kind!: ChallengeKind;

  @Field()
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @Field()
  @Type(() => Date)
  @IsDate()
  endsAt!: Date;

  @Field(() => ChallengePrizeModeEnum)
  @IsIn(CHALLENGE_PRIZE_MODES)
  prizeMode!: ChallengePrizeMode;

  @Field(() => [ChallengePrizeInput])
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChallengePrizeInput)
  prizes!: ChallengePrizeInput[];

  @Field(() => ChallengeLeagueByEnum, { defaultValue: 'NONE' })
  @IsOptional()
  @IsIn(CHALLENGE_LEAGUES)
  leagueBy: ChallengeLeagueBy = 'NONE';
}
