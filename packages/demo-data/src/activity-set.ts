import { orgs } from "./orgs.js";
import type { ActivityCategory, ActivityForm, Audience, DemoActivity, DemoSession } from "./types.js";

/**
 * A few hundred 2024 activities across 重庆, 湖南, 深圳 and national venues (issue 9 §9), made from
 * real venues (names, addresses, WGS-84 coordinates read off public maps, GB/T 2260 codes) and the
 * kinds of programme the 2024 notices name, so that the map, search, near-me, the calendar and
 * registration have something real-looking to show. Deterministic: the same ids and content on
 * every machine (a fixed-seed generator, no clock), so a seed re-run finds its own rows.
 *
 * Each activity has one to three sessions (场次); talks, hands-on classes, study tours and science
 * nights take registration with a capacity, and about one in eight such sessions is full, its places
 * taken by the demo visitors (`visitorAccounts`) and some of them waiting (候补).
 */

interface Venue {
  regionCode: string;
  venue: string;
  address: string;
  latitude: number;
  longitude: number;
  /** What kind of place, to choose fitting programmes. */
  kind: "MUSEUM" | "SCHOOL" | "PARK" | "COMMUNITY" | "UNIVERSITY" | "ENTERPRISE" | "RURAL" | "LIBRARY";
}

type Area = "cq" | "hn" | "sz" | "national";

const v = (
  regionCode: string,
  venue: string,
  address: string,
  latitude: number,
  longitude: number,
  kind: Venue["kind"],
): Venue => ({ regionCode, venue, address, latitude, longitude, kind });

