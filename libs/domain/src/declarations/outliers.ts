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

/** The modified z-score of a value against a history, or null when the history is too short. */
export function robustZ(value: number, history: readonly number[]): number | null {
  if (history.length < OUTLIER_MIN_HISTORY) return null;
  const centre = median(history);
  const deviations = history.map((h) => Math.abs(h - centre));
  const mad = median(deviations);
  if (mad > 0) return (0.6745 * (value - centre)) / mad;
  const meanAbsolute = deviations.reduce((s, d) => s + d, 0) / deviations.length;
  if (meanAbsolute > 0) return (value - centre) / (1.2533 * meanAbsolute);
  if (value === centre) return 0;
  return value > centre ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

export const isOutlier = (value: number, history: readonly number[]) => {
  const z = robustZ(value, history);
  return z !== null && Math.abs(z) > OUTLIER_THRESHOLD;
};
