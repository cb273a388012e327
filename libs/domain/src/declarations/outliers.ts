/**
 * Outliers by the modified z-score of Iglewicz and Hoaglin (1993): M = 0.6745 (x − median) / MAD,
 * where MAD is the median absolute deviation of the history. Median and MAD ignore the extreme
 * values they are meant to detect, unlike mean and standard deviation. A value with |M| > 3.5 is
 * an outlier, the threshold the authors recommend. With fewer than 5 history points nothing is
 * judged. When more than half of the history is the same value (MAD = 0), the mean absolute
 * deviation scaled by 1.2533 stands in for MAD/0.6745 (the usual fallback); if that is 0 too,
 * every past value is identical and anything else is an outlier.
 */
export const OUTLIER_THRESHOLD = 3.5;
export const OUTLIER_MIN_HISTORY = 5;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What a history says of its usual value and spread; computed once, it judges any number of values. */
export interface RobustScale {
  centre: number;
  mad: number;
  meanAbsolute: number;
}

/** The history's median and deviations, or null when it is too short to judge anything. */
export function robustScale(history: readonly number[]): RobustScale | null {
  if (history.length < OUTLIER_MIN_HISTORY) return null;
  const centre = median(history);
  const deviations = history.map((h) => Math.abs(h - centre));
  return { centre, mad: median(deviations), meanAbsolute: deviations.reduce((s, d) => s + d, 0) / deviations.length };
}

/** The modified z-score of a value against a history's scale. */
export function zAgainst(value: number, { centre, mad, meanAbsolute }: RobustScale): number {
  if (mad > 0) return (0.6745 * (value - centre)) / mad;
  if (meanAbsolute > 0) return (value - centre) / (1.2533 * meanAbsolute);
  if (value === centre) return 0;
  return value > centre ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

/** The modified z-score of a value against a history, or null when the history is too short. */
export function robustZ(value: number, history: readonly number[]): number | null {
  const scale = robustScale(history);
  return scale ? zAgainst(value, scale) : null;
}

export const isOutlierAgainst = (value: number, scale: RobustScale | null) => scale !== null && Math.abs(zAgainst(value, scale)) > OUTLIER_THRESHOLD;

export const isOutlier = (value: number, history: readonly number[]) => isOutlierAgainst(value, robustScale(history));
