import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CustomerType, DeclarationStatus } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The end customer's personal data a declaration holds, by API name and column: what says who the
 * customer is or where (postal code, sector) and what they said in their own words (comment).
 * Kept: the customer type (B2B or B2C), the rating (1 to 5) and the tags (topic labels such as
 * "price" or "delivery"). Once the postal code, sector, comment and proofs are gone they point to
 * no one, and they are what the feedback figures count: the feedback rollups keep ratings and tags
 * per month and take a declaration's own values back out when it stops counting, so clearing them
 * would move the dashboards now and leave counts behind later.
 */
export const CUSTOMER_DATA_COLUMNS = {
  customerPostalCode: 'customer_postal_code',
  customerSector: 'customer_sector',
  feedbackComment: 'feedback_comment',
} as const;

export type CustomerDataField = keyof typeof CUSTOMER_DATA_COLUMNS;

export interface CustomerDataSearch {
  partnerId?: string;
  /** Sale date, or a period overlapping the range (YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  postalCode?: string;
  commentContains?: string;
  invoiceReference?: string;
}

export interface CustomerDataRow {
  id: string;
  partnerId: string;
  partnerCode: string;
  partnerName: string;
  status: DeclarationStatus;
  saleDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  submittedAt: Date | null;
  currency: string;
  totalAmount: string;
  invoiceReferences: string[];
  customerType: CustomerType | null;
  customerPostalCode: string | null;
  customerSector: string | null;
  feedbackRating: number | null;
  feedbackComment: string | null;
  feedbackTags: string[];
}

export interface CustomerDataErased {
  /** The fields that still held a value, over all the declarations. */
  fields: CustomerDataField[];
  declarations: number;
}

const SELECT = `SELECT d.id, d.partner_id AS "partnerId", p.code AS "partnerCode", p.name AS "partnerName", d.status,
       to_char(d.sale_date, 'YYYY-MM-DD') AS "saleDate", to_char(d.period_start, 'YYYY-MM-DD') AS "periodStart",
       to_char(d.period_end, 'YYYY-MM-DD') AS "periodEnd", d.submitted_at AS "submittedAt", d.currency, d.total_amount AS "totalAmount",
       ARRAY(SELECT DISTINCT l.invoice_reference FROM declaration_lines l WHERE l.declaration_id = d.id AND l.invoice_reference <> ''
              ORDER BY l.invoice_reference) AS "invoiceReferences",
       d.customer_type AS "customerType", d.customer_postal_code AS "customerPostalCode", d.customer_sector AS "customerSector",
       d.feedback_rating AS "feedbackRating", d.feedback_comment AS "feedbackComment", d.feedback_tags AS "feedbackTags"
  FROM declarations d JOIN partners p ON p.id = d.partner_id`;

// A draft is the partner's own business until it is submitted (see declaration-scope.ts): the
// brand neither reads nor erases it.
const NOT_DRAFT = `d.status <> 'DRAFT'`;

const ORDER = `ORDER BY coalesce(d.sale_date, d.period_end) DESC, d.id`;

/** Postal codes compare without spaces and case: `59 000` and `59000` are one place. */
const postalKey = (sql: string) => `upper(replace(${sql}, ' ', ''))`;

/**
 * What declarations hold about end customers, for the brand's answer to a customer's request:
 * find, read and erase it. Every sales fact (lines, amounts, products, dates, statuses, points)
 * is left as it is, so no figure built on declarations moves.
 */
