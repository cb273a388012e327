/** Declarations decided within one decision-time bucket: how many, and their times added up (ms). */
export interface DecisionBucket {
  count: number;
  totalMs: number;
}

/**
 * The p-th percentile (0..1) of decision times in seconds, interpolated like PostgreSQL's
 * percentile_cont, from buckets in ascending order of time, each bucket's declarations taken at
 * their mean time. Exact when the declarations around the percentile are alone in their bucket or
 * share one time; otherwise within that bucket (at most 19 % wide, see the DeclarationFunnelRollup
 * migration). Null without decided declarations.
 */
export function decisionPercentile(buckets: DecisionBucket[], p: number): number | null {
  const filled = buckets.filter((b) => b.count > 0);
  const total = filled.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const bucket of filled) {
      seen += bucket.count;
      if (index < seen) return bucket.totalMs / bucket.count / 1000;
    }
    const last = filled[filled.length - 1];
    return last.totalMs / last.count / 1000;
  };
  const position = p * (total - 1);
  const [below, above] = [Math.floor(position), Math.ceil(position)];
  const low = valueAt(below);
  return low + (position - below) * (valueAt(above) - low);
}
