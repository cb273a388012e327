import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { monthsOf, partnerConditions, Period, periodOf, runningBounds, scopeConditions, SqlConditions } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { SalesBreakdownRowType, SalesFiguresType, SalesOverviewType } from './dto/sales-overview.type';
import { SliceDimension } from './sales-slice.entity';

const TOP_PRODUCTS = 20;

interface Figures {
  quantity: string;
  amount: string;
  lines: string;
}

/** One period's figures: the whole, by month, and by each attribute it was broken down by. */
interface PeriodFigures {
  total?: Figures;
  months: Map<string, Figures>;
  by: Map<string, (Figures & { key: string })[]>;
}

const figures = (row?: Figures): SalesFiguresType => ({
  quantity: Number(row?.quantity ?? 0),
  amount: Number(row?.amount ?? 0),
  lines: Number(row?.lines ?? 0),
});

/** Rows of the period with the previous period's amount beside them, keys sold only before included (a fall to zero shows). */
function withPrevious(current: (Figures & { key: string })[], previous: (Figures & { key: string })[]): SalesBreakdownRowType[] {
  const before = new Map(previous.map((r) => [r.key, Number(r.amount)]));
  const rows = current.map((r) => ({ key: r.key, label: r.key, ...figures(r), previousAmount: before.get(r.key) ?? 0 }));
  for (const [key, amount] of before) if (!rows.some((r) => r.key === key)) rows.push({ key, label: key, quantity: 0, amount: 0, lines: 0, previousAmount: amount });
  return rows.filter((r) => r.lines !== 0 || r.previousAmount !== 0).sort((a, b) => b.amount - a.amount || a.key.localeCompare(b.key));
}

type SegmentFigures = Figures & { key: string };

type Row = Figures & { g: number; key: string | null; dimension?: string | null; month: string | null };

/** grouping() masks, the first listed column being the leftmost bit. */
const SLICE_SETS = { slice: 0b0011, month: 0b1101, country: 0b1110, total: 0b1111 };
const PARTNER_SETS = { month: 0b0111, country: 0b1011, region: 0b1101, type: 0b1110, total: 0b1111 };

