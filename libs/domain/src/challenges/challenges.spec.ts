import { challengeDays, prizeFor, prizeProblem } from '.';

describe('prizeFor', () => {
  it('pays the prize of the rank in RANK mode, and nothing without a score', () => {
    const prizes = [{ rank: 1, points: 500 }, { rank: 2, points: 200 }];
    expect(prizeFor('RANK', prizes, 1, 10)).toBe(500);
    expect(prizeFor('RANK', prizes, 2, 3)).toBe(200);
    expect(prizeFor('RANK', prizes, 3, 3)).toBe(0);
    expect(prizeFor('RANK', prizes, 1, 0)).toBe(0);
  });

  it('pays the highest level reached in LEVEL mode', () => {
    const prizes = [{ threshold: 10, points: 100 }, { threshold: 50, points: 400 }];
    expect(prizeFor('LEVEL', prizes, 9, 9)).toBe(0);
    expect(prizeFor('LEVEL', prizes, 9, 10)).toBe(100);
    expect(prizeFor('LEVEL', prizes, 1, 75)).toBe(400);
  });
});

describe('prizeProblem', () => {
  it('names the prize field that is wrong', () => {
    expect(prizeProblem('RANK', [{ rank: 1, points: 10 }, { rank: 1, points: 5 }])).toEqual({ field: 'prizes.1.rank', reason: 'unique' });
    expect(prizeProblem('RANK', [{ rank: 0, points: 10 }])).toEqual({ field: 'prizes.0.rank', reason: 'range' });
    expect(prizeProblem('LEVEL', [{ rank: 1, points: 10 }])).toEqual({ field: 'prizes.0.threshold', reason: 'required' });
    expect(prizeProblem('LEVEL', [{ threshold: 5, points: 0 }])).toEqual({ field: 'prizes.0.points', reason: 'range' });
    expect(prizeProblem('RANK', [{ rank: 1, points: 10 }, { rank: 2, points: 5 }])).toBeNull();
  });
});

describe('challengeDays', () => {
  it('reads a flash challenge as the one UTC day it lasts', () => {
    expect(challengeDays(new Date('2026-03-01T08:00:00Z'), new Date('2026-03-01T20:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });
});
