import { Injectable } from '@nestjs/common';
import { DeclarationFlag, duplicateFlags, flag, isOutlierAgainst, LineFacts, RobustScale, robustScale, windowFlag } from '@relais/domain';
import { EntityManager } from 'typeorm';

import { AppConfig } from '../../core/config/app-config';
import { ProductEligibilityService } from '../products/product-eligibility.service';
import { Declaration } from './declaration.entity';
import { todayUtc } from './declaration-content';
import { DeclarationLine } from './declaration-line.entity';
import { ProofsService } from './proofs/proofs.service';

/** Most earlier lines a duplicate check compares with; beyond that the declaration is flagged anyway. */
const MAX_CANDIDATES = 2000;
/** How many of the partner's latest approved lines of a product the outlier check measures against. */
const OUTLIER_HISTORY = 200;

/** The automatic checks of a submission: SQL finds what to compare with, @relais/domain judges. */
@Injectable()
export class DeclarationFlagsService {
  constructor(
    private readonly config: AppConfig,
    private readonly products: ProductEligibilityService,
    private readonly proofs: ProofsService,
  ) {}

  async compute(manager: EntityManager, declaration: Declaration, lines: DeclarationLine[]): Promise<DeclarationFlag[]> {
    const saleDate = (declaration.saleDate ?? declaration.periodStart) as string;
    const window = windowFlag(saleDate, todayUtc(), this.config.DECLARATION_WINDOW_DAYS);
    return [
      ...(window ? [window] : []),
      ...(await this.duplicates(manager, declaration, lines, saleDate)),
      ...(await this.serials(manager, declaration, lines)),
      ...(await this.outliers(manager, declaration, lines)),
      ...(await this.eligibility(manager, declaration, lines)),
      ...(await this.proofs.duplicateFlags(manager, declaration.id)),
    ];
  }

  private async duplicates(manager: EntityManager, declaration: Declaration, lines: DeclarationLine[], saleDate: string): Promise<DeclarationFlag[]> {
    const facts = lines.map(
      (l): LineFacts => ({
        lineId: l.id,
        declarationId: declaration.id,
        partnerId: declaration.partnerId,
        productId: l.productId,
        invoiceReference: l.invoiceReference,
        saleDate,
        amount: Number(l.amount),
      }),
    );
    const invoices = [...new Set(lines.map((l) => l.invoiceReference).filter((i) => i !== ''))];
    const amounts = [...new Set(lines.map((l) => l.amount))];
    const others: LineFacts[] = await manager.query(
      `SELECT l.id AS "lineId", l.declaration_id AS "declarationId", d.partner_id AS "partnerId", l.product_id AS "productId",
              l.invoice_reference AS "invoiceReference", to_char(coalesce(d.sale_date, d.period_start), 'YYYY-MM-DD') AS "saleDate",
              l.amount::float AS amount
         FROM declaration_lines l JOIN declarations d ON d.id = l.declaration_id
        WHERE d.status NOT IN ('DRAFT', 'WITHDRAWN') AND d.id <> $1
          AND l.id IN (
                SELECT id FROM declaration_lines WHERE invoice_reference = ANY($2)
                UNION
                -- without the invoice, a near duplicate needs the partner, the date and the amount
                SELECT pl.id FROM declarations pd JOIN declaration_lines pl ON pl.declaration_id = pd.id
                 WHERE pd.partner_id = $3 AND coalesce(pd.sale_date, pd.period_start) = $5::date AND pl.amount = ANY($4::numeric[]))
        LIMIT ${MAX_CANDIDATES}`,
      [declaration.id, invoices, declaration.partnerId, amounts, saleDate],
    );
    return duplicateFlags(facts, others);
  }

  /** Lines of products open only to segments the partner is in none of. */
  private async eligibility(manager: EntityManager, declaration: Declaration, lines: DeclarationLine[]): Promise<DeclarationFlag[]> {
    const closed = await this.products.notOpenTo(manager, declaration.partnerId, lines.map((l) => l.productId));
    return lines.filter((l) => closed.has(l.productId)).map((l) => flag('NOT_ELIGIBLE_SEGMENT', l.id));
  }

  /** The same serial number on another line anywhere (this declaration included) is a duplicate. */
  private async serials(manager: EntityManager, declaration: Declaration, lines: DeclarationLine[]): Promise<DeclarationFlag[]> {
    const serials = lines.flatMap((l) => l.serialNumbers);
    if (serials.length === 0) return [];
    const seen: { serial: string; lineId: string; declarationId: string }[] = await manager.query(
      `SELECT s AS serial, l.id AS "lineId", l.declaration_id AS "declarationId"
         FROM declaration_lines l JOIN declarations d ON d.id = l.declaration_id, unnest(l.serial_numbers) AS s
        WHERE l.serial_numbers && $2::text[] AND (d.status NOT IN ('DRAFT', 'WITHDRAWN') OR d.id = $1) AND s = ANY($2)`,
      [declaration.id, serials],
    );
    const flags: DeclarationFlag[] = [];
    for (const line of lines) {
      for (const serial of line.serialNumbers) {
        const other = seen.find((s) => s.serial === serial && s.lineId !== line.id);
        if (other) flags.push(flag('DUPLICATE_SERIAL', line.id, { serial, otherDeclarationId: other.declarationId }));
      }
    }
    return flags;
  }

  /**
   * Quantity and amount against the partner's own approved lines of the same product: its latest
   * OUTLIER_HISTORY of them, so the check follows the partner's current business and costs the same
   * after years of declarations.
   */
  private async outliers(manager: EntityManager, declaration: Declaration, lines: DeclarationLine[]): Promise<DeclarationFlag[]> {
    const history: { productId: string; quantity: number; amount: number }[] = await manager.query(
      `SELECT p.id AS "productId", h.quantity, h.amount
         FROM unnest($3::uuid[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT l.quantity, l.amount::float AS amount
             FROM declaration_lines l JOIN declarations d ON d.id = l.declaration_id
            WHERE l.product_id = p.id AND d.partner_id = $1 AND d.id <> $2 AND l.status = 'APPROVED'
            ORDER BY l.decided_at DESC LIMIT ${OUTLIER_HISTORY}) h`,
      [declaration.partnerId, declaration.id, [...new Set(lines.map((l) => l.productId))]],
    );
    // Each product's scale once, however many lines name it.
    const scales = new Map<string, { quantity: RobustScale | null; amount: RobustScale | null }>();
    for (const productId of new Set(lines.map((l) => l.productId))) {
      const past = history.filter((h) => h.productId === productId);
      scales.set(productId, { quantity: robustScale(past.map((h) => h.quantity)), amount: robustScale(past.map((h) => h.amount)) });
    }
    const flags: DeclarationFlag[] = [];
    for (const line of lines) {
      const scale = scales.get(line.productId);
      const measures = [
        ['quantity', line.quantity, scale?.quantity ?? null],
        ['amount', Number(line.amount), scale?.amount ?? null],
      ] as const;
      for (const [measure, value, against] of measures) {
        if (against && isOutlierAgainst(value, against)) flags.push(flag('OUTLIER', line.id, { measure, value, median: against.centre }));
      }
    }
    return flags;
  }
}
