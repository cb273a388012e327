/**
 * Earning rules as the pure computation sees them. A rule is a chain of immutable versions
 * sharing a `ruleKey`; each version has its own window of calendar dates (both ends included),
 * and the versions of one key never overlap, so at most one of them is in force on a date.
 */
export const EARNING_RULE_KINDS = ['BASE', 'MULTIPLIER', 'BONUS', 'CAP'] as const;
export type EarningRuleKind = (typeof EARNING_RULE_KINDS)[number];

/** BASE: points per unit sold, or per `per` units of money in `currency` (1 pt per 10 EUR). */
export const BASE_BASES = ['UNIT', 'AMOUNT'] as const;
export type BaseBasis = (typeof BASE_BASES)[number];

export interface BaseParameters {
  basis: BaseBasis;
  /** Points per unit, or per `per` of money; decimals allowed (0.5 pt per EUR). */
  points: number;
  /** AMOUNT only: the amount of money that earns `points`. */
  per?: number | null;
  /** AMOUNT only: ISO 4217 code; lines in other currencies do not earn from this rule. */
  currency?: string | null;
}

/** MULTIPLIER: multiplies a line's base points, e.g. 1.5 during a launch. */
export interface MultiplierParameters {
  factor: number;
}

export const BONUS_CONDITIONS = ['FEEDBACK', 'CUSTOMER_PROFILE', 'ON_TIME'] as const;
export type BonusCondition = (typeof BONUS_CONDITIONS)[number];
export const BONUS_SCOPES = ['DECLARATION', 'LINE'] as const;
export type BonusScope = (typeof BONUS_SCOPES)[number];

/** BONUS: fixed points for data quality, once per declaration or once per (targeted) line. */
export interface BonusParameters {
  condition: BonusCondition;
  points: number;
  per: BonusScope;
  /** ON_TIME only: declared at most this many days after the sale. */
  withinDays?: number | null;
}

export const CAP_SCOPES = ['DECLARATION', 'PERIOD'] as const;
export type CapScope = (typeof CAP_SCOPES)[number];
export const CAP_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type CapPeriod = (typeof CAP_PERIODS)[number];

/** CAP: the most a declaration, or a partner over the calendar period of the sale, may earn. */
export interface CapParameters {
  scope: CapScope;
  maxPoints: number;
  /** PERIOD only. */
  period?: CapPeriod | null;
}

export interface EarningRuleParameters {
  BASE: BaseParameters;
  MULTIPLIER: MultiplierParameters;
  BONUS: BonusParameters;
  CAP: CapParameters;
}

interface EarningRuleCommon {
  id: string;
  ruleKey: string;
  version: number;
  name: string;
  segmentId: string | null;
  productId: string | null;
  category: string | null;
  /** YYYY-MM-DD, included. */
  effectiveFrom: string;
  /** YYYY-MM-DD, included; null for open-ended. */
  effectiveTo: string | null;
  active: boolean;
}

export type EarningRule = {
  [K in EarningRuleKind]: EarningRuleCommon & { kind: K; parameters: EarningRuleParameters[K] };
}[EarningRuleKind];

export type RuleOf<K extends EarningRuleKind> = Extract<EarningRule, { kind: K }>;

/** A rule version is in force on a date when it is active and the date is within its window. */
export const isInForce = (rule: Pick<EarningRule, 'active' | 'effectiveFrom' | 'effectiveTo'>, date: string): boolean =>
  rule.active && rule.effectiveFrom <= date && (rule.effectiveTo === null || date <= rule.effectiveTo);
