import { describe, expect, it } from "vitest";
import { createTrailInputSchema, progressOf, whyCheckInClosed } from "./trail.js";

const session = (start: string, end: string, cancelled = false) => ({
  startsAt: new Date(start),
  endsAt: new Date(end),
  cancelledAt: cancelled ? new Date(start) : null,
});

describe("when a stop takes check-ins (issue 9 §5)", () => {
  const activity = {
    status: "PUBLISHED" as const,
    listed: true,
    sessions: [
      session("2024-09-20T01:30:00Z", "2024-09-20T03:00:00Z"),
      session("2024-09-21T01:30:00Z", "2024-09-21T03:00:00Z", true),
    ],
  };
  it("opens 30 minutes before a session and closes at its end; a cancelled session never opens", () => {
    expect(whyCheckInClosed("PUBLISHED", activity, new Date("2024-09-20T01:00:00Z"))).toBeNull();
    expect(whyCheckInClosed("PUBLISHED", activity, new Date("2024-09-20T03:00:00Z"))).toBeNull();
    expect(whyCheckInClosed("PUBLISHED", activity, new Date("2024-09-20T00:59:59Z"))?.message).toMatch(/尚未开始/);
    expect(whyCheckInClosed("PUBLISHED", activity, new Date("2024-09-20T03:00:01Z"))?.code).toBe("DEADLINE_PASSED");
    expect(whyCheckInClosed("PUBLISHED", activity, new Date("2024-09-21T02:00:00Z"))?.code).toBe("DEADLINE_PASSED");
  });
  it("is closed on an unpublished trail or activity; a venue stop is open while its trail is published", () => {
    expect(whyCheckInClosed("DRAFT", null, new Date())?.message).toMatch(/尚未发布/);
    expect(
      whyCheckInClosed("PUBLISHED", { ...activity, status: "CANCELLED" }, new Date("2024-09-20T02:00:00Z"))?.code,
    ).toBe("CONFLICT");
    expect(whyCheckInClosed("PUBLISHED", null, new Date())).toBeNull();
  });
  it("stays open while an edit of the activity waits for review or was sent back (the public still sees it published)", () => {
    const during = new Date("2024-09-20T02:00:00Z");
    expect(whyCheckInClosed("PUBLISHED", { ...activity, status: "SUBMITTED" }, during)).toBeNull();
    expect(whyCheckInClosed("PUBLISHED", { ...activity, status: "REJECTED" }, during)).toBeNull();
    // Never listed: a new activity waiting for its first approval takes no check-in.
    expect(whyCheckInClosed("PUBLISHED", { ...activity, status: "SUBMITTED", listed: false }, during)?.code).toBe(
      "CONFLICT",
    );
  });
});

describe("progress", () => {
  it("counts stops done in any order and names the first not done as the next", () => {
    expect(progressOf(["a", "b", "c"], new Set(["c"]))).toEqual({ done: 1, total: 3, nextStopId: "a" });
    expect(progressOf(["a", "b", "c"], new Set(["a", "b", "c", "gone"]))).toEqual({
      done: 3,
      total: 3,
      nextStopId: null,
    });
  });
});

describe("a trail as organizers write it", () => {
  const base = { campaignId: "cmp", hostOrgId: "org", title: " 重庆 科技馆 打卡 ", summary: "" };
  it("takes activity stops and named venue stops, normalized", () => {
    const parsed = createTrailInputSchema.parse({
      ...base,
      stops: [{ activityId: "act-1" }, { title: "解放碑 科普 长廊", latitude: 29.56, longitude: 106.58 }],
    });
    expect(parsed.title).toBe("重庆 科技馆 打卡");
    expect(parsed.stops).toHaveLength(2);
  });
  it("refuses no stops, a stop with neither activity nor name, an activity stop with its own place, a half point, and duplicates", () => {
    const refused = (stops: unknown[]) => !createTrailInputSchema.safeParse({ ...base, stops }).success;
    expect(refused([])).toBe(true);
    expect(refused([{}])).toBe(true);
    expect(refused([{ activityId: "a", venue: "别处" }])).toBe(true);
    expect(refused([{ title: "场馆", latitude: 29.5 }])).toBe(true);
    expect(refused([{ title: "场馆", latitude: 106, longitude: 29 }])).toBe(true);
    expect(refused([{ activityId: "a" }, { activityId: "a" }])).toBe(true);
    expect(refused(Array.from({ length: 31 }, (_, i) => ({ title: `场馆${i}` })))).toBe(true);
  });
});
