import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay, formatRange, formatShortDateTime } from "./format.js";
import {
  addDays,
  dayFromSqlDate,
  endOfShanghaiDay,
  formatInstant,
  fromShanghaiWallClock,
  readDay,
  readInstant,
  shanghaiDayOf,
  shanghaiToday,
  sqlDateFromDay,
  startOfShanghaiDay,
  toShanghaiWallClock,
} from "./time.js";

const instant = (text: string) => {
  const reading = readInstant(text);
  if (!reading.ok) throw new Error(reading.message);
  return formatInstant(reading.value);
};
const refusal = (text: string) => {
  const reading = readInstant(text);
  return reading.ok ? null : reading.message;
};

describe("instants", () => {
  it("reads ISO 8601 with an offset, to the same instant whatever the offset", () => {
    expect(instant("2024-09-15T09:00:00+08:00")).toBe("2024-09-15T01:00:00.000Z");
    expect(instant("2024-09-15T01:00:00Z")).toBe("2024-09-15T01:00:00.000Z");
    expect(instant("2024-09-14T20:00:00-05:00")).toBe("2024-09-15T01:00:00.000Z");
    expect(instant("2024-09-15T09:00+08:00")).toBe("2024-09-15T01:00:00.000Z");
    expect(instant("2024-09-15T09:00:00.123456+08:00")).toBe("2024-09-15T01:00:00.123Z");
    expect(instant("2024-02-29T00:00:00Z")).toBe("2024-02-29T00:00:00.000Z");
    expect(instant("1900-01-01T00:00:00+08:00")).toBe("1899-12-31T16:00:00.000Z");
  });

  it("refuses years before 1900, which the database cannot always hold (no year 0)", () => {
    expect(refusal("0001-01-01T00:00:00+08:00")).toMatch(/年份 0001 超出范围/);
    expect(refusal("0099-01-01T00:00:00Z")).toMatch(/年份 0099 超出范围/);
    expect(readDay("0001-01-01")).toMatchObject({ ok: false, message: expect.stringMatching(/年份 0001 超出范围/) });
    expect(readDay("1899-12-31").ok).toBe(false);
    expect(readDay("9999-12-31").ok).toBe(true);
  });

  it("refuses a date-time without an offset, saying to add one", () => {
    expect(refusal("2024-09-15T09:00:00")).toMatch(/时间必须带时区.*2024-09-15T09:00:00\+08:00/);
    expect(refusal("2024-09-15 09:00")).toMatch(/时间必须带时区/);
    expect(refusal("2024-09-15")).toMatch(/时间必须带时区/);
  });

  it("refuses every other form, and days and times that do not exist", () => {
    for (const text of [
      "Sep 15 2024",
      "2024/09/15 09:00+08:00",
      "1726362000000",
      "",
      " 2024-09-15T09:00:00Z",
      "2024-09-15T09:00:00+0800",
      "2024-9-15T09:00:00Z",
      "+002024-09-15T09:00:00Z",
      "2024-09-15T09:00:00z",
    ]) {
      expect(refusal(text), text).toMatch(/时间格式不正确/);
    }
    expect(refusal("2023-02-29T09:00:00Z")).toMatch(/不存在/);
    expect(refusal("2024-13-01T09:00:00Z")).toMatch(/不存在/);
    expect(refusal("2024-09-15T24:00:00Z")).toMatch(/不存在/);
    expect(refusal("2024-09-15T09:60:00Z")).toMatch(/不存在/);
    expect(refusal("2024-09-15T09:00:60Z")).toMatch(/不存在/);
    expect(refusal("2024-09-15T09:00:00+15:00")).toMatch(/时区偏移/);
  });
});

