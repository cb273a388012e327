import { EntityManager, In } from 'typeorm';

import { isUuid } from '../../core/validation/uuid';
import { Product } from '../products/product.entity';
import { Declaration } from './declaration.entity';
import { DeclarationLine } from './declaration-line.entity';
import { DeclarationErrors } from './declarations.errors';
import { DeclarationInput } from './dto/declaration.input';

/** Today as a calendar date in UTC (YYYY-MM-DD), the reference for future and late sales. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

/** Checks what class-validator cannot: dates against today, and products that exist and are active. */
export async function checkContent(manager: EntityManager, input: DeclarationInput): Promise<Map<string, Product>> {
  const today = todayUtc();
  if (!input.saleDate && !(input.periodStart && input.periodEnd)) throw DeclarationErrors.saleDateRequired();
  if (input.saleDate && input.saleDate > today) throw DeclarationErrors.saleDateInFuture('saleDate');
  if (input.periodStart && input.periodStart > today) throw DeclarationErrors.saleDateInFuture('periodStart');
  if (input.periodEnd && input.periodEnd > today) throw DeclarationErrors.saleDateInFuture('periodEnd');
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart) throw DeclarationErrors.periodReversed();

  // Products are read-only catalogue data here; ProductsService has no batch lookup by ids yet.
  const ids = [...new Set(input.lines.map((l) => l.productId).filter(isUuid))];
  const products = await manager.getRepository(Product).findBy({ id: In(ids), active: true });
  const byId = new Map(products.map((p) => [p.id, p]));
  input.lines.forEach((line, index) => {
    if (!byId.has(line.productId)) throw DeclarationErrors.productNotFound(index);
  });
  return byId;
}

const cents = (amount: number) => Math.round(amount * 100);

/** Writes the content of a declaration, replacing its lines (only drafts and NEEDS_INFO get here). */
export async function writeContent(manager: EntityManager, declaration: Declaration, input: DeclarationInput): Promise<Declaration> {
  const total = input.lines.reduce((sum, line) => sum + cents(line.amount), 0);
  Object.assign(declaration, {
    saleDate: input.saleDate ?? null,
    periodStart: input.saleDate ? null : (input.periodStart ?? null),
    periodEnd: input.saleDate ? null : (input.periodEnd ?? null),
    currency: input.currency,
    totalAmount: (total / 100).toFixed(2),
    customerType: input.customer?.type ?? null,
    customerPostalCode: input.customer?.postalCode || null,
    customerSector: input.customer?.sector || null,
    feedbackRating: input.feedback?.rating ?? null,
    feedbackComment: input.feedback?.comment || null,
    feedbackTags: input.feedback?.tags ?? [],
  });
  const saved = await manager.getRepository(Declaration).save(declaration);
  await manager.getRepository(DeclarationLine).delete({ declarationId: saved.id });
  await manager.getRepository(DeclarationLine).insert(
    input.lines.map((line, position) => ({
      declarationId: saved.id,
      position,
      productId: line.productId,
      quantity: line.quantity,
      amount: (cents(line.amount) / 100).toFixed(2),
      channel: line.channel,
      invoiceReference: line.invoiceReference ?? '',
      serialNumbers: [...new Set(line.serialNumbers ?? [])].filter((s) => s !== ''),
    })),
  );
  return saved;
}
