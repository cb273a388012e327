import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChallengeKind, ChallengeLeagueBy, ChallengePrizeMode, ChallengeStatus, Metric } from '@relais/domain';

import { ChallengeKindEnum, ChallengeLeagueByEnum, ChallengeMetricEnum, ChallengePrizeModeEnum, ChallengeStatusEnum } from './challenge.enums';

@ObjectType('LocalizedText')
export class LocalizedTextType {
  @Field()
  en!: string;

  @Field()
  fr!: string;
}

@ObjectType('ChallengeFilter')
export class ChallengeFilterType {
  @Field(() => [ID], { nullable: true })
  productIds?: string[] | null;

  @Field(() => String, { nullable: true })
  category?: string | null;
}

@ObjectType('ChallengePrize')
export class ChallengePrizeType {
  @Field(() => Int, { nullable: true })
  rank?: number | null;

  @Field(() => Float, { nullable: true })
  threshold?: number | null;

  @Field(() => Int)
  points!: number;
}

@ObjectType('Challenge')
export class ChallengeType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedTextType)
  title!: LocalizedTextType;

  @Field(() => LocalizedTextType, { description: 'The rules as written by the brand; the tie-break rule is shown beside them by the apps.' })
  rules!: LocalizedTextType;

  @Field(() => ChallengeMetricEnum)
  metric!: Metric;

  @Field(() => ChallengeFilterType, { nullable: true })
  filter!: ChallengeFilterType | null;

  @Field(() => ID, { nullable: true })
  segmentId!: string | null;

  @Field(() => ChallengeKindEnum)
  kind!: ChallengeKind;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => ChallengePrizeModeEnum)
  prizeMode!: ChallengePrizeMode;

  @Field(() => [ChallengePrizeType])
  prizes!: ChallengePrizeType[];

  @Field(() => ChallengeLeagueByEnum)
  leagueBy!: ChallengeLeagueBy;

  @Field(() => ChallengeStatusEnum)
  status!: ChallengeStatus;

  @Field(() => ID, { nullable: true, description: 'The channel manager whose partners take part; null for brand-wide challenges.' })
  managerId!: string | null;

  @Field(() => Date, { nullable: true })
  settledAt!: Date | null;

  @Field()
  createdAt!: Date;
}
