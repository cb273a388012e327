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
import { ExportColumn, ExportPlan } from './export-columns';

/** The ids a scoped, filtered query selects, as SQL to embed and its parameters ($1…). */
function idsOf<T extends object>(query: SelectQueryBuilder<T>, id: string): [string, unknown[]] {
  return query.select(id).orderBy().getQueryAndParameters();
}

const DECLARATION_COLUMNS: readonly ExportColumn[] = [
  { key: 'declarationId', type: 'text', sql: 'd.id' },
  { key: 'partnerCode', type: 'text', sql: 'p.code' },
  { key: 'partnerName', type: 'text', sql: 'p.name' },
  { key: 'declaredBy', type: 'text', sql: "u.first_name || ' ' || u.last_name" },
  { key: 'status', type: 'label', labels: 'declarations.status', sql: 'd.status' },
  { key: 'saleDate', type: 'date', sql: 'd.sale_date' },
  { key: 'periodStart', type: 'date', sql: 'd.period_start' },
  { key: 'periodEnd', type: 'date', sql: 'd.period_end' },
  { key: 'submittedAt', type: 'datetime', sql: 'd.submitted_at' },
  { key: 'decidedAt', type: 'datetime', sql: 'd.decided_at' },
  { key: 'currency', type: 'text', sql: 'd.currency' },
  { key: 'totalAmount', type: 'decimal', sql: 'd.total_amount' },
  { key: 'customerType', type: 'label', labels: 'declarations.customerType', sql: 'd.customer_type' },
  { key: 'customerPostalCode', type: 'text', sql: 'd.customer_postal_code' },
  { key: 'customerSector', type: 'text', sql: 'd.customer_sector' },
  { key: 'feedbackRating', type: 'int', sql: 'd.feedback_rating' },
  { key: 'feedbackComment', type: 'text', sql: 'd.feedback_comment' },
  { key: 'feedbackTags', type: 'text', sql: "array_to_string(d.feedback_tags, ' | ')" },
  { key: 'line', type: 'int', sql: 'l.position' },
  { key: 'productSku', type: 'text', sql: 'pr.sku' },
  { key: 'productName', type: 'text', sql: 'pr.name' },
  { key: 'productCategory', type: 'text', sql: 'pr.category' },
  { key: 'quantity', type: 'int', sql: 'l.quantity' },
  { key: 'amount', type: 'decimal', sql: 'l.amount' },
  { key: 'channel', type: 'label', labels: 'declarations.channel', sql: 'l.channel' },
  { key: 'invoiceReference', type: 'text', sql: 'l.invoice_reference' },
  { key: 'serialNumbers', type: 'text', sql: "array_to_string(l.serial_numbers, ' | ')" },
  { key: 'lineStatus', type: 'label', labels: 'declarations.lineStatus', sql: 'l.status' },
  { key: 'rejectReason', type: 'label', labels: 'declarations.rejectReason', sql: 'l.reject_reason_code' },
  { key: 'points', type: 'int', sql: 'l.points_awarded' },
];

const PARTNER_COLUMNS: readonly ExportColumn[] = [
  { key: 'code', type: 'text', sql: 'p.code' },
  { key: 'name', type: 'text', sql: 'p.name' },
  { key: 'type', type: 'label', labels: 'partners.type', sql: 'p.type' },
  { key: 'brandModel', type: 'label', labels: 'partners.brandModel', sql: 'p.brand_model' },
  { key: 'potential', type: 'text', sql: 'p.potential' },
  { key: 'country', type: 'text', sql: 'p.country' },
  { key: 'region', type: 'text', sql: 'p.region' },
  { key: 'city', type: 'text', sql: 'p.city' },
  { key: 'channelManager', type: 'text', sql: "cm.first_name || ' ' || cm.last_name" },
  { key: 'status', type: 'label', labels: 'partners.status', sql: 'p.status' },
  { key: 'stage', type: 'label', labels: 'progression.stage', sql: 'p.stage' },
  { key: 'tier', type: 'text', sql: 't.name_fr' },
  { key: 'createdAt', type: 'datetime', sql: 'p.created_at' },
];

const LEDGER_COLUMNS: readonly ExportColumn[] = [
  { key: 'createdAt', type: 'datetime', sql: 'e.created_at' },
  { key: 'ownerType', type: 'label', labels: 'exports.ownerType', sql: 'a.owner_type' },
  { key: 'partnerCode', type: 'text', sql: 'p.code' },
  { key: 'partnerName', type: 'text', sql: 'p.name' },
  { key: 'userName', type: 'text', sql: "u.first_name || ' ' || u.last_name" },
  { key: 'userEmail', type: 'text', sql: 'u.email' },
  { key: 'kind', type: 'label', labels: 'backofficePoints.wallet.entryKind', sql: 'e.kind' },
  { key: 'amount', type: 'int', sql: 'e.amount' },
  { key: 'sourceType', type: 'text', sql: 'e.source_type' },
  { key: 'sourceId', type: 'text', sql: 'e.source_id' },
  { key: 'reason', type: 'text', sql: 'e.reason' },
  { key: 'entryId', type: 'text', sql: 'e.id' },
];

