/**
 * What each approved line is paid, given the earning rules' per-line points and the declaration's
 * total (after declaration-wide bonuses and caps). Every payment is keyed by its line, so the whole
 * total has to land on lines:
 * - bonuses (total above the sum of the lines) go to the first line, whose explanation carries them;
 * - a cap (total below the sum) is shared in proportion to the lines' points, rounded down, the
 *   points left over going one by one to the largest remainders (earlier lines first on ties).
 * The result always adds up to the total.
 */
export function allocateDeclarationPoints(lines: readonly { lineId: string; points: number }[], total: number): Map<string, number> {
  const sum = lines.reduce((s, l) => s + l.points, 0);
  const result = new Map(lines.map((l) => [l.lineId, l.points]));
  const first = lines[0];
  if (!first) return result;
  if (total >= sum) {
    result.set(first.lineId, first.points + total - sum);
    return result;
  }
  if (sum === 0) return result;
  const shares = lines.map((l, index) => ({ lineId: l.lineId, index, exact: (l.points * total) / sum }));
  for (const share of shares) result.set(share.lineId, Math.floor(share.exact));
  let left = total - shares.reduce((s, share) => s + Math.floor(share.exact), 0);
  const byRemainder = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.index - b.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    result.set(share.lineId, (result.get(share.lineId) ?? 0) + 1);
    left--;
  }
  return result;
}
