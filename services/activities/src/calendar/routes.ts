import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpRoutes } from "@kepu/server";
import type { Db } from "../db.js";
import { onStatuses } from "../domain/activity-status.js";
import type { Prisma } from "../generated/prisma/client.js";
import { userOfFeedToken } from "./feed-token.js";
import { type CalendarActivity, type CalendarEntry, calendarOf, regionPrefix, sessionEntries } from "./ical.js";

/** Feeds hold activities that ended at most this long ago, at most `maxFeedActivities` of them. */
const feedPastDays = 60;
const maxFeedActivities = 500;
/** Public feeds may be kept by browsers and CDNs for 5 minutes; a person's for 5 minutes, privately. */
const publicCaching = "public, max-age=300";
const privateCaching = "private, max-age=300";

const calendarSelect = {
  id: true,
  title: true,
  summary: true,
  venue: true,
  address: true,
  latitude: true,
  longitude: true,
  livestreamUrl: true,
  status: true,
  updatedAt: true,
  sessions: { select: { id: true, startsAt: true, endsAt: true, cancelledAt: true }, orderBy: { startsAt: "asc" } },
} satisfies Prisma.ActivitySelect;

/** Published (listed, on) activities the public may see, for the public feeds. */
const publicWhere = (): Prisma.ActivityWhereInput => ({
  listed: true,
  status: { in: [...onStatuses] },
  endsAt: { gte: new Date(Date.now() - feedPastDays * 86_400_000) },
});

function send(req: IncomingMessage, res: ServerResponse, body: string, fileName: string, caching: string) {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  res.setHeader("cache-control", caching);
  res.setHeader("etag", etag);
  res.setHeader("vary", "Accept-Encoding");
  res.setHeader("x-content-type-options", "nosniff");
  if (req.headers["if-none-match"] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader("content-type", "text/calendar; charset=utf-8");
  res.setHeader("content-disposition", `inline; filename="${fileName}"`);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Answers 404; true, as the route handled the request. */
function notFound(res: ServerResponse, message = "日历不存在"): true {
  res.statusCode = 404;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.setHeader("cache-control", "no-store");
  res.end(message);
  return true;
}

const activityPath = /^\/ical\/activities\/([A-Za-z0-9_-]{1,64})\.ics$/;
const regionPath = /^\/ical\/regions\/(\d{6})\.ics$/;
const orgPath = /^\/ical\/orgs\/([A-Za-z0-9_-]{1,64})\.ics$/;
const personalPath = /^\/ical\/me\/([A-Za-z0-9_.-]{1,300})\.ics$/;

/**
 * The activities service's iCalendar feeds (issue 9 §4, §8), served over plain HTTP beside GraphQL and
 * reached through the public origin (the web server forwards /ical/):
 * - `/ical/activities/<id>.ics`: a published activity's sessions (a cancelled one marked CANCELLED);
 * - `/ical/regions/<GB/T 2260 code>.ics`: published activities in the region (a province includes
 *   its cities and counties), from 60 days back, at most 500;
 * - `/ical/orgs/<id>.ics`: published activities the unit hosts or co-hosts, likewise;
 * - `/ical/me/<token>.ics`: a person's registrations (confirmed and waiting), the token signed for
 *   them (myCalendarFeedUrl); no name or phone in it.
 * Answers carry ETags (304 on a match) and Cache-Control.
 */
export function calendarRoutes(db: Db, options: { webUrl: string; feedSecret: string }): HttpRoutes {
  const feed = async (where: Prisma.ActivityWhereInput) =>
    (await db.activity.findMany({
      where,
      select: calendarSelect,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: maxFeedActivities,
    })) as CalendarActivity[];
  return {
    async handle(req, res, url) {
      if (!url.pathname.startsWith("/ical/")) return false;
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.statusCode = 405;
        res.setHeader("allow", "GET, HEAD");
        res.end();
        return true;
      }
      const activityId = activityPath.exec(url.pathname)?.[1];
      if (activityId) {
        const activity = await db.activity.findFirst({
          where: { id: activityId, listed: true },
          select: calendarSelect,
        });
        if (!activity) return notFound(res);
        const body = calendarOf(activity.title, sessionEntries([activity as CalendarActivity]), options.webUrl);
        send(req, res, body, `activity-${activityId}.ics`, publicCaching);
        return true;
      }
      const region = regionPath.exec(url.pathname)?.[1];
      if (region) {
        const prefix = regionPrefix(region);
        if (!prefix) return notFound(res);
        const activities = await feed({ ...publicWhere(), regionCode: { startsWith: prefix } });
        send(
          req,
          res,
          calendarOf(`科普日活动 ${region}`, liveEntries(activities), options.webUrl),
          `region-${region}.ics`,
          publicCaching,
        );
        return true;
      }
      const orgId = orgPath.exec(url.pathname)?.[1];
      if (orgId) {
        const activities = await feed({
          ...publicWhere(),
          OR: [{ hostOrgId: orgId }, { coHostOrgIds: { has: orgId } }],
        });
        send(
          req,
          res,
          calendarOf(`科普日活动 ${orgId}`, liveEntries(activities), options.webUrl),
          `org-${orgId}.ics`,
          publicCaching,
        );
        return true;
      }
      const token = personalPath.exec(url.pathname)?.[1];
      if (token) {
        const userId = userOfFeedToken(options.feedSecret, token);
        if (!userId) return notFound(res);
        const registrations = await db.registration.findMany({
          where: { userId, status: { in: ["CONFIRMED", "WAITLISTED"] }, session: { activity: { listed: true } } },
          select: { status: true, sessionId: true, session: { select: { activity: { select: calendarSelect } } } },
          orderBy: { createdAt: "desc" },
          take: maxFeedActivities,
        });
        const entries: CalendarEntry[] = registrations.flatMap((registration) => {
          const activity = registration.session.activity as CalendarActivity;
          const session = activity.sessions.find((s) => s.id === registration.sessionId);
          return session
            ? [{ activity, session, registration: registration.status as "CONFIRMED" | "WAITLISTED" }]
            : [];
        });
        entries.sort((a, b) => a.session.startsAt.getTime() - b.session.startsAt.getTime());
        send(req, res, calendarOf("我的科普日报名", entries, options.webUrl), "my-registrations.ics", privateCaching);
        return true;
      }
      return notFound(res);
    },
  };
}

/** A public feed's entries: sessions not cancelled. */
function liveEntries(activities: readonly CalendarActivity[]): CalendarEntry[] {
  return sessionEntries(activities).filter((entry) => entry.session.cancelledAt === null);
}
