/**
 * schema.org `Event` markup (JSON-LD) for an activity page (issue 9 §8), so search engines list it.
 * A pure function of what the page shows; the page puts it in a `<script type="application/ld+json">`.
 */
export interface EventSource {
  id: string;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  mode: string;
  status: string;
  venue?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  livestreamUrl?: string | null;
  hostName?: string | null;
  coverUrl?: string | null;
  sessions: { startsAt: string; endsAt: string; cancelled: boolean }[];
}

const attendance: Record<string, string> = {
  ONLINE: "https://schema.org/OnlineEventAttendanceMode",
  OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
  HYBRID: "https://schema.org/MixedEventAttendanceMode",
};

/** The Event object; `origin` makes the page URL absolute. */
export function eventJsonLd(activity: EventSource, origin: string): Record<string, unknown> {
  const url = `${origin}/activities/${encodeURIComponent(activity.id)}`;
  const place = {
    "@type": "Place",
    name: activity.venue ?? activity.title,
    ...(activity.address ? { address: activity.address } : {}),
    ...(activity.latitude != null && activity.longitude != null
      ? { geo: { "@type": "GeoCoordinates", latitude: activity.latitude, longitude: activity.longitude } }
      : {}),
  };
  const online = activity.livestreamUrl ? { "@type": "VirtualLocation", url: activity.livestreamUrl } : null;
  const location = activity.mode === "ONLINE" ? online : activity.mode === "HYBRID" && online ? [place, online] : place;
  const live = activity.sessions.filter((session) => !session.cancelled);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: activity.title,
    description: activity.summary,
    startDate: activity.startsAt,
    endDate: activity.endsAt,
    eventStatus:
      activity.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: attendance[activity.mode] ?? attendance.OFFLINE,
    ...(location ? { location } : {}),
    ...(activity.hostName ? { organizer: { "@type": "Organization", name: activity.hostName } } : {}),
    ...(activity.coverUrl ? { image: [activity.coverUrl] } : {}),
    isAccessibleForFree: true,
    inLanguage: "zh-CN",
    ...(live.length > 1
      ? {
          subEvent: live.map((session) => ({
            "@type": "Event",
            name: activity.title,
            startDate: session.startsAt,
            endDate: session.endsAt,
          })),
        }
      : {}),
  };
}

/**
 * The id of the Event markup the web server puts in an activity page's head (with
 * `data-activity-id`), so the page does not add a second one for the same activity.
 */
export const serverEventMarkupId = "kepu-event-json-ld";

/** JSON for inside a <script> element: `<` escaped so no text can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
