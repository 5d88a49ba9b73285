import { activities } from "@kepu/demo-data";
import { describe, expect, it } from "vitest";
import { provinceBoxes, regionBoxToleranceDegrees, regionPointProblem } from "./region-bounds.js";

describe("regionPointProblem", () => {
  it("refuses a 渝中区 point in Beijing, 长沙 or 成都, naming the code and the province", () => {
    for (const [latitude, longitude] of [
      [39.9087, 116.3975],
      [28.2282, 112.9388],
      [30.5728, 104.0668],
    ] as const) {
      expect(regionPointProblem("500103", { latitude, longitude })).toMatch(/不在行政区划 500103 所属的重庆市范围内/);
    }
  });

  it("accepts 解放碑 for 渝中区, a point just over the border within the tolerance, and any point for an unknown province", () => {
    expect(regionPointProblem("500103", { latitude: 29.5576, longitude: 106.5775 })).toBeNull();
    const cq = provinceBoxes["50"];
    expect(
      regionPointProblem("500103", { latitude: 29.5, longitude: (cq?.east ?? 0) + regionBoxToleranceDegrees / 2 }),
    ).toBeNull();
    expect(regionPointProblem("990101", { latitude: 0, longitude: 0 })).toBeNull();
  });

  it("has a box for every province-level division, each a real extent", () => {
    expect(Object.keys(provinceBoxes)).toHaveLength(34);
    for (const box of Object.values(provinceBoxes)) {
      expect(box.south).toBeLessThan(box.north);
      expect(box.west).toBeLessThan(box.east);
    }
  });

  it("accepts every seeded demo activity's point for its region", () => {
    const placed = activities.filter((a) => a.regionCode && a.latitude != null && a.longitude != null);
    expect(placed.length).toBeGreaterThan(100);
    const refused = placed
      .map((a) => [
        a.title,
        a.regionCode,
        regionPointProblem(String(a.regionCode), { latitude: Number(a.latitude), longitude: Number(a.longitude) }),
      ])
      .filter(([, , problem]) => problem);
    expect(refused).toEqual([]);
  });
});
