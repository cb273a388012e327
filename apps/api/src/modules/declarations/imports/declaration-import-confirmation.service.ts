import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_DECLARATION_LINES } from '@relais/domain';
import { DataSource } from 'typeorm';

import { Actor } from '../../../core/auth/actor';
import { AppConfig } from '../../../core/config/app-config';
import { invalidField } from '../../../core/errors/domain-error';
import { ProductEligibilityService } from '../../products/product-eligibility.service';
import { computeImportFlags, writeImportFlags } from './declaration-import-flags';
import { DeclarationImportErrors } from './declaration-imports.errors';
import { DeclarationImportsService } from './declaration-imports.service';
import { DeclarationImportType } from './dto/declaration-import.type';

/** A cell of the declaration when every row of the group agrees on it, else nothing. */
const unanimous = (column: string) => `CASE WHEN min(coalesce(${column}, '')) = max(coalesce(${column}, '')) THEN nullif(min(coalesce(${column}, '')), '') END`;

/**
 * The staged rows grouped into declarations (per currency, and per invoice if asked, then every
 * MAX_DECLARATION_LINES lines), with the ids of declarations and lines drawn in advance, in
 * temporary tables: the flags are computed on them before anything is written.
 */
const STAGE = [
  `CREATE TEMPORARY TABLE import_keyed ON COMMIT DROP AS
   SELECT r.*, gen_random_uuid() AS line_id, (r.n - 1) / ${MAX_DECLARATION_LINES} AS part, (r.n - 1) % ${MAX_DECLARATION_LINES} AS position
     FROM (SELECT s.*, row_number() OVER (PARTITION BY s.currency, s.grp_invoice ORDER BY s.row_number) AS n
             FROM (SELECT *, CASE WHEN $2 = 'PER_INVOICE' THEN invoice_reference ELSE '' END AS grp_invoice
                     FROM declaration_import_rows WHERE import_id = $1) s) r`,
  `CREATE TEMPORARY TABLE import_groups ON COMMIT DROP AS
   SELECT gen_random_uuid() AS id, row_number() OVER (ORDER BY currency, grp_invoice, part) AS seq, currency, grp_invoice, part,
          min(sale_date) AS first_date, max(sale_date) AS last_date, sum(amount) AS total,
          ${unanimous('customer_type')} AS customer_type, ${unanimous('customer_postal_code')} AS customer_postal_code,
          ${unanimous('customer_sector')} AS customer_sector
     FROM import_keyed GROUP BY currency, grp_invoice, part`,
  `CREATE TEMPORARY TABLE import_lines ON COMMIT DROP AS
   SELECT k.line_id AS id, g.id AS declaration_id, k.position, k.product_id, k.quantity, k.amount, k.channel, k.invoice_reference,
          CASE WHEN k.serial_numbers = '' THEN '{}'::text[] ELSE string_to_array(k.serial_numbers, '|') END AS serial_numbers,
          g.first_date AS sale_date
     FROM import_keyed k JOIN import_groups g ON g.currency = k.currency AND g.grp_invoice = k.grp_invoice AND g.part = k.part`,
];

/**
 * One statement writes the declarations (with their risk score), lines, links to the file and
 * timelines. The declarations are the uploader's ($7), so a member who sent a file that their admin
 * confirmed still finds them among their own; the timeline names who confirmed ($2).
 */
const WRITE = `
WITH declarations AS (
  INSERT INTO declarations (id, partner_id, declared_by_id, status, sale_date, period_start, period_end, currency, total_amount,
                            customer_type, customer_postal_code, customer_sector, submission_key, submitted_at, risk_score)
  SELECT g.id, $1, $7, 'SUBMITTED', CASE WHEN first_date = last_date THEN first_date END, CASE WHEN first_date <> last_date THEN first_date END,
         CASE WHEN first_date <> last_date THEN last_date END, currency, total, customer_type, customer_postal_code, customer_sector,
         $3 || g.seq, now(), coalesce(s.score, 0)
    FROM import_groups g LEFT JOIN unnest($4::uuid[], $5::int[]) AS s(id, score) ON s.id = g.id
  RETURNING id
), lines AS (
  INSERT INTO declaration_lines (id, declaration_id, position, product_id, quantity, amount, channel, invoice_reference, serial_numbers)
  SELECT id, declaration_id, position, product_id, quantity, amount, channel, invoice_reference, serial_numbers FROM import_lines
  RETURNING 1
), links AS (
  INSERT INTO declaration_import_declarations (import_id, declaration_id) SELECT $6, id FROM import_groups RETURNING 1
), events AS (
  INSERT INTO declaration_events (declaration_id, author_id, action, from_status, to_status)
  SELECT g.id, $2, a.action, a.from_status, a.to_status
    FROM import_groups g CROSS JOIN (VALUES (1, 'CREATED', NULL, 'DRAFT'), (2, 'SUBMITTED', 'DRAFT', 'SUBMITTED')) AS a(step, action, from_status, to_status)
   ORDER BY g.seq, a.step
  RETURNING 1
)
SELECT (SELECT count(*) FROM declarations)::int AS declarations, (SELECT count(*) FROM lines)::int AS lines`;

