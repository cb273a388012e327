import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChallengeKind, ChallengeStatus } from '@relais/domain';

import { ChallengeKindEnum, ChallengeStatusEnum } from '../../challenges/dto/challenge.enums';
import { LocalizedTextType } from '../../challenges/dto/challenge.type';

@ObjectType('ChallengePodiumEntry')
export class ChallengePodiumEntryType {
  @Field(() => Int, { description: '1 to 3 among the participants in scope, by the leaderboard order (score, then who reached it first), all leagues together.' })
  rank!: number;

  @Field(() => ID)
  participantId!: string;

  @Field({ description: 'The partner (TEAM) or the user (INDIVIDUAL); shown to the brand even when the participant chose anonymity.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: "An individual's partner; null for a team." })
  partnerName!: string | null;

  @Field(() => Float)
  score!: number;
}

@ObjectType('ChallengeResult')
export class ChallengeResultType {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalizedTextType)
  title!: LocalizedTextType;

  @Field(() => ChallengeKindEnum)
  kind!: ChallengeKind;

  @Field(() => ChallengeStatusEnum)
  status!: ChallengeStatus;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => Date, { nullable: true })
  settledAt!: Date | null;

  @Field(() => Int, { description: 'Participants (partners for TEAM, users for INDIVIDUAL) of the partners in scope.' })
  participants!: number;

  @Field(() => Int, { description: 'Of them, those with a score above 0.' })
  activeParticipants!: number;

  @Field(() => [ChallengePodiumEntryType], { description: 'The first three active participants in scope.' })
  podium!: ChallengePodiumEntryType[];

  @Field(() => Int, { description: 'Prize points credited at settlement to participants in scope; 0 until settled.' })
  pointsPaid!: number;
}

@ObjectType('ChallengePeriodFigures')
export class ChallengePeriodFiguresType {
  @Field(() => Int, { description: 'Challenges live at some time in the period (live, ended or settled now).' })
  challenges!: number;

  @Field(() => Int, { description: 'Partners in scope that had joined by the end of the period.' })
  partners!: number;

  @Field(() => Int, { description: 'Partners in scope with an active participant (score above 0) in at least one of these challenges.' })
  activePartners!: number;

  @Field(() => Float, { nullable: true, description: 'activePartners over partners (0 to 1); null without partners.' })
  participationRate!: number | null;

  @Field(() => Int, { description: 'Prize points these challenges paid to participants in scope.' })
  pointsPaid!: number;
}

/** The challenges of the period and what they gave, beside the previous period's. */
@ObjectType('ChallengeResults')
export class ChallengeResultsType {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field()
  previousFrom!: string;

  @Field(() => ChallengePeriodFiguresType)
  totals!: ChallengePeriodFiguresType;

  @Field(() => ChallengePeriodFiguresType)
  previousTotals!: ChallengePeriodFiguresType;

  @Field(() => [ChallengeResultType], { description: 'The challenges of the period, the latest start first.' })
  challenges!: ChallengeResultType[];
}
