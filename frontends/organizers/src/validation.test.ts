import { describe, expect, it } from "vitest";
import { isEmail, isRegionCode, optional } from "./validation.js";

describe("form checks", () => {
  it("accepts e-mail addresses and refuses what cannot be one", () => {
    expect(isEmail("new-member@example.org")).toBe(true);
    expect(isEmail(" a.b@c.cn ")).toBe(true);
    for (const bad of ["", "a@b", "a b@c.cn", "@c.cn", "a@"]) expect(isEmail(bad), bad).toBe(false);
  });

  it("wants six digits for a region code", () => {
    expect(isRegionCode("500103")).toBe(true);
    expect(isRegionCode("50010")).toBe(false);
    expect(isRegionCode("50010a")).toBe(false);
  });

  it("leaves empty optional fields out", () => {
    expect(optional("  ")).toBeUndefined();
    expect(optional(" 渝中 ")).toBe("渝中");
  });
});
