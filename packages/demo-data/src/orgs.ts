import type { DemoOrg, OrgKind, OrgLevel } from "./types.js";

/**
 * The demo slice of who takes part: 中国科协 and the national co-hosts of the 2023 and 2024 notices,
 * the 2023 special participating units, and three provinces (重庆, 湖南, 广东 with 深圳) with some of
 * their cities, districts, coordination bodies, co-hosting departments, societies, museums, bases,
 * universities, enterprises and parks.
 *
 * Contacts are fictional: names invented, phone numbers in the obviously fake 6000xxxx range of the
 * right area code, e-mail addresses at example.org. Nothing is copied from the notices.
 *
 * Government departments are roots (parentId null): they sit outside the 科协 tree, and their tie to a
 * campaign is a host role (CO_HOST, MEMBER), not a parent.
 */
const org = (
  id: string,
  name: string,
  kind: OrgKind,
  level: OrgLevel,
  parentId: string | null,
  extra: Partial<DemoOrg> = {},
): DemoOrg => ({ id, name, kind, level, parentId, ...extra });

type Contact = NonNullable<DemoOrg["contacts"]>[number];
const contact = (name: string, title: string, phone: string, email: string): Contact => ({ name, title, phone, email });

/**
 * The 20 bodies that co-host with 中国科协. The 2024 list (seed 000, §三(三)) and the 2023 list (seed
 * 001, signatures) are identical, so the union is these 20; with 中国科协 they are the 21 hosts.
 */
const nationalCoHostList = [
  ["org-dept-publicity", "中央宣传部"],
  ["org-dept-cac", "中央网信办"],
  ["org-dept-moe", "教育部"],
  ["org-dept-most", "科技部"],
  ["org-dept-caea", "国家原子能机构"],
  ["org-dept-mnr", "自然资源部"],
  ["org-dept-mee", "生态环境部"],
  ["org-dept-mwr", "水利部"],
  ["org-dept-moa", "农业农村部"],
  ["org-dept-nhc", "国家卫生健康委"],
  ["org-dept-mem", "应急管理部"],
  ["org-dept-sasac", "国务院国资委"],
  ["org-dept-cas", "中国科学院"],
  ["org-dept-cae", "中国工程院"],
  ["org-dept-nfga", "国家林草局"],
  ["org-dept-acftu", "全国总工会"],
  ["org-dept-cyl", "共青团中央"],
  ["org-dept-acwf", "全国妇联"],
  ["org-dept-cwa", "中国作协"],
  ["org-dept-acfic", "全国工商联"],
] as const;

export const nationalCoHostIds: readonly string[] = nationalCoHostList.map(([id]) => id);

const nationalCoHosts: DemoOrg[] = nationalCoHostList.map(([id, name]) =>
  org(id, name, "DEPARTMENT", "NATIONAL", null),
);

/** 2023's special participating units (特别参与单位, seed 001 §三(五)5 and 抄送), with their themes. */
const specialParticipantList: [id: string, name: string, kind: OrgKind][] = [
  ["org-sp-tsinghua", "清华大学", "UNIVERSITY"], // 科学与艺术
  ["org-sp-sinopec", "中国石化", "ENTERPRISE"], // 能源化工
  ["org-sp-boc", "中国银行", "ENTERPRISE"], // 金融风险防范
  ["org-sp-sclf", "中国宋庆龄基金会", "OTHER"], // 青少年科学教育
  ["org-sp-cccc", "中交集团", "ENTERPRISE"], // 城市更新与光影技术
  ["org-sp-chnenergy", "国家能源集团", "ENTERPRISE"], // 煤炭清洁高效利用
  ["org-sp-unicom", "中国联通", "ENTERPRISE"], // 数字智能
  ["org-sp-casc", "航天科技", "ENTERPRISE"], // 生活中的航天科技
  ["org-sp-ctg", "中国三峡集团", "ENTERPRISE"], // 探索大国重器
  ["org-sp-cnpc", "中国石油", "ENTERPRISE"], // 深地
];

export const specialParticipantIds: readonly string[] = specialParticipantList.map(([id]) => id);

const specialParticipants: DemoOrg[] = specialParticipantList.map(([id, name, kind]) =>
  org(id, name, kind, "NATIONAL", null),
);

