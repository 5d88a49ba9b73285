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

/**
 * A video's or audio's length (seconds, as `Asset.durationSeconds`) as a player shows it: "m:ss",
 * or "h:mm:ss" from an hour; rounded to the second; "0:00" for anything not a positive number.
 */
export function formatDuration(seconds: number | null | undefined): string {
  const total = typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${secs}` : `${minutes}:${secs}`;
}
