import { describe, expect, it } from "vitest";
import { feedHref, filterFromSearch, withoutFilter } from "./filters.js";

describe("the works feed's filter in the URL", () => {
  it("reads every filter the feed offers from the query string", () => {
    expect(
      filterFromSearch(
        "?hashtag=%23%E5%8D%83%E4%B8%87IP%E5%88%9B%E7%A7%91%E6%99%AE%23&topic=%E9%87%8F%E5%AD%90%E7%A7%91%E6%8A%80&org=org-cq&platform=douyin&activity=act-1&kind=SHORT_VIDEO",
      ),
    ).toEqual({
      hashtag: "#千万IP创科普#",
      topic: "量子科技",
      orgId: "org-cq",
      platform: "douyin",
      activityId: "act-1",
      kind: "SHORT_VIDEO",
    });
  });

  it("drops blank and over-long values and an unknown kind, so a mangled link shows the whole feed", () => {
    expect(filterFromSearch(`?hashtag=%20%20&topic=&kind=MOVIE&org=${"x".repeat(101)}&activity=a`)).toEqual({
      activityId: "a",
    });
    expect(filterFromSearch("")).toEqual({});
  });

  it("writes a filter back as a shareable URL, and round-trips it", () => {
    expect(feedHref({})).toBe("/works");
    const filter = { activityId: "act-2024-ip-live", hashtag: "#千万IP创科普#", kind: "ARTICLE" as const };
    const href = feedHref(filter);
    expect(href).toBe(
      "/works?hashtag=%23%E5%8D%83%E4%B8%87IP%E5%88%9B%E7%A7%91%E6%99%AE%23&activity=act-2024-ip-live&kind=ARTICLE",
    );
    expect(filterFromSearch(new URL(href, "http://x").search)).toEqual(filter);
  });

  it("removes one filter and keeps the others", () => {
    expect(withoutFilter({ orgId: "org-cq", topic: "新材料" }, "orgId")).toEqual({ topic: "新材料" });
  });
});
