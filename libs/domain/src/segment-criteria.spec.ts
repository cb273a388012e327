import { describeCriteria, matchesCriteria, normaliseCriteria, SegmentCandidate } from './segment-criteria';

const installerInParis: SegmentCandidate = {
  type: 'INSTALLER',
  brandModel: 'MULTI_BRAND',
  potential: 'A',
  country: 'FR',
  region: 'Île-de-France',
};

describe('segment criteria', () => {
  describe('normaliseCriteria', () => {
    it('fills every attribute with an empty list when nothing is given', () => {
      expect(normaliseCriteria({})).toEqual({ types: [], brandModels: [], potentials: [], countries: [], regions: [], stages: [], tiers: [] });
    });

    it('deduplicates enum values and puts them in their canonical order', () => {
      const criteria = normaliseCriteria({ types: ['INSTALLER', 'DISTRIBUTOR', 'INSTALLER'], potentials: ['C', 'A', 'C'] });
      expect(criteria.types).toEqual(['DISTRIBUTOR', 'INSTALLER']);
      expect(criteria.potentials).toEqual(['A', 'C']);
    });

    it('upper-cases, trims, deduplicates and sorts countries', () => {
      expect(normaliseCriteria({ countries: [' fr', 'DE', 'Fr', ''] }).countries).toEqual(['DE', 'FR']);
    });

    it('keeps the first spelling of regions that differ only by case or spaces', () => {
      expect(normaliseCriteria({ regions: ['Bayern ', 'bayern', '  ', 'Grand  Est'] }).regions).toEqual(['Bayern', 'Grand Est']);
    });

    it('treats null like an absent attribute', () => {
      expect(normaliseCriteria({ types: null }).types).toEqual([]);
    });
  });

  describe('describeCriteria', () => {
    it('lists only the constrained attributes, in a stable order', () => {
      expect(describeCriteria({ countries: ['fr'], types: ['INSTALLER'] })).toEqual([
        { criterion: 'types', values: ['INSTALLER'] },
        { criterion: 'countries', values: ['FR'] },
      ]);
    });

    it('returns no clause for criteria that select every partner', () => {
      expect(describeCriteria({ regions: [' '] })).toEqual([]);
    });
  });

  describe('matchesCriteria', () => {
    it('accepts every partner when no attribute is constrained', () => {
      expect(matchesCriteria({}, installerInParis)).toBe(true);
    });

    it('needs every constrained attribute to match', () => {
      expect(matchesCriteria({ types: ['INSTALLER'], countries: ['fr'] }, installerInParis)).toBe(true);
      expect(matchesCriteria({ types: ['INSTALLER'], countries: ['DE'] }, installerInParis)).toBe(false);
    });

    it('accepts any of the values listed for one attribute', () => {
      expect(matchesCriteria({ potentials: ['B', 'A'] }, installerInParis)).toBe(true);
    });

    it('compares regions without case', () => {
      expect(matchesCriteria({ regions: ['île-de-france'] }, installerInParis)).toBe(true);
    });

    it("looks at the partner's current stage and tier, and a partner without a tier matches no tier", () => {
      const tier = '7e1e0000-0000-4000-8000-000000000002';
      expect(matchesCriteria({ stages: ['ENABLEMENT'], tiers: [tier] }, { ...installerInParis, stage: 'ENABLEMENT', tierId: tier })).toBe(true);
      expect(matchesCriteria({ stages: ['GROWTH'] }, { ...installerInParis, stage: 'ENABLEMENT' })).toBe(false);
      expect(matchesCriteria({ tiers: [tier] }, { ...installerInParis, tierId: null })).toBe(false);
    });
  });
});
