import { describe, expect, it } from "vitest";
import { formatBytes } from "./format.js";

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
