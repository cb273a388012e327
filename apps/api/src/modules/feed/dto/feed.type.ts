import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FEED_KINDS, type FeedKind } from '@relais/domain';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsIn, IsOptional } from 'class-validator';

import { LocalizedTextType } from '../../challenges/dto/challenge.type';

export const FeedKindEnum = Object.fromEntries(FEED_KINDS.map((kind) => [kind, kind])) as { [K in FeedKind]: K };
registerEnumType(FeedKindEnum, { name: 'FeedKind' });

@ObjectType('FeedItem')
export class FeedItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => FeedKindEnum)
  kind!: FeedKind;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Null when the brand anonymises the feed or the participant chose anonymity.' })
  partnerName!: string | null;

  @Field({ description: 'The achievement is the reader\'s own company\'s.' })
  own!: boolean;

  @Field(() => LocalizedTextType, { nullable: true, description: 'BADGE_EARNED: the badge\'s name.' })
  badgeName!: LocalizedTextType | null;

  @Field(() => String, { nullable: true, description: 'BADGE_EARNED: the badge\'s icon key.' })
  badgeIcon!: string | null;

  @Field(() => String, { nullable: true, description: 'STAGE_COMPLETED: the stage completed.' })
  stage!: string | null;

  @Field(() => LocalizedTextType, { nullable: true, description: 'CHALLENGE_PODIUM: the challenge\'s title.' })
  challengeTitle!: LocalizedTextType | null;

  @Field(() => Int, { nullable: true, description: 'CHALLENGE_PODIUM: the final rank (1 to 3).' })
  rank!: number | null;
}

@ObjectType('FeedPage')
export class FeedPageType {
  @Field({ description: 'False when the brand has switched the feed off (then there are no items).' })
  enabled!: boolean;

  @Field(() => [FeedItemType])
  items!: FeedItemType[];

  @Field({ description: 'More items after this page.' })
  hasMore!: boolean;
}

@ObjectType('FeedSettings')
export class FeedSettingsType {
  @Field()
  enabled!: boolean;

  @Field(() => [FeedKindEnum], { description: 'The achievements shown.' })
  kinds!: FeedKind[];

  @Field({ description: 'Company names are shown; off, items read "a partner". Anonymous challenge participants are never named.' })
  showPartnerNames!: boolean;

  @Field(() => Date)
  updatedAt!: Date;
}

/** Only the fields given change. */
@InputType('UpdateFeedSettingsInput')
export class UpdateFeedSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @Field(() => [FeedKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(FEED_KINDS.length)
  @ArrayUnique()
  @IsIn(FEED_KINDS, { each: true })
  kinds?: FeedKind[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  showPartnerNames?: boolean;
}
