import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isBrandRole } from '@relais/domain';
import type { Locale } from '@relais/i18n';
import { DataSource, SelectQueryBuilder } from 'typeorm';

import { Actor } from '../../core/auth/actor';
import { forbidden } from '../../core/errors/domain-error';
import { DeclarationsService } from '../declarations/declarations.service';
import { DeclarationFilter } from '../declarations/dto/declaration-filter.input';
import { PartnerFilter } from '../partners/dto/partner-filter.input';
import { PartnersService } from '../partners/partners.service';
import { RewardOrderFilter } from '../rewards/dto/reward-order.input';
import { RewardOrdersService } from '../rewards/reward-orders.service';
import { LedgerExportQuery, QuizResultsExportQuery } from './dto/export-query';
import { DECLARATION_COLUMNS, LEDGER_COLUMNS, ORDER_COLUMNS, PARTNER_COLUMNS, QUIZ_RESULT_COLUMNS } from './export-column-sets';
import { ExportColumn, ExportPlan } from './export-columns';

/** The ids a scoped, filtered query selects, as SQL to embed and its parameters ($1…). */
function idsOf<T extends object>(query: SelectQueryBuilder<T>, id: string): [string, unknown[]] {
  return query.select(id).orderBy().getQueryAndParameters();
}

/** The columns with the one whose text exists in both languages read in the reader's. */
const inLocale = (columns: readonly ExportColumn[], key: string, locale: Locale, sql: Record<Locale, string>) => columns.map((c) => (c.key === key ? { ...c, sql: sql[locale] } : c));

/**
 * The WHERE of an export over the partners in the actor's scope (alias `p`), with conditions whose
 * values become parameters after the scope's; `days` keeps a column within whole UTC days.
 */
function scopedWhere(partnersInScope: SelectQueryBuilder<object>) {
  const [ids, params] = idsOf(partnersInScope, 'p.id');
  const conditions = [`p.id IN (${ids})`];
  const where = {
    params,
    and(condition: (n: string) => string, value: unknown) {
      if (value === undefined || value === null || (Array.isArray(value) && !value.length)) return where;
      params.push(value);
      conditions.push(condition(`$${params.length}`));
      return where;
    },
    days(column: string, from?: string, to?: string) {
      return where.and((n) => `${column} >= (${n}::date AT TIME ZONE 'UTC')`, from).and((n) => `${column} < ((${n}::date + 1) AT TIME ZONE 'UTC')`, to);
    },
    sql: () => conditions.join(' AND '),
  };
  return where;
}

/**
 * What each export reads: the rows of its page in the caller's scope, with the page's filters, as
 * the owning feature's service selects them (so an export never shows a row the page would hide),
 * joined to the columns a spreadsheet needs.
 */
@Injectable()
export class ExportPlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly declarationsService: DeclarationsService,
    private readonly partnersService: PartnersService,
    private readonly ordersService: RewardOrdersService,
  ) {}

  /** One row per declaration line, newest declaration first as in the queue. */
  async declarations(actor: Actor, filter: DeclarationFilter): Promise<ExportPlan> {
    const [ids, params] = idsOf(await this.declarationsService.filtered(actor, filter, this.dataSource.manager), 'd.id');
    const from = `FROM declarations d JOIN partners p ON p.id = d.partner_id JOIN users u ON u.id = d.declared_by_id
      JOIN declaration_lines l ON l.declaration_id = d.id JOIN products pr ON pr.id = l.product_id
      WHERE d.id IN (${ids})`;
    return { kind: 'declarations', columns: DECLARATION_COLUMNS, from, orderBy: 'coalesce(d.submitted_at, d.created_at) DESC, d.id, l.position', params };
  }

  /** Brand roles, as the partners list; by name. */
  partners(actor: Actor, filter: PartnerFilter, locale: Locale): ExportPlan {
    if (!isBrandRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const [ids, params] = idsOf(this.partnersService.filtered(actor, filter), 'p.id');
    const columns = inLocale(PARTNER_COLUMNS, 'tier', locale, { en: 't.name_en', fr: 't.name_fr' });
    const from = `FROM partners p LEFT JOIN users cm ON cm.id = p.channel_manager_id LEFT JOIN tiers t ON t.id = p.tier_id WHERE p.id IN (${ids})`;
    return { kind: 'partners', columns, from, orderBy: 'p.name, p.id', params };
  }

  /** Brand roles, as the orders queue (its statuses, partner and search); one row per order line, newest order first. */
  orders(actor: Actor, filter: RewardOrderFilter, locale: Locale): ExportPlan {
    if (!isBrandRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const [ids, params] = idsOf(this.ordersService.filtered(this.ordersService.scoped(this.dataSource.manager, actor), filter), 'o.id');
    const columns = inLocale(ORDER_COLUMNS, 'item', locale, { en: 'i.title_en', fr: 'i.title_fr' });
    const from = `FROM reward_orders o JOIN partners p ON p.id = o.partner_id JOIN users u ON u.id = o.ordered_by_id
      JOIN reward_order_lines l ON l.order_id = o.id JOIN reward_items i ON i.id = l.item_id
      WHERE o.id IN (${ids})`;
    return { kind: 'orders', columns, from, orderBy: 'o.created_at DESC, o.id, l.position', params };
  }

  /**
   * Brand roles: the closed attempts (submitted or expired) of the people of the partners in scope,
   * as the quiz statistics count them; optionally one quiz's, and days (UTC) they closed on.
   */
  quizResults(actor: Actor, filter: QuizResultsExportQuery, locale: Locale): ExportPlan {
    if (!isBrandRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const where = scopedWhere(this.partnersService.scopedQuery(actor))
      .and((n) => `a.quiz_id = ${n}`, filter.quizId)
      .days('a.closed_at', filter.from, filter.to);
    const columns = inLocale(QUIZ_RESULT_COLUMNS, 'quiz', locale, { en: 'q.title_en', fr: 'q.title_fr' });
    const from = `FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN users u ON u.id = a.user_id JOIN partners p ON p.id = a.partner_id
      WHERE ${where.sql()} AND a.status <> 'OPEN'`;
    return { kind: 'quiz-results', columns, from, orderBy: 'a.closed_at DESC, a.id', params: where.params };
  }

  /**
   * Brand roles: the entries of the wallets of the partners in scope and of their people, oldest
   * first (the order the ledger was written in), optionally one partner's, kinds and days (UTC).
   */
  ledger(actor: Actor, filter: LedgerExportQuery): ExportPlan {
    if (!isBrandRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const where = scopedWhere(this.partnersService.scopedQuery(actor))
      .and((n) => `p.id = ${n}`, filter.partnerId)
      .and((n) => `a.owner_type = ${n}`, filter.ownerType)
      .and((n) => `e.kind = ANY(${n})`, filter.kinds)
      .days('e.created_at', filter.from, filter.to);
    const from = `FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
      LEFT JOIN users u ON a.owner_type = 'USER' AND u.id = a.owner_id
      JOIN partners p ON p.id = CASE WHEN a.owner_type = 'PARTNER' THEN a.owner_id ELSE u.partner_id END
      WHERE ${where.sql()}`;
    return { kind: 'ledger', columns: LEDGER_COLUMNS, from, orderBy: 'e.created_at, e.id', params: where.params };
  }
}
