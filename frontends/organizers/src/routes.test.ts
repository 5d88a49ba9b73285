import { describe, expect, it } from "vitest";
import { hrefFor, pages, parseRoute } from "./routes.js";

describe("organizer routes", () => {
  it("reads the page and the current unit from the URL", () => {
    expect(parseRoute("/organizers", "")).toEqual({ page: "org", orgId: null });
    expect(parseRoute("/organizers/", "?org=org-cq")).toEqual({ page: "org", orgId: "org-cq" });
    expect(parseRoute("/organizers/subtree", "?org=org-cq-yuzhong")).toEqual({
      page: "subtree",
      orgId: "org-cq-yuzhong",
    });
    expect(parseRoute("/organizers/trails", "?org=org-cq-yuzhong")).toEqual({
      page: "trails",
      orgId: "org-cq-yuzhong",
    });
    expect(parseRoute("/organizers/invite", "?token=abc%2Bdef")).toEqual({ page: "invite", token: "abc+def" });
    expect(parseRoute("/organizers/nope", "")).toEqual({ page: "notFound", path: "/organizers/nope" });
  });

  it("writes URLs that read back to the same route", () => {
    for (const page of pages) {
      const url = new URL(hrefFor(page, "org-cq"), "http://x");
      expect(parseRoute(url.pathname, url.search)).toEqual({ page, orgId: "org-cq" });
    }
    expect(hrefFor("members", null)).toBe("/organizers/members");
    expect(new Set(pages.map((page) => hrefFor(page, null))).size).toBe(pages.length);
  });
});
