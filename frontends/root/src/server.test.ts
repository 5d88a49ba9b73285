import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appForPath } from "./apps.js";
import { startWebServer } from "./server.js";
import { chooseEncoding } from "./static-files.js";

let web: { url: string; close(): Promise<void> };

beforeAll(async () => {
  web = await startWebServer({ port: 0, gatewayUrl: "http://127.0.0.1:9/graphql" });
});
afterAll(async () => {
  await web?.close();
});

describe("the web server's answer for a path", () => {
  it("serves the page with 200 where an app has a page", async () => {
    for (const path of [
      "/",
      "/works",
      "/works?hashtag=%23%E5%8D%83%E4%B8%87IP%E5%88%9B%E7%A7%91%E6%99%AE%23",
      "/works/work-quantum-60s",
      "/activities/act-2023-cq-night",
      "/trails/trail-1",
      "/trails/trail-1/check-in?stop=s&code=123456",
      "/trails/trail-1/screen/stop-1",
      "/me/registrations",
      "/sign-in?next=%2Factivities%2Fa",
      "/sign-up?token=x",
      "/organizers",
      "/organizers/members?org=org-cq",
      "/reviewers",
      "/reviewers/",
    ]) {
      const response = await fetch(`${web.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain('<main id="kepu-main">');
    }
  });

  it("answers 404 for a top-level path no app owns, still with the page (the public app's 404 page)", async () => {
    for (const path of [
      "/no-such-page",
      "/activities/a/b",
      "/trails/t/other",
      "/organizersx",
      "/%E6%B4%BB%E5%8A%A8",
      "/works/a/b",
      "/works/%3Cscript%3E",
      "/worksx",
    ]) {
      const response = await fetch(`${web.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toContain("text/html");
      expect(await response.text(), path).toMatch(/<script type="module" src="\/root-config(\.[0-9a-f]{10})?\.js">/);
    }
    expect((await fetch(`${web.url}/missing.js`)).status).toBe(404);
  });
});

describe("an activity's page carries its schema.org Event from the first byte (issue 9 §8)", () => {
  /** A stand-in gateway: what the public sees of each activity id, and how often it was asked. */
  const activities: Record<string, unknown> = {
    "act-public": {
      id: "act-public",
      title: "走进重庆科技馆</script><script>alert(1)</script>",
      summary: "动手搭建智能小车\u2028第二行",
      startsAt: "2030-09-20T01:30:00.000Z",
      endsAt: "2030-09-20T03:00:00.000Z",
      mode: "OFFLINE",
      status: "PUBLISHED",
      venue: "重庆科技馆",
      address: "重庆市江北区江北城文星门街7号",
      latitude: 29.5667,
      longitude: 106.5783,
      livestreamUrl: null,
      host: { name: "重庆市科协" },
      cover: { url: "https://files.kepu.example/files/a/web" },
      sessions: [{ startsAt: "2030-09-20T01:30:00.000Z", endsAt: "2030-09-20T03:00:00.000Z", cancelled: false }],
    },
    "act-draft": null,
  };
  let asked = 0;
  let gateway: Server;
  let site: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    gateway = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => {
        body += chunk;
      });
      req.on("end", () => {
        asked += 1;
        const { variables } = JSON.parse(body) as { variables: { id: string } };
        res.setHeader("content-type", "application/json");
        if (variables.id === "act-broken") {
          res.end(JSON.stringify({ data: { activity: null }, errors: [{ message: "down" }] }));
          return;
        }
        res.end(JSON.stringify({ data: { activity: activities[variables.id] ?? null } }));
      });
    });
    gateway.listen(0, "127.0.0.1");
    await new Promise((resolve) => gateway.once("listening", resolve));
    const { port } = gateway.address() as AddressInfo;
    site = await startWebServer({
      port: 0,
      gatewayUrl: `http://127.0.0.1:${port}/graphql`,
      publicOrigin: "https://kepu.example",
    });
  });
  afterAll(async () => {
    await site?.close();
    gateway?.close();
  });

  it("puts the Event in the head, escaped so a title cannot close the script, with the title", async () => {
    const response = await fetch(`${site.url}/activities/act-public`);
    expect(response.status).toBe(200);
    const html = await response.text();
    const match =
      /<script type="application\/ld\+json" id="kepu-event-json-ld" data-activity-id="act-public">(.*?)<\/script>/s.exec(
        html,
      );
    expect(match).not.toBeNull();
    const event = JSON.parse(match?.[1] ?? "{}") as Record<string, unknown>;
    expect(event).toMatchObject({
      "@type": "Event",
      "@id": "https://kepu.example/activities/act-public",
      name: "走进重庆科技馆</script><script>alert(1)</script>",
      startDate: "2030-09-20T01:30:00.000Z",
      organizer: { "@type": "Organization", name: "重庆市科协" },
      image: ["https://files.kepu.example/files/a/web"],
      location: { "@type": "Place", name: "重庆科技馆" },
    });
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html.indexOf("kepu-event-json-ld")).toBeLessThan(html.indexOf("</head>"));
    expect(html).toContain(
      "<title>走进重庆科技馆&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62; · 全国科普日</title>",
    );
  });

  it("asks the gateway once per activity for every visitor within half a minute", async () => {
    const before = asked;
    await Promise.all([1, 2, 3].map(() => fetch(`${site.url}/activities/act-public`).then((r) => r.text())));
    expect(asked - before).toBe(0);
  });

  it("answers 404 without markup where the public sees no activity, and 200 without it when the gateway fails", async () => {
    for (const id of ["act-draft", "act-unknown"]) {
      const response = await fetch(`${site.url}/activities/${id}`);
      expect(response.status, id).toBe(404);
      const html = await response.text();
      expect(html, id).not.toContain("application/ld+json");
      expect(html, id).toContain('<main id="kepu-main">');
    }
    const broken = await fetch(`${site.url}/activities/act-broken`);
    expect(broken.status).toBe(200);
    expect(await broken.text()).not.toContain("application/ld+json");
  });
});

describe("which app mounts for a path", () => {
  it("gives an app the paths under its route, and every other path to the public app (its 404 page)", () => {
    expect(appForPath("/organizers")).toBe("@kepu/organizers");
    expect(appForPath("/organizers/subtree")).toBe("@kepu/organizers");
    expect(appForPath("/reviewers/")).toBe("@kepu/reviewers");
    expect(appForPath("/organizersx")).toBe("@kepu/public");
    expect(appForPath("/")).toBe("@kepu/public");
    expect(appForPath("/nope")).toBe("@kepu/public");
  });
});

describe("the encoding of an answer", () => {
  it("prefers brotli, then gzip, and honours q=0 refusals", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip, br;q=0")).toBe("gzip");
    expect(chooseEncoding("br;q=0.0, gzip;q=0")).toBeNull();
    expect(chooseEncoding("*")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});
