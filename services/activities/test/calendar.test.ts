import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regionPrefix } from "../src/calendar/ical.js";
import { type RunningService, seed, start } from "../src/index.js";

/**
 * The iCalendar feeds (issue 9 §4, §8) over HTTP from the service: an activity's sessions, a region's
 * and a unit's published activities, and a person's registrations behind a signed URL. Issue 9's
 * example: a session on 2024-09-20 09:30–11:00 Shanghai reads 01:30Z in a calendar set to UTC, so
 * every time carries `Z` (none floating).
 */
let service: RunningService;
let signer: TestTokenSigner;
let origin: string;
const host = "org-ical-host";
const edition = "cmp-ical";

async function activity(id: string, fields: { listed?: boolean; regionCode?: string; hostOrgId?: string } = {}) {
  const listed = fields.listed ?? true;
  return service.prisma.activity.create({
    data: {
      id,
      campaignId: edition,
      editionId: edition,
      hostOrgId: fields.hostOrgId ?? host,
      title: `全国科普日重庆主场活动 ${id}`,
      summary: "走进重庆科技馆，动手搭建智能小车。",
      categoryId: "cat-ical",
      categoryKind: "KEY",
      forms: ["EXHIBITION"],
      mode: "OFFLINE",
      venue: "重庆科技馆",
      address: "江北区文星门街7号",
      latitude: 29.5647,
      longitude: 106.5759,
      regionCode: fields.regionCode ?? "500105",
      // Shanghai wall-clock 09:30–11:00, as the organizer typed it with its offset.
      startsAt: new Date("2024-09-20T09:30:00+08:00"),
      endsAt: new Date("2024-09-21T11:00:00+08:00"),
      status: listed ? "PUBLISHED" : "DRAFT",
      listed,
      sessions: {
        create: [
          {
            id: `${id}-s1`,
            startsAt: new Date("2024-09-20T09:30:00+08:00"),
            endsAt: new Date("2024-09-20T11:00:00+08:00"),
          },
          {
            id: `${id}-s2`,
            startsAt: new Date("2024-09-21T09:30:00+08:00"),
            endsAt: new Date("2024-09-21T11:00:00+08:00"),
            cancelledAt: new Date("2024-09-01T00:00:00Z"),
            cancelReason: "场馆检修",
          },
        ],
      },
    },
  });
}

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        webUrl: "https://kepu.example",
        calendarFeedSecret: "a-test-secret-of-at-least-thirty-two-chars",
        directory: staticOrgDirectory([`/org-cast/${host}/`], {}, { campaigns: { [edition]: {} } }),
      }),
    seed,
  ));
  origin = new URL(service.url).origin;
  await service.prisma.activityCategory.create({
    data: { id: "cat-ical", campaignId: edition, key: "KEY", kind: "KEY", nameZh: "重点活动", nameEn: "Key" },
  });
  await activity("act-ical-main");
  await activity("act-ical-draft", { listed: false });
  await activity("act-ical-hunan", { regionCode: "430102", hostOrgId: "org-ical-other" });
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

