import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { SegmentsService } from '../segments/segments.service';
import { isoDay, monthsOf, Period, periodOf, scopeConditions, SqlConditions } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { DeclarationFunnelFiguresType, DeclarationFunnelType, FlagOutcomeRowType } from './dto/declaration-funnel.type';

type Count = 'submitted' | 'approved' | 'partially_approved' | 'rejected' | 'reversed' | 'withdrawn' | 'pending' | 'needs_information' | 'decided';
type CountsRow = Record<Count, string> & { g: number; current: boolean | null; month: string | null; median: number | null; p90: number | null };
type FlagRow = Record<'raised' | 'approved' | 'rejected' | 'open' | 'previous_raised', string> & { code: string };

/** grouping(current, month): the period totals, then the months. */
const SETS = { totals: 0b01, months: 0b10 };
const APPROVED = `d.status IN ('APPROVED', 'PARTIALLY_APPROVED')`;
const OPEN = `d.status IN ('SUBMITTED', 'NEEDS_INFO')`;

const figures = (row?: CountsRow): DeclarationFunnelFiguresType => ({
  submitted: Number(row?.submitted ?? 0),
  approved: Number(row?.approved ?? 0),
  partiallyApproved: Number(row?.partially_approved ?? 0),
  rejected: Number(row?.rejected ?? 0),
  reversed: Number(row?.reversed ?? 0),
  withdrawn: Number(row?.withdrawn ?? 0),
  pending: Number(row?.pending ?? 0),
  needsInformation: Number(row?.needs_information ?? 0),
  decided: Number(row?.decided ?? 0),
  medianDecisionSeconds: row?.median ?? null,
  p90DecisionSeconds: row?.p90 ?? null,
});

/** The first instant of a day and of the day after another, in UTC. */
const startOf = (day: string) => `${day}T00:00:00Z`;
const dayAfter = (day: string) => startOf(isoDay(new Date(Date.parse(startOf(day)) + 86_400_000)));

/**
 * The declaration funnel: the declarations submitted in the period (by the time of their last
 * submission, the one the brand decided on) and where each stands now, the time the brand took to
 * decide (that submission to the decision), and the flags they raised. Read straight from the
 * declarations: they are some twenty times fewer than the lines, and a covering index on the
 * submission time makes a period a range scan (measured in tools/bench/dashboards.mjs).
 */
@Injectable()
export class DeclarationFunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async funnel(actor: Actor, filter: DashboardFilterInput): Promise<DeclarationFunnelType> {
    const period = periodOf(filter);
    const conditions = await this.conditions(actor, filter, period);
    const [rows, flags] = await Promise.all([this.counts(conditions), this.flags(conditions)]);
    const totals = (current: boolean) => rows.find((r) => r.g === SETS.totals && r.current === current);
    const months = new Map(rows.filter((r) => r.g === SETS.months && r.month).map((r) => [r.month as string, r]));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      figures: figures(totals(true)),
      previousFigures: figures(totals(false)),
      series: monthsOf(period.from, period.to).map((month) => {
        const row = months.get(month);
        return { period: month, submitted: Number(row?.submitted ?? 0), approved: Number(row?.approved ?? 0) + Number(row?.partially_approved ?? 0) };
      }),
      flags,
    };
  }

  /** $1 the start of the period, $2 the start of the previous one, $3 the end (exclusive); then the scope and the filter. */
  private async conditions(actor: Actor, filter: DashboardFilterInput, period: Period): Promise<SqlConditions> {
    const conditions = scopeConditions(actor, filter, new SqlConditions([startOf(period.from), startOf(period.previousFrom), dayAfter(period.to)]), {
      manager: 'p.channel_manager_id',
      country: 'p.country',
    });
    if (filter.segmentId) conditions.clauses.push(`(${conditions.addSegment(await this.segments.find(filter.segmentId), 'p', 'f')})`);
    return conditions;
  }

  /** Both periods' figures and the months of the period in one pass over the declarations. */
  private counts(conditions: SqlConditions): Promise<CountsRow[]> {
    const seconds = 'extract(epoch FROM d.decided_at - d.submitted_at)';
    return this.dataSource.query(
      `SELECT grouping(current, month) AS g, current, to_char(month, 'YYYY-MM-DD') AS month,
              count(*) AS submitted,
              count(*) FILTER (WHERE d.status = 'APPROVED') AS approved,
              count(*) FILTER (WHERE d.status = 'PARTIALLY_APPROVED') AS partially_approved,
              count(*) FILTER (WHERE d.status = 'REJECTED') AS rejected,
              count(*) FILTER (WHERE d.status = 'REVERSED') AS reversed,
              count(*) FILTER (WHERE d.status = 'WITHDRAWN') AS withdrawn,
              count(*) FILTER (WHERE ${OPEN}) AS pending,
              count(*) FILTER (WHERE d.id IN (SELECT e.declaration_id FROM declaration_events e WHERE e.action = 'INFO_REQUESTED')) AS needs_information,
              count(d.decided_at) AS decided,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds}) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds}) AS p90
         FROM declarations d JOIN partners p ON p.id = d.partner_id,
              LATERAL (SELECT d.submitted_at >= $1 AS current,
                              CASE WHEN d.submitted_at >= $1 THEN date_trunc('month', d.submitted_at AT TIME ZONE 'UTC') END AS month) AS k
        WHERE d.submitted_at >= $2 AND d.submitted_at < $3 AND ${conditions.where}
        GROUP BY GROUPING SETS ((current), (month))`,
      conditions.params,
    );
  }

  /** Each flag's declarations (a declaration counts once per kind, however many lines raise it). */
  private async flags(conditions: SqlConditions): Promise<FlagOutcomeRowType[]> {
    const rows: FlagRow[] = await this.dataSource.query(
      `SELECT f.code,
              count(DISTINCT d.id) FILTER (WHERE d.submitted_at >= $1) AS raised,
              count(DISTINCT d.id) FILTER (WHERE d.submitted_at >= $1 AND ${APPROVED}) AS approved,
              count(DISTINCT d.id) FILTER (WHERE d.submitted_at >= $1 AND d.status = 'REJECTED') AS rejected,
              count(DISTINCT d.id) FILTER (WHERE d.submitted_at >= $1 AND ${OPEN}) AS open,
              count(DISTINCT d.id) FILTER (WHERE d.submitted_at < $1) AS previous_raised
         FROM declaration_flags f JOIN declarations d ON d.id = f.declaration_id JOIN partners p ON p.id = d.partner_id
        WHERE d.submitted_at >= $2 AND d.submitted_at < $3 AND ${conditions.where}
        GROUP BY f.code`,
      conditions.params,
    );
    return rows
      .map((r) => ({ code: r.code, raised: Number(r.raised), approved: Number(r.approved), rejected: Number(r.rejected), open: Number(r.open), previousRaised: Number(r.previous_raised) }))
      .sort((a, b) => b.raised - a.raised || b.previousRaised - a.previousRaised || a.code.localeCompare(b.code));
  }
}
