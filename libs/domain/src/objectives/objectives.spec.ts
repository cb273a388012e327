import { objectiveStatus, objectiveStep, remainingOf } from '.';

describe('objectiveStep', () => {
  it('nudges from the threshold and reaches at the target', () => {
    expect(objectiveStep(7, 10, 80)).toBe('NONE');
    expect(objectiveStep(8, 10, 80)).toBe('NUDGE');
    expect(objectiveStep(10, 10, 80)).toBe('REACHED');
  });
});

describe('objectiveStatus', () => {
  it('reads the dates unless the objective was reached', () => {
    const objective = { startDay: '2026-11-01', endDay: '2026-11-30', reachedAt: null };
    expect(objectiveStatus(objective, '2026-10-31')).toBe('UPCOMING');
    expect(objectiveStatus(objective, '2026-11-30')).toBe('ACTIVE');
    expect(objectiveStatus(objective, '2026-12-01')).toBe('MISSED');
    expect(objectiveStatus({ ...objective, reachedAt: new Date() }, '2026-12-01')).toBe('REACHED');
  });
});

describe('remainingOf', () => {
  it('never goes below zero and keeps cents', () => {
    expect(remainingOf(12, 10)).toBe(0);
    expect(remainingOf(0.1, 0.3)).toBe(0.2);
  });
});
