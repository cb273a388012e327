import { addCalendarDays, calendarDaysBetween, calendarPeriodOf,isCalendarDate } from './earning-dates';
import { earningRuleProblems } from './earning-rule-problems';

const fields = (draft: Parameters<typeof earningRuleProblems>[0]) => earningRuleProblems(draft).map((p) => `${p.field}:${p.reason}`);

describe('earningRuleProblems', () => {
  it('accepts a valid rule of each kind', () => {
    expect(fields({ kind: 'BASE', base: { basis: 'UNIT', points: 5 }, category: 'Boilers', effectiveFrom: '2026-01-01' })).toEqual([]);
    expect(fields({ kind: 'BASE', base: { basis: 'AMOUNT', points: 1, per: 10, currency: 'EUR' }, effectiveFrom: '2026-01-01' })).toEqual([]);
    expect(fields({ kind: 'MULTIPLIER', multiplier: { factor: 1.5 }, productId: 'p', effectiveFrom: '2026-03-01', effectiveTo: '2026-03-01' })).toEqual([]);
    expect(fields({ kind: 'BONUS', bonus: { condition: 'ON_TIME', points: 10, per: 'DECLARATION', withinDays: 7 }, effectiveFrom: '2026-01-01' })).toEqual([]);
    expect(fields({ kind: 'CAP', cap: { scope: 'PERIOD', maxPoints: 5000, period: 'MONTH' }, segmentId: 's', effectiveFrom: '2026-01-01' })).toEqual([]);
  });

  it('wants the parameters of the kind, and no others', () => {
    expect(fields({ kind: 'BASE', multiplier: { factor: 2 }, effectiveFrom: '2026-01-01' })).toEqual(['base:required', 'multiplier:notAllowed']);
  });

  it('refuses negative or zero points and out-of-range factors', () => {
    expect(fields({ kind: 'BASE', base: { basis: 'UNIT', points: -1 }, effectiveFrom: '2026-01-01' })).toEqual(['base.points:min']);
    expect(fields({ kind: 'MULTIPLIER', multiplier: { factor: 0 }, effectiveFrom: '2026-01-01' })).toEqual(['multiplier.factor:min']);
    expect(fields({ kind: 'BONUS', bonus: { condition: 'FEEDBACK', points: 2.5, per: 'LINE' }, effectiveFrom: '2026-01-01' })).toEqual(['bonus.points:isInt']);
  });

  it('ties the per-amount, on-time and period settings to their variant', () => {
    expect(fields({ kind: 'BASE', base: { basis: 'AMOUNT', points: 1 }, effectiveFrom: '2026-01-01' })).toEqual(['base.per:required', 'base.currency:required']);
    expect(fields({ kind: 'BASE', base: { basis: 'UNIT', points: 1, per: 10 }, effectiveFrom: '2026-01-01' })).toEqual(['base.per:notAllowed']);
    expect(fields({ kind: 'BONUS', bonus: { condition: 'ON_TIME', points: 1, per: 'LINE' }, effectiveFrom: '2026-01-01' })).toEqual(['bonus.withinDays:required']);
    expect(fields({ kind: 'CAP', cap: { scope: 'PERIOD', maxPoints: 10 }, effectiveFrom: '2026-01-01' })).toEqual(['cap.period:required']);
  });

  it('refuses a product or category on caps and declaration bonuses, and both together anywhere', () => {
    expect(fields({ kind: 'CAP', cap: { scope: 'DECLARATION', maxPoints: 10 }, productId: 'p', effectiveFrom: '2026-01-01' })).toEqual(['productId:notAllowed']);
    expect(fields({ kind: 'BASE', base: { basis: 'UNIT', points: 1 }, productId: 'p', category: 'c', effectiveFrom: '2026-01-01' })).toEqual(['category:notWithProductId']);
  });

  it('refuses a window ending before it starts, on effectiveTo, with its own code', () => {
    const problems = earningRuleProblems({ kind: 'MULTIPLIER', multiplier: { factor: 2 }, effectiveFrom: '2026-03-02', effectiveTo: '2026-03-01' });
    expect(problems).toEqual([{ field: 'effectiveTo', reason: 'afterEffectiveFrom', code: 'EARNING_RULE_ENDS_BEFORE_START' }]);
    expect(fields({ kind: 'MULTIPLIER', multiplier: { factor: 2 }, effectiveFrom: '2026-02-30' })).toEqual(['effectiveFrom:isDate']);
  });
});

describe('earning dates', () => {
  it('know real calendar dates', () => {
    expect([isCalendarDate('2028-02-29'), isCalendarDate('2026-02-29'), isCalendarDate('2026-1-01')]).toEqual([true, false, false]);
  });

  it('count days and find calendar periods', () => {
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(calendarDaysBetween('2026-12-31', '2027-01-07')).toBe(7);
    expect(calendarPeriodOf('2026-05-31', 'QUARTER')).toEqual({ key: '2026-Q2', from: '2026-04-01', to: '2026-06-30' });
    expect(calendarPeriodOf('2026-02-10', 'MONTH')).toEqual({ key: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(calendarPeriodOf('2026-02-10', 'YEAR')).toEqual({ key: '2026', from: '2026-01-01', to: '2026-12-31' });
  });
});
