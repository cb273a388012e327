import type { Formatter } from '@relais/ui';

import { averageText, dayText } from './feedback-figures';

// Only locale and number() are used; the UI library's index pulls in its stylesheet, which jest does not load.
const formatter = (locale: string) => ({ locale, number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value) }) as unknown as Formatter;
const t = (key: string, options?: Record<string, unknown>) => (key.endsWith('outOfFive') ? `${String(options?.value)} / 5` : key);

describe('feedback figures', () => {
  it('writes an average out of five with one or two decimals in the reader\'s language, and says when nothing was rated', () => {
    expect(averageText(t, formatter('en'), 4)).toBe('4.0 / 5');
    expect(averageText(t, formatter('en'), 3.83)).toBe('3.83 / 5');
    expect(averageText(t, formatter('fr'), 3.5)).toBe('3,5 / 5');
    expect(averageText(t, formatter('en'), null)).toBe('dashboards.feedback.noRating');
  });

  it('reads a day of sale in UTC, so it is the same day wherever the reader is', () => {
    expect(dayText('en', '2026-11-01')).toBe('November 1, 2026');
    expect(dayText('fr', '2026-11-30')).toBe('30 novembre 2026');
    expect(dayText('en', '2026-11-01', { month: 'long', year: 'numeric' })).toBe('November 2026');
  });
});
