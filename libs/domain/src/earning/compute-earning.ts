import { calendarDaysBetween, calendarPeriodOf,utcDateOf } from './earning-dates';
import { BONUS_CODE, EarningFacts, EarningLineFacts, EarningLineResult, EarningPart, EarningResult, EarningRuleRef } from './earning-result';
import { BonusParameters, CapPeriod, EarningRule, isInForce, RuleOf } from './earning-rule';

/**
 * Rounds to whole points, halves up. Products of decimal rates and factors carry binary noise
 * (0.3 × 5 = 1.4999…), so the value is first settled to six decimals.
 */
export const roundPoints = (value: number): number => Math.round(Math.round(value * 1e6) / 1e6);

const refOf = (rule: EarningRule): EarningRuleRef => ({ id: rule.id, ruleKey: rule.ruleKey, version: rule.version, name: rule.name });
const byKey = (a: EarningRule, b: EarningRule) => (a.ruleKey < b.ruleKey ? -1 : a.ruleKey > b.ruleKey ? 1 : 0);

/** The versions in force on the date for the partner's segments; one per key, the latest. */
function rulesInForce(rules: readonly EarningRule[], facts: EarningFacts): EarningRule[] {
  const latest = new Map<string, EarningRule>();
  for (const rule of rules) {
    if (!isInForce(rule, facts.saleDate)) continue;
    if (rule.segmentId && !facts.partnerSegmentIds.includes(rule.segmentId)) continue;
    const seen = latest.get(rule.ruleKey);
    if (!seen || seen.version < rule.version) latest.set(rule.ruleKey, rule);
  }
  return [...latest.values()].sort(byKey);
}

const ofKind = <K extends EarningRule['kind']>(rules: EarningRule[], kind: K) => rules.filter((r): r is RuleOf<K> => r.kind === kind);

const targets = (rule: EarningRule, line: EarningLineFacts) =>
  (!rule.productId || rule.productId === line.productId) && (!rule.category || rule.category.toLowerCase() === line.category.toLowerCase());

/** Product beats category beats every product; a segment-targeted rule beats an untargeted one. */
const specificity = (rule: EarningRule) => (rule.productId ? 4 : 0) + (rule.category ? 2 : 0) + (rule.segmentId ? 1 : 0);

function basePart(rule: RuleOf<'BASE'>, line: EarningLineFacts): EarningPart | null {
  const p = rule.parameters;
  if (p.basis === 'UNIT') {
    return { code: 'BASE_PER_UNIT', rule: refOf(rule), params: { quantity: line.quantity, rate: p.points, points: line.quantity * p.points } };
  }
  if (p.currency !== line.currency || !p.per) return null;
  const points = (line.amount / p.per) * p.points;
  return { code: 'BASE_PER_AMOUNT', rule: refOf(rule), params: { amount: line.amount, currency: line.currency, per: p.per, rate: p.points, points } };
}

/** The one base rule of a line: the most specific; among equals, the one paying most. */
function chooseBase(rules: RuleOf<'BASE'>[], line: EarningLineFacts): EarningPart | null {
  let best: { part: EarningPart; rank: number } | null = null;
  for (const rule of rules) {
    if (!targets(rule, line)) continue;
    const part = basePart(rule, line);
    if (!part) continue;
    const rank = specificity(rule);
    if (!best || rank > best.rank || (rank === best.rank && (part.params.points ?? 0) > (best.part.params.points ?? 0))) best = { part, rank };
  }
  return best?.part ?? null;
}

function bonusEarned(p: BonusParameters, facts: EarningFacts, days: number): boolean {
  switch (p.condition) {
    case 'FEEDBACK':
      return facts.hasFeedback;
    case 'CUSTOMER_PROFILE':
      return facts.hasCustomerProfile;
    case 'ON_TIME':
      return days >= 0 && days <= (p.withinDays ?? 0);
  }
}

function bonusPart(rule: RuleOf<'BONUS'>, days: number): EarningPart {
  const p = rule.parameters;
  const timing = p.condition === 'ON_TIME' ? { days, withinDays: p.withinDays ?? 0 } : {};
  return { code: BONUS_CODE[p.condition], rule: refOf(rule), params: { points: p.points, ...timing } };
}

