import { withNationalTree } from "./national-tree.js";
import type { DemoOrg, OrgKind, OrgLevel } from "./types.js";

/**
 * The demo slice of who takes part: 中国科协 and the national co-hosts of the 2023 and 2024 notices,
 * the 2023 special participating units, and three provinces (重庆, 湖南, 广东 with 深圳) with some of
 * their cities, districts, coordination bodies, societies, museums, bases, universities, enterprises
 * and parks. Contacts are fictional (phone numbers in the 6000xxxx / 8000xxxx ranges, example.org).
 */
const org = (
  id: string,
  name: string,
  kind: OrgKind,
  level: OrgLevel,
  parentId: string | null,
  extra: Partial<DemoOrg> = {},
): DemoOrg => ({ id, name, kind, level, parentId, ...extra });

/** The 20 ministries and bodies that co-host with 中国科协 in both 2023 (seed 001) and 2024 (seed 000). */
export const nationalCoHostIds = [
  "org-dept-publicity",
  "org-dept-cac",
  "org-dept-moe",
  "org-dept-most",
  "org-dept-caea",
  "org-dept-mnr",
  "org-dept-mee",
  "org-dept-mwr",
  "org-dept-moa",
  "org-dept-nhc",
  "org-dept-mem",
  "org-dept-sasac",
  "org-dept-cas",
  "org-dept-cae",
  "org-dept-nfga",
  "org-dept-acftu",
  "org-dept-cyl",
  "org-dept-acwf",
  "org-dept-cwa",
  "org-dept-acfic",
] as const;

const nationalCoHosts: DemoOrg[] = [
  ["中央宣传部", "OTHER"],
  ["中央网信办", "OTHER"],
  ["教育部", "DEPARTMENT"],
  ["科技部", "DEPARTMENT"],
  ["国家原子能机构", "DEPARTMENT"],
  ["自然资源部", "DEPARTMENT"],
  ["生态环境部", "DEPARTMENT"],
  ["水利部", "DEPARTMENT"],
  ["农业农村部", "DEPARTMENT"],
  ["国家卫生健康委", "DEPARTMENT"],
  ["应急管理部", "DEPARTMENT"],
  ["国务院国资委", "DEPARTMENT"],
  ["中国科学院", "OTHER"],
  ["中国工程院", "OTHER"],
  ["国家林草局", "DEPARTMENT"],
  ["全国总工会", "OTHER"],
  ["共青团中央", "OTHER"],
  ["全国妇联", "OTHER"],
  ["中国作协", "OTHER"],
  ["全国工商联", "OTHER"],
].map(([name, kind], index) =>
  org(nationalCoHostIds[index] as string, name as string, kind as OrgKind, "NATIONAL", null),
);

/** 2023's special participating units (特别参与单位), seed 001 (抄送). */
export const specialParticipantIds = [
  "org-sp-tsinghua",
  "org-sp-sinopec",
  "org-sp-boc",
  "org-sp-sclf",
  "org-sp-cccc",
  "org-sp-chnenergy",
  "org-sp-unicom",
  "org-sp-casc",
  "org-sp-ctg",
  "org-sp-cnpc",
] as const;

const specialParticipants: DemoOrg[] = [
  ["清华大学", "UNIVERSITY"],
  ["中国石化", "ENTERPRISE"],
  ["中国银行", "ENTERPRISE"],
  ["中国宋庆龄基金会", "OTHER"],
  ["中交集团", "ENTERPRISE"],
  ["国家能源集团", "ENTERPRISE"],
  ["中国联通", "ENTERPRISE"],
  ["航天科技", "ENTERPRISE"],
  ["中国三峡集团", "ENTERPRISE"],
  ["中国石油", "ENTERPRISE"],
].map(([name, kind], index) =>
  org(specialParticipantIds[index] as string, name as string, kind as OrgKind, "NATIONAL", null),
);

/** 重庆's 19 municipal co-hosts beside 市科协 (seed 002 §一(三)). */
export const chongqingCoHostIds = [
  "org-cq-dept-publicity",
  "org-cq-dept-cac",
  "org-cq-dept-edu",
  "org-cq-dept-sci",
  "org-cq-dept-planning",
  "org-cq-dept-eco",
  "org-cq-dept-water",
  "org-cq-dept-agri",
  "org-cq-dept-health",
  "org-cq-dept-emergency",
  "org-cq-dept-sasac",
  "org-cq-dept-forestry",
  "org-cq-dept-ip",
  "org-cq-dept-fic",
  "org-cq-dept-union",
  "org-cq-dept-youth",
  "org-cq-dept-women",
  "org-cq-dept-social-sci",
  "org-cq-dept-writers",
] as const;

/**
 * Names as the notice signs them (its closing signature block), short names as its §二(三) lists them.
 * Party organs and people's organisations are OTHER, as nationally; government departments DEPARTMENT.
 */
