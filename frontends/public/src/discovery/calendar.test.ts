import { describe, expect, it } from "vitest";
import { mondayOf, monthGrid, shiftMonth, weekOf } from "./calendar.js";

describe("calendar days", () => {
  it("a month grid is whole weeks from Monday", () => {
    const days = monthGrid("2024-09");
    expect(days[0]).toBe("2024-08-26");
    expect(days.at(-1)).toBe("2024-10-06");
    expect(days.length % 7).toBe(0);
    expect(days.length).toBeLessThanOrEqual(42);
  });
  it("weeks start on Monday; months shift across years", () => {
    expect(mondayOf("2024-09-15")).toBe("2024-09-09");
    expect(weekOf("2024-09-20")).toEqual([
      "2024-09-16",
      "2024-09-17",
      "2024-09-18",
      "2024-09-19",
      "2024-09-20",
      "2024-09-21",
      "2024-09-22",
    ]);
    expect(shiftMonth("2024-12", 1)).toBe("2025-01");
    expect(shiftMonth("2024-01", -1)).toBe("2023-12");
  });
});