function lineResult(line: EarningLineFacts, rules: EarningRule[], facts: EarningFacts, lineBonuses: RuleOf<'BONUS'>[], days: number): EarningLineResult {
  const base = chooseBase(ofKind(rules, 'BASE'), line);
  const parts: EarningPart[] = [base ?? { code: 'NO_BASE_RULE', rule: null, params: {} }];
  let raw = base?.params.points ?? 0;
  if (raw > 0) {
    for (const rule of ofKind(rules, 'MULTIPLIER').filter((r) => targets(r, line))) {
      raw *= rule.parameters.factor;
      parts.push({ code: 'MULTIPLIER', rule: refOf(rule), params: { factor: rule.parameters.factor } });
    }
    if (facts.tierMultiplier && facts.tierMultiplier !== 1) {
      raw *= facts.tierMultiplier;
      parts.push({ code: 'TIER_MULTIPLIER', rule: null, params: { factor: facts.tierMultiplier } });
    }
  }
  let points = roundPoints(raw);
  for (const rule of lineBonuses.filter((r) => targets(r, line))) {
    points += rule.parameters.points;
    parts.push(bonusPart(rule, days));
  }
  return { lineId: line.lineId, productId: line.productId, points, parts };
}

const PERIOD_ORDER: Record<CapPeriod, number> = { MONTH: 1, QUARTER: 2, YEAR: 3 };
const capOrder = (rule: RuleOf<'CAP'>) => (rule.parameters.scope === 'DECLARATION' ? 0 : PERIOD_ORDER[rule.parameters.period ?? 'YEAR']);

/** Applies the caps in order (declaration, then month, quarter, year); each lowers what is left. */
function applyCaps(caps: RuleOf<'CAP'>[], facts: EarningFacts, subtotal: number): { total: number; parts: EarningPart[] } {
  let total = subtotal;
  const parts: EarningPart[] = [];
  for (const rule of [...caps].sort((a, b) => capOrder(a) - capOrder(b))) {
    const { scope, maxPoints, period } = rule.parameters;
    if (scope === 'DECLARATION' || !period) {
      if (total > maxPoints) parts.push({ code: 'CAP_DECLARATION', rule: refOf(rule), params: { maxPoints, reducedBy: total - maxPoints } });
      total = Math.min(total, maxPoints);
      continue;
    }
    const alreadyEarned = Math.max(0, facts.earnedInPeriod?.[period] ?? 0);
    const room = Math.max(0, maxPoints - alreadyEarned);
    if (total > room) {
      const periodKey = calendarPeriodOf(facts.saleDate, period).key;
      parts.push({ code: 'CAP_PERIOD', rule: refOf(rule), params: { maxPoints, period, periodKey, alreadyEarned, reducedBy: total - room } });
      total = room;
    }
  }
  return { total, parts };
}

/**
 * The points a declaration earns under the given rules, with the explanation of every point.
 *
 * - Only rule versions in force on the sale date (dates included), active, and for one of the
 *   partner's segments when they name one, count.
 * - Each line earns from one BASE rule (see chooseBase); a line no base rule covers earns 0.
 * - MULTIPLIERs targeting the line (segment, product or category, date window) and the tier
 *   multiplier all multiply the base: ×1.5 and ×2 make ×3.
 * - The line is rounded to whole points, half up, after the multipliers; then fixed per-line
 *   bonuses are added. Bonuses are never multiplied.
 * - Declaration-wide bonuses are added once when the declaration has at least one line.
 * - CAPs then lower the total: per declaration, and per partner over the calendar month,
 *   quarter or year of the sale date given what it already earned there (`earnedInPeriod`).
 *   Caps lower the declaration's total, not its lines.
 */
export function computeEarning(facts: EarningFacts, rules: readonly EarningRule[]): EarningResult {
  const inForce = rulesInForce(rules, facts);
  const days = calendarDaysBetween(facts.saleDate, utcDateOf(facts.declaredAt));
  const bonuses = ofKind(inForce, 'BONUS').filter((r) => bonusEarned(r.parameters, facts, days));
  const lineBonuses = bonuses.filter((r) => r.parameters.per === 'LINE');
  const lines = facts.lines.map((line) => lineResult(line, inForce, facts, lineBonuses, days));
  const declarationBonuses = facts.lines.length ? bonuses.filter((r) => r.parameters.per === 'DECLARATION').map((r) => bonusPart(r, days)) : [];
  const subtotal = lines.reduce((sum, l) => sum + l.points, 0) + declarationBonuses.reduce((sum, b) => sum + (b.params.points ?? 0), 0);
  const caps = applyCaps(ofKind(inForce, 'CAP'), facts, subtotal);
  const parts = [...lines.flatMap((l) => l.parts), ...declarationBonuses, ...caps.parts];
  const used = new Map(parts.flatMap((p) => (p.rule ? [[p.rule.id, p.rule] as const] : [])));
  return { saleDate: facts.saleDate, lines, bonuses: declarationBonuses, subtotal, caps: caps.parts, total: caps.total, rules: [...used.values()] };
}
