import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** A partner's approved sell-out in the period beside the previous period of as many months. */
@ObjectType('PartnerSalesRow')
export class PartnerSalesRowType {
  @Field(() => Int, { description: 'Place in its list, from 1.' })
  rank!: number;

  @Field(() => ID)
  partnerId!: string;

  @Field()
  name!: string;

  @Field()
  code!: string;

  @Field()
  country!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Int, { description: 'Approved lines in the period.' })
  lines!: number;

  @Field(() => Float)
  previousAmount!: number;

  @Field(() => Float, { description: 'amount − previousAmount.' })
  change!: number;

  @Field(() => Float, { nullable: true, description: 'change ÷ previousAmount × 100; null when the previous period sold nothing.' })
  changePercent!: number | null;
}

@ObjectType('TopPartners')
export class TopPartnersType {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: 'First day of the previous period, of as many months, ending the month before from.' })
  previousFrom!: string;

  @Field(() => Int, { description: 'Partners in scope with approved sell-out in the period.' })
  partnersWithSales!: number;

  @Field(() => [PartnerSalesRowType], { description: 'The partners with the highest amount in the period (at most 10), highest first.' })
  top!: PartnerSalesRowType[];

  @Field(() => [PartnerSalesRowType], { description: 'The biggest rises against the previous period (at most 5), biggest first.' })
  rises!: PartnerSalesRowType[];

  @Field(() => [PartnerSalesRowType], { description: 'The biggest falls against the previous period (at most 5), biggest first.' })
  falls!: PartnerSalesRowType[];
}
