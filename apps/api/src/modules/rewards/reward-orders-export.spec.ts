import { csvCell, csvLine } from './reward-orders-export';

describe('csvCell', () => {
  it('leaves plain values as they are and empties null ones', () => {
    expect(csvLine(['R-2026-000001', 3, null, undefined, 'Léa Moreau'])).toBe('R-2026-000001,3,,,Léa Moreau\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Mug, "export"')).toBe('"Mug, ""export"""');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('keeps a spreadsheet from running text as a formula, but not phone numbers or negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1+cmd|calc')).toBe("'+1+cmd|calc");
    expect(csvCell('+33 6 12 34 56 78')).toBe('+33 6 12 34 56 78');
    expect(csvCell(-5)).toBe('-5');
  });
});
