import type { BackOfficeEarningRuleFragment, EarningRuleInput, EarningRuleKind } from '@relais/graphql-client';

import { todayIso } from './dates';

export const EARNING_RULE_KINDS: readonly EarningRuleKind[] = ['BASE', 'MULTIPLIER', 'BONUS', 'CAP'];

export type TargetType = 'ALL' | 'PRODUCT' | 'CATEGORY';

/** The form's state: every field as typed, whatever the kind; toInput keeps those of the kind. */
export interface EarningRuleFormValues {
  kind: EarningRuleKind;
  name: string;
  effectiveFrom: string;
  effectiveTo: string;
  target: TargetType;
  productId: string;
  category: string;
  segmentId: string;
  basis: 'UNIT' | 'AMOUNT';
  points: string;
  per: string;
  currency: string;
  factor: string;
  condition: 'FEEDBACK' | 'CUSTOMER_PROFILE' | 'ON_TIME';
  bonusScope: 'DECLARATION' | 'LINE';
  withinDays: string;
  maxPoints: string;
  capScope: 'DECLARATION' | 'PERIOD';
  capPeriod: 'MONTH' | 'QUARTER' | 'YEAR';
}

export const emptyRule = (): EarningRuleFormValues => ({
  kind: 'BASE',
  name: '',
  effectiveFrom: todayIso(),
  effectiveTo: '',
  target: 'PRODUCT',
  productId: '',
  category: '',
  segmentId: '',
  basis: 'UNIT',
  points: '',
  per: '',
  currency: 'EUR',
  factor: '',
  condition: 'FEEDBACK',
  bonusScope: 'DECLARATION',
  withinDays: '',
  maxPoints: '',
  capScope: 'DECLARATION',
  capPeriod: 'MONTH',
});

const str = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** A version's values, for its next version (starting today unless it starts later). */
export function fromRule(rule: BackOfficeEarningRuleFragment): EarningRuleFormValues {
  const today = todayIso();
  return {
    ...emptyRule(),
    kind: rule.kind,
    name: rule.name,
    effectiveFrom: rule.effectiveFrom > today ? rule.effectiveFrom : today,
    effectiveTo: rule.effectiveTo ?? '',
    target: rule.productId ? 'PRODUCT' : rule.category ? 'CATEGORY' : 'ALL',
    productId: rule.productId ?? '',
    category: rule.category ?? '',
    segmentId: rule.segmentId ?? '',
    basis: rule.base?.basis ?? 'UNIT',
    points: str(rule.base?.points ?? rule.bonus?.points),
    per: str(rule.base?.per),
    currency: rule.base?.currency ?? 'EUR',
    factor: str(rule.multiplier?.factor),
    condition: rule.bonus?.condition ?? 'FEEDBACK',
    bonusScope: rule.bonus?.per ?? 'DECLARATION',
    withinDays: str(rule.bonus?.withinDays),
    maxPoints: str(rule.cap?.maxPoints),
    capScope: rule.cap?.scope ?? 'DECLARATION',
    capPeriod: rule.cap?.period ?? 'MONTH',
  };
}

/** Whether the kind (and bonus scope) lets the rule target a product or a category. */
export const allowsProductTarget = (v: EarningRuleFormValues) => v.kind === 'BASE' || v.kind === 'MULTIPLIER' || (v.kind === 'BONUS' && v.bonusScope === 'LINE');

// An empty field goes as NaN so the API names it (required) instead of the form guessing a number.
const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')));

export function toInput(v: EarningRuleFormValues): EarningRuleInput {
  const productTarget = allowsProductTarget(v);
  const input: EarningRuleInput = {
    kind: v.kind,
    name: v.name.trim(),
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo || null,
    productId: productTarget && v.target === 'PRODUCT' && v.productId ? v.productId : null,
    category: productTarget && v.target === 'CATEGORY' && v.category.trim() ? v.category.trim() : null,
    segmentId: v.segmentId || null,
  };
  switch (v.kind) {
    case 'BASE':
      input.base =
        v.basis === 'AMOUNT'
          ? { basis: 'AMOUNT', points: num(v.points), per: num(v.per), currency: v.currency.trim().toUpperCase() }
          : { basis: 'UNIT', points: num(v.points) };
      break;
    case 'MULTIPLIER':
      input.multiplier = { factor: num(v.factor) };
      break;
    case 'BONUS':
      input.bonus = { condition: v.condition, per: v.bonusScope, points: num(v.points), withinDays: v.condition === 'ON_TIME' ? num(v.withinDays) : null };
      break;
    case 'CAP':
      input.cap = { scope: v.capScope, maxPoints: num(v.maxPoints), period: v.capScope === 'PERIOD' ? v.capPeriod : null };
      break;
  }
  return input;
}