/** The content lines (unfolded) of an .ics body. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n");

/** Every date-time property: with Z, or with a TZID whose VTIMEZONE is in the file; never floating. */
function expectNoFloatingTimes(ics: string) {
  const times = lines(ics).filter((line) =>
    /^(DTSTART|DTEND|DTSTAMP|LAST-MODIFIED|CREATED|RECURRENCE-ID)[;:]/.test(line),
  );
  expect(times.length).toBeGreaterThan(0);
  for (const line of times) {
    const tzid = /;TZID=([^:;]+)/.exec(line)?.[1];
    if (tzid) expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${tzid}`);
    else expect(line).toMatch(/:\d{8}T\d{6}Z$/);
  }
}

describe("an activity's calendar file", () => {
  it("reads 2024-09-20 09:30–11:00 Shanghai as 01:30Z–03:00Z, the cancelled session marked, with caching", async () => {
    const response = await get("/ical/activities/act-ical-main.ics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const ics = await response.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const content = lines(ics);
    expect(content).toContain("DTSTART:20240920T013000Z");
    expect(content).toContain("DTEND:20240920T030000Z");
    expect(content).toContain("UID:act-ical-main-s1@kepu");
    expect(content).toContain("STATUS:CANCELLED");
    expect(content).toContain("URL;VALUE=URI:https://kepu.example/activities/act-ical-main");
    expect(content.some((line) => line.startsWith("SUMMARY:全国科普日重庆主场活动"))).toBe(true);
    expect(content.some((line) => line.startsWith("GEO:29.5647;106.5759"))).toBe(true);
    expectNoFloatingTimes(ics);

    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    const again = await get("/ical/activities/act-ical-main.ics", { "if-none-match": String(etag) });
    expect(again.status).toBe(304);
  });

  it("answers 404 for an activity the public may not see, or none", async () => {
    expect((await get("/ical/activities/act-ical-draft.ics")).status).toBe(404);
    expect((await get("/ical/activities/act-nowhere.ics")).status).toBe(404);
    expect((await get("/ical/activities/%3Cscript%3E.ics")).status).toBe(404);
    expect((await fetch(`${origin}/ical/activities/act-ical-main.ics`, { method: "POST" })).status).toBe(405);
  });
});

describe("feeds of published activities", () => {
  it("per region: a province includes its districts; another province's and drafts are left out", async () => {
    expect(regionPrefix("500000")).toBe("50");
    expect(regionPrefix("500100")).toBe("5001");
    expect(regionPrefix("500105")).toBe("500105");
    expect(regionPrefix("50010")).toBeNull();
    // The fixture sessions lie in 2024, beyond the feed's 60 days: move the ends into the window.
    await service.prisma.activity.updateMany({ data: { endsAt: new Date(Date.now() + 86_400_000) } });
    const chongqing = await (await get("/ical/regions/500000.ics")).text();
    expect(chongqing).toContain("UID:act-ical-main-s1@kepu");
    expect(chongqing).not.toContain("act-ical-main-s2"); // cancelled sessions leave public feeds
    expect(chongqing).not.toContain("act-ical-draft");
    expect(chongqing).not.toContain("act-ical-hunan");
    expectNoFloatingTimes(chongqing);
    expect(await (await get("/ical/regions/430000.ics")).text()).toContain("act-ical-hunan-s1");
    expect((await get("/ical/regions/5001.ics")).status).toBe(404);
  });

  it("per unit: the activities it hosts", async () => {
    const response = await get(`/ical/orgs/${host}.ics`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const ics = await response.text();
    expect(ics).toContain("act-ical-main-s1");
    expect(ics).not.toContain("act-ical-hunan");
    expect(ics).not.toContain("act-ical-draft");
  });
});

describe("a person's registrations", () => {
  it("behind a signed URL from myCalendarFeedUrl: their sessions with no personal data; a forged token is 404", async () => {
    const userId = "user-ical-person";
    await service.prisma.registration.create({
      data: {
        sessionId: "act-ical-main-s1",
        activityId: "act-ical-main",
        userId,
        name: "王小明",
        phone: "13800138000",
        email: "xiaoming@example.org",
        status: "WAITLISTED",
      },
    });
    const token = await signer.sign({ sub: userId, name: "王小明", adm: false, mem: [], rv: 0 }, 60);
    const result = await graphql<{ myCalendarFeedUrl: string }>(service.url, "{ myCalendarFeedUrl }", { token });
    expect(result.errors).toBeUndefined();
    const feedUrl = new URL(result.data?.myCalendarFeedUrl ?? "");
    expect(feedUrl.origin).toBe("https://kepu.example");
    expect(feedUrl.pathname).toMatch(/^\/ical\/me\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.ics$/);
    expect(feedUrl.pathname).not.toMatch(/13800138000|xiaoming|王小明/);

    const response = await get(feedUrl.pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const ics = await response.text();
    expect(lines(ics)).toContain("DTSTART:20240920T013000Z");
    expect(ics).toContain("SUMMARY:【候补】全国科普日重庆主场活动");
    expect(ics).not.toMatch(/13800138000|xiaoming|王小明/);
    expectNoFloatingTimes(ics);

    const forged = feedUrl.pathname.replace(/\.([A-Za-z0-9_-]{4})/, ".AAAA");
    expect((await get(forged)).status).toBe(404);
    const otherUser = feedUrl.pathname.replace(/\/me\/[^.]+/, `/me/${Buffer.from("user-other").toString("base64url")}`);
    expect((await get(otherUser)).status).toBe(404);
    expect((await graphql(service.url, "{ myCalendarFeedUrl }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