@Injectable()
export class DeclarationCustomerDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Submitted declarations (any status but draft) matching every criterion given, newest sale
   * first, at most `limit`, with the count of all matches. Rare back-office searches: the postal
   * code and comment criteria scan the declarations rather than keep indexes on every write.
   */
  async search(criteria: CustomerDataSearch, limit: number): Promise<{ rows: CustomerDataRow[]; total: number }> {
    const params: unknown[] = [];
    const where = [NOT_DRAFT];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (criteria.partnerId) add((p) => `d.partner_id = ${p}`, criteria.partnerId);
    if (criteria.from) add((p) => `coalesce(d.sale_date, d.period_end) >= ${p}::date`, criteria.from);
    if (criteria.to) add((p) => `coalesce(d.sale_date, d.period_start) <= ${p}::date`, criteria.to);
    if (criteria.postalCode) add((p) => `${postalKey('d.customer_postal_code')} = ${postalKey(p)}`, criteria.postalCode);
    if (criteria.commentContains) add((p) => `strpos(lower(d.feedback_comment), lower(${p})) > 0`, criteria.commentContains);
    if (criteria.invoiceReference) {
      // Stored trimmed and upper-cased (see DeclarationLine), so the line index answers.
      add((p) => `EXISTS (SELECT 1 FROM declaration_lines l WHERE l.declaration_id = d.id AND l.invoice_reference = upper(trim(${p})))`, criteria.invoiceReference);
    }
    const whereSql = `WHERE ${where.join(' AND ')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<CustomerDataRow[]>(`${SELECT} ${whereSql} ${ORDER} LIMIT ${limit}`, params),
      this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM declarations d ${whereSql}`, params),
    ]);
    return { rows, total };
  }

  /** The declarations of `ids` that are not drafts, in the order of `ids`; missing ones are left out. */
  async read(manager: EntityManager, ids: readonly string[]): Promise<CustomerDataRow[]> {
    const rows = await manager.query<CustomerDataRow[]>(`${SELECT} WHERE d.id = ANY($1::uuid[]) AND ${NOT_DRAFT}`, [[...ids]]);
    return ids.flatMap((id) => rows.filter((row) => row.id === id));
  }

  /**
   * Clears the customer's personal data from the declarations of `ids` (in `manager`'s
   * transaction, rows locked): the profile's postal code and sector, the comment, the
   * proof file names their flags quote, and the postal code and sector of the rows of the file an
   * imported declaration came from. Clearing what is already clear changes nothing.
   */
  async erase(manager: EntityManager, ids: readonly string[]): Promise<CustomerDataErased> {
    const held = Object.entries(CUSTOMER_DATA_COLUMNS)
      .map(([field, column]) => `CASE WHEN ${column} IS NOT NULL THEN '${field}' END`)
      .join(', ');
    const [updated] = await manager.query<[{ fields: CustomerDataField[] }[], number]>(
      `WITH target AS (
         SELECT id, array_remove(ARRAY[${held}], NULL) AS fields FROM declarations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE
       )
       UPDATE declarations d
          SET customer_postal_code = NULL, customer_sector = NULL, feedback_comment = NULL, updated_at = now()
         FROM target t
        WHERE d.id = t.id AND cardinality(t.fields) > 0
       RETURNING t.fields`,
      [[...ids]],
    );
    // A DUPLICATE_PROOF flag quotes the declaration's own file name, which can name the customer.
    await manager.query(
      `UPDATE declaration_flags SET params = jsonb_set(params, '{fileName}', '"[erased]"')
        WHERE declaration_id = ANY($1::uuid[]) AND params ? 'fileName' AND params ->> 'fileName' <> '[erased]'`,
      [[...ids]],
    );
    // A confirmed file keeps its rows as received; a row went into the declaration with the same
    // product, quantity, amount and invoice (a twin row of another declaration of the file is
    // cleared too: its copy in the declaration is what counts, and the rows are read no more).
    await manager.query(
      `UPDATE declaration_import_rows r SET customer_postal_code = NULL, customer_sector = NULL
         FROM declaration_import_declarations link JOIN declarations d ON d.id = link.declaration_id
        WHERE link.declaration_id = ANY($1::uuid[]) AND r.import_id = link.import_id AND r.currency = d.currency
          AND (r.customer_postal_code IS NOT NULL OR r.customer_sector IS NOT NULL)
          AND EXISTS (SELECT 1 FROM declaration_lines l WHERE l.declaration_id = d.id AND l.product_id = r.product_id
                         AND l.quantity = r.quantity AND l.amount = r.amount AND l.invoice_reference = r.invoice_reference)`,
      [[...ids]],
    );
    const fields = Object.keys(CUSTOMER_DATA_COLUMNS).filter((field) => updated.some((row) => row.fields.includes(field as CustomerDataField)));
    return { fields: fields as CustomerDataField[], declarations: updated.length };
  }
}
