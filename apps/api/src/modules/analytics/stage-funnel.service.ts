import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STAGES } from '@relais/domain';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { SegmentsService } from '../segments/segments.service';
import { isoDay, periodOf, scopeConditions, SqlConditions } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { StageFunnelOverviewType } from './dto/stage-funnel.type';

/** partner_stage_dates' column for each stage, in journey order (STAGES). */
const COLUMNS = ['integration_at', 'enablement_at', 'motivation_at', 'growth_at'] as const;

/** The first instant of a day, and of the day after another, in UTC. */
const startOf = (day: string) => `${day}T00:00:00Z`;
const dayAfter = (day: string) => startOf(isoDay(new Date(Date.parse(startOf(day)) + 86_400_000)));

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * The stage funnel: how many partners in scope had completed each stage of the journey at the end
 * of the period and of the previous one, how many completed it during each, the conversion from a
 * step to the next, and the median time it took. "Reached" is completed, as StageEvaluation
 * records it (stages complete in order and are never taken back), so a partner that reached a
 * stage reached every one before it.
 *
 * Read from partner_stage_dates, one narrow row per partner (when it joined and completed each
 * stage) kept by triggers, joined to the partners as they are now only when the scope or the
 * filter is about them (measured on 100,000 partners in tools/bench).
 */
@Injectable()
export class StageFunnelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async overview(actor: Actor, filter: DashboardFilterInput): Promise<StageFunnelOverviewType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    // $1 the end of the period, $2 its start (the end of the previous one), $3 the previous start.
    const conditions = scopeConditions(actor, filter, new SqlConditions([dayAfter(period.to), startOf(period.from), startOf(period.previousFrom)]), {
      manager: 'p.channel_manager_id',
      country: 'p.country',
    });
    if (segment) conditions.clauses.push(`(${conditions.addSegment(segment, 'p', 'f')})`);
    const seconds = (column: string, before: string) => `extract(epoch FROM d.${column} - ${before})`;
    const counts = COLUMNS.flatMap((column, i) => [
      `count(d.${column}) FILTER (WHERE d.${column} < $1) AS r${i}`,
      `count(d.${column}) FILTER (WHERE d.${column} < $2) AS pr${i}`,
      `count(d.${column}) FILTER (WHERE d.${column} >= $2 AND d.${column} < $1) AS n${i}`,
      `count(d.${column}) FILTER (WHERE d.${column} >= $3 AND d.${column} < $2) AS pn${i}`,
    ]);
    const medians = COLUMNS.flatMap((column, i) => {
      const before = i === 0 ? 'd.joined_at' : `d.${COLUMNS[i - 1]}`;
      return [
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds(column, before)}) FILTER (WHERE d.${column} >= $2 AND d.${column} < $1) AS m${i}`,
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${seconds(column, before)}) FILTER (WHERE d.${column} >= $3 AND d.${column} < $2) AS pm${i}`,
      ];
    });
    // Without a condition on the partners' attributes the narrow rollup alone answers.
    const from = conditions.clauses.length ? 'partner_stage_dates d JOIN partners p ON p.id = d.partner_id' : 'partner_stage_dates d';
    // Two statements, run side by side: the counts can use parallel workers, the medians (ordered-set
    // aggregates, never parallel) only read the partners that completed a stage in either period.
    const [[countRow], [medianRow]] = await Promise.all([
      this.dataSource.query<Record<string, string | number | null>[]>(
        `SELECT count(*) AS partners, count(*) FILTER (WHERE d.joined_at < $2) AS previous_partners,
                count(*) FILTER (WHERE d.joined_at >= $2) AS joined, count(*) FILTER (WHERE d.joined_at >= $3 AND d.joined_at < $2) AS previous_joined,
                ${counts.join(',\n                ')}
           FROM ${from} WHERE d.joined_at < $1 AND ${conditions.where}`,
        conditions.params,
      ),
      this.dataSource.query<Record<string, string | number | null>[]>(
        `SELECT ${medians.join(',\n                ')}
           FROM ${from}
          WHERE (${COLUMNS.map((c) => `d.${c} >= $3`).join(' OR ')}) AND d.joined_at < $1 AND ${conditions.where}`,
        conditions.params,
      ),
    ]);
    const row = { ...countRow, ...medianRow };
    const n = (key: string) => Number(row[key] ?? 0);
    const median = (key: string) => (row[key] === null ? null : Math.round(Number(row[key])));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      partners: n('partners'),
      previousPartners: n('previous_partners'),
      joinedInPeriod: n('joined'),
      previousJoinedInPeriod: n('previous_joined'),
      steps: STAGES.map((stage, i) => ({
        stage,
        reached: n(`r${i}`),
        previousReached: n(`pr${i}`),
        reachedInPeriod: n(`n${i}`),
        previousReachedInPeriod: n(`pn${i}`),
        conversion: share(n(`r${i}`), i === 0 ? n('partners') : n(`r${i - 1}`)),
        previousConversion: share(n(`pr${i}`), i === 0 ? n('previous_partners') : n(`pr${i - 1}`)),
        medianSecondsFromPrevious: median(`m${i}`),
        previousMedianSecondsFromPrevious: median(`pm${i}`),
      })),
    };
  }
}
