import { articleStatus, highlightFragments, normaliseTags } from './article';

const NOW = new Date('2026-11-23T09:00:00Z');
const at = (iso: string) => new Date(iso);

describe('articleStatus', () => {
  it('reads the status from the publication window', () => {
    expect(articleStatus({ publishAt: null, unpublishAt: null }, NOW)).toBe('DRAFT');
    expect(articleStatus({ publishAt: at('2026-12-01T00:00:00Z'), unpublishAt: null }, NOW)).toBe('SCHEDULED');
    expect(articleStatus({ publishAt: at('2026-11-01T00:00:00Z'), unpublishAt: null }, NOW)).toBe('PUBLISHED');
    expect(articleStatus({ publishAt: at('2026-11-01T00:00:00Z'), unpublishAt: at('2026-11-23T09:00:00Z') }, NOW)).toBe('ENDED');
  });
});

describe('highlightFragments', () => {
  it('splits a marked text into plain fragments, the matched ones flagged', () => {
    expect(highlightFragments('Guide d’\u0002installation\u0003 de la \u0002pompe\u0003')).toEqual([
      { text: 'Guide d’', match: false },
      { text: 'installation', match: true },
      { text: ' de la ', match: false },
      { text: 'pompe', match: true },
    ]);
    expect(highlightFragments('<b>no match</b>')).toEqual([{ text: '<b>no match</b>', match: false }]);
  });
});

describe('normaliseTags', () => {
  it('trims, lower-cases and drops empty and repeated tags', () => {
    expect(normaliseTags([' Promo', 'promo', '', 'Heat Pump '])).toEqual(['promo', 'heat pump']);
  });
});
