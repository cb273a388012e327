import { addDays, badgePeriodKey, badgeRuleProblems, badgeWindow, calendarPeriod } from '.';

describe('calendarPeriod', () => {
  it('names and bounds the month, quarter and year of a day', () => {
    expect(calendarPeriod('MONTH', '2024-02-10')).toEqual({ key: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(calendarPeriod('QUARTER', '2026-11-23')).toEqual({ key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(calendarPeriod('YEAR', '2026-01-01')).toEqual({ key: '2026', from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('badgeWindow', () => {
  it('ends on the day judged and starts where the window says', () => {
    expect(badgeWindow({ window: 'ALL_TIME', windowDays: null, period: null }, '2026-11-23')).toEqual({ from: '2000-01-01', to: '2026-11-23' });
    expect(badgeWindow({ window: 'ROLLING_DAYS', windowDays: 30, period: null }, '2026-11-23')).toEqual({ from: '2026-10-25', to: '2026-11-23' });
    expect(badgeWindow({ window: 'CURRENT_PERIOD', windowDays: null, period: 'QUARTER' }, '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-11-23' });
  });
});

describe('badgePeriodKey', () => {
  it('gives ONCE badges one key and the others one per period', () => {
    expect(badgePeriodKey({ repeat: 'ONCE', period: null }, '2026-11-23')).toBe('ONCE');
    expect(badgePeriodKey({ repeat: 'ONCE_PER_PERIOD', period: 'MONTH' }, '2026-11-23')).toBe('2026-11');
    expect(badgePeriodKey({ repeat: 'ONCE_PER_PERIOD', period: 'MONTH' }, addDays('2026-11-30', 1))).toBe('2026-12');
  });
});

describe('badgeRuleProblems', () => {
  it('asks for the days of a rolling window and the period of a periodic badge', () => {
    expect(badgeRuleProblems({ window: 'ROLLING_DAYS', windowDays: null, repeat: 'ONCE_PER_PERIOD', period: null })).toEqual([
      { field: 'windowDays', reason: 'isNotEmpty' },
      { field: 'period', reason: 'isNotEmpty' },
    ]);
    expect(badgeRuleProblems({ window: 'ALL_TIME', windowDays: null, repeat: 'ONCE', period: null })).toEqual([]);
  });
});
