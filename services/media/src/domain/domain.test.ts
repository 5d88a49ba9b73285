import { describe, expect, it } from "vitest";
import { isPlatform } from "./platforms.js";

describe("platforms", () => {
  it("knows the platforms", () => {
    expect(isPlatform("B站")).toBe(true);
    expect(isPlatform("YouTube")).toBe(false);
  });
});
