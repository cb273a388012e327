import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

type Previous<K extends string> = `previous${Capitalize<K>}`;

const capitalize = <K extends string>(name: K) => `${name.charAt(0).toUpperCase()}${name.slice(1)}` as Capitalize<K>;

/** A period's figures under `K`, the previous period's under `previousK`, and a point per month. */
export type PeriodOverview<K extends string, Figures, Point> = { from: string; to: string; previousFrom: string; series: Point[] } & {
  [P in K | Previous<K>]: Figures;
};

/**
 * The part every dashboard overview of figures shares: the period, its figures beside those of the
 * previous period of as many months, and every month of the period. The figures' field name is part
 * of each overview's schema (totals, ratings), so it is given, and the previous one follows from it.
 */
export function PeriodOverviewType<K extends string, Figures, Point>(options: { name: K; figures: Type<Figures>; point: Type<Point>; series: string }) {
  @ObjectType({ isAbstract: true })
  abstract class PeriodOverviewBase {
    @Field()
    from!: string;

    @Field()
    to!: string;

    @Field()
    previousFrom!: string;

    @Field(() => [options.point], { description: options.series })
    series!: Point[];
  }
  const previous: Previous<K> = `previous${capitalize(options.name)}`;
  for (const name of [options.name, previous]) Field(() => options.figures)(PeriodOverviewBase.prototype, name);
  return PeriodOverviewBase as abstract new () => PeriodOverview<K, Figures, Point>;
}
