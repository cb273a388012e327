import { decisionPercentile } from './decision-percentile';

const HOUR = 3_600_000;
const bucket = (...hours: number[]) => ({ count: hours.length, totalMs: hours.reduce((sum, h) => sum + h * HOUR, 0) });

describe('decisionPercentile', () => {
  it('interpolates like percentile_cont when each declaration is alone in its bucket', () => {
    const buckets = [bucket(2), bucket(4), bucket(6), bucket(10)];
    expect(decisionPercentile(buckets, 0.5)).toBe(5 * 3600);
    expect(decisionPercentile(buckets, 0.9)).toBeCloseTo(31_680, 6);
  });

  it('takes the declarations of a shared bucket at their mean time', () => {
    // 1 h alone, then 3 and 5 h in one bucket (mean 4 h): the median is that mean, p90 too.
    const buckets = [bucket(1), bucket(3, 5)];
    expect(decisionPercentile(buckets, 0.5)).toBe(4 * 3600);
    expect(decisionPercentile(buckets, 0.9)).toBe(4 * 3600);
    expect(decisionPercentile(buckets, 0)).toBe(3600);
  });

  it('skips empty buckets and answers null without decided declarations', () => {
    expect(decisionPercentile([{ count: 0, totalMs: 0 }, bucket(2)], 0.5)).toBe(2 * 3600);
    expect(decisionPercentile([], 0.5)).toBeNull();
    expect(decisionPercentile([{ count: 0, totalMs: 0 }], 0.9)).toBeNull();
  });
});
