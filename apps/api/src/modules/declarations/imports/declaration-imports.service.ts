import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DECLARATION_IMPORT_CHUNK_ROWS, DECLARATION_IMPORT_COLUMNS, DECLARATION_IMPORT_MAX_ROWS, isPartnerRole, MAX_DECLARATION_LINES } from '@relais/domain';
import { DataSource, EntityManager } from 'typeorm';

import { Actor } from '../../../core/auth/actor';
import { readCsv } from '../../../core/csv/csv';
import { CsvRowError } from '../../../core/csv/csv-import';
import { PageInput, pageOf } from '../../../core/graphql/page.input';
import { isUuid } from '../../../core/validation/uuid';
import { todayUtc } from '../declaration-content';
import { DeclarationImport } from './declaration-import.entity';
import { checkRow, StagedRow } from './declaration-import-rows';
import { DeclarationImportErrors } from './declaration-imports.errors';
import { DeclarationImportChunkInput, StartDeclarationImportInput } from './dto/declaration-import.input';
import { DeclarationImportChunkResult, DeclarationImportErrorPage, DeclarationImportType } from './dto/declaration-import.type';

/** A chunk of 5,000 rows of the widest plausible file stays under this, and under the 3 MB body limit. */
const CHUNK_MAX_BYTES = 2.5 * 1024 * 1024;
const CHUNK_ERRORS_SHOWN = 100;

const messageOf = (e: { field: string | null; code: string; reason: string | null }) => (e.code === 'INVALID_INPUT' ? `${e.field}: ${e.reason}` : e.code);

/** The counts of imports, read in one query for a whole page (no N+1). */
const STATS = `
  SELECT i.id, i.file_name AS "fileName", i.grouping, i.status, i.created_by_id AS "createdById", i.created_at AS "createdAt",
         i.confirmed_at AS "confirmedAt", i.withdrawn_at AS "withdrawnAt",
         coalesce(c.chunks, 0)::int AS "chunkCount", coalesce(c.rows, 0)::int AS "totalRows", coalesce(c.error_rows, 0)::int AS "errorRows",
         CASE WHEN i.status = 'STAGING' THEN (
           SELECT coalesce(sum(ceil(g.n / ${MAX_DECLARATION_LINES}.0)), 0)::int FROM (
             SELECT count(*) AS n FROM declaration_import_rows r WHERE r.import_id = i.id
              GROUP BY r.currency, CASE WHEN i.grouping = 'PER_INVOICE' THEN r.invoice_reference ELSE '' END) g)
         ELSE i.declaration_count END AS "declarationCount",
         (i.status = 'IMPORTED' AND NOT EXISTS (
           SELECT 1 FROM declaration_import_declarations x JOIN declarations d ON d.id = x.declaration_id
            WHERE x.import_id = i.id AND (d.status <> 'SUBMITTED'
               OR EXISTS (SELECT 1 FROM declaration_lines l WHERE l.declaration_id = d.id AND l.status <> 'PENDING')))) AS withdrawable
    FROM declaration_imports i
    LEFT JOIN LATERAL (SELECT count(*) AS chunks, sum(row_count) AS rows, sum(error_row_count) AS error_rows
                         FROM declaration_import_chunks WHERE import_id = i.id) c ON true`;

/**
 * Staging and reading CSV imports. Scope: partner users only; a partner admin sees the imports of
 * the team, a member their own.
 */
