import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LeaderboardRow')
export class LeaderboardRowType {
  @Field(() => Int)
  rank!: number;

  @Field(() => ID, { nullable: true, description: 'Null when the participant is anonymous to the reader.' })
  participantId!: string | null;

  @Field(() => String, { nullable: true, description: 'Partner name (TEAM) or first and last name (INDIVIDUAL); null when anonymous.' })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: "INDIVIDUAL: the participant's partner; null when anonymous." })
  partnerName!: string | null;

  @Field(() => Float)
  score!: number;

  @Field()
  anonymous!: boolean;

  @Field({ description: 'This row is the reader (their own participation, or their partner for a team challenge).' })
  isViewer!: boolean;
}

@ObjectType('LeaderboardViewer')
export class LeaderboardViewerType {
  @Field(() => LeaderboardRowType)
  row!: LeaderboardRowType;

  @Field(() => Float, { nullable: true, description: 'Score to add to reach the place ahead (0 on a tie lost to who got there first); null when first.' })
  gapToNext!: number | null;
}

@ObjectType('Leaderboard')
export class LeaderboardType {
  @Field(() => ID)
  challengeId!: string;

  @Field({ description: "The league shown: '' without leagues; partner users always see their own." })
  league!: string;

  @Field(() => [String], { description: 'Every league of the challenge (brand users may pick one); partner users see only theirs.' })
  leagues!: string[];

  @Field(() => Int, { description: 'Participants in the league.' })
  total!: number;

  @Field(() => [LeaderboardRowType])
  rows!: LeaderboardRowType[];

  @Field(() => LeaderboardViewerType, { nullable: true, description: 'Always the reader’s own standing, even off the page; null for brand users.' })
  viewer!: LeaderboardViewerType | null;
}

@ObjectType('LeaderboardChanged')
export class LeaderboardChangedType {
  @Field(() => ID)
  challengeId!: string;
}

@ObjectType('ChallengeParticipation')
export class ChallengeParticipationType {
  @Field(() => ID)
  challengeId!: string;

  @Field()
  anonymous!: boolean;
}
