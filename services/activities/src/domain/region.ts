/**
 * GB/T 2260 administrative division codes: six digits, province XX0000, prefecture XXXX00, county
 * XXXXXX. A code lies within another when it shares the other's significant prefix (a province's
 * two digits, a prefecture's four, a county's six): 500103 (渝中区) lies within 500000 (重庆市).
 */
export function regionWithin(code: string, container: string): boolean {
  if (!/^\d{6}$/.test(code) || !/^\d{6}$/.test(container)) return false;
  const significant = container.endsWith("0000") ? 2 : container.endsWith("00") ? 4 : 6;
  return code.slice(0, significant) === container.slice(0, significant);
}

/**
 * Why an activity's region code does not fit its host (issue 9 §1: "region code checked against the
 * host's region"), or null when it fits: a host with a region of its own (a 科协 of a province, city
 * or county) hosts in that region only; a host without one (a ministry, a national society) anywhere.
 * The province part must be a real one (11–82; 71 台湾, 81/82 香港/澳门 included).
 */
export function regionProblem(code: string, hostRegionCode: string | null | undefined): string | null {
  const province = Number(code.slice(0, 2));
  if (province < 11 || province > 82) return "行政区划代码不存在（前两位应为省级代码）";
  if (hostRegionCode && !regionWithin(code, hostRegionCode)) {
    return `活动所在地区须在主办单位所在地区（${hostRegionCode}）之内`;
  }
  return null;
}

/**
 * The codes a region holds, as a half-open range on the code's text: a province (XX0000) holds
 * XX0000 up to (XX+1)0000, a prefecture (XXXX00) XXXX00 up to (XXXX+1)00, a county only itself. Codes are six
 * ASCII digits, so text order is number order and a b-tree range reads them (issue 9 §4: "a province
 * includes its cities and counties"). Null for a code that is not six digits.
 */
export function regionCodeRange(code: string): { from: string; to: string | null } | null {
  if (!/^\d{6}$/.test(code)) return null;
  const significant = code.endsWith("0000") ? 2 : code.endsWith("00") ? 4 : 6;
  const prefix = Number(code.slice(0, significant));
  const step = 10 ** (6 - significant);
  const next = (prefix + 1) * step;
  // Past 999999 there is no upper bound (no such region exists; kept total for any six digits).
  return { from: String(prefix * step).padStart(6, "0"), to: next >= 1_000_000 ? null : String(next).padStart(6, "0") };
}
