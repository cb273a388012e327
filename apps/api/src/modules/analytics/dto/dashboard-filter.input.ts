import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const DATE = { strict: true, strictSeparator: true } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What every dashboard is filtered by; the period's two ends are included (UTC days). */
@InputType('DashboardFilterInput')
export class DashboardFilterInput {
  @Field({ description: 'YYYY-MM-DD, included.' })
  @IsISO8601(DATE)
  @Matches(DAY)
  from!: string;

  @Field({ description: 'YYYY-MM-DD, included; not before from, at most 731 days after it.' })
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
