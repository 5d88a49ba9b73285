import { type CalendarDay, shanghaiZone } from "./time.js";

/**
 * How instants and days are shown: always in Asia/Shanghai, whatever the browser's zone.
 * `locale` is a BCP 47 tag ("zh-CN", "en").
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: shanghaiZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

/** An instant (ISO text with offset, or a Date) as Shanghai date and time: "2024/09/15 09:00". */
export function formatDateTime(instant: string | Date, locale: string): string {
  return dateTimeFormat(locale).format(typeof instant === "string" ? new Date(instant) : instant);
}

/** A calendar day ("2024-09-15") as the locale writes it: "2024年9月15日", "September 15, 2024". */
export function formatDay(day: CalendarDay, locale: string): string {
  // The day is already a Shanghai day: format its UTC midnight in UTC so no zone shifts it.
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** "2024/09/15 09:00 – 17:00" when both ends are on the same Shanghai day, else both in full. */
export function formatRange(start: string | Date, end: string | Date, locale: string): string {
  const from = formatDateTime(start, locale);
  const to = formatDateTime(end, locale);
  const [fromDay] = from.split(" ");
  const [toDay, toTime] = to.split(" ");
  return fromDay === toDay ? `${from} – ${toTime}` : `${from} – ${to}`;
}

/** Month, day and time in Shanghai, for compact lists (the embeddable widget): "09/15 09:00". */
export function formatShortDateTime(instant: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: shanghaiZone,
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(typeof instant === "string" ? new Date(instant) : instant);
}
