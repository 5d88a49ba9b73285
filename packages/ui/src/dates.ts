import type { Locale } from "./messages.js";

/** Every date on the platform is shown in Asia/Shanghai, whatever the browser's zone. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(new Date(iso));
}

/** A calendar day ("2024-09-15") as the locale writes it. */
export function formatDay(isoDay: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/** "9月15日 09:00 – 17:00" when both ends are on the same Shanghai day, else both in full. */
export function formatRange(startIso: string, endIso: string, locale: Locale): string {
  const start = formatDateTime(startIso, locale);
  const end = formatDateTime(endIso, locale);
  const [startDay] = start.split(" ");
  const [endDay, endTime] = end.split(" ");
  return startDay === endDay ? `${start} – ${endTime}` : `${start} – ${end}`;
}
