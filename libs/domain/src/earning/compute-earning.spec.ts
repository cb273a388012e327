import { computeEarning, roundPoints } from './compute-earning';
import type { EarningFacts, EarningLineFacts } from './earning-result';
import type { EarningRule, EarningRuleParameters } from './earning-rule';

let next = 0;
function rule<K extends keyof EarningRuleParameters>(kind: K, parameters: EarningRuleParameters[K], extra: Partial<EarningRule> = {}): EarningRule {
  next += 1;
  const id = `rule-${String(next).padStart(3, '0')}`;
  return {
    id,
    ruleKey: id,
    version: 1,
    name: `${kind} ${next}`,
    segmentId: null,
    productId: null,
    category: null,
    effectiveFrom: '2026-01-01',
    effectiveTo: null,
    active: true,
    ...extra,
    kind,
    parameters,
  } as EarningRule;
}

const line = (extra: Partial<EarningLineFacts> = {}): EarningLineFacts => ({
  lineId: 'l1',
  productId: 'hp-8',
  category: 'Heat pumps',
  quantity: 12,
  amount: 9600,
  currency: 'EUR',
  ...extra,
});

const facts = (extra: Partial<EarningFacts> = {}): EarningFacts => ({
  saleDate: '2026-03-10',
  declaredAt: '2026-03-12T09:00:00Z',
  partnerSegmentIds: [],
  lines: [line()],
  hasFeedback: false,
  hasCustomerProfile: false,
  ...extra,
});

const perUnit = (points: number, extra: Partial<EarningRule> = {}) => rule('BASE', { basis: 'UNIT', points }, extra);

