import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { monthsOf, periodOf, profileConditions, SqlConditions } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { SalesBreakdownRowType, SalesFiguresType, SalesOverviewType } from './dto/sales-overview.type';

const BREAKDOWNS = ['category', 'channel', 'country', 'region', 'type'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];
const TOP_PRODUCTS = 20;

interface Figures {
  quantity: string;
  amount: string;
  lines: string;
}

type GroupedRow = Figures & { g: number; month: string | null } & { [K in Breakdown]: string | null };

const figures = (row?: Figures): SalesFiguresType => ({
  quantity: Number(row?.quantity ?? 0),
  amount: Number(row?.amount ?? 0),
  lines: Number(row?.lines ?? 0),
});

/** Rows of the period with the previous period's amount beside them, keys sold only before included (a fall to zero shows). */
function withPrevious(current: (Figures & { key: string; label?: string })[], previous: (Figures & { key: string })[]): SalesBreakdownRowType[] {
  const before = new Map(previous.map((r) => [r.key, Number(r.amount)]));
  const rows = current.map((r) => ({ key: r.key, label: r.label ?? r.key, ...figures(r), previousAmount: before.get(r.key) ?? 0 }));
  for (const [key, amount] of before) if (!rows.some((r) => r.key === key)) rows.push({ key, label: key, quantity: 0, amount: 0, lines: 0, previousAmount: amount });
  return rows.filter((r) => r.lines !== 0 || r.previousAmount !== 0).sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key));
}

/**
 * Sell-out: the APPROVED lines of declarations that stay approved, counted in the month of their
 * sale date (the declaration's sale date, or the last day of its declared period), read from the
 * monthly rollups (see SalesRollupListener), never from the lines: one grouping-sets pass per period.
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
    const allSegments = await this.segments.list();
    const [current, previous, segmentsNow, segmentsBefore, productsNow] = await Promise.all([
      this.grouped(actor, filter, segment, period.from, period.to),
      this.grouped(actor, filter, segment, period.previousFrom, period.previousTo),
      this.perSegment(actor, filter, segment, allSegments, period.from, period.to),
      this.perSegment(actor, filter, segment, allSegments, period.previousFrom, period.previousTo),
      this.products(actor, filter, segment, period.from, period.to),
    ]);
    // The top products of the period, with what the same products sold in the previous one.
    const productsBefore = await this.products(actor, filter, segment, period.previousFrom, period.previousTo, productsNow.map((p) => p.key));
    const byMonth = new Map(current.filter((r) => r.g === this.mask('month')).map((r) => [r.month, r]));
    const breakdown = (key: Breakdown) => {
      const rowsOf = (rows: GroupedRow[]) => rows.filter((r) => r.g === this.mask(key)).map((r) => ({ ...r, key: r[key] ?? '' }));
      return withPrevious(rowsOf(current), rowsOf(previous));
    };
    const products = withPrevious(productsNow, productsBefore);
    const names = await this.productNames(products.map((p) => p.key));
    const segmentRows = (values: SalesFiguresType[]) => allSegments.map((s, i) => ({ key: s.id, label: s.name, quantity: String(values[i].quantity), amount: String(values[i].amount), lines: String(values[i].lines) }));
    const labels = new Map(allSegments.map((s) => [s.id, s.name]));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      totals: figures(current.find((r) => r.g === this.mask())),
      previousTotals: figures(previous.find((r) => r.g === this.mask())),
      series: monthsOf(period.from, period.to).map((month) => ({ period: month, ...figures(byMonth.get(month)) })),
      byCategory: breakdown('category'),
      byProduct: segment ? null : products.map((p) => ({ ...p, label: names.get(p.key) ?? p.key })),
      byChannel: breakdown('channel'),
      byCountry: breakdown('country'),
      byRegion: breakdown('region'),
      byPartnerType: breakdown('type'),
      bySegment: withPrevious(segmentRows(segmentsNow), segmentRows(segmentsBefore)).map((r) => ({ ...r, label: labels.get(r.key) ?? r.key })),
    };
  }

  /** grouping() bit mask of a grouping set: the month is the leftmost bit, `type` the rightmost. */
  private mask(keep?: 'month' | Breakdown): number {
    const columns = ['month', ...BREAKDOWNS];
    return columns.reduce((mask, column, i) => (column === keep ? mask : mask | (1 << (columns.length - 1 - i))), 0);
  }

  private grouped(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, from: string, to: string): Promise<GroupedRow[]> {
    const conditions = profileConditions(actor, filter, segment, new SqlConditions([from, to]));
    return this.dataSource.query(
      `SELECT grouping(month, category, channel, country, region, type) AS g,
              to_char(month, 'YYYY-MM-DD') AS month, category, channel, country, region, type,
              sum(quantity) AS quantity, sum(amount) AS amount, sum(lines) AS lines
         FROM (SELECT s.month, s.category, s.channel, sp.country, sp.region, sp.type, s.quantity, s.amount, s.lines
                 FROM sales_monthly s JOIN sales_profiles sp ON sp.id = s.profile_id
                WHERE s.month BETWEEN $1 AND $2 AND ${conditions.where}) AS r
        GROUP BY GROUPING SETS ((month), (category), (channel), (country), (region), (type), ())`,
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
      `SELECT ${columns.join(', ')} FROM sales_monthly s JOIN sales_profiles sp ON sp.id = s.profile_id
        WHERE s.month BETWEEN $1 AND $2 AND ${conditions.where}`,
      conditions.params,
    );
    return all.map((_, i) => figures({ quantity: row[`q${i}`] ?? '0', amount: row[`a${i}`] ?? '0', lines: row[`l${i}`] ?? '0' }));
  }

  /**
   * Products from their own rollup, which knows the channel manager and the country only: within a
   * segment there is no product ranking (null), rather than one that would ignore the segment.
   */
  private products(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, from: string, to: string, only?: string[]): Promise<(Figures & { key: string })[]> {
    if (segment) return Promise.resolve([]);
    const conditions = new SqlConditions([from, to]);
    if (actor.role === 'CHANNEL_MANAGER') conditions.add('channel_manager_id = ?', actor.userId);
    if (filter.channelManagerId) conditions.add('channel_manager_id = ?', filter.channelManagerId);
    if (filter.country) conditions.add('country = ?', filter.country);
    if (only) conditions.add('product_id = ANY(?::uuid[])', only);
    return this.dataSource.query(
      `SELECT product_id AS key, sum(quantity) AS quantity, sum(amount) AS amount, sum(lines) AS lines
         FROM sales_product_monthly WHERE month BETWEEN $1 AND $2 AND ${conditions.where}
        GROUP BY product_id ORDER BY sum(amount) DESC, product_id LIMIT ${TOP_PRODUCTS}`,
      conditions.params,
    );
  }

  private async productNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM products WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
