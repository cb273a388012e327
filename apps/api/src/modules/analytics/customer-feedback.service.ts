import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { Segment } from '../segments/segment.entity';
import { SegmentsService } from '../segments/segments.service';
import { monthsOf, Period, periodOf, scopeConditions, SqlConditions } from './dashboard-scope';
import { CustomerFeedbackType, FeedbackCommentType, FeedbackRatingFiguresType, FeedbackTagRowType } from './dto/customer-feedback.type';
import { DashboardFilterInput } from './dto/dashboard-filter.input';

const TOP_TAGS = 10;
const LATEST_COMMENTS = 20;
const RATINGS = [1, 2, 3, 4, 5] as const;

type Ratings = Record<'rating1' | 'rating2' | 'rating3' | 'rating4' | 'rating5', string>;
type MonthRow = Ratings & { month: string; comments: string };

/** The day of sale the sell-out counts a declaration at (its month is the rollups' month). */
export const SALE_DAY = `coalesce(d.sale_date, d.period_end, (d.decided_at AT TIME ZONE 'UTC')::date)`;

const counts = (row: Ratings | undefined) => RATINGS.map((r) => Number(row?.[`rating${r}`] ?? 0));
function figures(perRating: number[]): FeedbackRatingFiguresType {
  const count = perRating.reduce((a, b) => a + b, 0);
  const sum = perRating.reduce((a, n, i) => a + n * (i + 1), 0);
  return { count, average: count === 0 ? null : Math.round((sum / count) * 100) / 100 };
}
const add = (a: number[], b: number[]) => a.map((n, i) => n + b[i]);

/**
 * Customer feedback of the declarations the sell-out counts: approved (in full or in part) and not
 * reversed, in their month of sale, so the ratings are as trustworthy as the sell-out and move with
 * it. Figures come from the feedback rollups (slices, or partner months within a segment), the
 * latest comments from the declarations through a partial index on their day of sale. Comments are
 * end customers' words: the viewer's scope (a channel manager's own partners) bounds them like every
 * figure, and partner users never reach this query.
 */
