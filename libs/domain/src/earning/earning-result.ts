import type { BonusCondition, CapPeriod } from './earning-rule';

/** What the computation needs to know about a declaration; no I/O, everything is given. */
export interface EarningLineFacts {
  lineId: string;
  productId: string;
  category: string;
  /** Units sold, > 0. */
  quantity: number;
  /** In the currency's major unit (euros, not cents). */
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface EarningFacts {
  /** YYYY-MM-DD: the rules in force on this date apply. */
  saleDate: string;
  /** When the partner declared (an instant or a YYYY-MM-DD date), for on-time bonuses. */
  declaredAt: Date | string;
  /** The segments the partner belongs to now. */
  partnerSegmentIds: readonly string[];
  /** The partner tier's earning multiplier, when tiers exist; 1 or absent changes nothing. */
  tierMultiplier?: number | null;
  lines: readonly EarningLineFacts[];
  hasFeedback: boolean;
  hasCustomerProfile: boolean;
  /** Points the partner already earned in the calendar period holding the sale date, for period caps. */
  earnedInPeriod?: Partial<Record<CapPeriod, number>>;
}

export const EARNING_CODES = [
  'BASE_PER_UNIT',
  'BASE_PER_AMOUNT',
  'NO_BASE_RULE',
  'MULTIPLIER',
  'TIER_MULTIPLIER',
  'BONUS_FEEDBACK',
  'BONUS_CUSTOMER_PROFILE',
  'BONUS_ON_TIME',
  'CAP_DECLARATION',
  'CAP_PERIOD',
] as const;
export type EarningCode = (typeof EARNING_CODES)[number];

export const BONUS_CODE: Record<BonusCondition, EarningCode> = {
  FEEDBACK: 'BONUS_FEEDBACK',
  CUSTOMER_PROFILE: 'BONUS_CUSTOMER_PROFILE',
  ON_TIME: 'BONUS_ON_TIME',
};

export interface EarningRuleRef {
  id: string;
  ruleKey: string;
  version: number;
  name: string;
}

/** The values a part's sentence needs; which ones are set depends on the code. */
export interface EarningPartParams {
  quantity?: number;
  /** Points per unit, or per `per` of money. */
  rate?: number;
  amount?: number;
  currency?: string;
  per?: number;
  factor?: number;
  /** What the part adds: base points before rounding, or a bonus. */
  points?: number;
  /** Days between sale and declaration (on-time bonus). */
  days?: number;
  withinDays?: number;
  period?: CapPeriod;
  /** The calendar period of the sale: 2026-03, 2026-Q1 or 2026. */
  periodKey?: string;
  maxPoints?: number;
  alreadyEarned?: number;
  /** Points a cap took off. */
  reducedBy?: number;
}

/** One step of an explanation: a code the apps translate, the rule behind it, and its values. */
export interface EarningPart {
  code: EarningCode;
  rule: EarningRuleRef | null;
  params: EarningPartParams;
}

export interface EarningLineResult {
  lineId: string;
  productId: string;
  /** Whole points: base × multipliers rounded half up, plus line bonuses. */
  points: number;
  parts: EarningPart[];
}

export interface EarningResult {
  saleDate: string;
  lines: EarningLineResult[];
  /** Declaration-wide bonuses. */
  bonuses: EarningPart[];
  /** Lines and bonuses before caps. */
  subtotal: number;
  /** Only the caps that took points off, in the order applied. */
  caps: EarningPart[];
  total: number;
  /** Every rule version that contributed a part, once each. */
  rules: EarningRuleRef[];
}
