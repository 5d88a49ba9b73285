import { describe, expect, it } from "vitest";
import { effectiveTheme, pickCurrentCampaign } from "./campaigns.js";
import { ancestorIds, isInSubtree, moveProblem, parentsFirst, pathFor } from "./tree.js";

describe("org tree paths", () => {
  it("builds paths and reads ancestors back", () => {
    const province = pathFor(pathFor(null, "cast"), "hn");
    expect(province).toBe("/cast/hn/");
    expect(ancestorIds(pathFor(province, "cs"))).toEqual(["cast", "hn"]);
    expect(isInSubtree("/cast/hn/cs/", "hn")).toBe(true);
    expect(isInSubtree("/cast/hn/", "cs")).toBe(false);
    expect(() => pathFor(null, "a/b")).toThrow();
  });

  it("orders parents first and refuses cycles", () => {
    const ordered = parentsFirst([
      { id: "c", parentId: "b" },
      { id: "b", parentId: "a" },
      { id: "a", parentId: null },
    ]);
    expect(ordered.map((o) => o.id)).toEqual(["a", "b", "c"]);
    expect(() =>
      parentsFirst([
        { id: "x", parentId: "y" },
        { id: "y", parentId: "x" },
      ]),
    ).toThrow(/cycle/);
  });
});

describe("campaigns", () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const c2023 = { id: "2023", startsOn: day("2023-09-17"), endsOn: day("2023-09-23") };
  const c2024 = { id: "2024", startsOn: day("2024-09-15"), endsOn: day("2024-09-25") };

  it("picks the running edition, then the next, then the latest", () => {
    expect(pickCurrentCampaign([c2023, c2024], new Date("2024-09-20T12:00:00+08:00"))?.id).toBe("2024");
    expect(pickCurrentCampaign([c2023, c2024], new Date("2024-03-01T12:00:00+08:00"))?.id).toBe("2024");
    expect(pickCurrentCampaign([c2023, c2024], new Date("2026-11-22T12:00:00+08:00"))?.id).toBe("2024");
    expect(pickCurrentCampaign([], new Date())).toBeNull();
  });

  it("uses Shanghai's calendar day at the window's edges", () => {
    // 2024-09-25 23:30 in Shanghai is still inside the window though it is 15:30 UTC.
    expect(pickCurrentCampaign([c2023, c2024], new Date("2024-09-25T23:30:00+08:00"))?.id).toBe("2024");
    // 2024-09-15 00:30 in Shanghai is the 14th in UTC; still the first day.
    expect(pickCurrentCampaign([c2023, c2024], new Date("2024-09-15T00:30:00+08:00"))?.id).toBe("2024");
  });

  it("inherits the theme from the nearest edition that has one", () => {
    expect(effectiveTheme([{ theme: null }, { theme: "提升全民科学素质，协力建设科技强国" }])).toBe(
      "提升全民科学素质，协力建设科技强国",
    );
  });
});

describe("moving a unit", () => {
  it("refuses a move under itself, under its own descendant, or to where it is", () => {
    expect(moveProblem("/cast/cq/", "cast", "cq", "/cast/cq/")).toMatch(/不能移到/);
    expect(moveProblem("/cast/cq/", "cast", "yuzhong", "/cast/cq/yuzhong/")).toMatch(/不能移到/);
    expect(moveProblem("/cast/cq/liangjiang/", "cq", "cq", "/cast/cq/")).toMatch(/已在/);
    expect(moveProblem("/cast/cq/liangjiang/", "cq", "yubei", "/cast/cq/yubei/")).toBeNull();
    // A sibling whose id starts like ours is not a descendant.
    expect(moveProblem("/cast/cq/", "cast", "cq2", "/cast/cq2/")).toBeNull();
  });
});
