import { describe, expect, it } from "vitest";
import { contact, phone, regionCode } from "./org-input.js";

describe("org input", () => {
  it("accepts mainland mobiles and landlines with area codes", () => {
    for (const good of ["13800138000", "010-12345678", "0731-8888888", "075588886666", "023-60000201-12"]) {
      expect(phone.safeParse(good).success, good).toBe(true);
    }
    for (const bad of ["12345", "23800138000", "010-123", "phone"])
      expect(phone.safeParse(bad).success, bad).toBe(false);
  });

  it("wants six-digit region codes and a named contact", () => {
    expect(regionCode.safeParse("430100").success).toBe(true);
    expect(regionCode.safeParse("43010").success).toBe(false);
    expect(contact.safeParse({ name: "", phone: "13800138000" }).success).toBe(false);
    expect(contact.safeParse({ name: "李红", email: "x@example.org" }).success).toBe(true);
  });
});
