import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  BADGE_ICONS,
  BADGE_REPEATS,
  BADGE_WINDOWS,
  BadgeIcon,
  BadgeRepeat,
  BadgeWindow,
  CALENDAR_PERIODS,
  CalendarPeriod,
  METRIC_SCOPES,
  MetricScope,
} from '@relais/domain';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsPositive, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

import { MetricScopeEnum } from '../../../core/graphql/enums';
import { Trimmed } from '../../../core/validation/decorators';
import { MetricRuleFields } from '../../activity/dto/metric-rule.input';
import { BadgeIconEnum, BadgeRepeatEnum, BadgeWindowEnum, CalendarPeriodEnum } from './badge.enums';

/** A badge, created or replaced whole; ties between fields (window days, period) are checked by badgeRuleProblems. */
@InputType('BadgeInput')
export class BadgeInput extends MetricRuleFields {
  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  nameEn!: string;

  @Field()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  nameFr!: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(400)
  descriptionEn!: string;

  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(400)
  descriptionFr!: string;

  @Field(() => BadgeIconEnum)
  @IsIn(BADGE_ICONS)
  icon!: BadgeIcon;

  @Field(() => MetricScopeEnum, { description: 'USER: each person earns it; PARTNER: the reseller as a whole.' })
  @IsIn(METRIC_SCOPES)
  scope!: MetricScope;

  @Field(() => Float)
  @IsPositive()
  @Max(1_000_000_000)
  threshold!: number;

  @Field(() => BadgeWindowEnum)
  @IsIn(BADGE_WINDOWS)
  window!: BadgeWindow;

  @Field(() => Int, { nullable: true, description: 'ROLLING_DAYS only.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1830)
  windowDays?: number | null;

  @Field(() => BadgeRepeatEnum)
  @IsIn(BADGE_REPEATS)
  repeat!: BadgeRepeat;

  @Field(() => CalendarPeriodEnum, { nullable: true, description: 'For CURRENT_PERIOD and ONCE_PER_PERIOD.' })
  @IsOptional()
  @IsIn(CALENDAR_PERIODS)
  period?: CalendarPeriod | null;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  points!: number;

  @Field(() => ID, { nullable: true, description: 'A catalogue item ordered at no cost for whoever earns the badge.' })
  @IsOptional()
  @IsUUID()
  rewardItemId?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  active!: boolean;
}
