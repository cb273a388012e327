import { Injectable, Logger } from '@nestjs/common';
import { allocateDeclarationPoints, EarningResult, splitPoints } from '@relais/domain';
import { EntityManager, In } from 'typeorm';

import { EarningRulesService } from '../earning-rules/earning-rules.service';
import { LedgerService } from '../ledger/ledger.service';
import { CreditInput } from '../ledger/ledger.types';
import { Product } from '../products/product.entity';
import { ProgrammeSettingsService } from '../programme/programme.service';
import { Declaration } from './declaration.entity';
import { DeclarationLine } from './declaration-line.entity';

/** Every entry of a declaration names it as source, so a reversal finds them all at once. */
const sourceOf = (declaration: Declaration) => ({ type: 'DECLARATION', id: declaration.id });

/**
 * Between decisions and the points ledger. Points are paid when a declaration is settled (no line
 * pending), computed once over all its approved lines with the rules in force at the sale date, so
 * declaration-wide bonuses and caps count once. Each line is one credit keyed
 * `declaration-line:<lineId>` (the partner's share of a SPLIT: `…:partner`): the ledger ignores a
 * repeated key, so the same line never pays twice.
 */
@Injectable()
export class DeclarationPoints {
  private readonly logger = new Logger(DeclarationPoints.name);

  constructor(
    private readonly rules: EarningRulesService,
    private readonly ledger: LedgerService,
    private readonly programme: ProgrammeSettingsService,
  ) {}

  /**
   * Computes the points of the approved lines and sets pointsAwarded and pointsExplanation on them;
   * answers the credits that pay them, for `pay` (see DeclarationReviewService for why apart).
   */
  async credits(manager: EntityManager, declaration: Declaration, approved: DeclarationLine[], authorId: string | null): Promise<CreditInput[]> {
    if (approved.length === 0) return [];
    const result = await this.compute(manager, declaration, approved);
    const paid = allocateDeclarationPoints(result.lines, result.total);
    const settings = await this.programme.get(manager);
    const ruleVersion = result.rules.map((r) => `${r.ruleKey}@${r.version}`).join(',') || null;
    const credits: CreditInput[] = [];
    for (const [index, line] of result.lines.entries()) {
      const points = paid.get(line.lineId) ?? 0;
      const target = approved.find((l) => l.id === line.lineId) as DeclarationLine;
      target.pointsAwarded = points;
      target.pointsExplanation = {
        saleDate: result.saleDate,
        parts: line.parts,
        bonuses: index === 0 ? result.bonuses : [],
        caps: result.total < result.subtotal ? result.caps : [],
        computed: line.points,
        paid: points,
      };
      const base = { kind: 'DECLARATION_APPROVED', source: sourceOf(declaration), authorId, ruleVersion, pending: true } as const;
      const user = { ownerType: 'USER', ownerId: declaration.declaredById } as const;
      const partner = { ownerType: 'PARTNER', ownerId: declaration.partnerId } as const;
      const key = `declaration-line:${line.lineId}`;
      switch (settings.declarationPointsRecipient) {
        case 'USER':
          credits.push({ ...base, account: user, amount: points, idempotencyKey: key });
          break;
        case 'PARTNER':
          credits.push({ ...base, account: partner, amount: points, idempotencyKey: key });
          break;
        case 'SPLIT': {
          const share = splitPoints(points, settings.splitUserPercent);
          credits.push({ ...base, account: user, amount: share.user, idempotencyKey: key });
          credits.push({ ...base, account: partner, amount: share.partner, idempotencyKey: `${key}:partner` });
          break;
        }
      }
    }
    this.logger.log({ declarationId: declaration.id, points: result.total, lines: approved.length }, 'Declaration points computed');
    return credits.filter((credit) => credit.amount > 0);
  }

  /** Writes the credits `credits` answered to the ledger. */
  async pay(manager: EntityManager, credits: CreditInput[]): Promise<void> {
    await this.ledger.creditMany(manager, credits);
  }

  /** Takes back, by compensating entries, what the declaration paid. */
  async takeBack(manager: EntityManager, declaration: Declaration, authorId: string, reason: string): Promise<void> {
    await this.ledger.reverse(manager, { source: sourceOf(declaration), idempotencyKey: `declaration-reversal:${declaration.id}`, authorId, reason });
  }

  private async compute(manager: EntityManager, declaration: Declaration, lines: DeclarationLine[]): Promise<EarningResult> {
    // Categories are catalogue data read with the declaration; ProductsService has no batch lookup by ids.
    const products = await manager.getRepository(Product).findBy({ id: In([...new Set(lines.map((l) => l.productId))]) });
    const categoryOf = new Map(products.map((p) => [p.id, p.category]));
    return this.rules.compute(manager, {
      partnerId: declaration.partnerId,
      // A period counts as sold on its last day, the date the sales are complete.
      saleDate: (declaration.saleDate ?? declaration.periodEnd) as string,
      declaredAt: declaration.submittedAt ?? new Date(),
      lines: [...lines]
        .sort((a, b) => a.position - b.position)
        .map((l) => ({ lineId: l.id, productId: l.productId, category: categoryOf.get(l.productId) ?? '', quantity: l.quantity, amount: Number(l.amount), currency: declaration.currency })),
      hasFeedback: declaration.feedbackRating !== null || !!declaration.feedbackComment,
      hasCustomerProfile: declaration.customerType !== null || !!declaration.customerPostalCode || !!declaration.customerSector,
    });
  }
}
