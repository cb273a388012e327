import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { isoDay, Period, periodOf, profileConditions, SqlConditions } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { SalesBreakdownRowType, SalesFiguresType, SalesGranularity, SalesOverviewType, SalesPointType } from './dto/sales-overview.type';

const BREAKDOWNS = ['category', 'product_id', 'channel', 'country', 'region', 'type'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];
const TOP_PRODUCTS = 20;

interface GroupedRow {
  g: number;
  bucket: string | null;
  quantity: string;
  amount: string;
  lines: string;
  category: string | null;
  product_id: string | null;
  channel: string | null;
  country: string | null;
  region: string | null;
  type: string | null;
}

const figures = (row?: Pick<GroupedRow, 'quantity' | 'amount' | 'lines'>): SalesFiguresType => ({
  quantity: Number(row?.quantity ?? 0),
  amount: Number(row?.amount ?? 0),
  lines: Number(row?.lines ?? 0),
});

/** Short periods by day, up to a year by week, longer ones by month: a chart of 30 to 100 points. */
const granularityOf = (days: number): SalesGranularity => (days <= 62 ? 'DAY' : days <= 366 ? 'WEEK' : 'MONTH');

function bucketsOf(period: Period, granularity: SalesGranularity): string[] {
  const start = new Date(`${period.from}T00:00:00Z`);
  if (granularity === 'WEEK') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (granularity === 'MONTH') start.setUTCDate(1);
  const buckets: string[] = [];
  for (const d = start; isoDay(d.getTime()) <= period.to; ) {
    buckets.push(isoDay(d.getTime()));
    if (granularity === 'DAY') d.setUTCDate(d.getUTCDate() + 1);
    else if (granularity === 'WEEK') d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return buckets;
}

/**
 * Sell-out: the APPROVED lines of declarations that stay approved, dated by their sale date (the
 * declaration's sale date, or the last day of its declared period), read from the sales_daily
 * rollup (see SalesRollupListener), never from the lines: one grouping-sets pass per period.
 */
@Injectable()
export class SalesDashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async overview(actor: Actor, filter: DashboardFilterInput): Promise<SalesOverviewType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    const granularity = granularityOf(period.days);
    const allSegments = await this.segments.list();
    const [current, previous, segmentsNow, segmentsBefore] = await Promise.all([
      this.grouped(actor, filter, segment, period.from, period.to, granularity),
      this.grouped(actor, filter, segment, period.previousFrom, period.previousTo, granularity),
      this.perSegment(actor, filter, segment, allSegments, period.from, period.to),
      this.perSegment(actor, filter, segment, allSegments, period.previousFrom, period.previousTo),
    ]);
    const byBucket = new Map(current.filter((r) => r.bucket !== null).map((r) => [r.bucket, r]));
    const series: SalesPointType[] = bucketsOf(period, granularity).map((bucket) => ({ period: bucket, ...figures(byBucket.get(bucket)) }));
    const breakdown = (key: Breakdown) => this.breakdown(current, previous, key);
    const products = breakdown('product_id').slice(0, TOP_PRODUCTS);
    const names = await this.productNames(products.map((p) => p.key));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      granularity,
      totals: figures(current.find((r) => r.g === this.mask())),
      previousTotals: figures(previous.find((r) => r.g === this.mask())),
      series,
      byCategory: breakdown('category'),
      byProduct: products.map((p) => ({ ...p, label: names.get(p.key) ?? p.key })),
      byChannel: breakdown('channel'),
      byCountry: breakdown('country'),
      byRegion: breakdown('region'),
      byPartnerType: breakdown('type'),
      bySegment: allSegments
        .map((s, i) => ({ key: s.id, label: s.name, ...segmentsNow[i], previousAmount: segmentsBefore[i].amount }))
        .filter((row) => row.lines !== 0 || row.previousAmount !== 0)
        .sort((a, b) => b.amount - a.amount),
    };
  }

  /** grouping() bit mask of a grouping set: the bucket is the leftmost bit, `type` the rightmost. */
  private mask(keep?: 'bucket' | Breakdown): number {
    const columns = ['bucket', ...BREAKDOWNS];
    return columns.reduce((mask, column, i) => (column === keep ? mask : mask | (1 << (columns.length - 1 - i))), 0);
  }

  private grouped(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, from: string, to: string, granularity: SalesGranularity): Promise<GroupedRow[]> {
    const conditions = profileConditions(actor, filter, segment, new SqlConditions([from, to, granularity.toLowerCase()]));
    return this.dataSource.query(
      `SELECT grouping(bucket, category, product_id, channel, country, region, type) AS g,
              to_char(bucket, 'YYYY-MM-DD') AS bucket, category, product_id, channel, country, region, type,
              sum(quantity) AS quantity, sum(amount) AS amount, sum(lines) AS lines
         FROM (SELECT date_trunc($3, s.day::timestamp)::date AS bucket, pr.category, s.product_id, s.channel, sp.country, sp.region, sp.type,
                      s.quantity, s.amount, s.lines
                 FROM sales_daily s
                 JOIN sales_profiles sp ON sp.id = s.profile_id
                 JOIN products pr ON pr.id = s.product_id
                WHERE s.day BETWEEN $1 AND $2 AND ${conditions.where}) AS r
        GROUP BY GROUPING SETS ((bucket), (category), (product_id), (channel), (country), (region), (type), ())`,
      conditions.params,
    );
  }

  /** Each segment's figures in one pass (a partner counts in every segment whose criteria it meets). */
  private async perSegment(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, all: Segment[], from: string, to: string): Promise<SalesFiguresType[]> {
    if (all.length === 0) return [];
    const conditions = profileConditions(actor, filter, segment, new SqlConditions([from, to]));
    const columns = all.map((s, i) => {
      const condition = conditions.addSegment(s, 'sp', `s${i}`);
      return `sum(s.quantity) FILTER (WHERE ${condition}) AS q${i}, sum(s.amount) FILTER (WHERE ${condition}) AS a${i}, sum(s.lines) FILTER (WHERE ${condition}) AS l${i}`;
    });
    const [row]: Record<string, string | null>[] = await this.dataSource.query(
      `SELECT ${columns.join(', ')} FROM sales_daily s JOIN sales_profiles sp ON sp.id = s.profile_id
        WHERE s.day BETWEEN $1 AND $2 AND ${conditions.where}`,
      conditions.params,
    );
    return all.map((_, i) => figures({ quantity: row[`q${i}`] ?? '0', amount: row[`a${i}`] ?? '0', lines: row[`l${i}`] ?? '0' }));
  }

  private breakdown(current: GroupedRow[], previous: GroupedRow[], key: Breakdown): SalesBreakdownRowType[] {
    const mask = this.mask(key);
    const before = new Map(previous.filter((r) => r.g === mask).map((r) => [r[key] ?? '', Number(r.amount)]));
    const rows = current.filter((r) => r.g === mask).map((r) => ({ key: r[key] ?? '', label: r[key] ?? '', ...figures(r), previousAmount: before.get(r[key] ?? '') ?? 0 }));
    // Keys sold only in the previous period still show, so a fall to zero is visible.
    for (const [k, amount] of before) if (!rows.some((r) => r.key === k)) rows.push({ key: k, label: k, quantity: 0, amount: 0, lines: 0, previousAmount: amount });
    return rows.filter((r) => r.lines !== 0 || r.previousAmount !== 0).sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key));
  }

  private async productNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM products WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