const ORDER_COLUMNS: readonly ExportColumn[] = [
  { key: 'reference', type: 'text', sql: 'o.reference' },
  { key: 'createdAt', type: 'datetime', sql: 'o.created_at' },
  { key: 'partnerCode', type: 'text', sql: 'p.code' },
  { key: 'partnerName', type: 'text', sql: 'p.name' },
  { key: 'orderedBy', type: 'text', sql: "u.first_name || ' ' || u.last_name" },
  { key: 'status', type: 'label', labels: 'backofficeRewards.orderStatus', sql: 'o.status' },
  { key: 'line', type: 'int', sql: 'l.position' },
  { key: 'sku', type: 'text', sql: 'i.sku' },
  { key: 'item', type: 'text', sql: 'i.title_fr' },
  { key: 'quantity', type: 'int', sql: 'l.quantity' },
  { key: 'points', type: 'int', sql: 'l.quantity * l.points_each' },
  { key: 'carrier', type: 'text', sql: 'o.carrier' },
  { key: 'trackingNumber', type: 'text', sql: 'o.tracking_number' },
];

const QUIZ_RESULT_COLUMNS: readonly ExportColumn[] = [
  { key: 'quiz', type: 'text', sql: 'q.title_fr' },
  { key: 'partnerCode', type: 'text', sql: 'p.code' },
  { key: 'partnerName', type: 'text', sql: 'p.name' },
  { key: 'userName', type: 'text', sql: "u.first_name || ' ' || u.last_name" },
  { key: 'userEmail', type: 'text', sql: 'u.email' },
  { key: 'attempt', type: 'int', sql: 'a.number' },
  { key: 'status', type: 'label', labels: 'exports.attemptStatus', sql: 'a.status' },
  { key: 'startedAt', type: 'datetime', sql: 'a.started_at' },
  { key: 'closedAt', type: 'datetime', sql: 'a.closed_at' },
  { key: 'score', type: 'int', sql: 'a.score' },
  { key: 'passed', type: 'label', labels: 'exports.yesNo', sql: 'a.passed::text' },
  { key: 'points', type: 'int', sql: 'a.points_awarded' },
];

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
    const columns = PARTNER_COLUMNS.map((c) => (c.key === 'tier' ? { ...c, sql: locale === 'en' ? 't.name_en' : 't.name_fr' } : c));
    const from = `FROM partners p LEFT JOIN users cm ON cm.id = p.channel_manager_id LEFT JOIN tiers t ON t.id = p.tier_id WHERE p.id IN (${ids})`;
    return { kind: 'partners', columns, from, orderBy: 'p.name, p.id', params };
  }

  /** Brand roles, as the orders queue (its statuses, partner and search); one row per order line, newest order first. */
  orders(actor: Actor, filter: RewardOrderFilter, locale: Locale): ExportPlan {
    if (!isBrandRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const [ids, params] = idsOf(this.ordersService.filtered(this.ordersService.scoped(this.dataSource.manager, actor), filter), 'o.id');
    const columns = ORDER_COLUMNS.map((c) => (c.key === 'item' ? { ...c, sql: locale === 'en' ? 'i.title_en' : 'i.title_fr' } : c));
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
    const [ids, params] = idsOf(this.partnersService.scopedQuery(actor), 'p.id');
    const conditions = [`p.id IN (${ids})`, "a.status <> 'OPEN'"];
    const add = (condition: (n: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(condition(`$${params.length}`));
    };
    if (filter.quizId) add((n) => `a.quiz_id = ${n}`, filter.quizId);
    if (filter.from) add((n) => `a.closed_at >= (${n}::date AT TIME ZONE 'UTC')`, filter.from);
    if (filter.to) add((n) => `a.closed_at < ((${n}::date + 1) AT TIME ZONE 'UTC')`, filter.to);
    const columns = QUIZ_RESULT_COLUMNS.map((c) => (c.key === 'quiz' ? { ...c, sql: locale === 'en' ? 'q.title_en' : 'q.title_fr' } : c));
    const from = `FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN users u ON u.id = a.user_id JOIN partners p ON p.id = a.partner_id
      WHERE ${conditions.join(' AND ')}`;
    return { kind: 'quiz-results', columns, from, orderBy: 'a.closed_at DESC, a.id', params };
  }

  /**
   * Brand roles: the entries of the wallets of the partners in scope and of their people, oldest
   * first (the order the ledger was written in), optionally one partner's, kinds and days (UTC).
   */
  ledger(actor: Actor, filter: LedgerExportQuery): ExportPlan {
    if (!isBrandRole(actor.role)) throw forbidden('FORBIDDEN_ROLE');
    const [ids, params] = idsOf(this.partnersService.scopedQuery(actor), 'p.id');
    const conditions = [`p.id IN (${ids})`];
    const add = (condition: (n: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(condition(`$${params.length}`));
    };
    if (filter.partnerId) add((n) => `p.id = ${n}`, filter.partnerId);
    if (filter.ownerType) add((n) => `a.owner_type = ${n}`, filter.ownerType);
    if (filter.kinds?.length) add((n) => `e.kind = ANY(${n})`, filter.kinds);
    if (filter.from) add((n) => `e.created_at >= (${n}::date AT TIME ZONE 'UTC')`, filter.from);
    if (filter.to) add((n) => `e.created_at < ((${n}::date + 1) AT TIME ZONE 'UTC')`, filter.to);
    const from = `FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
      LEFT JOIN users u ON a.owner_type = 'USER' AND u.id = a.owner_id
      JOIN partners p ON p.id = CASE WHEN a.owner_type = 'PARTNER' THEN a.owner_id ELSE u.partner_id END
      WHERE ${conditions.join(' AND ')}`;
    return { kind: 'ledger', columns: LEDGER_COLUMNS, from, orderBy: 'e.created_at, e.id', params };
  }
}