@Injectable()
export class CustomerFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async feedback(actor: Actor, filter: DashboardFilterInput): Promise<CustomerFeedbackType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    const [months, tags] = await Promise.all([this.ratingMonths(actor, filter, segment, period), this.tags(actor, filter, segment, period)]);
    const since = this.commentsSince(months, period);
    let comments = await this.comments(actor, filter, segment, period, since);
    // Fewer than counted (a comment erased since it was counted): the rest of the period, to be sure.
    if (since !== null && since > period.from && comments.length < LATEST_COMMENTS) comments = await this.comments(actor, filter, segment, period, period.from);
    const byMonth = new Map(months.map((m) => [m.month, counts(m)]));
    const sum = (from: string, to: string) => months.filter((m) => m.month >= from && m.month <= to).reduce((a, m) => add(a, counts(m)), [0, 0, 0, 0, 0]);
    const [current, previous] = [sum(period.from, period.to), sum(period.previousFrom, period.previousTo)];
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      ratings: figures(current),
      previousRatings: figures(previous),
      series: monthsOf(period.from, period.to).map((month) => ({ period: month, ...figures(byMonth.get(month) ?? [0, 0, 0, 0, 0]) })),
      distribution: [...RATINGS].reverse().map((rating) => ({ rating, count: current[rating - 1], previousCount: previous[rating - 1] })),
      tags,
      comments,
    };
  }

  /** The scope and filter over the partners' alias p; $1 and $2 are the period's bounds the caller set. */
  private conditions(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, initial: unknown[], columns = { manager: 'p.channel_manager_id', country: 'p.country' }): SqlConditions {
    const conditions = scopeConditions(actor, filter, new SqlConditions(initial), columns);
    if (segment) conditions.clauses.push(`(${conditions.addSegment(segment, 'p', 'f')})`);
    return conditions;
  }

  /** Without a segment, the slices (the partners' channel manager and country are in their key); within one, the partner months. */
  private rollup(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, period: Period, slices: string, partnerMonths: string) {
    const sliced = segment === null;
    const conditions = this.conditions(actor, filter, segment, [period.previousFrom, period.to], sliced ? { manager: 's.channel_manager_id', country: 's.country' } : undefined);
    const from = sliced ? `${slices} s` : `${partnerMonths} s JOIN partners p ON p.id = s.partner_id`;
    return { conditions, from: `${from} WHERE s.month BETWEEN $1 AND $2 AND ${conditions.where}` };
  }

  private ratingMonths(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, period: Period): Promise<MonthRow[]> {
    const { conditions, from } = this.rollup(actor, filter, segment, period, 'feedback_slices', 'feedback_partner_monthly');
    return this.dataSource.query(
      `SELECT to_char(s.month, 'YYYY-MM-DD') AS month, ${RATINGS.map((r) => `sum(s.rating${r}) AS rating${r}`).join(', ')}, sum(s.comments) AS comments FROM ${from} GROUP BY s.month`,
      conditions.params,
    );
  }

  private async tags(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, period: Period): Promise<FeedbackTagRowType[]> {
    const { conditions, from } = this.rollup(actor, filter, segment, period, 'feedback_tag_slices', 'feedback_tag_monthly');
    const start = conditions.params.push(period.from);
    const rows: { tag: string; count: string; previous: string }[] = await this.dataSource.query(
      `SELECT s.tag, sum(s.declarations) FILTER (WHERE s.month >= $${start}) AS count, coalesce(sum(s.declarations) FILTER (WHERE s.month < $${start}), 0) AS previous
         FROM ${from} GROUP BY s.tag HAVING sum(s.declarations) FILTER (WHERE s.month >= $${start}) > 0
        ORDER BY count DESC, s.tag LIMIT ${TOP_TAGS}`,
      conditions.params,
    );
    return rows.map((r) => ({ tag: r.tag, count: Number(r.count), previousCount: Number(r.previous) }));
  }

  /**
   * The first month that, with the months after it, holds the scope's latest comments of the period
   * (null when the period has none): the comments' walk then stops there instead of reading the
   * whole period's comments of the network when the scope has few of them.
   */
  private commentsSince(months: MonthRow[], period: Period): string | null {
    let found = 0;
    const inPeriod = months.filter((m) => m.month >= period.from && m.month <= period.to && Number(m.comments) > 0).sort((a, b) => b.month.localeCompare(a.month));
    for (const month of inPeriod) {
      found += Number(month.comments);
      if (found >= LATEST_COMMENTS) return month.month;
    }
    return inPeriod.length > 0 ? period.from : null;
  }

  /** The latest comments by day of sale: the partial index walks back from the period's end and stops at the twentieth in scope. */
  private async comments(actor: Actor, filter: DashboardFilterInput, segment: Segment | null, period: Period, since: string | null): Promise<FeedbackCommentType[]> {
    if (since === null) return [];
    const conditions = this.conditions(actor, filter, segment, [since, period.to]);
    const rows: { id: string; rating: number | null; comment: string; tags: string[]; partner_id: string; name: string; day: string }[] = await this.dataSource.query(
      `SELECT d.id, d.feedback_rating AS rating, d.feedback_comment AS comment, d.feedback_tags AS tags, p.id AS partner_id, p.name, to_char(${SALE_DAY}, 'YYYY-MM-DD') AS day
         FROM declarations d
         JOIN sales_counted_declarations c ON c.declaration_id = d.id AND c.counted
         JOIN partners p ON p.id = d.partner_id
        WHERE d.feedback_comment <> '' AND d.status IN ('APPROVED', 'PARTIALLY_APPROVED') AND ${SALE_DAY} BETWEEN $1 AND $2 AND ${conditions.where}
        ORDER BY ${SALE_DAY} DESC, d.id DESC LIMIT ${LATEST_COMMENTS}`,
      conditions.params,
    );
    return rows.map((r) => ({ declarationId: r.id, rating: r.rating, comment: r.comment, tags: r.tags, partnerId: r.partner_id, partnerName: r.name, date: r.day }));
  }
}
