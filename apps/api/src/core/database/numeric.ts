import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric arrives as text (no precision is lost on the wire); thresholds and targets are read as numbers. */
export const numericColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
