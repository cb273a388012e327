import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const SALES_GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as const;
export type SalesGranularity = (typeof SALES_GRANULARITIES)[number];
export const SalesGranularityEnum = Object.fromEntries(SALES_GRANULARITIES.map((g) => [g, g])) as { [K in SalesGranularity]: K };
registerEnumType(SalesGranularityEnum, { name: 'SalesGranularity' });

@ObjectType('SalesFigures')
export class SalesFiguresType {
  @Field(() => Float)
  quantity!: number;

  @Field(() => Float, { description: 'Sum of the approved lines\' amounts.' })
  amount!: number;

  @Field(() => Int, { description: 'Approved declaration lines.' })
  lines!: number;
}

@ObjectType('SalesPoint')
export class SalesPointType extends SalesFiguresType {
  @Field({ description: 'First day of the bucket (YYYY-MM-DD; weeks start on Monday).' })
  period!: string;
}

@ObjectType('SalesBreakdownRow')
export class SalesBreakdownRowType extends SalesFiguresType {
  @Field({ description: 'The value grouped by: a category, product id, country code, region, channel, partner type or segment id.' })
  key!: string;

  @Field({ description: 'What to show for the key: a product or segment name; the key itself otherwise.' })
  label!: string;

  @Field(() => Float, { description: 'The amount over the previous period of equal length.' })
  previousAmount!: number;
}

/** Approved sell-out dated by sale date, within the viewer's scope and the filter. */
@ObjectType('SalesOverview')
export class SalesOverviewType {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: 'First day of the previous period of equal length (it ends the day before from).' })
  previousFrom!: string;

  @Field(() => SalesGranularityEnum)
  granularity!: SalesGranularity;

  @Field(() => SalesFiguresType)
  totals!: SalesFiguresType;

  @Field(() => SalesFiguresType)
  previousTotals!: SalesFiguresType;

  @Field(() => [SalesPointType], { description: 'Every bucket of the period, zeros included.' })
  series!: SalesPointType[];

  @Field(() => [SalesBreakdownRowType])
  byCategory!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType], { description: 'The 20 products that sold the most (amount).' })
  byProduct!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType])
  byChannel!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType])
  byCountry!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType])
  byRegion!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType])
  byPartnerType!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType], { description: 'Each segment\'s sell-out (a partner counts in every segment it is in).' })
  bySegment!: SalesBreakdownRowType[];
}
