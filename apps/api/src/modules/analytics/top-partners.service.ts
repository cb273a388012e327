import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { SegmentsService } from '../segments/segments.service';
import { partnerConditions, periodOf, runningBounds } from './dashboard-scope';
import { DashboardFilterInput } from './dto/dashboard-filter.input';
import { PartnerSalesRowType, TopPartnersType } from './dto/top-partners.type';

const TOP = 10;
const MOVERS = 5;

type List = 'top' | 'rise' | 'fall';
interface Row {
  list: List | 'count';
  partner_id: string | null;
  amount: string;
  previous: string;
  lines: string | null;
  name: string | null;
  code: string | null;
  country: string | null;
}

const cents = (value: string | null) => Number(value ?? 0) / 100;

/**
 * Top partners and movers: every partner in scope ranked on the period and on its change against
 * the previous period, from the running totals (one row a partner, two lookups a period) rather
 * than the partner months (up to 24 rows a partner for 12 + 12 months). Same sell-out as the
 * sales dashboard: approved lines of declarations that stay approved, by month of sale.
 */
@Injectable()
export class TopPartnersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async topPartners(actor: Actor, filter: DashboardFilterInput): Promise<TopPartnersType> {
    const period = periodOf(filter);
    const segment = filter.segmentId ? await this.segments.find(filter.segmentId) : null;
    const conditions = partnerConditions(actor, filter, segment, runningBounds(period));
    // The whole network needs no partner attribute: the running totals alone, without the join.
    const partners = conditions.clauses.length > 0 ? 'JOIN partners p ON p.id = r.partner_id' : '';
    const at = (column: string, month: string) => `sales_running_at(r.${column}, r.first_month, ${month})`;
    const rows: Row[] = await this.dataSource.query(
      `WITH f AS MATERIALIZED (
         SELECT r.partner_id, ${at('amount_cents', '$1')} - ${at('amount_cents', '$2')} AS amount, ${at('amount_cents', '$2')} - ${at('amount_cents', '$3')} AS previous
           FROM sales_partner_running r ${partners} WHERE ${conditions.where}),
       picked AS (
         (SELECT 'top' AS list, partner_id, amount, previous FROM f WHERE amount > 0 ORDER BY amount DESC, partner_id LIMIT ${TOP})
         UNION ALL (SELECT 'rise', partner_id, amount, previous FROM f WHERE amount > previous ORDER BY amount - previous DESC, partner_id LIMIT ${MOVERS})
         UNION ALL (SELECT 'fall', partner_id, amount, previous FROM f WHERE amount < previous ORDER BY amount - previous, partner_id LIMIT ${MOVERS})
         UNION ALL SELECT 'count', NULL, count(*), 0 FROM f WHERE amount > 0)
       SELECT k.list, k.partner_id, k.amount, k.previous, ${at('lines', '$1')} - ${at('lines', '$2')} AS lines, p.name, p.code, p.country
         FROM picked k LEFT JOIN sales_partner_running r ON r.partner_id = k.partner_id LEFT JOIN partners p ON p.id = k.partner_id`,
      conditions.params,
    );
    const list = (name: List): PartnerSalesRowType[] =>
      rows
        .filter((r) => r.list === name)
        .map((r) => {
          const [amount, previousAmount] = [cents(r.amount), cents(r.previous)];
          const change = Math.round((amount - previousAmount) * 100) / 100;
          return {
            rank: 0,
            partnerId: r.partner_id ?? '',
            name: r.name ?? '',
            code: r.code ?? '',
            country: r.country ?? '',
            amount,
            lines: Number(r.lines ?? 0),
            previousAmount,
            change,
            changePercent: previousAmount === 0 ? null : Math.round((change / previousAmount) * 10_000) / 100,
          };
        })
        // The order the query picked them in (the join does not keep it).
        .sort((a, b) => (name === 'top' ? b.amount - a.amount : name === 'rise' ? b.change - a.change : a.change - b.change) || a.partnerId.localeCompare(b.partnerId))
        .map((row, i) => ({ ...row, rank: i + 1 }));
    return {
      from: period.from,
      to: period.to,
      previousFrom: period.previousFrom,
      partnersWithSales: Number(rows.find((r) => r.list === 'count')?.amount ?? 0),
      top: list('top'),
      rises: list('rise'),
      falls: list('fall'),
    };
  }
}
