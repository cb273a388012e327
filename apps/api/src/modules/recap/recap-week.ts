const DAY_MS = 86_400_000;

/** ISO day (YYYY-MM-DD, UTC) of a time. */
export const isoDay = (time: Date) => time.toISOString().slice(0, 10);

/** The last complete week (Monday to Sunday, UTC) before `now`: what a recap sent at `now` tells. */
export function lastCompleteWeek(now: Date): { start: string; end: string } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const monday = today - (sinceMonday + 7) * DAY_MS;
  return { start: isoDay(new Date(monday)), end: isoDay(new Date(monday + 6 * DAY_MS)) };
}