@Injectable()
export class DeclarationImportsService {
  private readonly logger = new Logger(DeclarationImportsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async start(actor: Actor, input: StartDeclarationImportInput): Promise<DeclarationImportType> {
    if (!actor.partnerId || !isPartnerRole(actor.role)) throw DeclarationImportErrors.notFound();
    const saved = await this.dataSource
      .getRepository(DeclarationImport)
      .save({ partnerId: actor.partnerId, createdById: actor.userId, fileName: input.fileName, grouping: input.grouping, status: 'STAGING' });
    this.logger.log({ importId: saved.id, by: actor.userId, grouping: input.grouping }, 'Declaration import started');
    return this.get(actor, saved.id);
  }

  /** The import, in the actor's scope, optionally locked for the rest of the transaction. */
  async lock(actor: Actor, id: string, manager: EntityManager): Promise<DeclarationImport> {
    if (!isUuid(id) || !actor.partnerId || !isPartnerRole(actor.role)) throw DeclarationImportErrors.notFound();
    const query = manager
      .getRepository(DeclarationImport)
      .createQueryBuilder('i')
      .where('i.id = :id AND i.partner_id = :partnerId', { id, partnerId: actor.partnerId })
      .setLock('pessimistic_write');
    if (actor.role === 'PARTNER_MEMBER') query.andWhere('i.created_by_id = :userId', { userId: actor.userId });
    const found = await query.getOne();
    if (!found) throw DeclarationImportErrors.notFound();
    return found;
  }

  async get(actor: Actor, id: string): Promise<DeclarationImportType> {
    if (!isUuid(id)) throw DeclarationImportErrors.notFound();
    const { items } = await this.list(actor, null, id);
    if (!items[0]) throw DeclarationImportErrors.notFound();
    return items[0];
  }

  async list(actor: Actor, page?: PageInput | null, onlyId?: string): Promise<{ items: DeclarationImportType[]; total: number }> {
    if (!actor.partnerId || !isPartnerRole(actor.role)) return { items: [], total: 0 };
    const { offset, limit } = pageOf(page);
    const params: unknown[] = [actor.partnerId, actor.role === 'PARTNER_MEMBER' ? actor.userId : null, onlyId ?? null];
    const where = 'WHERE i.partner_id = $1 AND ($2::uuid IS NULL OR i.created_by_id = $2) AND ($3::uuid IS NULL OR i.id = $3)';
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query<DeclarationImportType[]>(`${STATS} ${where} ORDER BY i.created_at DESC, i.id LIMIT ${limit} OFFSET ${offset}`, params),
      this.dataSource.query<[{ total: number }]>(`SELECT count(*)::int AS total FROM declaration_imports i ${where}`, params),
    ]);
    return { items: items.map((i) => ({ ...i, validRows: i.totalRows - i.errorRows })), total };
  }

  async errors(importId: string, page?: PageInput | null): Promise<DeclarationImportErrorPage> {
    const { offset, limit } = pageOf(page);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<Omit<CsvRowError, 'message'>[]>(
        `SELECT row_number AS row, field, code, reason FROM declaration_import_errors WHERE import_id = $1
          ORDER BY row_number, field NULLS FIRST, code LIMIT ${limit} OFFSET ${offset}`,
        [importId],
      ),
      this.dataSource.query<[{ total: number }]>('SELECT count(*)::int AS total FROM declaration_import_errors WHERE import_id = $1', [importId]),
    ]);
    return { items: rows.map((e) => ({ ...e, message: messageOf(e) })), total };
  }

  /**
   * Checks a chunk and stages its valid rows and its errors, replacing what an earlier sending of
   * the same index left. Rows are written with one INSERT … SELECT FROM unnest per table.
   */
  async addRows(actor: Actor, importId: string, chunk: DeclarationImportChunkInput): Promise<DeclarationImportChunkResult> {
    const table = readCsv(chunk.csv, DECLARATION_IMPORT_COLUMNS, { maxRows: DECLARATION_IMPORT_CHUNK_ROWS, maxBytes: CHUNK_MAX_BYTES });
    const lastRow = chunk.firstRow + table.rows.length - 1;
    if (lastRow > DECLARATION_IMPORT_MAX_ROWS) throw DeclarationImportErrors.tooLarge(DECLARATION_IMPORT_MAX_ROWS);

    const skus = [...new Set(table.rows.map((r) => (r.product_sku ?? '').trim().toUpperCase()))];
    const products: { id: string; sku: string }[] = await this.dataSource.query('SELECT id, sku FROM products WHERE active AND sku = ANY($1)', [skus]);
    const context = { today: todayUtc(), productIdBySku: new Map(products.map((p) => [p.sku.toUpperCase(), p.id])) };
    const staged: StagedRow[] = [];
    const errors: CsvRowError[] = [];
    let errorRowCount = 0;
    table.rows.forEach((cells, i) => {
      const checked = checkRow(cells, chunk.firstRow + i, context);
      if (checked.row) staged.push(checked.row);
      else errorRowCount++;
      errors.push(...checked.errors);
    });

    await this.dataSource.transaction(async (manager) => {
      const found = await this.lock(actor, importId, manager);
      if (found.status !== 'STAGING') throw DeclarationImportErrors.notStaging();
      const [overlap] = await manager.query<unknown[]>(
        `SELECT 1 FROM declaration_import_chunks WHERE import_id = $1 AND chunk_index <> $2
            AND int4range(first_row, first_row + row_count) && int4range($3, $4) LIMIT 1`,
        [importId, chunk.index, chunk.firstRow, lastRow + 1],
      );
      if (overlap) throw DeclarationImportErrors.chunkOverlap();
      await manager.query('DELETE FROM declaration_import_rows WHERE import_id = $1 AND chunk_index = $2', [importId, chunk.index]);
      await manager.query('DELETE FROM declaration_import_errors WHERE import_id = $1 AND chunk_index = $2', [importId, chunk.index]);
      await this.insertRows(manager, importId, chunk.index, staged);
      await this.insertErrors(manager, importId, chunk.index, errors);
      await manager.query(
        `INSERT INTO declaration_import_chunks (import_id, chunk_index, first_row, row_count, error_row_count) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (import_id, chunk_index) DO UPDATE SET first_row = excluded.first_row, row_count = excluded.row_count, error_row_count = excluded.error_row_count`,
        [importId, chunk.index, chunk.firstRow, table.rows.length, errorRowCount],
      );
    });
    return { index: chunk.index, rowCount: table.rows.length, errorRowCount, errors: errors.slice(0, CHUNK_ERRORS_SHOWN) };
  }

  private async insertRows(manager: EntityManager, importId: string, chunkIndex: number, rows: StagedRow[]): Promise<void> {
    if (rows.length === 0) return;
    const column = <K extends keyof StagedRow>(key: K) => rows.map((r) => r[key]);
    await manager.query(
      `INSERT INTO declaration_import_rows (import_id, chunk_index, row_number, sale_date, product_id, quantity, amount, currency, channel,
              invoice_reference, serial_numbers, customer_type, customer_postal_code, customer_sector)
       SELECT $1, $2, * FROM unnest($3::int[], $4::date[], $5::uuid[], $6::int[], $7::numeric[], $8::text[], $9::text[], $10::text[], $11::text[],
              $12::text[], $13::text[], $14::text[])`,
      [
        importId,
        chunkIndex,
        column('rowNumber'),
        column('saleDate'),
        column('productId'),
        column('quantity'),
        column('amount'),
        column('currency'),
        column('channel'),
        column('invoiceReference'),
        column('serialNumbers'),
        column('customerType'),
        column('customerPostalCode'),
        column('customerSector'),
      ],
    );
  }

  private async insertErrors(manager: EntityManager, importId: string, chunkIndex: number, errors: CsvRowError[]): Promise<void> {
    if (errors.length === 0) return;
    await manager.query(
      `INSERT INTO declaration_import_errors (import_id, chunk_index, row_number, field, code, reason)
       SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::text[])`,
      [importId, chunkIndex, errors.map((e) => e.row), errors.map((e) => e.field), errors.map((e) => e.code), errors.map((e) => e.reason)],
    );
  }
}
