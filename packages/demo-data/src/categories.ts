import type { ActivityCategory, DemoActivity } from "./types.js";

/** An activity category of a campaign (issue 9 §1: categories are campaign data, added as rows). */
export interface DemoActivityCategory {
  id: string;
  campaignId: string;
  key: string;
  kind: ActivityCategory;
  nameZh: string;
  nameEn: string;
  position: number;
}

const category = (
  campaignId: string,
  position: number,
  kind: ActivityCategory,
  key: string,
  nameZh: string,
  nameEn: string,
): DemoActivityCategory => ({
  id: `cat-${campaignId}-${key.toLowerCase().replaceAll("_", "-")}`,
  campaignId,
  key,
  kind,
  nameZh,
  nameEn,
  position,
});

/**
 * The categories of the demo editions, from the notices in seeds/: 2024's key activities and joint
 * actions and main venue / 分会场 (000_… §二), 2023's special actions (001_…), and what the regional
 * editions add of their own (湖南: 巾帼科普, 省直单位, 基层; 深圳: 云上科普月). A regional edition
 * lists its national edition's categories after its own.
 */
export const activityCategories: DemoActivityCategory[] = [
  category("cmp-2024", 10, "KEY", "EXHIBITIONS", "千馆展览探未来", "Exhibitions in a thousand venues"),
  category("cmp-2024", 11, "KEY", "LECTURES", "万场报告话前沿", "Ten thousand frontier talks"),
  category("cmp-2024", 12, "KEY", "IP", "千万IP创科普", "Ten million science creators"),
  category("cmp-2024", 20, "JOINT_ACTION", "SOCIETIES", "学会科普联合行动", "Joint action of societies"),
  category("cmp-2024", 21, "JOINT_ACTION", "BASES", "科普阵地联合行动", "Joint action of science venues"),
  category("cmp-2024", 22, "JOINT_ACTION", "UNIVERSITIES", "高校科普联合行动", "Joint action of universities"),
  category("cmp-2024", 23, "JOINT_ACTION", "ENTERPRISES", "企业科普联合行动", "Joint action of enterprises"),
  category("cmp-2024", 24, "JOINT_ACTION", "PARKS", "园区科普联合行动", "Joint action of industrial parks"),
  category(
    "cmp-2024",
    25,
    "JOINT_ACTION",
    "RURAL",
    "农技协科普联合行动",
    "Joint action of rural technical associations",
  ),
  category(
    "cmp-2024",
    26,
    "JOINT_ACTION",
    "YOUTH",
    "青少年科学教育联合行动",
    "Joint action for young people's science education",
  ),
  category("cmp-2024", 30, "MAIN_VENUE", "MAIN_VENUE", "主场活动", "Main-venue activity"),
  category("cmp-2024", 31, "MAIN_VENUE", "BRANCH_VENUE", "分会场活动", "District branch-venue activity"),
  category("cmp-2023", 10, "MAIN_VENUE", "MAIN_VENUE", "主场活动", "Main-venue activity"),
  category("cmp-2023", 20, "JOINT_ACTION", "JOINT", "系列联合行动", "Joint action"),
  category("cmp-2023", 30, "SPECIAL_ACTION", "YOUTH", "青少年科普专项行动", "Special action for young people"),
  category(
    "cmp-2023",
    31,
    "SPECIAL_ACTION",
    "SCIENTISTS",
    "科学家讲科普（星空讲坛）",
    "Scientists speak (Starry-sky forum)",
  ),
  category(
    "cmp-2023",
    32,
    "SPECIAL_ACTION",
    "RURAL",
    "农技协科普专项行动",
    "Special action of rural technical associations",
  ),
  category(
    "cmp-2023",
    33,
    "SPECIAL_ACTION",
    "CLOUD",
    "云上科普日（一省一品一直播）",
    "Science Day online (one livestream per province)",
  ),
  category(
    "cmp-2023",
    34,
    "SPECIAL_ACTION",
    "SPECIAL_PARTICIPANTS",
    "特别参与单位专项行动",
    "Special participating units' programmes",
  ),
  category("cmp-2024-hn", 10, "JOINT_ACTION", "WOMEN", "巾帼科普", "Women's science outreach"),
  category(
    "cmp-2024-hn",
    11,
    "JOINT_ACTION",
    "PROVINCIAL_DEPARTMENTS",
    "省直单位科普行动",
    "Provincial departments' action",
  ),
  category("cmp-2024-hn", 12, "JOINT_ACTION", "GRASSROOTS", "基层科普行动", "Grassroots action"),
  category("cmp-2024-sz", 10, "SPECIAL_ACTION", "CLOUD_MONTH", "云上科普月", "Science Month online"),
];

const byProgramme: Record<string, string> = {
  千馆展览探未来: "EXHIBITIONS",
  万场报告话前沿: "LECTURES",
  科普中国·前沿讲坛: "LECTURES",
  千万IP创科普: "IP",
};

const defaultKey: Record<string, Record<ActivityCategory, string>> = {
  "cmp-2024": { KEY: "EXHIBITIONS", JOINT_ACTION: "BASES", MAIN_VENUE: "MAIN_VENUE", SPECIAL_ACTION: "BASES" },
  "cmp-2023": { KEY: "MAIN_VENUE", JOINT_ACTION: "JOINT", MAIN_VENUE: "MAIN_VENUE", SPECIAL_ACTION: "YOUTH" },
};

/**
 * The category a demo activity belongs to: by its programme where that names one of 2024's key
 * activities, else its edition's category of that kind (the national edition's for a regional one).
 */
export function categoryIdOf(activity: Pick<DemoActivity, "campaignId" | "category" | "programme">): string {
  const edition = activity.campaignId.startsWith("cmp-2023") ? "cmp-2023" : "cmp-2024";
  const key =
    (activity.programme && edition === "cmp-2024" ? byProgramme[activity.programme] : undefined) ??
    defaultKey[edition]?.[activity.category] ??
    "MAIN_VENUE";
  const found = activityCategories.find((c) => c.campaignId === edition && c.key === key);
  if (!found) throw new Error(`no demo category ${edition}/${key}`);
  return found.id;
}