describe("calendar days are Shanghai days", () => {
  it("reads YYYY-MM-DD strictly", () => {
    expect(readDay("2024-09-15")).toEqual({ ok: true, value: "2024-09-15" });
    for (const text of ["2024-9-15", "2024-09-15T00:00:00Z", "Sep 15 2024", "2023-02-29", ""]) {
      expect(readDay(text).ok, text).toBe(false);
    }
  });

  it("puts an instant on its Shanghai day, not its UTC day", () => {
    // 00:30 on 15 September in Beijing is 16:30 UTC on the 14th.
    const halfPastMidnight = new Date("2024-09-14T16:30:00Z");
    expect(halfPastMidnight.toISOString().slice(0, 10)).toBe("2024-09-14");
    expect(shanghaiDayOf(halfPastMidnight)).toBe("2024-09-15");
    expect(shanghaiToday(new Date("2024-09-15T15:59:59.999Z"))).toBe("2024-09-15");
    expect(shanghaiToday(new Date("2024-09-15T16:00:00Z"))).toBe("2024-09-16");
  });

  it("agrees with the IANA zone through Intl over the years the platform spans", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });
    for (let t = Date.UTC(1992, 0, 1); t < Date.UTC(2040, 0, 1); t += 7 * 3_600_000 * 24 + 3_599_000) {
      expect(shanghaiDayOf(new Date(t))).toBe(intl.format(new Date(t)));
    }
  });

  it("gives a day's bounds as instants, and day arithmetic across months and leap days", () => {
    expect(startOfShanghaiDay("2024-09-15").toISOString()).toBe("2024-09-14T16:00:00.000Z");
    expect(endOfShanghaiDay("2024-09-15").toISOString()).toBe("2024-09-15T16:00:00.000Z");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(() => startOfShanghaiDay("2024-02-30")).toThrow();
  });

  it("maps SQL date columns to days and back without shifting them", () => {
    expect(sqlDateFromDay("2024-09-15").toISOString()).toBe("2024-09-15T00:00:00.000Z");
    expect(dayFromSqlDate(sqlDateFromDay("2024-09-15"))).toBe("2024-09-15");
  });
});

describe("Shanghai wall-clock time for date-time inputs", () => {
  it("round-trips a deadline", () => {
    expect(toShanghaiWallClock("2024-09-30T16:00:00Z")).toBe("2024-10-01T00:00");
    expect(fromShanghaiWallClock("2024-10-01T00:00")).toBe("2024-10-01T00:00:00+08:00");
    expect(instant(fromShanghaiWallClock(toShanghaiWallClock("2024-11-15T09:30:00.000Z")))).toBe(
      "2024-11-15T09:30:00.000Z",
    );
  });
});

describe("display", () => {
  it("shows times in Asia/Shanghai whatever the machine's zone", () => {
    expect(formatDateTime("2024-09-15T01:00:00Z", "zh-CN")).toBe("2024年9月15日 09:00");
    expect(formatRange("2024-09-15T01:00:00Z", "2024-09-15T09:00:00Z", "zh-CN")).toBe("2024年9月15日 09:00 – 17:00");
    expect(formatRange("2024-09-15T01:00:00Z", "2024-09-16T09:00:00Z", "zh-CN")).toBe(
      "2024年9月15日 09:00 – 2024年9月16日 17:00",
    );
    expect(formatDay("2024-09-15", "zh-CN")).toBe("2024年9月15日");
  });

  it("writes dates as 年月日 in Chinese and with the month's name in English, never en-US's month/day/year", () => {
    // 2026-12-02 in Shanghai: en-US would write 12/02/2026, which reads as 12 February elsewhere.
    expect(formatDateTime("2026-12-02T01:05:00Z", "en")).toBe("2 Dec 2026, 09:05");
    expect(formatDateTime("2026-12-02T01:05:00Z", "en-US")).toBe("2 Dec 2026, 09:05");
    expect(formatDay("2026-12-02", "en")).toBe("2 December 2026");
    expect(formatDay("2026-12-02", "zh-CN")).toBe("2026年12月2日");
    expect(formatRange("2026-12-02T01:00:00Z", "2026-12-02T09:30:00Z", "en")).toBe("2 Dec 2026, 09:00 – 17:30");
    expect(formatRange("2026-12-02T01:00:00Z", "2026-12-03T09:00:00Z", "en")).toBe(
      "2 Dec 2026, 09:00 – 3 Dec 2026, 17:00",
    );
    expect(formatShortDateTime("2026-12-02T01:05:00Z", "en")).toBe("2 Dec 09:05");
    expect(formatShortDateTime("2026-12-02T01:05:00Z", "zh-CN")).toBe("12月2日 09:05");
  });

  it("takes the Shanghai calendar day, not the UTC one, at both ends of the day", () => {
    // 16:00Z is midnight the next day in Shanghai; 15:59Z is still the same day, at 23:59.
    expect(formatDateTime("2026-12-01T16:00:00Z", "en")).toBe("2 Dec 2026, 00:00");
    expect(formatDateTime("2026-12-01T16:00:00Z", "zh-CN")).toBe("2026年12月2日 00:00");
    expect(formatDateTime(new Date("2026-12-01T15:59:00Z"), "en")).toBe("1 Dec 2026, 23:59");
    expect(formatDateTime("2026-12-31T16:30:00Z", "en")).toBe("1 Jan 2027, 00:30");
    // Across Shanghai midnight a span is two days, though it is one UTC day.
    expect(formatRange("2026-12-01T15:00:00Z", "2026-12-01T17:00:00Z", "zh-CN")).toBe(
      "2026年12月1日 23:00 – 2026年12月2日 01:00",
    );
  });
});
