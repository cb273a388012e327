import { foldedSql, searchPattern } from './text-search';

describe('text search', () => {
  it('folds the term to lower case without accents', () => {
    expect(searchPattern('  Énergie KÖLN ')).toBe('%energie koln%');
  });

  it('escapes LIKE wildcards so they match themselves', () => {
    expect(searchPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('folds a column with one translate table of equal lengths', () => {
    const [, from, to] = /translate\(lower\(p\.name\), '([^']*)', '([^']*)'\)/u.exec(foldedSql('p.name')) ?? [];
    expect([...(from ?? '')].length).toBe([...(to ?? '')].length);
    expect(from).toContain('É');
  });
});
