import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { SegmentsService } from '../segments/segments.service';
import { monthsOf, partnerConditions, Period, periodOf, scopeConditions, SqlConditions } from './dashboard-scope';
import { DecisionBucket, decisionPercentile } from './decision-percentile';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { DeclarationFunnelFiguresType, DeclarationFunnelType, FlagOutcomeRowType } from './dto/declaration-funnel.type';
import { FLAG_JOURNAL, FUNNEL_JOURNAL, sliceSource } from './rollup-journals';

type Count = 'submitted' | 'approved' | 'partially_approved' | 'rejected' | 'reversed' | 'withdrawn' | 'pending' | 'needs_information';
type CountsRow = Record<Count | 'decision_ms', string> & { g: number; current: boolean | null; month: string | null; decision_bucket: number | null };
type FlagRow = Record<'raised' | 'approved' | 'rejected' | 'open' | 'previous_raised', string> & { code: string };

/** grouping(current, month, decision_bucket): the period totals, the months, and each period's decision-time buckets. */
const SETS = { totals: 0b011, months: 0b101, buckets: 0b010 };
const SUMS = ['submitted', 'approved', 'partially_approved', 'rejected', 'reversed', 'withdrawn', 'pending', 'needs_information', 'decision_ms']
  .map((column) => `sum(r.${column}) AS ${column}`)
  .join(', ');

const figures = (row: CountsRow | undefined, buckets: DecisionBucket[]): DeclarationFunnelFiguresType => ({
  submitted: Number(row?.submitted ?? 0),
  approved: Number(row?.approved ?? 0),
  partiallyApproved: Number(row?.partially_approved ?? 0),
  rejected: Number(row?.rejected ?? 0),
  reversed: Number(row?.reversed ?? 0),
  withdrawn: Number(row?.withdrawn ?? 0),
  pending: Number(row?.pending ?? 0),
  needsInformation: Number(row?.needs_information ?? 0),
  decided: buckets.reduce((sum, b) => sum + b.count, 0),
  medianDecisionSeconds: decisionPercentile(buckets, 0.5),
  p90DecisionSeconds: decisionPercentile(buckets, 0.9),
});

/** Where the funnel reads from: the slices, or within a segment the partners' months joined to the partners. */
interface Source {
  funnel: string;
  flags: string;
  conditions: SqlConditions;
}

/**
 * The declaration funnel: the declarations submitted in the period (by the month of their last
 * submission, the one the brand decided on) and where each stands now, the time the brand took to
 * decide (that submission to the decision), and the flags they raised. Read from rollups kept by
 * triggers in the writing transaction (migrations DeclarationFunnelRollup and
 * DeclarationFunnelSliceJournal): slices by month, channel manager, country and decision-time bucket
 * (a few dozen rows a month for a whole network) with the journal of changes not yet folded into
 * them, or, within a segment, the partners' months joined to the partners. Medians come from the buckets
 * (see decisionPercentile). Measured in tools/bench/dashboards.mjs.
 */
@Injectable()
export class DeclarationFunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async funnel(actor: Actor, filter: DashboardFilterInput): Promise<DeclarationFunnelType> {
    const period = periodOf(filter);
    const source = await this.source(actor, filter, period);
    const [rows, flags] = await Promise.all([this.counts(source), this.flags(source)]);
    const totals = (current: boolean) => rows.find((r) => r.g === SETS.totals && r.current === current);
    const buckets = (current: boolean): DecisionBucket[] =>
      rows
        .filter((r) => r.g === SETS.buckets && r.current === current && (r.decision_bucket ?? -1) >= 0)
        .sort((a, b) => (a.decision_bucket as number) - (b.decision_bucket as number))
        .map((r) => ({ count: Number(r.submitted), totalMs: Number(r.decision_ms) }));
    const months = new Map(rows.filter((r) => r.g === SETS.months && r.month).map((r) => [r.month as string, r]));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      figures: figures(totals(true), buckets(true)),
      previousFigures: figures(totals(false), buckets(false)),
      series: monthsOf(period.from, period.to).map((month) => {
        const row = months.get(month);
        return { period: month, submitted: Number(row?.submitted ?? 0), approved: Number(row?.approved ?? 0) + Number(row?.partially_approved ?? 0) };
      }),
      flags,
    };
  }

  /**
   * $1 the first month of the period, $2 the first of the previous one, $3 the last day of the
   * period; then the scope and the filter, over the slices or (with a segment) the partners.
   */
  private async source(actor: Actor, filter: DashboardFilterInput, period: Period): Promise<Source> {
    const initial = [period.from, period.previousFrom, period.to];
    if (!filter.segmentId) {
      const conditions = scopeConditions(actor, filter, new SqlConditions(initial), { manager: 'r.channel_manager_id', country: 'r.country' });
      return {
        funnel: `${sliceSource(FUNNEL_JOURNAL)} r`,
        flags: `${sliceSource(FLAG_JOURNAL)} r`,
        conditions,
      };
    }
    const conditions = partnerConditions(actor, filter, await this.segments.find(filter.segmentId), initial);
    return {
      funnel: 'declaration_funnel_partner_monthly r JOIN partners p ON p.id = r.partner_id',
      flags: 'declaration_flag_partner_monthly r JOIN partners p ON p.id = r.partner_id',
      conditions,
    };
  }

  /** Both periods' figures, the months of the period, and each period's decision-time buckets, in one pass. */
  private counts({ funnel, conditions }: Source): Promise<CountsRow[]> {
    return this.dataSource.query(
      `SELECT grouping(k.current, k.in_period, r.decision_bucket) AS g, k.current, to_char(k.in_period, 'YYYY-MM-DD') AS month, r.decision_bucket, ${SUMS}
         FROM ${funnel},
              LATERAL (SELECT r.month >= $1::date AS current, CASE WHEN r.month >= $1::date THEN r.month END AS in_period) AS k
        WHERE r.month >= $2::date AND r.month <= $3::date AND ${conditions.where}
        GROUP BY GROUPING SETS ((k.current), (k.in_period), (k.current, r.decision_bucket))`,
      conditions.params,
    );
  }

  /** Each flag's declarations (a declaration counts once per kind, however many lines raise it). */
  private async flags({ flags, conditions }: Source): Promise<FlagOutcomeRowType[]> {
    const rows: FlagRow[] = await this.dataSource.query(
      `SELECT r.code,
              coalesce(sum(r.raised) FILTER (WHERE r.month >= $1::date), 0) AS raised,
              coalesce(sum(r.approved) FILTER (WHERE r.month >= $1::date), 0) AS approved,
              coalesce(sum(r.rejected) FILTER (WHERE r.month >= $1::date), 0) AS rejected,
              coalesce(sum(r.open) FILTER (WHERE r.month >= $1::date), 0) AS open,
              coalesce(sum(r.raised) FILTER (WHERE r.month < $1::date), 0) AS previous_raised
         FROM ${flags}
        WHERE r.month >= $2::date AND r.month <= $3::date AND ${conditions.where}
        GROUP BY r.code HAVING sum(r.raised) > 0`,
      conditions.params,
    );
    return rows
      .map((r) => ({ code: r.code, raised: Number(r.raised), approved: Number(r.approved), rejected: Number(r.rejected), open: Number(r.open), previousRaised: Number(r.previous_raised) }))
      .sort((a, b) => b.raised - a.raised || b.previousRaised - a.previousRaised || a.code.localeCompare(b.code));
  }
}