const venues: Record<Area, Venue[]> = {
  cq: [
    v("500103", "重庆市图书馆", "重庆市沙坪坝区长滨路106号", 29.5616, 106.4614, "LIBRARY"),
    v("500103", "渝中区大坪街道社区服务中心", "重庆市渝中区大坪正街", 29.5429, 106.5187, "COMMUNITY"),
    v("500103", "重庆人民大礼堂广场", "重庆市渝中区人民路173号", 29.5626, 106.5503, "PARK"),
    v("500103", "重庆市巴蜀中学", "重庆市渝中区张家花园65号", 29.5604, 106.5462, "SCHOOL"),
    v("500105", "江北区观音桥商圈广场", "重庆市江北区观音桥步行街", 29.5752, 106.5312, "COMMUNITY"),
    v("500105", "重庆市第十八中学", "重庆市江北区红土地", 29.5823, 106.5412, "SCHOOL"),
    v("500105", "江北嘴中央公园", "重庆市江北区江北城", 29.5756, 106.5731, "PARK"),
    v("500106", "重庆师范大学", "重庆市沙坪坝区大学城中路37号", 29.6127, 106.3083, "UNIVERSITY"),
    v("500106", "沙坪公园", "重庆市沙坪坝区沙坪坝正街", 29.5592, 106.4602, "PARK"),
    v("500106", "重庆医科大学", "重庆市渝中区医学院路1号", 29.5415, 106.5278, "UNIVERSITY"),
    v("500107", "重庆动物园", "重庆市九龙坡区西郊路1号", 29.5089, 106.5094, "PARK"),
    v("500107", "九龙坡区图书馆", "重庆市九龙坡区杨家坪", 29.5049, 106.5148, "LIBRARY"),
    v("500108", "南山植物园", "重庆市南岸区南山街道", 29.5479, 106.6155, "PARK"),
    v("500108", "重庆邮电大学", "重庆市南岸区崇文路2号", 29.5318, 106.6078, "UNIVERSITY"),
    v("500108", "南岸区弹子石社区", "重庆市南岸区弹子石", 29.5789, 106.5947, "COMMUNITY"),
    v("500109", "缙云山国家级自然保护区", "重庆市北碚区缙云山", 29.8329, 106.3835, "PARK"),
    v("500109", "西南大学", "重庆市北碚区天生路2号", 29.8223, 106.4247, "UNIVERSITY"),
    v("500110", "綦江区文化馆", "重庆市綦江区古南街道", 29.0279, 106.6513, "COMMUNITY"),
    v("500112", "重庆园博园", "重庆市渝北区龙景路", 29.6441, 106.5533, "PARK"),
    v("500112", "渝北区空港新城社区", "重庆市渝北区双凤桥街道", 29.7193, 106.6329, "COMMUNITY"),
    v("500112", "重庆江北国际机场航空科普馆", "重庆市渝北区江北国际机场", 29.7197, 106.6417, "MUSEUM"),
    v("500113", "巴南区鱼洞滨江公园", "重庆市巴南区鱼洞街道", 29.3864, 106.5207, "PARK"),
    v("500101", "三峡移民纪念馆", "重庆市万州区江南新区", 30.7939, 108.4085, "MUSEUM"),
    v("500102", "涪陵区816工程景区", "重庆市涪陵区白涛街道", 29.5826, 107.4902, "MUSEUM"),
    v("500118", "永川区科技馆", "重庆市永川区兴龙大道", 29.3561, 105.9279, "MUSEUM"),
    v("500117", "合川区钓鱼城街道农业科技示范园", "重庆市合川区钓鱼城街道", 30.0177, 106.2902, "RURAL"),
    v("500116", "江津区几江街道科普广场", "重庆市江津区几江街道", 29.2902, 106.2593, "COMMUNITY"),
    v("500104", "大渡口区公园", "重庆市大渡口区松青路", 29.4846, 106.4827, "PARK"),
    v("500151", "铜梁区安居古城", "重庆市铜梁区安居镇", 30.0237, 105.9922, "RURAL"),
    v("500120", "璧山区秀湖公园", "重庆市璧山区璧泉街道", 29.5923, 106.2269, "PARK"),
  ],
  hn: [
    v("430102", "湖南省博物馆", "湖南省长沙市开福区东风路50号", 28.2117, 112.9937, "MUSEUM"),
    v("430104", "湖南大学", "湖南省长沙市岳麓区麓山南路2号", 28.1822, 112.9427, "UNIVERSITY"),
    v("430104", "湖南师范大学附属中学", "湖南省长沙市岳麓区", 28.1898, 112.9445, "SCHOOL"),
    v("430103", "长沙市天心区坡子街社区", "湖南省长沙市天心区坡子街", 28.1938, 112.9744, "COMMUNITY"),
    v("430105", "长沙市图书馆", "湖南省长沙市开福区芙蓉中路", 28.2316, 112.9839, "LIBRARY"),
    v("430111", "长沙园林生态园", "湖南省长沙市雨花区", 28.1162, 113.0468, "PARK"),
    v("430112", "望城区乔口渔都", "湖南省长沙市望城区乔口镇", 28.4167, 112.7383, "RURAL"),
    v("430121", "长沙县果园镇田汉故里", "湖南省长沙市长沙县果园镇", 28.4329, 113.1742, "RURAL"),
    v("430181", "浏阳市集里街道科普广场", "湖南省浏阳市集里街道", 28.1631, 113.6429, "COMMUNITY"),
    v("430203", "株洲市神农公园", "湖南省株洲市芦淞区", 27.8349, 113.1497, "PARK"),
    v("430302", "湘潭大学", "湖南省湘潭市雨湖区羊牯塘", 27.8854, 112.8699, "UNIVERSITY"),
    v("430405", "衡阳市珠晖区社区科普大学", "湖南省衡阳市珠晖区", 26.8948, 112.6266, "COMMUNITY"),
    v("430503", "邵阳市大祥区科技馆", "湖南省邵阳市大祥区", 27.2213, 111.4551, "MUSEUM"),
    v("430602", "岳阳楼景区", "湖南省岳阳市岳阳楼区洞庭北路", 29.3797, 113.0921, "PARK"),
    v("430702", "常德市柳叶湖", "湖南省常德市武陵区", 29.0717, 111.7202, "PARK"),
    v("430802", "张家界国家森林公园", "湖南省张家界市武陵源区", 29.3301, 110.4372, "PARK"),
    v("430902", "益阳市资阳区农技推广中心", "湖南省益阳市资阳区", 28.5915, 112.324, "RURAL"),
    v("431002", "郴州市北湖公园", "湖南省郴州市北湖区", 25.7834, 113.0163, "PARK"),
    v("431102", "永州市零陵古城", "湖南省永州市零陵区", 26.2207, 111.6253, "RURAL"),
    v("431202", "怀化市鹤城区图书馆", "湖南省怀化市鹤城区", 27.5491, 109.9936, "LIBRARY"),
    v("431302", "娄底市娄星区科技馆", "湖南省娄底市娄星区", 27.7261, 111.9942, "MUSEUM"),
    v("433101", "湘西州民族中学", "湖南省湘西州吉首市", 28.3119, 109.7279, "SCHOOL"),
  ],
  sz: [
    v("440303", "深圳市罗湖区图书馆", "广东省深圳市罗湖区文锦中路", 22.5465, 114.1275, "LIBRARY"),
    v("440303", "东门步行街", "广东省深圳市罗湖区东门", 22.5477, 114.1183, "COMMUNITY"),
    v("440304", "深圳市少年宫", "广东省深圳市福田区福中一路", 22.5493, 114.0591, "MUSEUM"),
    v("440304", "深圳中学", "广东省深圳市罗湖区人民北路", 22.5592, 114.1134, "SCHOOL"),
    v("440305", "深圳大学", "广东省深圳市南山区南海大道3688号", 22.5333, 113.9305, "UNIVERSITY"),
    v("440305", "深圳湾科技生态园", "广东省深圳市南山区高新南", 22.5282, 113.9525, "ENTERPRISE"),
    v("440305", "中国科学院深圳先进技术研究院", "广东省深圳市南山区西丽深圳大学城", 22.595, 113.9926, "UNIVERSITY"),
    v("440306", "宝安区图书馆", "广东省深圳市宝安区新安街道", 22.5543, 113.8836, "LIBRARY"),
    v("440306", "深圳国际会展中心", "广东省深圳市宝安区福海街道", 22.7051, 113.7803, "ENTERPRISE"),
    v("440307", "大运中心", "广东省深圳市龙岗区龙翔大道", 22.6981, 114.214, "PARK"),
    v("440307", "香港中文大学（深圳）", "广东省深圳市龙岗区龙翔大道2001号", 22.6921, 114.2105, "UNIVERSITY"),
    v("440308", "盐田区大梅沙海滨公园", "广东省深圳市盐田区大梅沙", 22.5946, 114.3047, "PARK"),
    v("440309", "龙华区观澜版画村", "广东省深圳市龙华区观澜街道", 22.7163, 114.0631, "RURAL"),
    v("440310", "坪山区图书馆", "广东省深圳市坪山区坪山大道", 22.69, 114.3469, "LIBRARY"),
    v("440311", "光明科学城启动区", "广东省深圳市光明区", 22.77, 113.9361, "ENTERPRISE"),
  ],
  national: [
    v("110105", "中国科学技术馆", "北京市朝阳区北辰东路5号", 40.0046, 116.3938, "MUSEUM"),
    v("110102", "北京天文馆", "北京市西城区西直门外大街138号", 39.9367, 116.3363, "MUSEUM"),
    v("110101", "国家自然博物馆", "北京市东城区天桥南大街126号", 39.8816, 116.4016, "MUSEUM"),
    v("110108", "中国科学院大学（中关村校区）", "北京市海淀区中关村南一条", 39.9793, 116.3265, "UNIVERSITY"),
    v("110108", "北京大学", "北京市海淀区颐和园路5号", 39.9869, 116.3059, "UNIVERSITY"),
    v("310115", "上海科技馆", "上海市浦东新区世纪大道2000号", 31.2196, 121.5428, "MUSEUM"),
    v("440113", "广东科学中心", "广东省广州市番禺区科普路168号", 23.0458, 113.3652, "MUSEUM"),
    v("510107", "四川科技馆", "四川省成都市青羊区人民中路一段16号", 30.6594, 104.0657, "MUSEUM"),
    v("420106", "湖北省科技馆", "湖北省武汉市武昌区东湖路", 30.5537, 114.3644, "MUSEUM"),
    v("610113", "陕西科学技术馆", "陕西省西安市雁塔区", 34.2255, 108.9537, "MUSEUM"),
  ],
};

