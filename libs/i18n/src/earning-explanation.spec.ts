import { explainEarning } from './earning-explanation';
import { createI18n } from './index';

const parts = [
  { code: 'BASE_PER_UNIT', params: { quantity: 12, rate: 5, points: 60 } },
  { code: 'MULTIPLIER', rule: { name: 'launch campaign' }, params: { factor: 1.5 } },
  { code: 'BONUS_FEEDBACK', params: { points: 20 } },
];

describe('explainEarning', () => {
  it('renders the parts in English', () => {
    expect(explainEarning(createI18n('en').t, parts)).toBe('12 units × 5 pts, ×1.5 launch campaign, +20 feedback bonus');
  });

  it('renders the parts in French, with French numbers', () => {
    expect(explainEarning(createI18n('fr').t, parts)).toBe('12 unités × 5 pts, ×1,5 launch campaign, +20 bonus avis client');
  });

  it('names the period of a period cap and the on-time limit', () => {
    const t = createI18n('en').t;
    expect(explainEarning(t, [{ code: 'CAP_PERIOD', params: { reducedBy: 30, maxPoints: 5000, period: 'MONTH', periodKey: '2026-03' } }])).toBe(
      '−30 pts (at most 5,000 pts per month, 2026-03)',
    );
    expect(explainEarning(t, [{ code: 'BASE_PER_UNIT', params: { quantity: 1, rate: 50 } }, { code: 'BONUS_ON_TIME', params: { points: 10, withinDays: 7 } }])).toBe(
      '1 unit × 50 pts, +10 bonus for declaring within 7 days',
    );
  });
});
