import { ActivityEvent, categoryKey, filterKeys, incrementsFor, productKey, sumByBucket, UNFILTERED } from './metrics';

const approval = (type: 'DECLARATION_APPROVED' | 'DECLARATION_REVERSED'): ActivityEvent => ({
  type,
  occurredAt: new Date('2027-03-05T10:00:00Z'),
  partnerId: 'partner',
  userId: 'user',
  payload: {
    declarationId: 'd',
    countedOn: '2027-03-01',
    lines: [
      { productId: 'p1', category: 'Boilers', quantity: 2, amount: '1500.50' },
      { productId: 'p2', category: 'Boilers', quantity: 1, amount: '300.00' },
    ],
  },
});

const valueOf = (event: ActivityEvent, metric: string, scope: string, filterKey: string) =>
  incrementsFor(event)
    .filter((i) => i.metric === metric && i.scope === scope && i.filterKey === filterKey)
    .map((i) => i.value);

describe('metrics', () => {
  describe('incrementsFor', () => {
    it('counts an approved declaration once, with its units and amounts added up whole, by category and by product, for the partner and the declarer', () => {
      const event = approval('DECLARATION_APPROVED');
      for (const scope of ['PARTNER', 'USER']) {
        expect(valueOf(event, 'DECLARATIONS_APPROVED', scope, UNFILTERED)).toEqual(['1']);
        expect(valueOf(event, 'UNITS_SOLD', scope, UNFILTERED)).toEqual(['3.00']);
        expect(valueOf(event, 'SALES_AMOUNT', scope, categoryKey('Boilers'))).toEqual(['1800.50']);
        expect(valueOf(event, 'SALES_AMOUNT', scope, productKey('p2'))).toEqual(['300.00']);
        expect(valueOf(event, 'UNITS_SOLD', scope, productKey('p1'))).toEqual(['2.00']);
      }
      expect(incrementsFor(event).find((i) => i.scope === 'USER')?.ownerId).toBe('user');
      expect(incrementsFor(event).find((i) => i.scope === 'PARTNER')?.ownerId).toBe('partner');
    });

    it('counts an approval on the day it was approved, not the day the event was processed', () => {
      expect(new Set(incrementsFor(approval('DECLARATION_APPROVED')).map((i) => i.day))).toEqual(new Set(['2027-03-01']));
    });

    it('takes back on the approval day exactly what the approval added', () => {
      const added = incrementsFor(approval('DECLARATION_APPROVED'));
      const taken = incrementsFor(approval('DECLARATION_REVERSED'));
      expect(taken).toEqual(added.map((i) => ({ ...i, value: `-${i.value}` })));
    });

    it('keeps per-product buckets only for the products tracked, and always the whole and per-category ones', () => {
      const increments = incrementsFor(approval('DECLARATION_APPROVED'), (productId) => productId === 'p2');
      const keys = new Set(increments.map((i) => i.filterKey));
      expect(keys).toEqual(new Set([UNFILTERED, categoryKey('Boilers'), productKey('p2')]));
    });

    it('gives a sign-in one day of SIGN_IN_DAYS on its UTC day', () => {
      const event: ActivityEvent = { type: 'SIGNED_IN', occurredAt: new Date('2027-03-05T23:30:00Z'), partnerId: 'partner', userId: 'user', payload: {} };
      expect(incrementsFor(event)).toEqual([
        { metric: 'SIGN_IN_DAYS', scope: 'PARTNER', ownerId: 'partner', filterKey: UNFILTERED, day: '2027-03-05', value: '1' },
        { metric: 'SIGN_IN_DAYS', scope: 'USER', ownerId: 'user', filterKey: UNFILTERED, day: '2027-03-05', value: '1' },
      ]);
    });

    it('counts feedback for the partner alone when no user is named', () => {
      const event: ActivityEvent = { type: 'FEEDBACK_GIVEN', occurredAt: new Date('2027-03-05T08:00:00Z'), partnerId: 'partner', userId: null, payload: {} };
      expect(incrementsFor(event)).toEqual([{ metric: 'FEEDBACK_GIVEN', scope: 'PARTNER', ownerId: 'partner', filterKey: UNFILTERED, day: '2027-03-05', value: '1' }]);
    });
  });

  describe('sumByBucket', () => {
    it('adds the increments of a bucket exactly, keeps the others apart, and signs what a reversal takes back', () => {
      const base = { metric: 'SALES_AMOUNT' as const, scope: 'PARTNER' as const, ownerId: 'p', filterKey: UNFILTERED, day: '2027-03-01' };
      const summed = sumByBucket([
        { ...base, value: '0.10' },
        { ...base, value: '0.2' },
        { ...base, value: '1500' },
        { ...base, day: '2027-03-02', value: '-300.05' },
        { ...base, day: '2027-03-02', value: '100' },
      ]);
      expect(summed).toEqual([
        { ...base, value: '1500.30' },
        { ...base, day: '2027-03-02', value: '-200.05' },
      ]);
    });
  });

  describe('filterKeys', () => {
    it('reads the whole metric without a filter, one key per product of a set, and one key for a category', () => {
      expect(filterKeys()).toEqual([UNFILTERED]);
      expect(filterKeys({ productIds: ['p1', 'p2', 'p1'] })).toEqual([productKey('p1'), productKey('p2')]);
      expect(filterKeys({ category: 'Boilers' })).toEqual([categoryKey('Boilers')]);
    });

    it('refuses products and a category at once', () => {
      expect(() => filterKeys({ productIds: ['p1'], category: 'Boilers' })).toThrow(RangeError);
    });
  });
});
