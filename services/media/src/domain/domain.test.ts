import { describe, expect, it } from "vitest";
import { isPlatform } from "./platforms.js";
import { posterSeconds } from "./upload-purposes.js";

describe("platforms", () => {
  it("knows the platforms", () => {
    expect(isPlatform("B站")).toBe(true);
    expect(isPlatform("YouTube")).toBe(false);
  });
});

describe("a video's poster frame", () => {
  it("is at 1 s, or at 10 % of a clip shorter than 10 s", () => {
    expect(posterSeconds(600)).toBe(1);
    expect(posterSeconds(10)).toBe(1);
    expect(posterSeconds(2)).toBeCloseTo(0.2);
  });
});
