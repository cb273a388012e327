import type { Formatter } from '@relais/ui';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** A time to decide in the unit that reads best: minutes under an hour, hours under two days, then days. */
export function durationText(format: Formatter, seconds: number | null | undefined, none: string): string {
  if (seconds === null || seconds === undefined) return none;
  const [value, unit] = seconds < HOUR ? [seconds / 60, 'minute'] : seconds < 2 * DAY ? [seconds / HOUR, 'hour'] : [seconds / DAY, 'day'];
  return format.number(value, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: value < 10 ? 1 : 0 });
}

/** The stages of the funnel, in the order the chart and the table show them. */
export const FUNNEL_STAGES = ['submitted', 'needsInformation', 'approved', 'partiallyApproved', 'rejected', 'reversed', 'withdrawn', 'pending'] as const;
