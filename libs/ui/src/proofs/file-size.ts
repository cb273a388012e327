import type { Formatter } from '../format/format';

/** "850 KB", "2.4 MB" in the user's language. */
export function fileSize(format: Formatter, bytes: number): string {
  if (bytes >= 1024 * 1024) return `${format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
  return `${format.number(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
}