/** The 2024 edition each area's activities belong to, with its window (seeds 000, 002–004). */
const editions: Record<Area, { campaignId: string; from: string; days: number }> = {
  national: { campaignId: "cmp-2024", from: "2024-09-15", days: 11 },
  cq: { campaignId: "cmp-2024-cq", from: "2024-09-15", days: 11 },
  hn: { campaignId: "cmp-2024-hn", from: "2024-09-15", days: 16 },
  sz: { campaignId: "cmp-2024-sz", from: "2024-09-01", days: 30 },
};

interface Programme {
  form: ActivityForm;
  extraForms?: ActivityForm[];
  category: ActivityCategory;
  programme?: string;
  kinds: Venue["kind"][];
  audiences: Audience[];
  /** Title from the topic and the venue. */
  title: (topic: string, venue: string) => string;
  summary: (topic: string, venue: string) => string;
  /** Local start hour and duration in hours; registration and capacity where it takes places. */
  hours: [from: number, length: number];
  capacity?: [min: number, max: number];
  /** Topics that fit this programme, when not every topic does. */
  topics?: string[];
}

const programmes: Programme[] = [
  {
    form: "EXHIBITION",
    extraForms: ["AR_VR"],
    category: "KEY",
    programme: "千馆展览探未来",
    kinds: ["MUSEUM", "LIBRARY"],
    audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"],
    title: (topic, venue) => `「${topic}」主题科普展·${venue}`,
    summary: (topic, venue) =>
      `${venue}推出${topic}主题展览，以实物、模型和互动装置介绍最新进展，设置讲解和体验环节，市民免费参观。`,
    hours: [9, 8],
  },
  {
    form: "LECTURE",
    category: "KEY",
    programme: "万场报告话前沿",
    kinds: ["UNIVERSITY", "LIBRARY", "MUSEUM", "SCHOOL"],
    audiences: ["GENERAL_PUBLIC", "STUDENTS_AND_YOUNG_RESEARCHERS"],
    title: (topic) => `科学家讲科普：${topic}前沿报告会`,
    summary: (topic, venue) =>
      `邀请一线科研人员在${venue}作${topic}前沿科普报告，介绍最新研究成果和科学家精神，现场答疑交流。`,
    hours: [14, 2],
    capacity: [60, 300],
  },
  {
    form: "EXPERIMENT",
    category: "JOINT_ACTION",
    programme: "青少年科学教育联合行动",
    kinds: ["SCHOOL", "MUSEUM", "LIBRARY", "COMMUNITY"],
    audiences: ["CHILDREN_AND_TEENAGERS"],
    title: (topic) => `小小科学家：${topic}动手实验课`,
    summary: (topic, venue) =>
      `在${venue}开设${topic}动手实验课，科技辅导员带领孩子完成实验、记录观察，家长可陪同参加。`,
    hours: [9, 2],
    capacity: [12, 40],
  },
  {
    form: "OPEN_DAY",
    category: "JOINT_ACTION",
    programme: "科普阵地联合行动",
    kinds: ["UNIVERSITY", "ENTERPRISE", "MUSEUM"],
    audiences: ["GENERAL_PUBLIC", "STUDENTS_AND_YOUNG_RESEARCHERS"],
    title: (_topic, venue) => `${venue}科普开放日`,
    summary: (topic, venue) =>
      `${venue}向公众开放实验室和展示空间，围绕${topic}安排参观讲解、互动体验和科研人员面对面。`,
    hours: [9, 7],
  },
  {
    form: "STUDY_TOUR",
    category: "JOINT_ACTION",
    programme: "科普阵地联合行动",
    kinds: ["PARK", "RURAL", "ENTERPRISE"],
    audiences: ["CHILDREN_AND_TEENAGERS", "GENERAL_PUBLIC"],
    title: (topic, venue) => `${topic}科普研学：走进${venue}`,
    summary: (topic, venue) =>
      `组织青少年和家庭走进${venue}开展${topic}研学，专业讲解员带队观察、记录并完成研学任务单。`,
    hours: [9, 4],
    capacity: [20, 60],
  },
  {
    form: "SCIENCE_NIGHT",
    extraForms: ["EXPERIMENT"],
    category: "JOINT_ACTION",
    programme: "科普阵地联合行动",
    kinds: ["MUSEUM", "PARK"],
    audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"],
    title: (_topic, venue) => `${venue}科学之夜`,
    summary: (topic, venue) =>
      `${venue}夜场开放，安排${topic}科学秀、星空观测和互动实验，带领市民在夜色中感受科学乐趣。`,
    hours: [19, 2],
    capacity: [80, 200],
  },
  {
    form: "CONSULTATION",
    category: "JOINT_ACTION",
    programme: "基层科普行动",
    kinds: ["COMMUNITY", "RURAL"],
    audiences: ["ELDERLY", "GENERAL_PUBLIC", "FARMERS"],
    title: (topic, venue) => `${topic}科普咨询服务进${venue.includes("社区") ? "社区" : "基层"}`,
    summary: (topic, venue) =>
      `在${venue}设置${topic}科普咨询台，专家现场解答群众关心的问题，发放科普资料，开展适老化科普服务。`,
    hours: [9, 3],
    topics: ["卫生健康", "防灾避险", "应急救护", "食品安全", "数字素养", "低碳生活", "节水"],
  },
  {
    form: "TRAINING",
    category: "JOINT_ACTION",
    programme: "农技协科普联合行动",
    kinds: ["RURAL"],
    audiences: ["FARMERS"],
    title: (topic) => `${topic}田间课堂`,
    summary: (topic, venue) => `农技专家在${venue}开展${topic}技术培训和现场示范，帮助农户掌握实用技术，助力乡村振兴。`,
    hours: [9, 3],
    capacity: [30, 80],
    topics: ["农业科技", "节水", "食品安全", "数字素养", "防灾避险"],
  },
  {
    form: "COMPETITION",
    category: "JOINT_ACTION",
    programme: "青少年科学教育联合行动",
    kinds: ["SCHOOL", "UNIVERSITY"],
    audiences: ["CHILDREN_AND_TEENAGERS", "STUDENTS_AND_YOUNG_RESEARCHERS"],
    title: (topic) => `青少年${topic}科普挑战赛`,
    summary: (topic, venue) =>
      `在${venue}举办青少年${topic}挑战赛，设置知识问答、创意设计和现场展示环节，激发青少年科学兴趣。`,
    hours: [9, 6],
    capacity: [40, 120],
  },
  {
    form: "SALON",
    category: "JOINT_ACTION",
    programme: "学会科普联合行动",
    kinds: ["LIBRARY", "UNIVERSITY", "ENTERPRISE"],
    audiences: ["GENERAL_PUBLIC", "WOMEN"],
    title: (topic) => `${topic}科学沙龙`,
    summary: (topic, venue) =>
      `学会专家与市民在${venue}围坐交流${topic}话题，分享科学知识和生活中的科学，欢迎带着问题来。`,
    hours: [15, 2],
    capacity: [20, 50],
  },
];

