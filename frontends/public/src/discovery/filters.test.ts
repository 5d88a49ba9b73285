import { describe, expect, it } from "vitest";
import { discoveryFilterFromSearch, discoverySearch } from "./filters.js";

describe("discovery filter in the URL", () => {
  it("round-trips every field", () => {
    const filter = {
      text: "机器人",
      campaignId: "cmp-2024",
      regionCode: "500000",
      categoryKind: "KEY" as const,
      form: "LECTURE" as const,
      audience: "ELDERLY" as const,
      topic: "人工智能",
      from: "2024-09-15",
      to: "2024-09-25",
      online: false,
      freePlaces: true,
    };
    expect(discoveryFilterFromSearch(discoverySearch(filter))).toEqual(filter);
  });
  it("drops unknown, malformed or reversed values rather than failing", () => {
    expect(discoveryFilterFromSearch("?region=5001&form=DANCE&from=2024-9-1&online=yes")).toEqual({});
    expect(discoveryFilterFromSearch("?from=2024-09-20&to=2024-09-10")).toEqual({ from: "2024-09-20" });
    expect(discoverySearch({})).toBe("");
  });
});
