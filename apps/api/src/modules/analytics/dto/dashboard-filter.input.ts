import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const DATE = { strict: true, strictSeparator: true } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What every dashboard is filtered by: whole months (UTC), both ends included. */
@InputType('DashboardFilterInput')
export class DashboardFilterInput {
  @Field({ description: 'YYYY-MM-DD, the first day of a month.' })
  @IsISO8601(DATE)
  @Matches(DAY)
  from!: string;

  @Field({ description: 'YYYY-MM-DD, the last day of a month; at most 24 months from from.' })
  @IsISO8601(DATE)
  @Matches(DAY)
  to!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  segmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, e.g. FR.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only partners currently assigned to this channel manager.' })
  @IsOptional()
  @IsUUID()
  channelManagerId?: string | null;
}
