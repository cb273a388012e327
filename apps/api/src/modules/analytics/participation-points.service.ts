import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { monthsOf, Period, periodOf, scopeConditions, SqlConditions } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { ParticipationOverviewType, PointsFiguresType, PointsOverviewType } from './dto/participation-points.type';

type Sums = Record<'issued' | 'redeemed' | 'expired' | 'withdrawn' | 'net' | 'pending', string>;
type MonthSums = Sums & { month: string };

const ZERO: Sums = { issued: '0', redeemed: '0', expired: '0', withdrawn: '0', net: '0', pending: '0' };

/** The day after an ISO day, as the bound of "created before the end of that day". */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/**
 * Participation and points, read from points_partner_monthly and points_partner_balances (kept by a
 * trigger on ledger_entries, in the ledger write's transaction), joined to the partners as they are
 * now: scope (a channel manager's current partners), country, channel manager and segment.
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
    const [active, partners, monthly] = await Promise.all([this.activeCounts(actor, filter, segment, all, period), this.partnerCounts(actor, filter, segment, all, period, months), this.activeByMonth(actor, filter, segment, period)]);
    const n = (row: Record<string, string | null>, key: string) => Number(row[key] ?? 0);
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      totals: { active: n(active, 'a'), partners: n(partners, 'p') },
      previousTotals: { active: n(active, 'pa'), partners: n(partners, 'pp') },
      series: months.map((month, i) => ({ period: month, active: monthly.get(month) ?? 0, partners: n(partners, `m${i}`) })),
      bySegment: all.map((s, i) => ({
        segmentId: s.id,
        label: s.name,
        active: n(active, `a${i}`),
        partners: n(partners, `p${i}`),
        previousActive: n(active, `pa${i}`),
        previousPartners: n(partners, `pp${i}`),
      })),
    };
  }

  async points(actor: Actor, filter: DashboardFilterInput): Promise<PointsOverviewType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    const conditions = this.partnerConditions(actor, filter, segment, [period.previousFrom]);
    const current = this.partnerConditions(actor, filter, segment, []);
    // Every month from the previous period on, the later ones included: the balance at a month's
    // end is the balance now less what moved after it.
    const [rows, [now]] = await Promise.all([
      this.dataSource.query<MonthSums[]>(
        `SELECT to_char(m.month, 'YYYY-MM-DD') AS month, sum(m.issued) AS issued, sum(m.redeemed) AS redeemed, sum(m.expired) AS expired,
                sum(m.withdrawn) AS withdrawn, sum(m.net) AS net, sum(m.pending) AS pending
           FROM points_partner_monthly m JOIN partners p ON p.id = m.partner_id
          WHERE m.month >= $1 AND ${conditions.where} GROUP BY m.month ORDER BY m.month`,
        conditions.params,
      ),
      this.dataSource.query<{ balance: string | null }[]>(`SELECT sum(b.balance) AS balance FROM points_partner_balances b JOIN partners p ON p.id = b.partner_id WHERE ${current.where}`, current.params),
    ]);
    const balanceNow = Number(now?.balance ?? 0);
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

  /** Scope, country, channel manager and segment over the partners' alias `p`. */
  private partnerConditions(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, initial: unknown[]): SqlConditions {
    const conditions = scopeConditions(actor, filter, new SqlConditions(initial), { manager: 'p.channel_manager_id', country: 'p.country' });
    if (segment) conditions.clauses.push(`(${conditions.addSegment(segment, 'p', 'f')})`);
    return conditions;
  }

  /** Distinct active partners over the period and the previous one, overall and per segment, in one pass. */
  private async activeCounts(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, all: Segment[], period: Period): Promise<Record<string, string | null>> {
    const conditions = this.partnerConditions(actor, filter, segment, [period.previousFrom, period.to, period.from]);
    const columns = all.flatMap((s, i) => {
      const condition = conditions.addSegment(s, 'p', `s${i}`);
      return [`count(DISTINCT m.partner_id) FILTER (WHERE m.month >= $3 AND ${condition}) AS a${i}`, `count(DISTINCT m.partner_id) FILTER (WHERE m.month < $3 AND ${condition}) AS pa${i}`];
    });
    const [row]: Record<string, string | null>[] = await this.dataSource.query(
      `SELECT count(DISTINCT m.partner_id) FILTER (WHERE m.month >= $3) AS a, count(DISTINCT m.partner_id) FILTER (WHERE m.month < $3) AS pa${columns.map((c) => `, ${c}`).join('')}
         FROM points_partner_monthly m JOIN partners p ON p.id = m.partner_id
        WHERE m.month BETWEEN $1 AND $2 AND m.earnings > 0 AND ${conditions.where}`,
      conditions.params,
    );
    return row;
  }

  private async activeByMonth(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, period: Period): Promise<Map<string, number>> {
    const conditions = this.partnerConditions(actor, filter, segment, [period.from, period.to]);
    const rows: { month: string; active: string }[] = await this.dataSource.query(
      `SELECT to_char(m.month, 'YYYY-MM-DD') AS month, count(*) AS active FROM points_partner_monthly m JOIN partners p ON p.id = m.partner_id
        WHERE m.month BETWEEN $1 AND $2 AND m.earnings > 0 AND ${conditions.where} GROUP BY m.month`,
      conditions.params,
    );
    return new Map(rows.map((r) => [r.month, Number(r.active)]));
  }

  /** Partners in scope existing at the end of each period, each month and, per segment, each period. */
  private async partnerCounts(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, all: Segment[], period: Period, months: string[]): Promise<Record<string, string | null>> {
    const conditions = this.partnerConditions(actor, filter, segment, [dayAfter(period.to), dayAfter(period.previousTo)]);
    const monthEnds = months.map((_, i) => {
      const next = months[i + 1];
      conditions.params.push(next ? `${next}T00:00:00Z` : dayAfter(period.to));
      return `count(*) FILTER (WHERE p.created_at < $${conditions.params.length}) AS m${i}`;
    });
    const bySegment = all.flatMap((s, i) => {
      const condition = conditions.addSegment(s, 'p', `s${i}`);
      return [`count(*) FILTER (WHERE p.created_at < $1 AND ${condition}) AS p${i}`, `count(*) FILTER (WHERE p.created_at < $2 AND ${condition}) AS pp${i}`];
    });
    const [row]: Record<string, string | null>[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.created_at < $1) AS p, count(*) FILTER (WHERE p.created_at < $2) AS pp${[...monthEnds, ...bySegment].map((c) => `, ${c}`).join('')}
         FROM partners p WHERE ${conditions.where}`,
      conditions.params,
    );
    return row;
  }
}
