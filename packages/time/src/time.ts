/**
 * The platform's one time rule (docs/decisions.md, "Time").
 *
 * - An **instant** (an activity's start, a work's publication, a deadline) is a point on the time
 *   line. It comes in as ISO 8601 / RFC 3339 text **with** an offset ("2024-09-15T09:00:00+08:00" or
 *   "…Z"); text without an offset is refused, because nobody can tell which 09:00 it meant. It is
 *   stored as `timestamptz` (every database session runs in UTC, see @kepu/db) and goes out as UTC
 *   ISO text ("2024-09-15T01:00:00.000Z").
 * - A **calendar day** (a campaign's window, "today", per-day figures) is a day in Asia/Shanghai,
 *   written "YYYY-MM-DD". The Shanghai day of an instant is never the UTC day `toISOString()` shows:
 *   00:30 in Beijing is 16:30 UTC the day before.
 *
 * No dependency: the rules are small and exact. Asia/Shanghai has been UTC+8 without daylight saving
 * since 1991, so the offset is a constant (a test checks it against the IANA zone through Intl).
 */

/** The zone every calendar day and every displayed time on the platform is in. */
export const shanghaiZone = "Asia/Shanghai";

/** Asia/Shanghai's offset from UTC, in milliseconds (UTC+8 all year since 1991). */
export const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

const dayMs = 24 * 60 * 60 * 1000;

/** A calendar day in Asia/Shanghai, "YYYY-MM-DD". */
export type CalendarDay = string;

/** The outcome of reading text a person typed or a client sent: the value, or what to fix (Chinese). */
export type Reading<T> = { ok: true; value: T } | { ok: false; message: string };

/** The example every message shows: 09:00 Beijing time on 2024-09-15. */
export const instantExample = "2024-09-15T09:00:00+08:00";

const instantPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const offsetlessPattern = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * The years the platform's dates may lie in. Nothing it records is older than 1900, and PostgreSQL
 * has no year 0: 0001-01-01 in Shanghai is 0000-12-31 in UTC, which the database refuses (a
 * 500 before this bound). Four-digit years end at 9999.
 */
export const earliestYear = 1900;

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const yearRefusal = (year: string) => `年份 ${year} 超出范围（应在 ${earliestYear} 年至 9999 年之间）`;

/**
 * Reads an instant: RFC 3339 text with an offset, `YYYY-MM-DDTHH:mm[:ss[.fraction]]` then `Z` or
 * `±HH:mm` (seconds optional, as `<input type="datetime-local">` gives them; fractions beyond
 * milliseconds are cut). Refused, each with a message a person can act on: text without an offset
 * ("2024-09-15T09:00:00"), any other form ("Sep 15 2024", "2024/09/15 09:00", epoch numbers), days or
 * times that do not exist (2024-02-30, 24:00, :60), offsets beyond ±14:00, years before 1900
 * (`earliestYear`).
 */
