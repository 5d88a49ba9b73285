import { describe, expect, it } from "vitest";
import { dayRangeInstants, discoveryFilterSchema, modesFor } from "./discovery-filter.js";
import { boundingBoxAround, haversineKm, northOf, pointProblem, radiusProblem } from "./geo.js";
import { cellDegreesAt, mapViewProblem, paddedViewport } from "./map-grid.js";
import { regionCodeRange, regionWithin } from "./region.js";
import { searchQueryTermsOf, searchTermsOf, tsqueryOf } from "./search-terms.js";
import { minutesProblem, straightLineTravelModel, travelModes } from "./travel-time.js";

describe("search terms (Han bigrams and Latin words)", () => {
  it("cuts a title into overlapping pairs and the run's last character", () => {
    expect(searchTermsOf("青少年机器人编程体验营")).toEqual([
      "青少",
      "少年",
      "年机",
      "机器",
      "器人",
      "人编",
      "编程",
      "程体",
      "体验",
      "验营",
      "营",
    ]);
    expect(searchTermsOf("科")).toEqual(["科"]);
    expect(searchTermsOf("")).toEqual([]);
  });

  it("keeps Latin words and digits, lower-cased, after NFKC (full-width letters)", () => {
    expect(searchTermsOf("走进 AR/VR 展 2024")).toEqual(["走进", "进", "展", "ar", "vr", "2024"]);
    expect(searchTermsOf("ＲＯＢＯＴ")).toEqual(["robot"]);
  });

  it("the issue's examples: each query's terms are all among the title's", () => {
    const cases: [string, string, boolean][] = [
      ["编程", "青少年机器人编程体验营", true],
      ["机器人", "青少年机器人编程体验营", true],
      ["科技馆", "走进重庆科技馆动手搭建智能小车", true],
      ["科普", "全国科普日重庆主场活动", true],
      ["科普", "青少年机器人编程体验营", false],
      ["科技馆", "全国科普日重庆主场活动", false],
    ];
    for (const [query, title, found] of cases) {
      const stored = new Set(searchTermsOf(title));
      const matches = searchQueryTermsOf(query).every(({ term, prefix }) =>
        prefix ? [...stored].some((s) => s.startsWith(term)) : stored.has(term),
      );
      expect(matches, `${query} in ${title}`).toBe(found);
    }
  });

  it("writes a tsquery of quoted terms, prefixes for a lone character or a Latin word, null for nothing", () => {
    expect(tsqueryOf("机器人")).toBe("'机器' & '器人'");
    expect(tsqueryOf("馆 robo")).toBe("'馆':* & 'robo':*");
    expect(tsqueryOf("'; DROP TABLE x; --")).toBe("'drop':* & 'table':* & 'x':*");
    expect(tsqueryOf("，。！")).toBeNull();
  });
});

describe("regions (GB/T 2260)", () => {
  it("a province holds its cities and counties, a city its counties, a county itself", () => {
    expect(regionCodeRange("500000")).toEqual({ from: "500000", to: "510000" });
    expect(regionCodeRange("430100")).toEqual({ from: "430100", to: "430200" });
    expect(regionCodeRange("500103")).toEqual({ from: "500103", to: "500104" });
    expect(regionCodeRange("110000")).toEqual({ from: "110000", to: "120000" });
    expect(regionCodeRange("990000")).toEqual({ from: "990000", to: null });
    expect(regionCodeRange("5001")).toBeNull();
    for (const code of ["500103", "500000", "501234"]) {
      const range = regionCodeRange("500000");
      expect(code >= (range?.from ?? "") && code < (range?.to ?? "")).toBe(regionWithin(code, "500000"));
    }
    expect("510104" < (regionCodeRange("500000")?.to ?? "")).toBe(false);
  });
});

