import ical, { ICalEventStatus } from "ical-generator";

/**
 * iCalendar files of activities (issue 9 §4, §8), built with ical-generator. Every time is written
 * in UTC with `Z` (a session at 2024-09-20 09:30 Shanghai is DTSTART:20240920T013000Z), never
 * floating: a calendar in any zone shows the right hour. (ical-generator given a calendar time zone
 * writes floating local times without a TZID, which is why none is given.)
 */

export interface CalendarSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
}

export interface CalendarActivity {
  id: string;
  title: string;
  summary: string;
  venue: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  livestreamUrl: string | null;
  status: string;
  updatedAt: Date;
  sessions: CalendarSession[];
}

export interface CalendarEntry {
  activity: CalendarActivity;
  session: CalendarSession;
  /** A person's feed: their place on the session (WAITLISTED adds 候补 to the title). */
  registration?: "CONFIRMED" | "WAITLISTED";
}

const productId = { company: "kepu", product: "kepuri", language: "ZH" } as const;

/** A calendar of the given sessions, each one event whose UID is the session's (stable across feeds). */
export function calendarOf(name: string, entries: readonly CalendarEntry[], webUrl: string): string {
  const calendar = ical({ name, prodId: productId, ttl: 60 * 60 });
  for (const { activity, session, registration } of entries) {
    const page = new URL(`/activities/${encodeURIComponent(activity.id)}`, webUrl).toString();
    const cancelled = session.cancelledAt !== null || activity.status === "CANCELLED";
    const where = [activity.venue, activity.address].filter(Boolean).join("，");
    calendar.createEvent({
      id: `${session.id}@kepu`,
      start: session.startsAt,
      end: session.endsAt,
      stamp: activity.updatedAt,
      lastModified: activity.updatedAt,
      summary: `${registration === "WAITLISTED" ? "【候补】" : ""}${activity.title}`,
      description: [activity.summary, activity.livestreamUrl ? `直播：${activity.livestreamUrl}` : "", page]
        .filter(Boolean)
        .join("\n\n"),
      url: page,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(where || activity.latitude !== null
        ? {
            location: {
              title: where || activity.title,
              ...(activity.latitude !== null && activity.longitude !== null
                ? { geo: { lat: activity.latitude, lon: activity.longitude } }
                : {}),
            },
          }
        : {}),
    });
  }
  return calendar.toString();
}

/** Every session of each activity, in time order. */
export function sessionEntries(activities: readonly CalendarActivity[]): CalendarEntry[] {
  return activities.flatMap((activity) =>
    [...activity.sessions]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((session) => ({ activity, session })),
  );
}

/**
 * The prefix of activities' region codes a GB/T 2260 code covers: a province (500000) its cities and
 * counties ("50"), a city (500100) its counties ("5001"), a county itself. Null for a malformed code.
 */
export function regionPrefix(code: string): string | null {
  if (!/^\d{6}$/.test(code) || code === "000000") return null;
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}