/**
 * Sell-out: the APPROVED lines of declarations that stay approved, counted in the month of their
 * sale date (the declaration's sale date, or the last day of its declared period), read from the
 * rollups (see SalesRollupListener), never from the lines. Without a segment, from the slices (a few
 * thousand rows a month); within a segment, from the partners' months joined to the partners (a
 * segment's criteria are over any partner attribute), which know no category, channel or product.
 * The breakdown by segment reads the partners' running totals (SalesPartnerRunning).
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
    const read = (from: string, to: string) => (segment ? this.partnerFigures(actor, filter, segment, from, to) : this.sliceFigures(actor, filter, from, to));
    const [current, previous, [segmentsNow, segmentsBefore]] = await Promise.all([
      read(period.from, period.to),
      read(period.previousFrom, period.previousTo),
      this.perSegment(actor, filter, segment, allSegments, period),
    ]);
    const breakdown = (key: string) => (current.by.has(key) ? withPrevious(current.by.get(key) ?? [], previous.by.get(key) ?? []) : null);
    const products = breakdown('product')?.slice(0, TOP_PRODUCTS) ?? null;
    const names = await this.productNames((products ?? []).map((p) => p.key));
    const labels = new Map(allSegments.map((s) => [s.id, s.name]));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      totals: figures(current.total),
      previousTotals: figures(previous.total),
      series: monthsOf(period.from, period.to).map((month) => ({ period: month, ...figures(current.months.get(month)) })),
      byCategory: breakdown('category'),
      byProduct: products?.map((p) => ({ ...p, label: names.get(p.key) ?? p.key })) ?? null,
      byChannel: breakdown('channel'),
      byCountry: breakdown('country') ?? [],
      byRegion: breakdown('region') ?? [],
      byPartnerType: breakdown('type') ?? [],
      bySegment: withPrevious(segmentsNow, segmentsBefore).map((r) => ({ ...r, label: labels.get(r.key) ?? r.key })),
    };
  }

  /** Every breakdown of a period from the slices, in one grouping-sets pass; the channel slices make the whole. */
  private async sliceFigures(actor: Actor, filter: DashboardFilterInput, from: string, to: string): Promise<PeriodFigures> {
    const conditions = scopeConditions(actor, filter, new SqlConditions([from, to]), { manager: 'channel_manager_id', country: 'country' });
    const whole = (column: string) => `sum(${column}) FILTER (WHERE dimension = 'channel')`;
    const rows: Row[] = await this.dataSource.query(
      `SELECT grouping(dimension, value, month, country) AS g, dimension, coalesce(value, country) AS key, to_char(month, 'YYYY-MM-DD') AS month,
              CASE WHEN grouping(dimension) = 0 THEN sum(quantity) ELSE ${whole('quantity')} END AS quantity,
              CASE WHEN grouping(dimension) = 0 THEN sum(amount) ELSE ${whole('amount')} END AS amount,
              CASE WHEN grouping(dimension) = 0 THEN sum(lines) ELSE ${whole('lines')} END AS lines
         FROM sales_slices WHERE month BETWEEN $1 AND $2 AND ${conditions.where}
        GROUP BY GROUPING SETS ((dimension, value), (month), (country), ())`,
      conditions.params,
    );
    const by = new Map<string, (Figures & { key: string })[]>();
    const add = (name: string, row: Row) => by.set(name, [...(by.get(name) ?? []), { ...row, key: row.key ?? '' }]);
    for (const dimension of ['channel', 'category', 'region', 'type', 'product'] satisfies SliceDimension[]) by.set(dimension, []);
    by.set('country', []);
    for (const row of rows) {
      if (row.g === SLICE_SETS.slice && row.dimension) add(row.dimension, row);
      if (row.g === SLICE_SETS.country) add('country', row);
    }
    return {
      total: rows.find((r) => r.g === SLICE_SETS.total),
      months: new Map(rows.filter((r) => r.g === SLICE_SETS.month && r.month).map((r) => [r.month as string, r])),
      by: new Map([...by].map(([name, list]) => [name, list.filter((r) => Number(r.lines) !== 0 || Number(r.amount) !== 0)])),
    };
  }

  /** Within a segment: the partners' months joined to the partners as they are now. */
  private async partnerFigures(actor: Actor, filter: DashboardFilterInput, segment: Segment, from: string, to: string): Promise<PeriodFigures> {
    const conditions = partnerConditions(actor, filter, segment, [from, to]);
    const rows: Row[] = await this.dataSource.query(
      `SELECT grouping(s.month, p.country, p.region, p.type) AS g, to_char(s.month, 'YYYY-MM-DD') AS month, coalesce(p.country, p.region, p.type) AS key,
              sum(s.quantity) AS quantity, sum(s.amount) AS amount, sum(s.lines) AS lines
         FROM sales_partner_monthly s JOIN partners p ON p.id = s.partner_id
        WHERE s.month BETWEEN $1 AND $2 AND ${conditions.where}
        GROUP BY GROUPING SETS ((s.month), (p.country), (p.region), (p.type), ())`,
      conditions.params,
    );
    const list = (mask: number) => rows.filter((r) => r.g === mask).map((r) => ({ ...r, key: r.key ?? '' }));
    return {
      total: rows.find((r) => r.g === PARTNER_SETS.total),
      months: new Map(rows.filter((r) => r.g === PARTNER_SETS.month && r.month).map((r) => [r.month as string, r])),
      by: new Map([
        ['country', list(PARTNER_SETS.country)],
        ['region', list(PARTNER_SETS.region)],
        ['type', list(PARTNER_SETS.type)],
      ]),
    };
  }

  /**
   * Each segment's figures, this period's and the previous one's, in one pass over the running
   * totals of the partners in some segment (one row a partner), grouped by which segments each
   * belongs to (SqlConditions.membership). Sums being linear, each figure is summed at the three
   * bounds ($1 the period's last month, $2 the month before it, $3 the month before the previous
   * period) and the periods are differences of those sums: nine lookups a partner, not twelve.
   * The pass runs in parallel (migration ParallelSafeRollupFunctions).
   */
  private async perSegment(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, all: Segment[], period: Period): Promise<[SegmentFigures[], SegmentFigures[]]> {
    if (all.length === 0) return [[], []];
    const conditions = partnerConditions(actor, filter, segment, runningBounds(period));
    const { member, any } = conditions.membership(all);
    const FIGURES = { q: 'quantity', a: 'amount_cents', l: 'lines' };
    const sums = ['$1', '$2', '$3'].flatMap((bound, b) => Object.entries(FIGURES).map(([key, column]) => `sum(sales_running_at(r.${column}, r.first_month, ${bound})) AS ${key}${b}`));
    const rows: (Record<string, string> & { member: boolean[] })[] = await this.dataSource.query(
      `SELECT ${member} AS member, ${sums.join(', ')}
         FROM sales_partner_running r JOIN partners p ON p.id = r.partner_id WHERE ${any} AND ${conditions.where} GROUP BY 1`,
      conditions.params,
    );
    /** Segment i's sum of a figure between two bounds (indexes into $1 to $3). */
    const between = (i: number, key: string, last: number, before: number) =>
      rows.reduce((total, row) => total + (row.member[i] ? Number(row[`${key}${last}`]) - Number(row[`${key}${before}`]) : 0), 0);
    const figuresOf = (last: number, before: number) =>
      all.map((s, i) => ({
        key: s.id,
        quantity: String(between(i, 'q', last, before)),
        amount: String(between(i, 'a', last, before) / 100),
        lines: String(between(i, 'l', last, before)),
      }));
    return [figuresOf(0, 1), figuresOf(1, 2)];
  }

  private async productNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM products WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
