import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

export type FieldErrorMap = Record<string, string>;

interface Problem {
  field: string;
  reason: string;
}

/** Field errors whose reason says more than the code. */
const REASON_DRIVEN_CODES = new Set(['INVALID_INPUT', 'BAD_INPUT']);

/** The checkout's own label of a field of PlaceOrderInput (lines.0.quantity → "Quantity"). */
function label(t: TFunction, field: string): string {
  const last = field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? field;
  switch (last) {
    case 'quantity':
      return t('portalRewards.checkout.colQuantity');
    case 'itemId':
    case 'lines':
      return t('portalRewards.checkout.colItem');
    case 'shippingAddress':
      return t('portalRewards.checkout.shipping');
    case 'recipient':
    case 'line1':
    case 'line2':
    case 'postalCode':
    case 'city':
    case 'country':
    case 'phone':
    case 'deliveryEmail':
      return t(`portalRewards.checkout.${last}`);
    default:
      return last;
  }
}

/**
 * The API's field errors keyed by their path (lines.1.quantity, shippingAddress.postalCode), each
 * a sentence with this form's label, so each shows under its own input. A domain code with a field
 * (not enough stock on a line) says it with the code's message.
 */
export function checkoutFieldErrors(t: TFunction, error: unknown): FieldErrorMap {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: FieldErrorMap = {};
  for (const gqlError of error.errors) {
    const extensions = gqlError.extensions ?? {};
    const code = typeof extensions['code'] === 'string' ? extensions['code'] : 'UNKNOWN';
    const listed = Array.isArray(extensions['fields']) ? (extensions['fields'] as Problem[]) : [];
    const field = typeof extensions['field'] === 'string' ? extensions['field'] : null;
    const reason = typeof extensions['reason'] === 'string' ? extensions['reason'] : 'default';
    const problems = listed.length ? listed : field ? [{ field, reason }] : [];
    for (const problem of problems) {
      const keys = [`validation.${problem.reason}`, 'validation.default'];
      if (!REASON_DRIVEN_CODES.has(code)) keys.unshift(`errors.${code}`);
      result[problem.field] ??= t(keys, { field: label(t, problem.field) });
    }
  }
  return result;
}

/** A fresh idempotency key; getRandomValues works on plain http too, where randomUUID does not exist. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `portal-order-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