const chongqingCoHosts: DemoOrg[] = [
  ["中共重庆市委宣传部", "市委宣传部", "OTHER"],
  ["中共重庆市委网络安全和信息化委员会办公室", "市委网信办", "OTHER"],
  ["重庆市教育委员会", "市教委", "DEPARTMENT"],
  ["重庆市科学技术局", "市科技局", "DEPARTMENT"],
  ["重庆市规划和自然资源局", "市规划自然资源局", "DEPARTMENT"],
  ["重庆市生态环境局", "市生态环境局", "DEPARTMENT"],
  ["重庆市水利局", "市水利局", "DEPARTMENT"],
  ["重庆市农业农村委员会", "市农业农村委", "DEPARTMENT"],
  ["重庆市卫生健康委员会", "市卫生健康委", "DEPARTMENT"],
  ["重庆市应急管理局", "市应急管理局", "DEPARTMENT"],
  ["重庆市国有资产监督管理委员会", "市国资委", "DEPARTMENT"],
  ["重庆市林业局", "市林业局", "DEPARTMENT"],
  ["重庆市知识产权局", "市知识产权局", "DEPARTMENT"],
  ["重庆市工商业联合会", "市工商联", "OTHER"],
  ["重庆市总工会", "市总工会", "OTHER"],
  ["共青团重庆市委员会", "团市委", "OTHER"],
  ["重庆市妇女联合会", "市妇联", "OTHER"],
  ["重庆市社会科学界联合会", "市社科联", "OTHER"],
  ["重庆市作家协会", "市作协", "OTHER"],
].map(([name, shortName, kind], index) =>
  org(chongqingCoHostIds[index] as string, name as string, kind as OrgKind, "PROVINCIAL", null, {
    shortName: shortName as string,
  }),
);

