/**
 * Calendar arithmetic on Shanghai days ("YYYY-MM-DD", no time zone involved): the month grid
 * (weeks from Monday) and the week around a day. Pure, tested alone.
 */

const dayMs = 86_400_000;
const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** The day `count` days after `day`. */
export function plusDays(day: string, count: number): string {
  return toDay(new Date(toDate(day).getTime() + count * dayMs));
}

/** Monday of the week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = (toDate(day).getUTCDay() + 6) % 7;
  return plusDays(day, -weekday);
}

/** The days a month view shows: whole weeks from the Monday before the 1st to the Sunday after the last day. */
export function monthGrid(month: string): string[] {
  const first = `${month}-01`;
  const next = toDate(first);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = plusDays(toDay(next), -1);
  const start = mondayOf(first);
  const end = plusDays(mondayOf(last), 6);
  const days: string[] = [];
  for (let day = start; day <= end; day = plusDays(day, 1)) days.push(day);
  return days;
}

/** The seven days of the week holding `day`, Monday first. */
export function weekOf(day: string): string[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, i) => plusDays(monday, i));
}

/** The month before or after ("YYYY-MM"). */
export function shiftMonth(month: string, by: number): string {
  const date = toDate(`${month}-01`);
  date.setUTCMonth(date.getUTCMonth() + by);
  return toDay(date).slice(0, 7);
}
