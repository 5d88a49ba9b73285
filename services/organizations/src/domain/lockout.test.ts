import { describe, expect, it } from "vitest";
import { lockSecondsAfter, secondsLocked } from "./lockout.js";

describe("sign-in back-off", () => {
  it("lets four mistakes pass, then doubles from a minute up to an hour", () => {
    expect([1, 2, 3, 4].map(lockSecondsAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(lockSecondsAfter)).toEqual([60, 120, 240, 480]);
    expect(lockSecondsAfter(11)).toBe(3600);
    expect(lockSecondsAfter(50)).toBe(3600);
  });

  it("counts the seconds left, rounding up", () => {
    const now = new Date("2026-11-23T08:00:00Z");
    expect(secondsLocked(null, now)).toBe(0);
    expect(secondsLocked(new Date("2026-11-23T07:59:00Z"), now)).toBe(0);
    expect(secondsLocked(new Date("2026-11-23T08:00:30.2Z"), now)).toBe(31);
  });
});
