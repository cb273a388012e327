import { isCalendarDate } from './earning-dates';
import type { BaseParameters, BonusParameters, CapParameters, EarningRuleKind, MultiplierParameters } from './earning-rule';

/** A rule as an editor submits it: the parameter group named after its kind, and nothing else. */
export interface EarningRuleDraft {
  kind: EarningRuleKind;
  base?: BaseParameters | null;
  multiplier?: MultiplierParameters | null;
  bonus?: BonusParameters | null;
  cap?: CapParameters | null;
  segmentId?: string | null;
  productId?: string | null;
  category?: string | null;
  effectiveFrom: string;
  effectiveTo?: string | null;
}

export interface RuleProblem {
  field: string;
  reason: string;
  /** A specific error code; INVALID_INPUT when absent. */
  code?: string;
}

export const MAX_RULE_POINTS = 100_000;
export const MAX_MULTIPLIER = 100;

const GROUPS = { BASE: 'base', MULTIPLIER: 'multiplier', BONUS: 'bonus', CAP: 'cap' } as const satisfies Record<EarningRuleKind, string>;

const present = (value: unknown) => value !== undefined && value !== null;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function amountProblems(field: string, value: unknown, { min, max, integer }: { min: number; max: number; integer?: boolean }): RuleProblem[] {
  if (!isNumber(value) || (integer && !Number.isInteger(value))) return [{ field, reason: integer ? 'isInt' : 'isNumber' }];
  if (value < min) return [{ field, reason: 'min' }];
  if (value > max) return [{ field, reason: 'max' }];
  return [];
}

/** `field` must be given when `needed`, and left out otherwise. */
const onlyWhen = (field: string, value: unknown, needed: boolean): RuleProblem[] =>
  needed === present(value) ? [] : [{ field, reason: needed ? 'required' : 'notAllowed' }];

function baseProblems(p: BaseParameters): RuleProblem[] {
  const amount = p.basis === 'AMOUNT';
  return [
    ...amountProblems('base.points', p.points, { min: 0.01, max: MAX_RULE_POINTS }),
    ...onlyWhen('base.per', p.per, amount),
    ...(amount && present(p.per) ? amountProblems('base.per', p.per, { min: 0.01, max: 1_000_000 }) : []),
    ...onlyWhen('base.currency', p.currency, amount),
    ...(amount && present(p.currency) && !/^[A-Z]{3}$/.test(String(p.currency)) ? [{ field: 'base.currency', reason: 'isCurrency' }] : []),
  ];
}

function bonusProblems(p: BonusParameters, draft: EarningRuleDraft): RuleProblem[] {
  const onTime = p.condition === 'ON_TIME';
  return [
    ...amountProblems('bonus.points', p.points, { min: 1, max: MAX_RULE_POINTS, integer: true }),
    ...onlyWhen('bonus.withinDays', p.withinDays, onTime),
    ...(onTime && present(p.withinDays) ? amountProblems('bonus.withinDays', p.withinDays, { min: 0, max: 366, integer: true }) : []),
    // A declaration-wide bonus has no line to match a product against.
    ...(p.per === 'DECLARATION' ? [...onlyWhen('productId', draft.productId, false), ...onlyWhen('category', draft.category, false)] : []),
  ];
}

function capProblems(p: CapParameters, draft: EarningRuleDraft): RuleProblem[] {
  return [
    ...amountProblems('cap.maxPoints', p.maxPoints, { min: 1, max: 100_000_000, integer: true }),
    ...onlyWhen('cap.period', p.period, p.scope === 'PERIOD'),
    // Caps bound what a declaration or a partner earns in all; they are not per product.
    ...onlyWhen('productId', draft.productId, false),
    ...onlyWhen('category', draft.category, false),
  ];
}

function parameterProblems(draft: EarningRuleDraft): RuleProblem[] {
  switch (draft.kind) {
    case 'BASE':
      return draft.base ? baseProblems(draft.base) : [];
    case 'MULTIPLIER':
      return draft.multiplier ? amountProblems('multiplier.factor', draft.multiplier.factor, { min: 0.01, max: MAX_MULTIPLIER }) : [];
    case 'BONUS':
      return draft.bonus ? bonusProblems(draft.bonus, draft) : [];
    case 'CAP':
      return draft.cap ? capProblems(draft.cap, draft) : [];
  }
}

/**
 * What is wrong with a rule draft, field by field (empty when it is valid): the parameters of
 * its kind and only those, amounts in range, a product or a category but not both, and a
 * window that does not end before it starts. Lookups (does the product exist?) are the API's.
 */
export function earningRuleProblems(draft: EarningRuleDraft): RuleProblem[] {
  const groups = (Object.entries(GROUPS) as [EarningRuleKind, (typeof GROUPS)[EarningRuleKind]][]).flatMap(([kind, group]) =>
    onlyWhen(group, draft[group], kind === draft.kind),
  );
  const problems = [...groups, ...parameterProblems(draft)];
  if (present(draft.productId) && present(draft.category)) problems.push({ field: 'category', reason: 'notWithProductId' });
  if (!isCalendarDate(draft.effectiveFrom)) problems.push({ field: 'effectiveFrom', reason: 'isDate' });
  if (present(draft.effectiveTo) && !isCalendarDate(draft.effectiveTo)) problems.push({ field: 'effectiveTo', reason: 'isDate' });
  else if (present(draft.effectiveTo) && isCalendarDate(draft.effectiveFrom) && (draft.effectiveTo) < draft.effectiveFrom) {
    problems.push({ field: 'effectiveTo', reason: 'afterEffectiveFrom', code: 'EARNING_RULE_ENDS_BEFORE_START' });
  }
  return problems;
}