export function readInstant(text: string): Reading<Date> {
  const match = instantPattern.exec(text);
  if (!match) {
    if (offsetlessPattern.test(text)) {
      return { ok: false, message: `时间必须带时区，例如 ${instantExample}（北京时间 9 点）或 2024-09-15T01:00:00Z` };
    }
    return { ok: false, message: `时间格式不正确：应为带时区的 ISO 8601 时间，例如 ${instantExample}` };
  }
  const [, y, mo, d, h, mi, s, fraction, zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (!isRealDay(year, month, day)) return { ok: false, message: `日期 ${y}-${mo}-${d} 不存在` };
  if (year < earliestYear) return { ok: false, message: yearRefusal(y ?? "") };
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, message: `时刻 ${h}:${mi}${s ? `:${s}` : ""} 不存在` };
  let offsetMinutes = 0;
  if (!zulu) {
    const offsetHours = Number(oh);
    const offsetMins = Number(om);
    if (offsetHours > 14 || offsetMins > 59 || (offsetHours === 14 && offsetMins > 0)) {
      return { ok: false, message: `时区偏移 ${sign}${oh}:${om} 不存在（应在 -14:00 到 +14:00 之间）` };
    }
    offsetMinutes = (sign === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = fraction ? Number(fraction.slice(0, 3).padEnd(3, "0")) : 0;
  // setUTCFullYear, not Date.UTC: Date.UTC maps the years 0–99 to 1900–1999.
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, month - 1, day);
  wallClock.setUTCHours(hour, minute, second, millis);
  return { ok: true, value: new Date(wallClock.getTime() - offsetMinutes * 60_000) };
}

/**
 * An instant from text the platform itself wrote (demo data, settings): the same rule as
 * readInstant, but a refusal is a bug, so it throws a RangeError naming the text.
 */
export function requireInstant(text: string): Date {
  const reading = readInstant(text);
  if (!reading.ok) throw new RangeError(`${text}: ${reading.message}`);
  return reading.value;
}

/**
 * An instant as the graph and every log writes it: UTC, milliseconds, "2024-09-15T01:00:00.000Z".
 * UTC rather than +08:00 so the text sorts and compares as the instant does; displays convert to
 * Shanghai time (format.ts). Throws on an invalid Date (a bug, not input).
 */
export function formatInstant(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("formatInstant: invalid Date");
  return instant.toISOString();
}

/**
 * Reads a calendar day, strictly "YYYY-MM-DD" and a day that exists (2024-02-30 is refused), in the
 * years 1900–9999 (`earliestYear`).
 */
export function readDay(text: string): Reading<CalendarDay> {
  const match = dayPattern.exec(text);
  if (!match) return { ok: false, message: "日期格式应为 YYYY-MM-DD，例如 2024-09-15" };
  const [, y, m, d] = match;
  if (!isRealDay(Number(y), Number(m), Number(d))) return { ok: false, message: `日期 ${text} 不存在` };
  if (Number(y) < earliestYear) return { ok: false, message: yearRefusal(y ?? "") };
  return { ok: true, value: text };
}

/** The Shanghai calendar day an instant falls on: 2024-09-14T16:30Z is "2024-09-15". */
export function shanghaiDayOf(instant: Date): CalendarDay {
  return new Date(instant.getTime() + shanghaiOffsetMs).toISOString().slice(0, 10);
}

/** Today in Shanghai. */
export function shanghaiToday(now: Date = new Date()): CalendarDay {
  return shanghaiDayOf(now);
}

/** The instant a Shanghai day begins: "2024-09-15" → 2024-09-14T16:00:00.000Z. */
export function startOfShanghaiDay(day: CalendarDay): Date {
  return new Date(dayNumber(day) * dayMs - shanghaiOffsetMs);
}

/** The instant a Shanghai day ends (exclusive: the start of the next day). */
export function endOfShanghaiDay(day: CalendarDay): Date {
  return new Date((dayNumber(day) + 1) * dayMs - shanghaiOffsetMs);
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return new Date((dayNumber(day) + count) * dayMs).toISOString().slice(0, 10);
}

/** Whether `day` lies in the window [first, last], both ends included. */
export function dayWithin(day: CalendarDay, first: CalendarDay, last: CalendarDay): boolean {
  return first <= day && day <= last;
}

/**
 * A calendar day as Prisma writes a SQL `date` column: a Date at UTC midnight of that day (the
 * driver sends only the date part). This is a representation, not a conversion between zones.
 */
export function sqlDateFromDay(day: CalendarDay): Date {
  return new Date(dayNumber(day) * dayMs);
}

/** A SQL `date` column as Prisma reads it (UTC midnight) back to its calendar day. */
export function dayFromSqlDate(date: Date): CalendarDay {
  return date.toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of a valid "YYYY-MM-DD"; throws on anything else (a bug, not input). */
function dayNumber(day: CalendarDay): number {
  const reading = readDay(day);
  if (!reading.ok) throw new RangeError(`not a calendar day: ${day}`);
  const midnight = new Date(0);
  midnight.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return midnight.getTime() / dayMs;
}

/**
 * An instant as Shanghai wall-clock time for `<input type="datetime-local">`:
 * "2024-09-30T16:00:00Z" → "2024-10-01T00:00".
 */
export function toShanghaiWallClock(instant: Date | string): string {
  const at = typeof instant === "string" ? new Date(instant) : instant;
  return new Date(at.getTime() + shanghaiOffsetMs).toISOString().slice(0, 16);
}

/**
 * Shanghai wall-clock time from `<input type="datetime-local">` ("2024-10-01T00:00") as an instant
 * with its offset ("2024-10-01T00:00:00+08:00"), the form the graph accepts.
 */
export function fromShanghaiWallClock(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}
