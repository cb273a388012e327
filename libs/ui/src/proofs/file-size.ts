import type { Formatter } from '../format/format';

/** "850 kB" / "2.4 MB" in English, "850 ko" / "2,4 Mo" in French: Intl names the units. */
export function fileSize(format: Formatter, bytes: number): string {
  if (bytes >= 1024 * 1024) return format.number(bytes / 1024 / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return format.number(Math.max(1, Math.ceil(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });
}
