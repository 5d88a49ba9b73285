import type { DemoQuotaCategory } from "./types.js";

/**
 * Quota categories (推荐名额类别) are data of each campaign: which recommenders fall in each (by their
 * kind, level, or role among the campaign's hosts) and how many units and activities each may
 * recommend. A unit falls in the first matching category by position.
 */
export const quotaCategories: DemoQuotaCategory[] = [
  // 湖南 2024 (seed 003 §四(三)): 市州科协 ≤ 8 units / ≤ 6 activities, 省纲要办成员单位 ≤ 2 / ≤ 2,
  // 省级学会 ≤ 1 / ≤ 1; all recommend to 湖南省科协 (附件1/2: 湖南省科协审定意见).
  {
    id: "qc-2024-hn-member",
    campaignId: "cmp-2024-hn",
    name: "纲要办成员单位",
    position: 0,
    hostRoles: ["MEMBER"],
    maxUnits: 2,
    maxActivities: 2,
  },
  {
    id: "qc-2024-hn-prefectural",
    campaignId: "cmp-2024-hn",
    name: "市州科协",
    position: 1,
    orgKinds: ["ASSOCIATION"],
    orgLevels: ["PREFECTURAL"],
    maxUnits: 8,
    maxActivities: 6,
  },
  {
    id: "qc-2024-hn-society",
    campaignId: "cmp-2024-hn",
    name: "省级学会",
    position: 2,
    orgKinds: ["SOCIETY"],
    orgLevels: ["PROVINCIAL"],
    maxUnits: 1,
    maxActivities: 1,
  },
  // 重庆 and 深圳: their notices (seeds 002, 004) set no figures; these categories are illustrative
  // demo data showing a region defining its own (区县科协, 市级单位), not figures from a notice.
  {
    id: "qc-2024-cq-county",
    campaignId: "cmp-2024-cq",
    name: "区县科协",
    position: 0,
    orgKinds: ["ASSOCIATION"],
    orgLevels: ["COUNTY"],
    maxUnits: 3,
    maxActivities: 3,
  },
  {
    id: "qc-2024-cq-municipal",
    campaignId: "cmp-2024-cq",
    name: "市级科普阵地和学会",
    position: 1,
    orgKinds: ["MUSEUM", "BASE", "SOCIETY"],
    orgLevels: ["PROVINCIAL"],
    maxUnits: 1,
    maxActivities: 1,
  },
  {
    id: "qc-2024-sz-district",
    campaignId: "cmp-2024-sz",
    name: "区科协",
    position: 0,
    orgKinds: ["ASSOCIATION"],
    orgLevels: ["COUNTY"],
    maxUnits: 3,
    maxActivities: 3,
  },
];