const topics = [
  "人工智能",
  "航空航天",
  "低空经济",
  "新能源",
  "生物多样性",
  "防灾避险",
  "卫生健康",
  "数字素养",
  "低碳生活",
  "量子科技",
  "新材料",
  "农业科技",
  "天文",
  "海洋科学",
  "食品安全",
  "智能制造",
  "机器人",
  "古生物",
  "节水",
  "应急救护",
];

/** Counts per area: a few hundred in all (issue 9 §9). */
const perArea: Record<Area, number> = { cq: 120, hn: 100, sz: 70, national: 30 };

/** The demo visitors who fill the full sessions: role-less public accounts (issue 9 §5). */
export const visitorCount = 40;
export const visitorId = (n: number) => `demo-visitor-${String(n).padStart(2, "0")}`;
const surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const givenNames = ["晓明", "思远", "雨桐", "子涵", "浩然", "欣怡", "俊杰", "梓萱", "宇航", "诗琪"];
/** The name a demo visitor gives when registering: personal data, seen by the host's members only. */
export const visitorName = (n: number) =>
  `${surnames[(n - 1) % surnames.length]}${givenNames[(n * 7) % givenNames.length]}`;

/** mulberry32: a small deterministic generator; the demo must be the same on every machine. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const at = (day: string, hour: number, minutes = 0) => `${day}T${pad(hour)}:${pad(minutes)}:00+08:00`;

function hostFor(regionCode: string): string {
  const host = orgs.find((org) => org.kind === "ASSOCIATION" && org.regionCode === regionCode);
  if (!host) throw new Error(`no demo 科协 for region ${regionCode}`);
  return host.id;
}

function build(): DemoActivity[] {
  const random = generator(20240915);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const out: DemoActivity[] = [];
  const seenTitles = new Set<string>();
  for (const area of ["cq", "hn", "sz", "national"] as const) {
    const edition = editions[area];
    let made = 0;
    let attempts = 0;
    while (made < perArea[area] && attempts < perArea[area] * 20) {
      attempts += 1;
      const venue = pick(venues[area]);
      const fitting = programmes.filter((p) => p.kinds.includes(venue.kind));
      const programme = pick(fitting);
      const topic = pick(programme.topics ?? topics);
      const title = programme.title(topic, venue.venue);
      if (seenTitles.has(title)) continue;
      seenTitles.add(title);
      made += 1;
      const id = `act-2024-${area}-${String(made).padStart(3, "0")}`;
      const firstDay = addDays(edition.from, between(0, edition.days - 3));
      const sessionCount = programme.capacity ? between(1, 3) : 1;
      const [fromHour, length] = programme.hours;
      const sessions: DemoSession[] = [];
      for (let index = 0; index < sessionCount; index += 1) {
        const day = addDays(firstDay, index);
        const capacity = programme.capacity ? between(...programme.capacity) : undefined;
        // About one in eight sessions that take places is full (issue 9 §9), small enough for the
        // demo visitors to fill, with a few of them waiting for a place.
        const full = capacity !== undefined && random() < 0.125;
        const places = full ? between(8, 24) : capacity;
        sessions.push({
          id: `ses-${id}-${index + 1}`,
          startsAt: at(day, fromHour),
          endsAt: at(day, fromHour + length),
          ...(places !== undefined ? { capacity: places, registrationRequired: true } : {}),
          ...(full && places !== undefined ? { registrants: Math.min(visitorCount, places + between(1, 6)) } : {}),
        });
      }
      const reported = random() < 0.6;
      const peoplePerSession = programme.capacity ? between(...programme.capacity) : between(200, 3000);
      const mode = programme.form === "LECTURE" && random() < 0.3 ? "HYBRID" : "OFFLINE";
      out.push({
        id,
        campaignId: edition.campaignId,
        hostOrgId: area === "national" ? nationalHost(venue) : hostFor(venue.regionCode),
        title,
        summary: programme.summary(topic, venue.venue),
        category: programme.category,
        ...(programme.programme ? { programme: programme.programme } : {}),
        forms: [programme.form, ...(programme.extraForms ?? [])],
        mode,
        ...(mode === "HYBRID" ? { livestreamUrl: `https://live.kepu.example/${id}` } : {}),
        topics: [topic],
        audiences: programme.audiences,
        startsAt: sessions[0]?.startsAt ?? at(firstDay, fromHour),
        endsAt: sessions.at(-1)?.endsAt ?? at(firstDay, fromHour + length),
        regionCode: venue.regionCode,
        venue: venue.venue,
        address: venue.address,
        latitude: venue.latitude,
        longitude: venue.longitude,
        sessions,
        ...(reported ? { sessionsCount: sessions.length, peopleServed: peoplePerSession * sessions.length } : {}),
      });
    }
  }
  return out;
}

/** National venues are hosted by their province's 科协 (中国科协 hosts the main venue's own). */
function nationalHost(venue: Venue): string {
  if (venue.venue === "中国科学技术馆") return "org-cast";
  return hostFor(`${venue.regionCode.slice(0, 2)}0000`);
}

/** The generated 2024 activities (about 300), after the hand-written ones in `activities`. */
export const generatedActivities: DemoActivity[] = build();
