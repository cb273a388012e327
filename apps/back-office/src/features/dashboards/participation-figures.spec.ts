import type { Formatter } from '@relais/ui';

import { monthName, percent, rateOf } from './participation-figures';

// Only locale and number() are used; the UI library's index pulls in its stylesheet, which jest does not load.
const formatter = (locale: string) => ({ locale, number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value) }) as unknown as Formatter;
const [en, fr] = [formatter('en'), formatter('fr')];
const plain = (text: string) => text.replace(/\u202f|\u00a0/g, ' ');

describe('participation figures', () => {
  it('gives the share of active partners, and zero when there is no partner', () => {
    expect(rateOf(3, 12)).toBe(0.25);
    expect(rateOf(0, 0)).toBe(0);
  });

  it('writes the rate and the month in the reader\'s language', () => {
    expect(percent(en, 2 / 3)).toBe('66.7%');
    expect(plain(percent(fr, 2 / 3))).toBe('66,7 %');
    expect(monthName(en, '2026-11-01')).toBe('November 2026');
    expect(monthName(fr, '2026-11-01')).toBe('novembre 2026');
  });
});
