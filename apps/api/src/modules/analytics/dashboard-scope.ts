import { normaliseCriteria } from '@relais/domain';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { criteriaCondition } from '../segments/segment-criteria.sql';
import { AnalyticsErrors, MAX_PERIOD_DAYS } from './analytics.errors';
import { DashboardFilterInput } from './dto/dashboard-filter.input';

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The filter's period and the previous one of equal length, which ends the day before it starts. */
export interface Period {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  days: number;
}

export function periodOf(filter: DashboardFilterInput): Period {
  const [from, to] = [dayOf(filter.from), dayOf(filter.to)];
  if (to < from) throw AnalyticsErrors.periodReversed();
  const days = (to - from) / DAY_MS + 1;
  if (days > MAX_PERIOD_DAYS) throw AnalyticsErrors.periodTooLong();
  return { from: filter.from, to: filter.to, previousFrom: isoDay(from - days * DAY_MS), previousTo: isoDay(from - DAY_MS), days };
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

  /** A segment's criteria over a profile alias (profiles carry the partner columns segments read). */
  addSegment(segment: Pick<Segment, 'criteria'>, alias: string, prefix: string): string {
    const { sql, params } = criteriaCondition(normaliseCriteria(segment.criteria), alias, prefix);
    return sql.replace(/:(\w+)/g, (_, name: string) => {
      this.params.push(params[name]);
      return `$${this.params.length}`;
    });
  }

  get where(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : 'TRUE';
  }
}

/**
 * The profile conditions of the viewer's scope and the filter: a channel manager sees the partners
 * assigned to them now (profiles carry the current assignment: a reassigned partner's sales move with it).
 */
export function profileConditions(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, conditions: SqlConditions, alias = 'sp'): SqlConditions {
  if (actor.role === 'CHANNEL_MANAGER') conditions.add(`${alias}.channel_manager_id = ?`, actor.userId);
  if (filter.channelManagerId) conditions.add(`${alias}.channel_manager_id = ?`, filter.channelManagerId);
  if (filter.country) conditions.add(`${alias}.country = ?`, filter.country);
  if (segment) conditions.clauses.push(`(${conditions.addSegment(segment, alias, 'f')})`);
  return conditions;
}