describe("geometry", () => {
  const jiefangbei = { latitude: 29.5576, longitude: 106.5775 };
  it("a point 2 km north of 解放碑 is 2 km away; 成都 is about 270 km", () => {
    expect(haversineKm(jiefangbei, northOf(jiefangbei, 2))).toBeCloseTo(2, 6);
    const chengdu = { latitude: 30.5728, longitude: 104.0668 };
    expect(haversineKm(jiefangbei, chengdu)).toBeGreaterThan(260);
    expect(haversineKm(jiefangbei, chengdu)).toBeLessThan(280);
  });

  it("the bounding box holds every point of the circle", () => {
    const box = boundingBoxAround(jiefangbei, 3);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      const dLat = (3 / 6371.0088) * Math.cos(rad) * (180 / Math.PI);
      const dLng =
        ((3 / 6371.0088) * Math.sin(rad) * (180 / Math.PI)) / Math.cos((jiefangbei.latitude * Math.PI) / 180);
      const p = { latitude: jiefangbei.latitude + dLat, longitude: jiefangbei.longitude + dLng };
      expect(p.latitude).toBeGreaterThanOrEqual(box.south);
      expect(p.latitude).toBeLessThanOrEqual(box.north);
      expect(p.longitude).toBeGreaterThanOrEqual(box.west);
      expect(p.longitude).toBeLessThanOrEqual(box.east);
    }
    expect(boundingBoxAround({ latitude: 89.99, longitude: 0 }, 50)).toMatchObject({ west: -180, east: 180 });
  });

  it("refuses a latitude of 106 (swapped) and names the field", () => {
    expect(pointProblem({ latitude: 106.5775, longitude: 29.5576 })?.field).toBe("latitude");
    expect(pointProblem({ latitude: 29.5, longitude: 181 })?.field).toBe("longitude");
    expect(pointProblem({ latitude: Number.NaN, longitude: 0 })?.field).toBe("latitude");
    expect(pointProblem(jiefangbei)).toBeNull();
    expect(radiusProblem(0)).not.toBeNull();
    expect(radiusProblem(201)).not.toBeNull();
    expect(radiusProblem(3)).toBeNull();
  });
});

describe("the travel-time model", () => {
  const model = straightLineTravelModel();
  it("30 minutes reach about 1.7 km walking, 4.3 km cycling and by transit, 7.7 km by car", () => {
    expect(model.reachKm("WALK", 30)).toBeCloseTo(1.731, 3);
    expect(model.reachKm("CYCLE", 30)).toBeCloseTo(4.308, 3);
    expect(model.reachKm("TRANSIT", 30)).toBeCloseTo(4.286, 3);
    expect(model.reachKm("CAR", 30)).toBeCloseTo(7.716, 3);
  });
  it("grows with time, and an overhead longer than the trip reaches nothing", () => {
    for (const mode of travelModes) expect(model.reachKm(mode, 60)).toBeGreaterThan(model.reachKm(mode, 30));
    expect(model.reachKm("TRANSIT", 5)).toBe(0);
    expect(minutesProblem(0)).not.toBeNull();
    expect(minutesProblem(121)).not.toBeNull();
    expect(minutesProblem(30)).toBeNull();
  });
});

describe("the discovery filter", () => {
  it("takes Shanghai days, inclusive, and refuses a reversed range or a short region code", () => {
    const { start, end } = dayRangeInstants({ from: "2024-09-20", to: "2024-09-20" });
    expect(start?.toISOString()).toBe("2024-09-19T16:00:00.000Z");
    expect(end?.toISOString()).toBe("2024-09-20T16:00:00.000Z");
    expect(discoveryFilterSchema.safeParse({ from: "2024-09-21", to: "2024-09-20" }).success).toBe(false);
    expect(discoveryFilterSchema.safeParse({ from: "2024-9-1" }).success).toBe(false);
    expect(discoveryFilterSchema.safeParse({ regionCode: "5001" }).success).toBe(false);
    expect(discoveryFilterSchema.parse({ text: "ｒｏｂｏｔ" }).text).toBe("robot");
  });
  it("online means online or hybrid; in person means offline or hybrid", () => {
    expect(modesFor(true)).toEqual(["ONLINE", "HYBRID"]);
    expect(modesFor(false)).toEqual(["OFFLINE", "HYBRID"]);
    expect(modesFor(null)).toBeNull();
  });
});

describe("the map grid", () => {
  it("cells halve with each zoom; bad views are refused", () => {
    expect(cellDegreesAt(5) / cellDegreesAt(6)).toBe(2);
    expect(mapViewProblem({ south: 20, north: 40, west: 100, east: 120 }, 5)).toBeNull();
    expect(mapViewProblem({ south: 40, north: 20, west: 100, east: 120 }, 5)?.field).toBe("bbox");
    expect(mapViewProblem({ south: 20, north: 40, west: 100, east: 120 }, 25)?.field).toBe("zoom");
    const padded = paddedViewport({ south: 20, north: 40, west: 100, east: 120 }, 5);
    expect(padded.south).toBeLessThan(20);
    expect(padded.east).toBeGreaterThan(120);
  });
});
