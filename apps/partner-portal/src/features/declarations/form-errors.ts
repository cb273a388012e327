import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';

import type { FormState } from './declaration-form-state';

export type FieldErrorMap = Record<string, string>;

interface Problem {
  field: string;
  reason: string;
}

const LABEL_KEYS: Record<string, string> = {
  productId: 'product',
  quantity: 'quantity',
  amount: 'amount',
  channel: 'channel',
  invoiceReference: 'invoiceReference',
  serialNumbers: 'serialNumbers',
  saleDate: 'saleDate',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  currency: 'currency',
  type: 'customerType',
  postalCode: 'postalCode',
  sector: 'sector',
  rating: 'rating',
  comment: 'comment',
  tags: 'tags',
};

/** "Quantity is too small." with this form's own labels (the shared field labels do not know line fields). */
function sentence(t: TFunction, problem: Problem): string {
  const path = problem.field.split('.').filter((part) => !/^\d+$/.test(part));
  const last = path[path.length - 1] ?? problem.field;
  const label = LABEL_KEYS[last] ? t(`portalDeclarations.form.${LABEL_KEYS[last]}`) : last;
  return t([`validation.${problem.reason}`, 'validation.default'], { field: label });
}

/** The API's field errors keyed by their path (lines.0.quantity), so each shows under its own input. */
export function apiFieldErrors(t: TFunction, error: unknown): FieldErrorMap {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: FieldErrorMap = {};
  for (const gqlError of error.errors) {
    const extensions = gqlError.extensions ?? {};
    const listed = Array.isArray(extensions['fields']) ? (extensions['fields'] as Problem[]) : [];
    const field = typeof extensions['field'] === 'string' ? extensions['field'] : null;
    const reason = typeof extensions['reason'] === 'string' ? extensions['reason'] : 'default';
    const problems = listed.length ? listed : field ? [{ field, reason }] : [];
    for (const problem of problems) result[problem.field] ??= sentence(t, problem);
  }
  return result;
}

/** What the browser can tell before asking: the required fields of each line and the sale date. */
export function localFieldErrors(t: TFunction, form: FormState): FieldErrorMap {
  const problems: Problem[] = [];
  if (form.dateMode === 'single' && !form.saleDate) problems.push({ field: 'saleDate', reason: 'required' });
  if (form.dateMode === 'period') {
    if (!form.periodStart) problems.push({ field: 'periodStart', reason: 'required' });
    if (!form.periodEnd) problems.push({ field: 'periodEnd', reason: 'required' });
  }
  form.lines.forEach((line, index) => {
    if (!line.product) problems.push({ field: `lines.${index}.productId`, reason: 'required' });
    if (!line.quantity.trim()) problems.push({ field: `lines.${index}.quantity`, reason: 'required' });
    else if (!Number.isInteger(Number(line.quantity))) problems.push({ field: `lines.${index}.quantity`, reason: 'isInt' });
    if (!line.amount.trim()) problems.push({ field: `lines.${index}.amount`, reason: 'required' });
    else if (Number.isNaN(Number(line.amount.replace(',', '.')))) problems.push({ field: `lines.${index}.amount`, reason: 'isNumber' });
  });
  return Object.fromEntries(problems.map((p) => [p.field, sentence(t, p)]));
}
