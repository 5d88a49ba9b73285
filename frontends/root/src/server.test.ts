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
