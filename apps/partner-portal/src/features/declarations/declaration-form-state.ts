import type { CustomerType, DeclarationInput, PortalDeclarationDetailFragment, ProofFileFieldsFragment, SaleChannel } from '@relais/graphql-client';

import { productLabel } from '../products/product-label';

export interface LineState {
  key: string;
  product: { id: string; label: string } | null;
  quantity: string;
  amount: string;
  channel: SaleChannel;
  invoiceReference: string;
  serialNumbers: string;
}

export interface FormState {
  dateMode: 'single' | 'period';
  saleDate: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  lines: LineState[];
  customerType: CustomerType | '';
  postalCode: string;
  sector: string;
  rating: number | null;
  comment: string;
  tags: string;
  /** Uploaded already; the declaration takes them when it is saved. */
  proofs: ProofFileFieldsFragment[];
}

export const newLine = (): LineState => ({
  key: crypto.randomUUID(),
  product: null,
  quantity: '1',
  amount: '',
  channel: 'IN_STORE',
  invoiceReference: '',
  serialNumbers: '',
});

export const emptyForm = (): FormState => ({
  dateMode: 'single',
  saleDate: '',
  periodStart: '',
  periodEnd: '',
  currency: 'EUR',
  lines: [newLine()],
  customerType: '',
  postalCode: '',
  sector: '',
  rating: null,
  comment: '',
  tags: '',
  proofs: [],
});

/** An existing declaration in the form. */
export function formFromDeclaration(d: PortalDeclarationDetailFragment): FormState {
  return {
    dateMode: d.saleDate || !d.periodStart ? 'single' : 'period',
    saleDate: d.saleDate ?? '',
    periodStart: d.periodStart ?? '',
    periodEnd: d.periodEnd ?? '',
    currency: d.currency,
    lines: d.lines.map((l) => ({
      key: l.id,
      product: { id: l.productId, label: productLabel(l.product) },
      quantity: String(l.quantity),
      amount: String(l.amount),
      channel: l.channel,
      invoiceReference: l.invoiceReference,
      serialNumbers: l.serialNumbers.join('\n'),
    })),
    customerType: d.customer?.type ?? '',
    postalCode: d.customer?.postalCode ?? '',
    sector: d.customer?.sector ?? '',
    rating: d.feedback?.rating ?? null,
    comment: d.feedback?.comment ?? '',
    tags: d.feedback?.tags.join(', ') ?? '',
    proofs: d.proofs,
  };
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

const orUndefined = (text: string) => text.trim() || undefined;

/** Called after localFieldErrors found nothing, so the numbers are there. */
const toNumber = (text: string) => Number(text.replace(',', '.'));

export function toInput(form: FormState): DeclarationInput {
  const customer = { type: form.customerType || undefined, postalCode: orUndefined(form.postalCode), sector: orUndefined(form.sector) };
  const tags = list(form.tags, /,/);
  const feedback = { rating: form.rating ?? undefined, comment: orUndefined(form.comment), tags: tags.length ? tags : undefined };
  const any = (o: object) => Object.values(o).some((v) => v !== undefined);
  return {
    ...(form.dateMode === 'single'
      ? { saleDate: orUndefined(form.saleDate) }
      : { periodStart: orUndefined(form.periodStart), periodEnd: orUndefined(form.periodEnd) }),
    currency: form.currency,
    lines: form.lines.map((line) => ({
      productId: line.product?.id ?? '',
      quantity: toNumber(line.quantity),
      amount: toNumber(line.amount),
      channel: line.channel,
      invoiceReference: orUndefined(line.invoiceReference),
      serialNumbers: list(line.serialNumbers, /[\n,]/),
    })),
    customer: any(customer) ? customer : undefined,
    feedback: any(feedback) ? feedback : undefined,
    proofFileIds: form.proofs.map((proof) => proof.id),
  };
}
