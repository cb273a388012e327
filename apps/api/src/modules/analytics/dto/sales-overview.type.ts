import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

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
  @Field({ description: 'First day of the month (YYYY-MM-DD).' })
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

/** Approved sell-out by month of sale, within the viewer's scope and the filter. */
@ObjectType('SalesOverview')
export class SalesOverviewType {
  @Field()
  from!: string;

  @Field()
  to!: string;

  @Field({ description: 'First day of the previous period of as many months (it ends the month before from).' })
  previousFrom!: string;

  @Field(() => SalesFiguresType)
  totals!: SalesFiguresType;

  @Field(() => SalesFiguresType)
  previousTotals!: SalesFiguresType;

  @Field(() => [SalesPointType], { description: 'Every month of the period, zeros included.' })
  series!: SalesPointType[];

  @Field(() => [SalesBreakdownRowType], { nullable: true, description: 'Null within a segment (the partners\' months know no category).' })
  byCategory!: SalesBreakdownRowType[] | null;

  @Field(() => [SalesBreakdownRowType], {
    nullable: true,
    description: 'The 20 products that sold the most (amount); null within a segment (the partners\' months know no product).',
  })
  byProduct!: SalesBreakdownRowType[] | null;

  @Field(() => [SalesBreakdownRowType], { nullable: true, description: 'Null within a segment (the partners\' months know no channel).' })
  byChannel!: SalesBreakdownRowType[] | null;

  @Field(() => [SalesBreakdownRowType])
  byCountry!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType])
  byRegion!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType])
  byPartnerType!: SalesBreakdownRowType[];

  @Field(() => [SalesBreakdownRowType], { description: 'Each segment\'s sell-out (a partner counts in every segment it is in).' })
  bySegment!: SalesBreakdownRowType[];
}
