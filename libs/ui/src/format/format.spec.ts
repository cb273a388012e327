import { createFormatter } from './format';

// Intl separates French thousands and currency with narrow/no-break spaces; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('createFormatter', () => {
  const en = createFormatter('en', 'UTC');
  const fr = createFormatter('fr', 'UTC');

  it('formats dates in the locale', () => {
    expect(en.date('2026-03-12T10:00:00Z')).toBe('March 12, 2026');
    expect(fr.date('2026-03-12T10:00:00Z')).toBe('12 mars 2026');
  });

  it('formats date and time', () => {
    expect(en.dateTime('2026-03-12T14:05:00Z')).toBe('Mar 12, 2026, 2:05 PM');
    expect(plain(fr.dateTime('2026-03-12T14:05:00Z'))).toBe('12 mars 2026, 14:05');
  });

  it('gives an empty string for a missing or invalid date', () => {
    expect(en.date(null)).toBe('');
    expect(en.dateTime('not a date')).toBe('');
  });

  it('formats numbers and currencies', () => {
    expect(en.number(12345.5)).toBe('12,345.5');
    expect(plain(fr.number(12345.5))).toBe('12 345,5');
    expect(en.currency(1234.5)).toBe('€1,234.50');
    expect(plain(fr.currency(1234.5))).toBe('1 234,50 €');
    expect(en.percent(0.256)).toBe('25.6%');
  });

  it('names countries from their ISO code', () => {
    expect(en.country('DE')).toBe('Germany');
    expect(fr.country('DE')).toBe('Allemagne');
    expect(fr.country('??')).toBe('??');
  });
});
