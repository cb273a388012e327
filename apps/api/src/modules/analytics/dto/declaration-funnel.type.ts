import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** Declarations first counted by the time of their (last) submission, and where each stands now. */
@ObjectType('DeclarationFunnelFigures')
export class DeclarationFunnelFiguresType {
  @Field(() => Int, { description: 'Declarations submitted in the period.' })
  submitted!: number;

  @Field(() => Int, { description: 'Of those, approved in full.' })
  approved!: number;

  @Field(() => Int, { description: 'Of those, approved in part (some lines rejected).' })
  partiallyApproved!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Approved, then reversed.' })
  reversed!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int, { description: 'Not decided yet (submitted, or waiting for the partner\'s information).' })
  pending!: number;

  @Field(() => Int, { description: 'Sent back to the partner for information at least once.' })
  needsInformation!: number;

  @Field(() => Int, { description: 'Decided (every line), whatever the outcome.' })
  decided!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median seconds from submission to decision over the decided ones; null when none is. From decision-time buckets (each at most 19 % wide, its declarations at their mean time): exact when the declarations around the median are alone in their bucket, else within that bucket.',
  })
  medianDecisionSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the seconds from submission to decision, from the same buckets as the median (same precision).' })
  p90DecisionSeconds!: number | null;
}

@ObjectType('DeclarationFunnelPoint')
export class DeclarationFunnelPointType {
  @Field({ description: 'First day of the month (YYYY-MM-DD).' })
  period!: string;

  @Field(() => Int, { description: 'Declarations submitted that month.' })
  submitted!: number;

  @Field(() => Int, { description: 'Of those, approved in full or in part.' })
  approved!: number;
}

/** A kind of flag over the declarations of the period that carry it, by where the declaration stands now. */
@ObjectType('FlagOutcomeRow')
export class FlagOutcomeRowType {
  @Field({ description: 'The flag code (see FLAG_CODES).' })
  code!: string;

  @Field(() => Int, { description: 'Declarations of the period raising this flag.' })
  raised!: number;

  @Field(() => Int, { description: 'Of those, approved in full or in part.' })
  approved!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, { description: 'Still undecided.' })
  open!: number;

  @Field(() => Int, { description: 'Declarations of the previous period raising it.' })
  previousRaised!: number;
}

@ObjectType('DeclarationFunnel')
export class DeclarationFunnelType {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: 'First day of the previous period of as many months.' })
  previousFrom!: string;

  @Field(() => DeclarationFunnelFiguresType)
  figures!: DeclarationFunnelFiguresType;

  @Field(() => DeclarationFunnelFiguresType)
  previousFigures!: DeclarationFunnelFiguresType;

  @Field(() => [DeclarationFunnelPointType], { description: 'Every month of the period, zeros included.' })
  series!: DeclarationFunnelPointType[];

  @Field(() => [FlagOutcomeRowType], { description: 'Each flag raised in the period or the previous one, most raised first.' })
  flags!: FlagOutcomeRowType[];
}
