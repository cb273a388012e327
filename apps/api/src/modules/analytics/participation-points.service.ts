import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { monthsOf, partnerConditions, Period, periodOf, runningBounds, scopeConditions, SqlConditions } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { ParticipationOverviewType, PointsFiguresType, PointsOverviewType } from './dto/participation-points.type';
import { POINTS_JOURNAL, sliceSource } from './rollup-journals';

type Sums = Record<'issued' | 'redeemed' | 'expired' | 'withdrawn' | 'net' | 'pending', string>;
type MonthSums = Sums & { month: string };

const SUMS = ['issued', 'redeemed', 'expired', 'withdrawn', 'net', 'pending'].map((c) => `sum(r.${c}) AS ${c}`).join(', ');

const ZERO: Sums = { issued: '0', redeemed: '0', expired: '0', withdrawn: '0', net: '0', pending: '0' };

/**
 * Participation and points, from rollups kept by triggers in the ledger write's transaction (see
 * the PointsRollup and PointsSlices migrations), with the partners as they are now: scope (a
 * channel manager's current partners), country, channel manager and segment. Network figures by
 * month come from the points slices (with their journal); within a segment, from the partners'
 * months joined to the partners; distinct active partners from each partner's running earning
 * credits (one row a partner). Measured in tools/bench/dashboards.mjs.
 *
 * Active: the partner, or one of its people, earned points in the period. Earning is what the
 * programme rewards (a declaration approved, a quiz passed, a badge, a stage, a prize, an
 * objective), it is dated when it happened, and it needs no rollup besides the points one; a
 * declaration submitted then rejected, or a sign-in alone, does not make a partner active.
 */
