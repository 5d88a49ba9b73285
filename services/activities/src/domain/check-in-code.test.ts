import { describe, expect, it } from "vitest";
import {
  checkInLink,
  checkInStepSeconds,
  codeForWindow,
  currentCode,
  newStopSecret,
  normalizeCode,
  verifyCode,
  windowOf,
} from "./check-in-code.js";

const secret = newStopSecret();
const at = (iso: string) => new Date(iso);

describe("the rotating check-in code (issue 9 §5)", () => {
  it("is six digits, the same within a 60 s window and different in the next", () => {
    const a = currentCode(secret, at("2024-09-20T01:30:05Z"));
    const b = currentCode(secret, at("2024-09-20T01:30:59.999Z"));
    const c = currentCode(secret, at("2024-09-20T01:31:00Z"));
    expect(a.code).toMatch(/^\d{6}$/);
    expect(b.code).toBe(a.code);
    expect(a.validFrom.toISOString()).toBe("2024-09-20T01:30:00.000Z");
    expect(a.rotatesAt.toISOString()).toBe("2024-09-20T01:31:00.000Z");
    expect(a.stepSeconds).toBe(checkInStepSeconds);
    // Over a day of windows the codes keep changing (a collision of two neighbours is 1 in a million).
    const codes = Array.from({ length: 1440 }, (_, i) => codeForWindow(secret, 30_000_000 + i));
    expect(new Set(codes).size).toBeGreaterThan(1430);
    expect(c.code).not.toBe(a.code);
  });

  it("depends on the stop's secret: another stop's code is not this one's", () => {
    const other = newStopSecret();
    const now = at("2024-09-20T01:30:05Z");
    expect(currentCode(other, now).code).not.toBe(currentCode(secret, now).code);
    expect(verifyCode(secret, currentCode(other, now).code, now)).toBe(false);
  });

  it("accepts the current window's code and the previous window's, nothing older and nothing ahead", () => {
    const shown = at("2024-09-20T01:30:40Z");
    const { code } = currentCode(secret, shown);
    expect(verifyCode(secret, code, shown)).toBe(true);
    // Typed 30 s later, after the screen rotated: still accepted.
    expect(verifyCode(secret, code, at("2024-09-20T01:31:10Z"))).toBe(true);
    expect(verifyCode(secret, code, at("2024-09-20T01:31:59.999Z"))).toBe(true);
    // A photo of the screen used from home later: refused.
    expect(verifyCode(secret, code, at("2024-09-20T01:32:00Z"))).toBe(false);
    expect(verifyCode(secret, code, at("2024-09-20T09:00:00Z"))).toBe(false);
    expect(verifyCode(secret, code, at("2024-09-21T01:30:40Z"))).toBe(false);
    // The next window's code is not accepted early.
    const next = codeForWindow(secret, windowOf(shown) + 1);
    expect(verifyCode(secret, next, shown)).toBe(false);
  });

  it("refuses a replay of any earlier window's code across a day", () => {
    const now = at("2024-09-20T12:00:30Z");
    const current = windowOf(now);
    const accepted = [current, current - 1].map((w) => codeForWindow(secret, w));
    let replayedAndAccepted = 0;
    for (let back = 2; back < 1440; back += 1) {
      const old = codeForWindow(secret, current - back);
      if (accepted.includes(old)) continue; // the same digits by chance: not a replay of that window
      if (verifyCode(secret, old, now)) replayedAndAccepted += 1;
    }
    expect(replayedAndAccepted).toBe(0);
  });

  it("reads codes as people type them and refuses anything else", () => {
    const now = at("2024-09-20T01:30:05Z");
    const { code } = currentCode(secret, now);
    expect(normalizeCode(`${code.slice(0, 3)} ${code.slice(3)}`)).toBe(code);
    const fullWidth = code.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect(verifyCode(secret, fullWidth, now)).toBe(true);
    expect(verifyCode(secret, `${code.slice(0, 3)}-${code.slice(3)}`, now)).toBe(true);
    for (const bad of ["", "12345", "1234567", "abcdef", `${code}0`, " "])
      expect(verifyCode(secret, bad, now)).toBe(false);
  });

  it("gives a check-in link with the stop and code for a QR code", () => {
    const link = new URL(checkInLink("https://kepu.example", "trail-1", "stop-2", "012345"));
    expect(link.pathname).toBe("/trails/trail-1/check-in");
    expect(link.searchParams.get("stop")).toBe("stop-2");
    expect(link.searchParams.get("code")).toBe("012345");
  });
});
