import { normaliseCriteria } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { criteriaCondition } from '../segments/segment-criteria.sql';
import { AnalyticsErrors, MAX_PERIOD_MONTHS } from './analytics.errors';
import { DashboardFilterInput } from './dto/dashboard-filter.input';

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const monthStart = (year: number, month: number) => isoDay(new Date(Date.UTC(year, month, 1)));
const monthEnd = (year: number, month: number) => isoDay(new Date(Date.UTC(year, month + 1, 0)));

/**
 * The filter's months (first day of the first, last day of the last) and the previous period of
 * as many months, which ends the month before it starts. Dashboards count whole months: the
 * rollups are monthly (see SalesMonthly for why).
 */
export interface Period {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  months: number;
}

export function periodOf(filter: DashboardFilterInput): Period {
  const [from, to] = [new Date(`${filter.from}T00:00:00Z`), new Date(`${filter.to}T00:00:00Z`)];
  if (from.getUTCDate() !== 1) throw AnalyticsErrors.notWholeMonths('from');
  if (filter.to !== monthEnd(to.getUTCFullYear(), to.getUTCMonth())) throw AnalyticsErrors.notWholeMonths('to');
  if (to < from) throw AnalyticsErrors.periodReversed();
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  if (months > MAX_PERIOD_MONTHS) throw AnalyticsErrors.periodTooLong();
  const [year, month] = [from.getUTCFullYear(), from.getUTCMonth()];
  return { from: filter.from, to: filter.to, previousFrom: monthStart(year, month - months), previousTo: monthEnd(year, month - 1), months };
}

/** The first day of each month from `from` to `to`. */
/** The month of a YYYY-MM-DD day counted as year × 12 + month − 1, the running totals' index (see SalesPartnerRunning). */
export const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/**
 * The parameters a read of running totals starts from: $1 the period's last month, $2 the month
 * before it starts, $3 the month before the previous period (so this period is $1 less $2 and the
 * previous one $2 less $3).
 */
export const runningBounds = (period: Period): [last: number, before: number, previousBefore: number] => {
  const first = monthIndex(period.from);
  return [monthIndex(period.to), first - 1, first - 1 - period.months];
};

export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (const d = new Date(`${from}T00:00:00Z`); isoDay(d) <= to; d.setUTCMonth(d.getUTCMonth() + 1)) months.push(isoDay(d));
  return months;
}

/** SQL conditions with positional parameters, numbered after the ones a query already has. */
export class SqlConditions {
  readonly clauses: string[] = [];
  readonly params: unknown[];

  constructor(initial: unknown[]) {
    this.params = [...initial];
  }

  add(sql: string, ...values: unknown[]): this {
    let text = sql;
    values.forEach((value) => {
      this.params.push(value);
      text = text.replace('?', `$${this.params.length}`);
    });
    this.clauses.push(text);
    return this;
  }

  /** A segment's criteria over the partners' alias. */
  addSegment(segment: Pick<Segment, 'criteria'>, alias: string, prefix: string): string {
    const { sql, params } = criteriaCondition(normaliseCriteria(segment.criteria), alias, prefix);
    return sql.replace(/:(\w+)/g, (_, name: string) => {
      this.params.push(params[name]);
      return `$${this.params.length}`;
    });
  }

  /**
   * Which of the segments the partner (alias `p`) belongs to, as a boolean array in their order
   * (`member`), and whether it belongs to any (`any`): a pass over the partners groups by the array,
   * so each partner's figures are summed once whatever the number of segments, and the groups (a
   * few dozen combinations) are added up per segment after.
   */
  membership(segments: Pick<Segment, 'criteria'>[]): { member: string; any: string } {
    if (segments.length === 0) return { member: `'{}'::boolean[]`, any: 'FALSE' };
    const each = segments.map((s, i) => `(${this.addSegment(s, 'p', `s${i}`)})`);
    return { member: `ARRAY[${each.map((c) => `coalesce(${c}, false)`).join(', ')}]`, any: `(${each.join(' OR ')})` };
  }

  get where(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : 'TRUE';
  }
}

/**
 * The viewer's scope and the filter over a channel manager and a country column: a channel manager
 * sees the partners assigned to them now (slices follow a partner's reassignment; partners are
 * joined as they are now).
 */
export function scopeConditions(actor: Actor, filter: DashboardFilterInput, conditions: SqlConditions, columns: { manager: string; country: string }): SqlConditions {
  if (actor.role === 'CHANNEL_MANAGER') conditions.add(`${columns.manager} = ?`, actor.userId);
  if (filter.channelManagerId) conditions.add(`${columns.manager} = ?`, filter.channelManagerId);
  if (filter.country) conditions.add(`${columns.country} = ?`, filter.country);
  return conditions;
}

/**
 * The viewer's scope, the filter and the segment (if any) over the partners' alias `p`, numbered
 * after the `initial` parameters: what every dashboard reading per-partner rows joined to the
 * partners narrows them by.
 */
export function partnerConditions(actor: Actor, filter: DashboardFilterInput, segment: Pick<Segment, 'criteria'> | null, initial: unknown[]): SqlConditions {
  const conditions = scopeConditions(actor, filter, new SqlConditions(initial), { manager: 'p.channel_manager_id', country: 'p.country' });
  if (segment) conditions.clauses.push(`(${conditions.addSegment(segment, 'p', 'f')})`);
  return conditions;
}