describe('computeEarning', () => {
  describe('base rules', () => {
    it('pays points per unit for the category of the line', () => {
      const result = computeEarning(facts(), [perUnit(5, { category: 'heat pumps' })]);
      expect(result.lines[0]).toMatchObject({ points: 60, parts: [{ code: 'BASE_PER_UNIT', params: { quantity: 12, rate: 5, points: 60 } }] });
      expect(result.total).toBe(60);
    });

    it('pays points per amount of money in the rule currency only', () => {
      const perTenEuros = rule('BASE', { basis: 'AMOUNT', points: 1, per: 10, currency: 'EUR' });
      expect(computeEarning(facts(), [perTenEuros]).total).toBe(960);
      const inFrancs = computeEarning(facts({ lines: [line({ currency: 'CHF' })] }), [perTenEuros]);
      expect(inFrancs.lines[0]).toMatchObject({ points: 0, parts: [{ code: 'NO_BASE_RULE', rule: null }] });
    });

    it('uses the most specific base rule: product before category before all products', () => {
      const rules = [perUnit(100), perUnit(5, { category: 'Heat pumps' }), perUnit(7, { productId: 'hp-8' })];
      expect(computeEarning(facts(), rules).lines[0].parts[0].params.rate).toBe(7);
      expect(computeEarning(facts({ lines: [line({ productId: 'hp-6' })] }), rules).lines[0].parts[0].params.rate).toBe(5);
      expect(computeEarning(facts({ lines: [line({ productId: 'pv-1', category: 'Solar' })] }), rules).lines[0].parts[0].params.rate).toBe(100);
    });

    it('takes the rule paying most between equally specific ones', () => {
      const rules = [perUnit(5, { category: 'Heat pumps' }), rule('BASE', { basis: 'AMOUNT', points: 1, per: 100, currency: 'EUR' }, { category: 'Heat pumps' })];
      expect(computeEarning(facts(), rules).lines[0]).toMatchObject({ points: 96, parts: [{ code: 'BASE_PER_AMOUNT' }] });
    });

    it('gives segment-targeted rules to members only', () => {
      const rules = [perUnit(5), perUnit(8, { segmentId: 'seg-de' })];
      expect(computeEarning(facts(), rules).total).toBe(60);
      expect(computeEarning(facts({ partnerSegmentIds: ['seg-de'] }), rules).total).toBe(96);
    });
  });

  describe('effective dates', () => {
    const campaign = perUnit(5, { effectiveFrom: '2026-03-01', effectiveTo: '2026-03-31' });

    it.each([
      ['2026-02-28', 0],
      ['2026-03-01', 60],
      ['2026-03-31', 60],
      ['2026-04-01', 0],
    ])('on a sale dated %s pays %i (both ends of the window count)', (saleDate, total) => {
      expect(computeEarning(facts({ saleDate }), [campaign]).total).toBe(total);
    });

    it('ignores inactive versions and, of two versions of one rule in force, takes the latest', () => {
      const v1 = perUnit(5, { ruleKey: 'k', version: 1 });
      const v2 = perUnit(6, { ruleKey: 'k', version: 2 });
      expect(computeEarning(facts(), [v2, v1]).lines[0].parts[0].rule).toMatchObject({ ruleKey: 'k', version: 2 });
      expect(computeEarning(facts(), [perUnit(5, { active: false })]).total).toBe(0);
    });
  });

  describe('multipliers', () => {
    it('multiply each other and the tier multiplier, then round the line half up', () => {
      const rules = [perUnit(5), rule('MULTIPLIER', { factor: 1.5 }, { productId: 'hp-8' }), rule('MULTIPLIER', { factor: 1.1 })];
      const result = computeEarning(facts({ lines: [line({ quantity: 3 })], tierMultiplier: 1.2 }), rules);
      // 3 × 5 = 15; × 1.5 × 1.1 × 1.2 = 29.7 → 30
      expect(result.lines[0].points).toBe(30);
      expect(result.lines[0].parts.map((p) => p.code)).toEqual(['BASE_PER_UNIT', 'MULTIPLIER', 'MULTIPLIER', 'TIER_MULTIPLIER']);
    });

    it('apply only to the lines and segments they target', () => {
      const rules = [perUnit(10), rule('MULTIPLIER', { factor: 2 }, { category: 'Boilers' }), rule('MULTIPLIER', { factor: 3 }, { segmentId: 'seg-a' })];
      const result = computeEarning(facts({ lines: [line({ quantity: 1 }), line({ lineId: 'l2', category: 'Boilers', quantity: 1 })] }), rules);
      expect(result.lines.map((l) => l.points)).toEqual([10, 20]);
      expect(computeEarning(facts({ partnerSegmentIds: ['seg-a'], lines: [line({ quantity: 1 })] }), rules).total).toBe(30);
    });

    it('are left out of the explanation of a line that earns nothing', () => {
      const result = computeEarning(facts(), [rule('MULTIPLIER', { factor: 2 })]);
      expect(result.lines[0].parts.map((p) => p.code)).toEqual(['NO_BASE_RULE']);
    });
  });

  describe('rounding', () => {
    it.each([
      [0.5, 1],
      [1.4999999999999998, 2],
      [2.4999, 2],
      [2.5, 3],
    ])('rounds %d to %i', (value, rounded) => {
      expect(roundPoints(value)).toBe(rounded);
    });

    it('rounds each line, not the declaration', () => {
      const rules = [rule('BASE', { basis: 'UNIT', points: 0.5 })];
      const result = computeEarning(facts({ lines: [line({ quantity: 1 }), line({ lineId: 'l2', quantity: 1 })] }), rules);
      expect(result.lines.map((l) => l.points)).toEqual([1, 1]);
      expect(result.total).toBe(2);
    });
  });

  describe('bonuses', () => {
    it('add a declaration bonus for feedback and one for a customer profile, unmultiplied', () => {
      const rules = [
        perUnit(5),
        rule('MULTIPLIER', { factor: 2 }),
        rule('BONUS', { condition: 'FEEDBACK', points: 20, per: 'DECLARATION' }),
        rule('BONUS', { condition: 'CUSTOMER_PROFILE', points: 10, per: 'DECLARATION' }),
      ];
      expect(computeEarning(facts({ hasFeedback: true }), rules)).toMatchObject({ subtotal: 140, total: 140, bonuses: [{ code: 'BONUS_FEEDBACK', params: { points: 20 } }] });
      expect(computeEarning(facts({ hasFeedback: true, hasCustomerProfile: true }), rules).total).toBe(150);
      expect(computeEarning(facts(), rules).total).toBe(120);
    });

    it('pay per targeted line when the bonus is per line', () => {
      const rules = [perUnit(1), rule('BONUS', { condition: 'FEEDBACK', points: 3, per: 'LINE' }, { category: 'Heat pumps' })];
      const result = computeEarning(facts({ hasFeedback: true, lines: [line({ quantity: 1 }), line({ lineId: 'l2', quantity: 1, category: 'Solar' })] }), rules);
      expect(result.lines.map((l) => l.points)).toEqual([4, 1]);
      expect(result.lines[0].parts[1]).toMatchObject({ code: 'BONUS_FEEDBACK', params: { points: 3 } });
    });

    it('pay the on-time bonus up to N days after the sale, the last day included', () => {
      const rules = [rule('BONUS', { condition: 'ON_TIME', points: 15, per: 'DECLARATION', withinDays: 7 })];
      expect(computeEarning(facts({ declaredAt: '2026-03-17T23:59:00Z' }), rules).bonuses).toEqual([
        expect.objectContaining({ code: 'BONUS_ON_TIME', params: { points: 15, days: 7, withinDays: 7 } }),
      ]);
      expect(computeEarning(facts({ declaredAt: '2026-03-18T00:00:00Z' }), rules).total).toBe(0);
    });

    it('are not paid on a declaration without lines', () => {
      const rules = [rule('BONUS', { condition: 'FEEDBACK', points: 20, per: 'DECLARATION' })];
      expect(computeEarning(facts({ hasFeedback: true, lines: [] }), rules).total).toBe(0);
    });
  });

  describe('caps', () => {
    const rules = [perUnit(5), rule('BONUS', { condition: 'FEEDBACK', points: 20, per: 'DECLARATION' })];

    it('limit what one declaration earns, bonuses included, and say by how much', () => {
      const result = computeEarning(facts({ hasFeedback: true }), [...rules, rule('CAP', { scope: 'DECLARATION', maxPoints: 50 })]);
      expect(result).toMatchObject({ subtotal: 80, total: 50, caps: [{ code: 'CAP_DECLARATION', params: { maxPoints: 50, reducedBy: 30 } }] });
      expect(result.lines[0].points).toBe(60);
    });

    it('leave a declaration under the cap alone and unexplained', () => {
      const result = computeEarning(facts(), [...rules, rule('CAP', { scope: 'DECLARATION', maxPoints: 500 })]);
      expect(result).toMatchObject({ total: 60, caps: [] });
    });

    it('limit a partner over the month of the sale, given what it already earned', () => {
      const monthly = rule('CAP', { scope: 'PERIOD', maxPoints: 100, period: 'MONTH' });
      expect(computeEarning(facts({ earnedInPeriod: { MONTH: 70 } }), [...rules, monthly])).toMatchObject({
        total: 30,
        caps: [{ code: 'CAP_PERIOD', params: { period: 'MONTH', periodKey: '2026-03', alreadyEarned: 70, reducedBy: 30 } }],
      });
      expect(computeEarning(facts({ earnedInPeriod: { MONTH: 150 } }), [...rules, monthly]).total).toBe(0);
      expect(computeEarning(facts(), [...rules, monthly]).total).toBe(60);
    });

    it('apply the declaration cap first, then the period caps', () => {
      const caps = [rule('CAP', { scope: 'PERIOD', maxPoints: 1000, period: 'QUARTER' }), rule('CAP', { scope: 'DECLARATION', maxPoints: 40 })];
      const result = computeEarning(facts({ earnedInPeriod: { QUARTER: 980 } }), [...rules, ...caps]);
      expect(result.caps.map((c) => [c.code, c.params.reducedBy, c.params.periodKey])).toEqual([
        ['CAP_DECLARATION', 20, undefined],
        ['CAP_PERIOD', 20, '2026-Q1'],
      ]);
      expect(result.total).toBe(20);
    });
  });

  describe('rules', () => {
    it('lists each contributing rule version once', () => {
      const base = perUnit(5);
      const result = computeEarning(facts({ lines: [line(), line({ lineId: 'l2' })] }), [base, perUnit(1, { category: 'Solar' })]);
      expect(result.rules).toEqual([{ id: base.id, ruleKey: base.ruleKey, version: 1, name: base.name }]);
    });
  });
});
