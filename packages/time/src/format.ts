import { type CalendarDay, toShanghaiWallClock } from "./time.js";

/**
 * How instants and days are shown: always in Asia/Shanghai, whatever the browser's zone, and in a
 * form no reader can take the wrong way round. `locale` is a BCP 47 tag: "zh-CN" (any "zh…") writes
 * 年月日 ("2024年9月15日 09:00"); any other ("en") the day, the month's name and the year
 * ("15 Sep 2024, 09:00", "15 September 2024"), never en-US's "09/15/2024". Built from the numbers
 * rather than from Intl, so a server and every browser write the same text.
 */

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

interface WallClock {
  year: string;
  /** 1–12. */
  month: number;
  day: number;
  /** "HH:mm", 24-hour. */
  time: string;
}

const chinese = (locale: string) => locale.toLowerCase().startsWith("zh");
const shortMonth = (month: number) => (monthNames[month - 1] ?? "").slice(0, 3);

/** An instant's Shanghai year, month, day and time. */
function wallClock(instant: string | Date): WallClock {
  const local = toShanghaiWallClock(instant); // "2024-09-15T09:00"
  return {
    year: local.slice(0, 4),
    month: Number(local.slice(5, 7)),
    day: Number(local.slice(8, 10)),
    time: local.slice(11, 16),
  };
}

function dateOf(at: WallClock, locale: string): string {
  return chinese(locale) ? `${at.year}年${at.month}月${at.day}日` : `${at.day} ${shortMonth(at.month)} ${at.year}`;
}

function dateTimeOf(at: WallClock, locale: string): string {
  return chinese(locale) ? `${dateOf(at, locale)} ${at.time}` : `${dateOf(at, locale)}, ${at.time}`;
}

/** An instant (ISO text with offset, or a Date) as Shanghai date and time: "2024年9月15日 09:00", "15 Sep 2024, 09:00". */
export function formatDateTime(instant: string | Date, locale: string): string {
  return dateTimeOf(wallClock(instant), locale);
}

/** A calendar day ("2024-09-15", already a Shanghai day) as words: "2024年9月15日", "15 September 2024". */
export function formatDay(day: CalendarDay, locale: string): string {
  const [year, month, date] = [day.slice(0, 4), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  return chinese(locale) ? `${year}年${month}月${date}日` : `${date} ${monthNames[month - 1] ?? ""} ${year}`;
}

/**
 * A span in Shanghai time, the day written once when both ends are on the same Shanghai day
 * ("2024年9月15日 09:00 – 17:00", "15 Sep 2024, 09:00 – 17:00"), else both ends in full.
 */
export function formatRange(start: string | Date, end: string | Date, locale: string): string {
  const from = wallClock(start);
  const to = wallClock(end);
  const sameDay = from.year === to.year && from.month === to.month && from.day === to.day;
  return `${dateTimeOf(from, locale)} – ${sameDay ? to.time : dateTimeOf(to, locale)}`;
}

/** Month, day and time in Shanghai, for compact lists (the embeddable widget): "9月15日 09:00", "15 Sep 09:00". */
export function formatShortDateTime(instant: string | Date, locale: string): string {
  const at = wallClock(instant);
  return chinese(locale) ? `${at.month}月${at.day}日 ${at.time}` : `${at.day} ${shortMonth(at.month)} ${at.time}`;
}