/** 重庆's 19 municipal co-hosts beside 市科协, in the order of seed 002 §二(三). */
const chongqingCoHostList = [
  ["org-cq-dept-publicity", "中共重庆市委宣传部", "市委宣传部"],
  ["org-cq-dept-cac", "中共重庆市委网络安全和信息化委员会办公室", "市委网信办"],
  ["org-cq-dept-edu", "重庆市教育委员会", "市教委"],
  ["org-cq-dept-sci", "重庆市科学技术局", "市科技局"],
  ["org-cq-dept-planning", "重庆市规划和自然资源局", "市规划自然资源局"],
  ["org-cq-dept-eco", "重庆市生态环境局", "市生态环境局"],
  ["org-cq-dept-water", "重庆市水利局", "市水利局"],
  ["org-cq-dept-agri", "重庆市农业农村委员会", "市农业农村委"],
  ["org-cq-dept-health", "重庆市卫生健康委员会", "市卫生健康委"],
  ["org-cq-dept-emergency", "重庆市应急管理局", "市应急管理局"],
  ["org-cq-dept-sasac", "重庆市国有资产监督管理委员会", "市国资委"],
  ["org-cq-dept-forestry", "重庆市林业局", "市林业局"],
  ["org-cq-dept-ip", "重庆市知识产权局", "市知识产权局"],
  ["org-cq-dept-fic", "重庆市工商业联合会", "市工商联"],
  ["org-cq-dept-union", "重庆市总工会", "市总工会"],
  ["org-cq-dept-youth", "共青团重庆市委员会", "团市委"],
  ["org-cq-dept-women", "重庆市妇女联合会", "市妇联"],
  ["org-cq-dept-social-sci", "重庆市社会科学界联合会", "市社科联"],
  ["org-cq-dept-writers", "重庆市作家协会", "市作协"],
] as const;

export const chongqingCoHostIds: readonly string[] = chongqingCoHostList.map(([id]) => id);

const chongqingCoHosts: DemoOrg[] = chongqingCoHostList.map(([id, name, shortName]) =>
  org(id, name, "DEPARTMENT", "PROVINCIAL", null, { shortName, regionCode: "500000" }),
);

/** Member units (成员单位) of 湖南省纲要办 in the demo: provincial departments and the women's federation. */
export const hunanMemberUnitIds: readonly string[] = [
  "org-hn-dept-edu",
  "org-hn-dept-sci",
  "org-hn-dept-health",
  "org-hn-dept-agri",
  "org-hn-dept-women",
];

/**
 * Member units of 深圳市科普工作联席会议 in the demo. Seed 004 does not list them; these are departments
 * whose fields the notice names (科学教育, 卫生健康, 科技创新, 应急/气象科普).
 */
export const shenzhenMemberUnitIds: readonly string[] = [
  "org-sz-dept-edu",
  "org-sz-dept-health",
  "org-sz-dept-sci",
  "org-sz-dept-meteo",
];

