import { describe, expect, it } from "vitest";
import { placeFor, promotableCount, registrationContactSchema, whyClosed } from "./registration.js";

describe("registration rules", () => {
  it("gives a place only below the current capacity and when nobody waits", () => {
    expect(placeFor({ capacity: 2, confirmedCount: 1, waitlistCount: 0 })).toBe("CONFIRMED");
    expect(placeFor({ capacity: 2, confirmedCount: 2, waitlistCount: 0 })).toBe("WAITLISTED");
    expect(placeFor({ capacity: 2, confirmedCount: 1, waitlistCount: 1 })).toBe("WAITLISTED");
    expect(placeFor({ capacity: 28, confirmedCount: 30, waitlistCount: 0 })).toBe("WAITLISTED");
    expect(placeFor({ capacity: null, confirmedCount: 999, waitlistCount: 0 })).toBe("CONFIRMED");
  });

  it("promotes against the current capacity (issue 9: 30 lowered to 28)", () => {
    expect(promotableCount({ capacity: 28, confirmedCount: 29, waitlistCount: 3 })).toBe(0);
    expect(promotableCount({ capacity: 28, confirmedCount: 27, waitlistCount: 3 })).toBe(1);
    expect(promotableCount({ capacity: 50, confirmedCount: 10, waitlistCount: 3 })).toBe(3);
    expect(promotableCount({ capacity: 28, confirmedCount: 30, waitlistCount: 0 })).toBe(0);
  });

  it("says why a session is closed", () => {
    const open = { registrationRequired: true, cancelledAt: null, startsAt: new Date("2030-01-01T00:00:00Z") };
    const now = new Date("2029-01-01T00:00:00Z");
    const published = { listed: true, status: "PUBLISHED" as const };
    expect(whyClosed(open, published, now)).toBeNull();
    // An edit in review keeps the approved activity open; a first submission is not public yet.
    expect(whyClosed(open, { listed: true, status: "SUBMITTED" }, now)).toBeNull();
    expect(whyClosed(open, { listed: false, status: "SUBMITTED" }, now)?.code).toBe("CONFLICT");
    expect(whyClosed(open, { listed: true, status: "CANCELLED" }, now)?.code).toBe("CONFLICT");
    expect(whyClosed({ ...open, cancelledAt: now }, published, now)?.message).toMatch(/已取消/);
    expect(whyClosed({ ...open, registrationRequired: false }, published, now)?.message).toMatch(/无需报名/);
    expect(whyClosed(open, published, new Date("2030-01-01T00:00:00Z"))?.message).toMatch(/截止/);
  });

  it("reads a name and a phone number as people type them", () => {
    expect(registrationContactSchema.parse({ name: " 张三 ", phone: "138 0013 8000" })).toEqual({
      name: "张三",
      phone: "13800138000",
    });
    expect(registrationContactSchema.parse({ name: "李四", phone: "" }).phone).toBeNull();
    expect(registrationContactSchema.safeParse({ name: "王五", phone: "12345" }).success).toBe(false);
    expect(registrationContactSchema.safeParse({ name: "", phone: null }).success).toBe(false);
  });
});
