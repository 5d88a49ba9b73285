/** Times are entered as Asia/Shanghai wall-clock time (UTC+8 all year: no daylight saving). */
const offsetMs = 8 * 60 * 60 * 1000;

/** "2024-09-30T16:00:00Z" → "2024-10-01T00:00", for <input type="datetime-local">. */
export function toShanghaiLocal(iso: string): string {
  return new Date(new Date(iso).getTime() + offsetMs).toISOString().slice(0, 16);
}

/** "2024-10-01T00:00" (Shanghai) → "2024-10-01T00:00:00+08:00". */
export function fromShanghaiLocal(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}
