/**
 * A column's value as the audit log shows it: text as it is, numbers and booleans as JSON writes
 * them, lists and objects as indented JSON; null when there was no value (or no row).
 */
export function auditValue(json: string | null | undefined): string | null {
  if (json === null || json === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}