/** The hand-made demo units; `orgs` below merges them into the national 科协 tree. */
const demoOrgs: DemoOrg[] = [
  org("org-cast", "中国科协", "ASSOCIATION", "NATIONAL", null, {
    shortName: "中国科协",
    address: "北京市海淀区复兴路3号",
    contacts: [{ name: "王晓明", title: "科普部干部", phone: "010-60000101", email: "kepu-demo@example.org" }],
  }),
  ...nationalCoHosts,
  ...specialParticipants,
  ...chongqingCoHosts,

  // 重庆 (a municipality: its districts and special zones sit directly under the municipal 科协)
  org("org-cq", "重庆市科协", "ASSOCIATION", "PROVINCIAL", "org-cast", {
    shortName: "市科协",
    regionCode: "500000",
    address: "重庆市渝北区青枫北路",
    contacts: [{ name: "李红", title: "科普部副部长", phone: "023-60000201", email: "cq-kepu@example.org" }],
  }),
  org("org-cq-yuzhong", "渝中区科协", "ASSOCIATION", "COUNTY", "org-cq", {
    regionCode: "500103",
    contacts: [{ name: "陈刚", title: "办公室主任", phone: "023-60000211", email: "yuzhong@example.org" }],
  }),
  org("org-cq-shapingba", "沙坪坝区科协", "ASSOCIATION", "COUNTY", "org-cq", { regionCode: "500106" }),
  org("org-cq-jiulongpo", "九龙坡区科协", "ASSOCIATION", "COUNTY", "org-cq", { regionCode: "500107" }),
  org("org-cq-beibei", "北碚区科协", "ASSOCIATION", "COUNTY", "org-cq", { regionCode: "500109" }),
  org("org-cq-liangjiang", "两江新区科协", "ASSOCIATION", "COUNTY", "org-cq"),
  org("org-cq-gaoxin", "重庆高新区科协", "ASSOCIATION", "COUNTY", "org-cq"),
  org("org-cq-wansheng", "万盛经开区科协", "ASSOCIATION", "COUNTY", "org-cq"),
  org("org-cq-museum", "重庆科技馆", "MUSEUM", "PROVINCIAL", "org-cq", { address: "重庆市江北区江北城文星门街7号" }),
  org("org-cq-natural-museum", "重庆自然博物馆", "BASE", "PROVINCIAL", "org-cq", {
    address: "重庆市北碚区金华路398号",
  }),
  org("org-cq-soc-meteo", "重庆市气象学会", "SOCIETY", "PROVINCIAL", "org-cq"),
  org("org-cq-cqu", "重庆大学科协", "UNIVERSITY", "GRASSROOTS", "org-cq-shapingba"),

  // 湖南
  org("org-hn", "湖南省科协", "ASSOCIATION", "PROVINCIAL", "org-cast", {
    shortName: "省科协",
    regionCode: "430000",
    address: "湖南省长沙市开福区",
    contacts: [{ name: "刘芳", title: "科普部部长", phone: "0731-60000301", email: "hn-kepu@example.org" }],
  }),
  org("org-hn-gangyao", "湖南省全民科学素质纲要实施工作办公室", "COORDINATION_BODY", "PROVINCIAL", "org-hn", {
    shortName: "省纲要办",
  }),
  org("org-hn-dept-edu", "湖南省教育厅", "DEPARTMENT", "PROVINCIAL", null),
  org("org-hn-dept-sci", "湖南省科学技术厅", "DEPARTMENT", "PROVINCIAL", null),
  org("org-hn-dept-health", "湖南省卫生健康委员会", "DEPARTMENT", "PROVINCIAL", null),
  org("org-hn-changsha", "长沙市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", {
    regionCode: "430100",
    contacts: [{ name: "周敏", title: "科普部部长", phone: "0731-60000311", email: "changsha@example.org" }],
  }),
  org("org-hn-changsha-yuelu", "岳麓区科协", "ASSOCIATION", "COUNTY", "org-hn-changsha", { regionCode: "430104" }),
  org("org-hn-changsha-kaifu", "开福区科协", "ASSOCIATION", "COUNTY", "org-hn-changsha", { regionCode: "430105" }),
  org("org-hn-changsha-park", "长沙高新区科协", "PARK", "COUNTY", "org-hn-changsha"),
  org("org-hn-zhuzhou", "株洲市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", { regionCode: "430200" }),
  org("org-hn-zhuzhou-crrc", "中车株洲电力机车有限公司科协", "ENTERPRISE", "GRASSROOTS", "org-hn-zhuzhou"),
  org("org-hn-xiangtan", "湘潭市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", { regionCode: "430300" }),
  org("org-hn-yueyang", "岳阳市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", { regionCode: "430600" }),
  org("org-hn-xiangxi", "湘西土家族苗族自治州科协", "ASSOCIATION", "PREFECTURAL", "org-hn", {
    shortName: "湘西州科协",
    regionCode: "433100",
  }),
  org("org-hn-museum", "湖南省科学技术馆", "MUSEUM", "PROVINCIAL", "org-hn", {
    address: "湖南省长沙市岳麓区桐梓坡西路",
  }),
  org("org-hn-base-rice", "隆平水稻博物馆", "BASE", "GRASSROOTS", "org-hn-changsha", {
    address: "湖南省长沙市芙蓉区远大二路",
  }),
  org("org-hn-soc-nutrition", "湖南省营养学会", "SOCIETY", "PROVINCIAL", "org-hn"),
  org("org-hn-soc-meteo", "湖南省气象学会", "SOCIETY", "PROVINCIAL", "org-hn"),
  org("org-hn-csu", "中南大学科协", "UNIVERSITY", "GRASSROOTS", "org-hn-changsha-yuelu"),

  // 广东 and 深圳 (a sub-provincial city)
  org("org-gd", "广东省科协", "ASSOCIATION", "PROVINCIAL", "org-cast", { regionCode: "440000" }),
  org("org-gz", "广州市科协", "ASSOCIATION", "PREFECTURAL", "org-gd", { regionCode: "440100" }),
  org("org-sz", "深圳市科协", "ASSOCIATION", "PREFECTURAL", "org-gd", {
    regionCode: "440300",
    contacts: [{ name: "黄伟", title: "科普部干部", phone: "0755-80000401", email: "sz-kepu@example.org" }],
  }),
  org("org-sz-lianxi", "深圳市科普工作联席会议办公室", "COORDINATION_BODY", "PREFECTURAL", "org-sz"),
  org("org-sz-dept-edu", "深圳市教育局", "DEPARTMENT", "PREFECTURAL", null),
  org("org-sz-dept-health", "深圳市卫生健康委员会", "DEPARTMENT", "PREFECTURAL", null),
  org("org-sz-futian", "福田区科协", "ASSOCIATION", "COUNTY", "org-sz", { regionCode: "440304" }),
  org("org-sz-nanshan", "南山区科协", "ASSOCIATION", "COUNTY", "org-sz", { regionCode: "440305" }),
  org("org-sz-longgang", "龙岗区科协", "ASSOCIATION", "COUNTY", "org-sz", { regionCode: "440307" }),
  org("org-sz-museum", "深圳科学技术馆", "MUSEUM", "PREFECTURAL", "org-sz"),
  org("org-sz-sustech", "南方科技大学科协", "UNIVERSITY", "GRASSROOTS", "org-sz-nanshan"),

  // National societies and venues
  org("org-soc-cms", "中国气象学会", "SOCIETY", "NATIONAL", "org-cast"),
  org("org-soc-cns", "中国营养学会", "SOCIETY", "NATIONAL", "org-cast"),
  org("org-museum-cstm", "中国科学技术馆", "MUSEUM", "NATIONAL", "org-cast", { address: "北京市朝阳区北辰东路5号" }),
];

/** Every unit of the demo: the national 科协 tree (about 3,200 units) with the demo units merged in. */
export const orgs: DemoOrg[] = withNationalTree(demoOrgs);