/**
 * Turns a checked file into submitted declarations, and withdraws them while the brand has not
 * started on them. Imported declarations get the flags of a normal submission but are never
 * auto-approved: a whole file is a bulk claim a person looks at, and a file that paid part of its
 * lines at once could no longer be withdrawn as a whole.
 */
@Injectable()
export class DeclarationImportConfirmationService {
  private readonly logger = new Logger(DeclarationImportConfirmationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly imports: DeclarationImportsService,
    private readonly eligibility: ProductEligibilityService,
  ) {}

  /** Refused while a row is in error (the user fixes the file and sends it again). A retry with the key returns the import as it is. */
  async confirm(actor: Actor, id: string, key: string): Promise<DeclarationImportType> {
    const idempotencyKey = key?.trim() ?? '';
    if (!idempotencyKey || idempotencyKey.length > 200) throw invalidField('INVALID_INPUT', 'idempotencyKey', idempotencyKey ? 'maxLength' : 'isNotEmpty');
    await this.dataSource.transaction(async (manager) => {
      const found = await this.imports.lock(actor, id, manager);
      if (found.status === 'IMPORTED' && found.confirmationKey === idempotencyKey) return;
      if (found.status !== 'STAGING') throw DeclarationImportErrors.notStaging();
      const [counts] = await manager.query<[{ rows: number; errors: number }]>(
        'SELECT coalesce(sum(row_count), 0)::int AS rows, coalesce(sum(error_row_count), 0)::int AS errors FROM declaration_import_chunks WHERE import_id = $1',
        [id],
      );
      if (counts.errors > 0) throw DeclarationImportErrors.hasErrors();
      if (counts.rows === 0) throw DeclarationImportErrors.empty();
      const started = performance.now();
      await manager.query(STAGE[0], [id, found.grouping]);
      await manager.query(STAGE[1]);
      await manager.query(STAGE[2]);
      await manager.query('ANALYZE import_groups, import_lines');
      const productIds: { id: string }[] = await manager.query('SELECT DISTINCT product_id AS id FROM import_lines');
      const closed = await this.eligibility.notOpenTo(manager, found.partnerId, productIds.map((p) => p.id));
      const flags = await computeImportFlags(manager, found.partnerId, { windowDays: this.config.DECLARATION_WINDOW_DAYS, closedProductIds: [...closed] });
      const [made] = await manager.query<[{ declarations: number; lines: number }]>(WRITE, [
        found.partnerId,
        actor.userId,
        `import:${id}:`,
        flags.riskScores.map((r) => r.declarationId),
        flags.riskScores.map((r) => r.score),
        id,
        found.createdById,
      ]);
      await writeImportFlags(manager, flags);
      await manager.query(
        "UPDATE declaration_imports SET status = 'IMPORTED', confirmation_key = $2, confirmed_at = now(), declaration_count = $3, line_count = $4, updated_at = now() WHERE id = $1",
        [id, idempotencyKey, made.declarations, made.lines],
      );
      this.logger.log({ importId: id, ...made, flags: flags.flags.length, ms: Math.round(performance.now() - started) }, 'Declaration import confirmed');
    });
    return this.imports.get(actor, id);
  }

  /** Withdraws every declaration of the file in one transaction, while none has been decided, asked about or withdrawn; a staging file is cancelled. */
  async withdraw(actor: Actor, id: string): Promise<DeclarationImportType> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.imports.lock(actor, id, manager);
      if (found.status === 'WITHDRAWN') throw DeclarationImportErrors.notStaging();
      if (found.status === 'IMPORTED') {
        // Locks the declarations first, so a validator deciding one now waits and then finds it withdrawn.
        const declarations: { id: string; status: string }[] = await manager.query(
          `SELECT d.id, d.status FROM declarations d JOIN declaration_import_declarations x ON x.declaration_id = d.id
            WHERE x.import_id = $1 ORDER BY d.id FOR UPDATE OF d`,
          [id],
        );
        const [decidedLine] = await manager.query<unknown[]>(
          "SELECT 1 FROM declaration_lines l WHERE l.declaration_id = ANY($1) AND l.status <> 'PENDING' LIMIT 1",
          [declarations.map((d) => d.id)],
        );
        if (decidedLine || declarations.some((d) => d.status !== 'SUBMITTED')) throw DeclarationImportErrors.decided();
        await manager.query(
          `WITH withdrawn AS (UPDATE declarations SET status = 'WITHDRAWN', updated_at = now() WHERE id = ANY($1) RETURNING id)
           INSERT INTO declaration_events (declaration_id, author_id, action, from_status, to_status) SELECT id, $2, 'WITHDRAWN', 'SUBMITTED', 'WITHDRAWN' FROM withdrawn`,
          [declarations.map((d) => d.id), actor.userId],
        );
      }
      await manager.query("UPDATE declaration_imports SET status = 'WITHDRAWN', withdrawn_at = now(), updated_at = now() WHERE id = $1", [id]);
      this.logger.log({ importId: id, by: actor.userId, was: found.status }, 'Declaration import withdrawn');
    });
    return this.imports.get(actor, id);
  }
}
