import { allocateFromLots, splitPoints } from './lot-allocation';

const day = (n: number) => new Date(Date.UTC(2027, 0, n));

describe('lot allocation', () => {
  describe('allocateFromLots', () => {
    it('draws from the soonest-expiring lot first, whatever the order given', () => {
      const lots = [
        { id: 'late', remaining: 100, expiresAt: day(20) },
        { id: 'soon', remaining: 30, expiresAt: day(5) },
        { id: 'middle', remaining: 50, expiresAt: day(10) },
      ];
      expect(allocateFromLots(lots, 60)).toEqual({
        draws: [
          { lotId: 'soon', amount: 30 },
          { lotId: 'middle', amount: 30 },
        ],
        shortfall: 0,
      });
    });

    it('breaks ties between lots expiring together by id', () => {
      const lots = [
        { id: 'b', remaining: 10, expiresAt: day(1) },
        { id: 'a', remaining: 10, expiresAt: day(1) },
      ];
      expect(allocateFromLots(lots, 5).draws).toEqual([{ lotId: 'a', amount: 5 }]);
    });

    it('skips empty lots', () => {
      const lots = [
        { id: 'spent', remaining: 0, expiresAt: day(1) },
        { id: 'full', remaining: 10, expiresAt: day(2) },
      ];
      expect(allocateFromLots(lots, 10).draws).toEqual([{ lotId: 'full', amount: 10 }]);
    });

    it('reports what the lots cannot cover', () => {
      const lots = [{ id: 'a', remaining: 25, expiresAt: day(1) }];
      expect(allocateFromLots(lots, 40)).toEqual({ draws: [{ lotId: 'a', amount: 25 }], shortfall: 15 });
      expect(allocateFromLots([], 7)).toEqual({ draws: [], shortfall: 7 });
    });

    it('draws nothing for zero points', () => {
      expect(allocateFromLots([{ id: 'a', remaining: 5, expiresAt: day(1) }], 0)).toEqual({ draws: [], shortfall: 0 });
    });

    it('refuses a negative or fractional amount', () => {
      expect(() => allocateFromLots([], -1)).toThrow(RangeError);
      expect(() => allocateFromLots([], 1.5)).toThrow(RangeError);
    });
  });

  describe('splitPoints', () => {
    it('rounds the user share down and gives the rest to the partner', () => {
      expect(splitPoints(25, 50)).toEqual({ user: 12, partner: 13 });
      expect(splitPoints(99, 33)).toEqual({ user: 32, partner: 67 });
    });

    it('gives everything to one side at 0 and 100 %', () => {
      expect(splitPoints(10, 0)).toEqual({ user: 0, partner: 10 });
      expect(splitPoints(10, 100)).toEqual({ user: 10, partner: 0 });
    });

    it('refuses a share outside 0..100', () => {
      expect(() => splitPoints(10, 101)).toThrow(RangeError);
    });
  });
});
