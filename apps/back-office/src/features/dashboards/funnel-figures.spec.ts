import type { Formatter } from '@relais/ui';

import { durationText } from './funnel-figures';

// Only number() is used; the UI library's index pulls in its stylesheet, which jest does not load.
const formatter = (locale: string) => ({ locale, number: (value: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options).format(value) }) as unknown as Formatter;
const [en, fr] = [formatter('en'), formatter('fr')];
const plain = (text: string) => text.replace(/\u202f|\u00a0/g, ' ');

describe('durationText', () => {
  it('says minutes under an hour, hours under two days and days beyond', () => {
    expect(durationText(en, 30 * 60, '-')).toBe('30 minutes');
    expect(durationText(en, 5 * 3600, '-')).toBe('5 hours');
    expect(durationText(en, 31_680, '-')).toBe('8.8 hours');
    expect(durationText(en, 3.5 * 86_400, '-')).toBe('3.5 days');
    expect(durationText(en, 12 * 86_400, '-')).toBe('12 days');
  });

  it('writes the unit in the reader\'s language', () => {
    expect(plain(durationText(fr, 31_680, '-'))).toBe('8,8 heures');
  });

  it('says so when nothing was decided', () => {
    expect(durationText(en, null, 'no decision yet')).toBe('no decision yet');
  });
});
