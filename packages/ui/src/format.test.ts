import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration } from "./format.js";

describe("formatBytes", () => {
  it("picks the unit that keeps the number at least 1", () => {
    expect(formatBytes(0, "zh-CN")).toBe("0 B");
    expect(formatBytes(1023, "en")).toBe("1,023 B");
    expect(formatBytes(1536, "en")).toBe("1.5 KB");
    expect(formatBytes(10 * 1024 ** 3, "zh-CN")).toBe("10 GB");
    expect(formatBytes(150 * 1024 ** 2, "en")).toBe("150 MB");
    expect(formatBytes(3 * 1024 ** 5, "en")).toBe("3,072 TB");
  });
});

describe("formatDuration", () => {
  it("shows a length as a player does, rounded to the second", () => {
    expect(formatDuration(2.04)).toBe("0:02");
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(3599.6)).toBe("1:00:00");
    expect(formatDuration(3 * 3600 + 7 * 60 + 9)).toBe("3:07:09");
    expect(formatDuration(null)).toBe("0:00");
    expect(formatDuration(-3)).toBe("0:00");
    expect(formatDuration(Number.NaN)).toBe("0:00");
  });
});
