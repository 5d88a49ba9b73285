import { describe, expect, it } from "vitest";
import { fromShanghaiLocal, toShanghaiLocal } from "./shanghai.js";

describe("Shanghai wall-clock time", () => {
  it("round-trips a deadline through the datetime input", () => {
    expect(toShanghaiLocal("2024-09-30T16:00:00Z")).toBe("2024-10-01T00:00");
    expect(fromShanghaiLocal("2024-10-01T00:00")).toBe("2024-10-01T00:00:00+08:00");
    expect(new Date(fromShanghaiLocal(toShanghaiLocal("2024-11-15T09:30:00.000Z"))).toISOString()).toBe(
      "2024-11-15T09:30:00.000Z",
    );
  });
});
