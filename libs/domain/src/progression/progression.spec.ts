import { criterionWindow, currentStage, type Stage, stageStatus,stagesToComplete } from './stages';
import { nextTier, tierFor } from './tiers';

describe('stages', () => {
  describe('stagesToComplete', () => {
    it('completes stages in order and stops at the first one not met', () => {
      const met = new Set<Stage>(['INTEGRATION', 'MOTIVATION']);
      expect(stagesToComplete(new Set(), (s) => met.has(s))).toEqual(['INTEGRATION']);
    });

    it('skips the stages already completed and never completes them again', () => {
      expect(stagesToComplete(new Set(['INTEGRATION']), () => true)).toEqual(['ENABLEMENT', 'MOTIVATION', 'GROWTH']);
      expect(stagesToComplete(new Set(['INTEGRATION', 'ENABLEMENT', 'MOTIVATION', 'GROWTH']), () => true)).toEqual([]);
    });
  });

  it('names the current stage and the status of each', () => {
    const done = new Set<Stage>(['INTEGRATION']);
    expect(currentStage(done)).toBe('ENABLEMENT');
    expect([stageStatus('INTEGRATION', done), stageStatus('ENABLEMENT', done), stageStatus('GROWTH', done)]).toEqual(['COMPLETED', 'CURRENT', 'LOCKED']);
    expect(currentStage(new Set(['INTEGRATION', 'ENABLEMENT', 'MOTIVATION', 'GROWTH']))).toBeNull();
  });

  it('reads a rolling window of N days with today as its last day', () => {
    expect(criterionWindow({ window: 'ROLLING', windowDays: 90 }, '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(criterionWindow({ window: 'SINCE_JOINED', windowDays: null }, '2026-03-31').to).toBe('2026-03-31');
  });
});

describe('tiers', () => {
  const tiers = [
    { id: 'gold', threshold: 5000, multiplier: 1.25 },
    { id: 'bronze', threshold: 0, multiplier: 1 },
    { id: 'silver', threshold: 1000, multiplier: 1.1 },
  ];

  it('gives the highest tier whose threshold the value reaches', () => {
    expect([0, 999.99, 1000, 7000].map((v) => tierFor(tiers, v)?.id)).toEqual(['bronze', 'bronze', 'silver', 'gold']);
    expect(tierFor([{ id: 'silver', threshold: 1000, multiplier: 1.1 }], 10)).toBeNull();
  });

  it('says what is missing to reach the next tier, and nothing at the top', () => {
    expect(nextTier(tiers, 1200)).toEqual({ tier: tiers[0], missing: 3800 });
    expect(nextTier(tiers, 5000)).toBeNull();
  });
});