export const orgs: DemoOrg[] = [
  // ── National ──────────────────────────────────────────────────────────────────────────────
  org("org-cast", "中国科协", "ASSOCIATION", "NATIONAL", null, {
    shortName: "中国科协",
    address: "北京市海淀区复兴路3号",
    contacts: [
      contact("李文博", "科普部干部", "010-60000101", "cast-kepu@example.org"),
      contact("孙雅琴", "科普活动中心项目主管", "010-60000102", "kepuri-demo@example.org"),
    ],
  }),
  ...nationalCoHosts,
  ...specialParticipants,
  org("org-museum-cstm", "中国科学技术馆", "MUSEUM", "NATIONAL", "org-cast", {
    shortName: "中国科技馆",
    regionCode: "110105",
    address: "北京市朝阳区北辰东路5号",
    contacts: [contact("高远", "展览教育中心主任", "010-60000111", "cstm-demo@example.org")],
  }),
  org("org-soc-cms", "中国气象学会", "SOCIETY", "NATIONAL", "org-cast", {
    address: "北京市海淀区中关村南大街46号",
    contacts: [contact("许晴", "科普部干部", "010-60000121", "cms-demo@example.org")],
  }),
  org("org-soc-cns", "中国营养学会", "SOCIETY", "NATIONAL", "org-cast"),
  org("org-soc-cnrta", "中国农村专业技术协会", "SOCIETY", "NATIONAL", "org-cast", { shortName: "中国农技协" }),
  org("org-soc-cpwa", "中国科普作家协会", "SOCIETY", "NATIONAL", "org-cast", { shortName: "中国科普作协" }),

  // ── 重庆 (a municipality: districts and special zones sit directly under the municipal 科协) ──
  org("org-cq", "重庆市科协", "ASSOCIATION", "PROVINCIAL", "org-cast", {
    shortName: "市科协",
    regionCode: "500000",
    address: "重庆市渝北区青枫北路",
    contacts: [
      contact("何静", "科学技术普及部副部长", "023-60000201", "cq-kepu@example.org"),
      contact("唐亮", "科学技术普及部干事", "023-60000202", "cq-kepu-2@example.org"),
    ],
  }),
  ...chongqingCoHosts,
  org("org-cq-yuzhong", "渝中区科协", "ASSOCIATION", "COUNTY", "org-cq", {
    regionCode: "500103",
    contacts: [contact("陈刚", "办公室主任", "023-60000211", "yuzhong-kx@example.org")],
  }),
  org("org-cq-jiangbei", "江北区科协", "ASSOCIATION", "COUNTY", "org-cq", { regionCode: "500105" }),
  org("org-cq-shapingba", "沙坪坝区科协", "ASSOCIATION", "COUNTY", "org-cq", { regionCode: "500106" }),
  org("org-cq-jiulongpo", "九龙坡区科协", "ASSOCIATION", "COUNTY", "org-cq", {
    regionCode: "500107",
    contacts: [contact("冉晓燕", "科普科科长", "023-60000212", "jiulongpo-kx@example.org")],
  }),
  org("org-cq-beibei", "北碚区科协", "ASSOCIATION", "COUNTY", "org-cq", { regionCode: "500109" }),
  org("org-cq-yubei", "渝北区科协", "ASSOCIATION", "COUNTY", "org-cq", { regionCode: "500112" }),
  // Special zones: no GB/T 2260 code of their own.
  org("org-cq-liangjiang", "两江新区科协", "ASSOCIATION", "COUNTY", "org-cq"),
  org("org-cq-gaoxin", "重庆高新区科协", "ASSOCIATION", "COUNTY", "org-cq"),
  org("org-cq-wansheng", "万盛经开区科协", "ASSOCIATION", "COUNTY", "org-cq"),
  org("org-cq-museum", "重庆科技馆", "MUSEUM", "PROVINCIAL", "org-cq", {
    regionCode: "500105",
    address: "重庆市江北区江北城文星门街7号",
    contacts: [contact("罗丹", "展览教育部部长", "023-60000221", "cqstm-demo@example.org")],
  }),
  org("org-cq-natural-museum", "重庆自然博物馆", "MUSEUM", "PROVINCIAL", "org-cq", {
    regionCode: "500109",
    address: "重庆市北碚区金华路398号",
  }),
  org("org-cq-base-xibu", "中国西部科学院旧址科学家精神教育基地", "BASE", "COUNTY", "org-cq-beibei", {
    shortName: "中国西部科学院旧址",
    regionCode: "500109",
    address: "重庆市北碚区文星湾",
  }),
  org("org-cq-soc-meteo", "重庆市气象学会", "SOCIETY", "PROVINCIAL", "org-cq"),
  org("org-cq-cqu", "重庆大学科协", "UNIVERSITY", "GRASSROOTS", "org-cq", {
    regionCode: "500106",
    address: "重庆市沙坪坝区沙正街174号",
  }),
  org("org-cq-changan", "重庆长安汽车股份有限公司科协", "ENTERPRISE", "GRASSROOTS", "org-cq-liangjiang", {
    shortName: "长安汽车科协",
  }),

  // ── 湖南 (the 纲要办 runs the campaign; 市州科协 and 省级学会 recommend under quotas) ────────────
  org("org-hn", "湖南省科协", "ASSOCIATION", "PROVINCIAL", "org-cast", {
    shortName: "省科协",
    regionCode: "430000",
    address: "湖南省长沙市开福区",
    contacts: [
      contact("刘芳", "科普部部长", "0731-60000301", "hn-kepu@example.org"),
      contact("谭志强", "科普部干部", "0731-60000303", "hn-kepu-2@example.org"),
    ],
  }),
  org("org-hn-gangyao", "湖南省全民科学素质纲要实施工作办公室", "COORDINATION_BODY", "PROVINCIAL", "org-hn", {
    shortName: "省纲要办",
    regionCode: "430000",
    contacts: [contact("邓凯", "纲要办秘书", "0731-60000302", "hn-gangyao@example.org")],
  }),
  org("org-hn-dept-edu", "湖南省教育厅", "DEPARTMENT", "PROVINCIAL", null, {
    regionCode: "430000",
    contacts: [contact("何平", "基础教育处干部", "0731-60000351", "hn-edu-demo@example.org")],
  }),
  org("org-hn-dept-sci", "湖南省科学技术厅", "DEPARTMENT", "PROVINCIAL", null, {
    shortName: "湖南省科技厅",
    regionCode: "430000",
  }),
  org("org-hn-dept-health", "湖南省卫生健康委员会", "DEPARTMENT", "PROVINCIAL", null, {
    shortName: "湖南省卫生健康委",
    regionCode: "430000",
    contacts: [contact("曾琳", "宣传处干部", "0731-60000352", "hn-health-demo@example.org")],
  }),
  org("org-hn-dept-agri", "湖南省农业农村厅", "DEPARTMENT", "PROVINCIAL", null, { regionCode: "430000" }),
  org("org-hn-dept-women", "湖南省妇女联合会", "DEPARTMENT", "PROVINCIAL", null, {
    shortName: "湖南省妇联",
    regionCode: "430000",
  }),
  org("org-hn-changsha", "长沙市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", {
    regionCode: "430100",
    contacts: [contact("周敏", "科普部部长", "0731-60000311", "changsha-kx@example.org")],
  }),
  org("org-hn-changsha-furong", "芙蓉区科协", "ASSOCIATION", "COUNTY", "org-hn-changsha", { regionCode: "430102" }),
  org("org-hn-changsha-yuelu", "岳麓区科协", "ASSOCIATION", "COUNTY", "org-hn-changsha", { regionCode: "430104" }),
  org("org-hn-changsha-kaifu", "开福区科协", "ASSOCIATION", "COUNTY", "org-hn-changsha", {
    regionCode: "430105",
    contacts: [contact("赵磊", "科普股股长", "0731-60000321", "kaifu-kx@example.org")],
  }),
  org("org-hn-changsha-liuyang", "浏阳市科协", "ASSOCIATION", "COUNTY", "org-hn-changsha", { regionCode: "430181" }),
  org("org-hn-changsha-park", "长沙高新区科协", "PARK", "COUNTY", "org-hn-changsha", {
    address: "湖南省长沙市岳麓区麓谷",
  }),
  org("org-hn-zhuzhou", "株洲市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", {
    regionCode: "430200",
    contacts: [contact("彭雪", "科普部部长", "0731-60000312", "zhuzhou-kx@example.org")],
  }),
  org("org-hn-zhuzhou-crrc", "中车株洲电力机车有限公司科协", "ENTERPRISE", "GRASSROOTS", "org-hn-zhuzhou", {
    shortName: "中车株机科协",
    regionCode: "430204",
    address: "湖南省株洲市石峰区田心",
  }),
  org("org-hn-xiangtan", "湘潭市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", { regionCode: "430300" }),
  org("org-hn-yueyang", "岳阳市科协", "ASSOCIATION", "PREFECTURAL", "org-hn", {
    regionCode: "430600",
    contacts: [contact("易海波", "科普部部长", "0730-60000313", "yueyang-kx@example.org")],
  }),
  org("org-hn-xiangxi", "湘西土家族苗族自治州科协", "ASSOCIATION", "PREFECTURAL", "org-hn", {
    shortName: "湘西州科协",
    regionCode: "433100",
  }),
  org("org-hn-museum", "湖南省科学技术馆", "MUSEUM", "PROVINCIAL", "org-hn", {
    shortName: "湖南省科技馆",
    regionCode: "430104",
    address: "湖南省长沙市岳麓区桐梓坡西路",
  }),
  org("org-hn-base-rice", "隆平水稻博物馆", "BASE", "GRASSROOTS", "org-hn-changsha", {
    regionCode: "430102",
    address: "湖南省长沙市芙蓉区远大二路",
    contacts: [contact("吴敏", "社会教育部主任", "0731-60000324", "rice-museum-demo@example.org")],
  }),
  org("org-hn-soc-nutrition", "湖南省营养学会", "SOCIETY", "PROVINCIAL", "org-hn", {
    contacts: [contact("冯丽", "秘书长", "0731-60000341", "hn-nutrition-demo@example.org")],
  }),
  org("org-hn-soc-meteo", "湖南省气象学会", "SOCIETY", "PROVINCIAL", "org-hn"),
  org("org-hn-csu", "中南大学科协", "UNIVERSITY", "GRASSROOTS", "org-hn", {
    regionCode: "430104",
    address: "湖南省长沙市岳麓区麓山南路932号",
  }),

  // ── 广东 and 深圳 (a sub-provincial city, level PREFECTURAL) ─────────────────────────────────
  org("org-gd", "广东省科协", "ASSOCIATION", "PROVINCIAL", "org-cast", {
    shortName: "省科协",
    regionCode: "440000",
    address: "广东省广州市越秀区",
    contacts: [contact("梁嘉怡", "科普部干部", "020-60000501", "gd-kepu@example.org")],
  }),
  org("org-gz", "广州市科协", "ASSOCIATION", "PREFECTURAL", "org-gd", { regionCode: "440100" }),
  org("org-sz", "深圳市科协", "ASSOCIATION", "PREFECTURAL", "org-gd", {
    shortName: "市科协",
    regionCode: "440300",
    address: "广东省深圳市福田区上步中路1003号",
    contacts: [contact("黄伟", "科普部干部", "0755-60000401", "sz-kepu@example.org")],
  }),
  org("org-sz-lianxi", "深圳市科普工作联席会议办公室", "COORDINATION_BODY", "PREFECTURAL", "org-sz", {
    shortName: "市科普联席办",
    regionCode: "440300",
    contacts: [contact("钟慧", "联席办联络员", "0755-60000402", "sz-lianxi@example.org")],
  }),
  org("org-sz-dept-edu", "深圳市教育局", "DEPARTMENT", "PREFECTURAL", null, { regionCode: "440300" }),
  org("org-sz-dept-health", "深圳市卫生健康委员会", "DEPARTMENT", "PREFECTURAL", null, {
    shortName: "深圳市卫生健康委",
    regionCode: "440300",
  }),
  org("org-sz-dept-sci", "深圳市科技创新局", "DEPARTMENT", "PREFECTURAL", null, { regionCode: "440300" }),
  org("org-sz-dept-meteo", "深圳市气象局", "DEPARTMENT", "PREFECTURAL", null, { regionCode: "440300" }),
  org("org-sz-futian", "福田区科协", "ASSOCIATION", "COUNTY", "org-sz", { regionCode: "440304" }),
  org("org-sz-nanshan", "南山区科协", "ASSOCIATION", "COUNTY", "org-sz", {
    regionCode: "440305",
    contacts: [contact("林晓", "科普科科长", "0755-60000411", "nanshan-kx@example.org")],
  }),
  org("org-sz-baoan", "宝安区科协", "ASSOCIATION", "COUNTY", "org-sz", { regionCode: "440306" }),
  org("org-sz-longgang", "龙岗区科协", "ASSOCIATION", "COUNTY", "org-sz", { regionCode: "440307" }),
  org("org-sz-museum", "深圳市科学馆", "MUSEUM", "PREFECTURAL", "org-sz", {
    shortName: "深圳科学馆",
    regionCode: "440304",
    address: "广东省深圳市福田区上步中路1003号",
    contacts: [contact("邱明", "展教部主管", "0755-60000421", "sz-museum-demo@example.org")],
  }),
  org("org-sz-sustech", "南方科技大学科协", "UNIVERSITY", "GRASSROOTS", "org-sz", {
    shortName: "南科大科协",
    regionCode: "440305",
    address: "广东省深圳市南山区学苑大道1088号",
  }),
];
