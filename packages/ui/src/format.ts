/**
 * A size in bytes for people: the largest binary unit (B, KB, MB, GB, TB; 1 KB = 1024 B) that keeps
 * the number at least 1, one decimal below 100, in the locale's digits ("1.5 GB", "0 B").
 */
export function formatBytes(bytes: number, locale: string): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
