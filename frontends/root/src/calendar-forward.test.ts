import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebServer } from "./server.js";

/**
 * The web server forwards /ical/ to the activities service (issue 9 §4): calendar feeds are reached
 * at the public origin with the service's caching headers and conditional answers.
 */
let activities: Server;
let web: { url: string; close(): Promise<void> };
const seen: { path: string; method: string; ifNoneMatch: string | undefined }[] = [];

beforeAll(async () => {
  activities = createServer((req, res) => {
    seen.push({ path: req.url ?? "", method: req.method ?? "", ifNoneMatch: req.headers["if-none-match"] });
    if (req.headers["if-none-match"] === '"v1"') {
      res.statusCode = 304;
      res.setHeader("etag", '"v1"');
      return void res.end();
    }
    res.setHeader("content-type", "text/calendar; charset=utf-8");
    res.setHeader("cache-control", "public, max-age=300");
    res.setHeader("etag", '"v1"');
    res.setHeader("set-cookie", "internal=1");
    res.end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
  activities.listen(0, "127.0.0.1");
  await once(activities, "listening");
  const { port } = activities.address() as AddressInfo;
  web = await startWebServer({
    port: 0,
    gatewayUrl: "http://127.0.0.1:9/graphql",
    calendarOrigin: `http://127.0.0.1:${port}`,
  });
});
afterAll(async () => {
  await web?.close();
  activities?.closeAllConnections();
  await new Promise((resolve) => activities?.close(resolve));
});

describe("calendar feeds at the public origin", () => {
  it("forwards /ical/ with its caching headers, only what a calendar needs, and 304 on a match", async () => {
    const response = await fetch(`${web.url}/ical/activities/act-1.ics?x=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toContain("BEGIN:VCALENDAR");
    expect(seen.at(-1)).toEqual({ path: "/ical/activities/act-1.ics", method: "GET", ifNoneMatch: undefined });

    const again = await fetch(`${web.url}/ical/activities/act-1.ics`, { headers: { "if-none-match": '"v1"' } });
    expect(again.status).toBe(304);
    expect((await fetch(`${web.url}/ical/activities/act-1.ics`, { method: "POST" })).status).toBe(405);
  });
});