@Injectable()
export class ParticipationPointsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async participation(actor: Actor, filter: DashboardFilterInput): Promise<ParticipationOverviewType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    const all = await this.segments.list();
    const months = monthsOf(period.from, period.to);
    const [counts, monthly] = await Promise.all([this.partnerCounts(actor, filter, segment, all, period), this.activeByMonth(actor, filter, segment, period)]);
    const [last, before] = runningBounds(period);
    const [whole, ...segments] = counts;
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      totals: { active: whole.active, partners: whole.partnersAt(last) },
      previousTotals: { active: whole.previousActive, partners: whole.partnersAt(before) },
      series: months.map((month, i) => ({ period: month, active: monthly.get(month) ?? 0, partners: whole.partnersAt(before + 1 + i) })),
      bySegment: all.map((s, i) => ({
        segmentId: s.id,
        label: s.name,
        active: segments[i].active,
        partners: segments[i].partnersAt(last),
        previousActive: segments[i].previousActive,
        previousPartners: segments[i].partnersAt(before),
      })),
    };
  }

  async points(actor: Actor, filter: DashboardFilterInput): Promise<PointsOverviewType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    // Every month from the previous period on, the later ones included: the balance at a month's
    // end is the balance now less what moved after it.
    const [rows, balanceNow] = segment ? await this.segmentMonths(actor, filter, segment, period) : await this.sliceMonths(actor, filter, period);
    const after = (day: string, key: 'net' | 'pending') => rows.filter((r) => r.month > day).reduce((sum, r) => sum + Number(r[key]), 0);
    const atEnd = (day: string) => ({ outstanding: balanceNow - after(day, 'net'), pending: -after(day, 'pending') });
    const sum = (from: string, to: string): Omit<PointsFiguresType, 'outstanding' | 'pending'> => {
      const within = rows.filter((r) => r.month >= from && r.month <= to);
      const total = (key: keyof Sums) => within.reduce((s, r) => s + Number(r[key]), 0);
      return { issued: total('issued'), redeemed: total('redeemed'), expired: total('expired'), withdrawn: total('withdrawn') };
    };
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      totals: { ...sum(period.from, period.to), ...atEnd(period.to) },
      previousTotals: { ...sum(period.previousFrom, period.previousTo), ...atEnd(period.previousTo) },
      series: monthsOf(period.from, period.to).map((month) => {
        const row = byMonth.get(month) ?? { ...ZERO, month };
        return {
          period: month,
          issued: Number(row.issued),
          redeemed: Number(row.redeemed),
          expired: Number(row.expired),
          withdrawn: Number(row.withdrawn),
          // Rows are keyed by first days: those after this month's first day are the later months.
          ...atEnd(month),
        };
      }),
    };
  }

  /** The months from the previous period on and the balance now, from the slices (no segment): every month, the balance being the sum of their changes. */
  private async sliceMonths(actor: Actor, filter: DashboardFilterInput, period: Period): Promise<[MonthSums[], number]> {
    const conditions = scopeConditions(actor, filter, new SqlConditions([]), { manager: 'r.channel_manager_id', country: 'r.country' });
    const rows = await this.dataSource.query<MonthSums[]>(
      `SELECT to_char(r.month, 'YYYY-MM-DD') AS month, ${SUMS} FROM ${sliceSource(POINTS_JOURNAL)} r WHERE ${conditions.where} GROUP BY r.month ORDER BY r.month`,
      conditions.params,
    );
    return [rows.filter((r) => r.month >= period.previousFrom), rows.reduce((sum, r) => sum + Number(r.net), 0)];
  }

  /** The months from the previous period on and the balance now of a segment's partners. */
  private async segmentMonths(actor: Actor, filter: DashboardFilterInput, segment: Segment, period: Period): Promise<[MonthSums[], number]> {
    const conditions = partnerConditions(actor, filter, segment, [period.previousFrom]);
    const current = partnerConditions(actor, filter, segment, []);
    const [rows, [now]] = await Promise.all([
      this.dataSource.query<MonthSums[]>(
        `SELECT to_char(r.month, 'YYYY-MM-DD') AS month, ${SUMS} FROM points_partner_monthly r JOIN partners p ON p.id = r.partner_id
          WHERE r.month >= $1 AND ${conditions.where} GROUP BY r.month ORDER BY r.month`,
        conditions.params,
      ),
      this.dataSource.query<{ balance: string | null }[]>(`SELECT sum(b.balance) AS balance FROM points_partner_balances b JOIN partners p ON p.id = b.partner_id WHERE ${current.where}`, current.params),
    ]);
    return [rows, Number(now?.balance ?? 0)];
  }

  /** Partners active in each month of the period: from the slices, or within a segment from the partners' months. */
  private async activeByMonth(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, period: Period): Promise<Map<string, number>> {
    let rows: { month: string; active: string }[];
    if (segment) {
      const conditions = partnerConditions(actor, filter, segment, [period.from, period.to]);
      rows = await this.dataSource.query(
        `SELECT to_char(m.month, 'YYYY-MM-DD') AS month, count(*) AS active FROM points_partner_monthly m JOIN partners p ON p.id = m.partner_id
          WHERE m.month BETWEEN $1 AND $2 AND m.earnings > 0 AND ${conditions.where} GROUP BY m.month`,
        conditions.params,
      );
    } else {
      const conditions = scopeConditions(actor, filter, new SqlConditions([period.from, period.to]), { manager: 'r.channel_manager_id', country: 'r.country' });
      rows = await this.dataSource.query(
        `SELECT to_char(r.month, 'YYYY-MM-DD') AS month, sum(r.active) AS active FROM ${sliceSource(POINTS_JOURNAL)} r
          WHERE r.month BETWEEN $1 AND $2 AND ${conditions.where} GROUP BY r.month`,
        conditions.params,
      );
    }
    return new Map(rows.map((r) => [r.month, Number(r.active)]));
  }

  /**
   * In one pass over the partners in scope (one row each, with their running earning credits), for
   * the whole scope and each segment: how many partners joined in each month (those joined before
   * the period counted in the previous period's last month), and how many were active in the period
   * (an earning credit between its bounds) and in the previous one. The pass groups by which
   * segments a partner belongs to (SqlConditions.membership), so it returns a few hundred counts
   * whatever the number of segments; it runs in parallel.
   */
  private async partnerCounts(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, all: Segment[], period: Period): Promise<ScopeCounts[]> {
    const conditions = partnerConditions(actor, filter, segment, runningBounds(period));
    const at = (bound: string) => `sales_running_at(r.earnings, r.first_month, ${bound})`;
    const rows: { member: boolean[]; joined: number; active: boolean; previously_active: boolean; n: string }[] = await this.dataSource.query(
      `SELECT ${conditions.membership(all).member} AS member, least(greatest(sales_month_index((p.created_at AT TIME ZONE 'UTC')::date), $2), $1 + 1) AS joined,
              ${at('$1')} > ${at('$2')} AS active, ${at('$2')} > ${at('$3')} AS previously_active, count(*) AS n
         FROM partners p LEFT JOIN points_partner_running r ON r.partner_id = p.id
        WHERE ${conditions.where}
        GROUP BY 1, 2, 3, 4`,
      conditions.params,
    );
    // The whole scope first, then each segment.
    const counts = [new ScopeCounts(), ...all.map(() => new ScopeCounts())];
    for (const row of rows) {
      counts.forEach((c, k) => {
        if (k === 0 || row.member[k - 1]) c.add(row.joined, row.active, row.previously_active, Number(row.n));
      });
    }
    return counts;
  }
}

/** A scope's (or a segment's) partners: by the month they joined (a month index), and the active ones. */
class ScopeCounts {
  private readonly joined = new Map<number, number>();
  active = 0;
  previousActive = 0;

  add(joined: number, active: boolean, previouslyActive: boolean, n: number): void {
    this.joined.set(joined, (this.joined.get(joined) ?? 0) + n);
    if (active) this.active += n;
    if (previouslyActive) this.previousActive += n;
  }

  /** Partners that had joined by the end of the month `month` (an index, see monthIndex). */
  partnersAt(month: number): number {
    let sum = 0;
    for (const [joined, n] of this.joined) if (joined <= month) sum += n;
    return sum;
  }
}
