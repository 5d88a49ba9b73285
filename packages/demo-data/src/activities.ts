import type { ActivityCategory, ActivityForm, ActivityMode, Audience, DemoActivity } from "./types.js";

interface Place {
  regionCode?: string;
  venue: string;
  address: string;
  latitude: number;
  longitude: number;
}

const places = {
  cstm: { regionCode: "110105", venue: "中国科学技术馆", address: "北京市朝阳区北辰东路5号", latitude: 40.0046, longitude: 116.3938 },
  cqMuseum: { regionCode: "500105", venue: "重庆科技馆", address: "重庆市江北区江北城文星门街7号", latitude: 29.5672, longitude: 106.5783 },
  cqNatural: { regionCode: "500109", venue: "重庆自然博物馆", address: "重庆市北碚区金华路398号", latitude: 29.8097, longitude: 106.4214 },
  cqJiefangbei: { regionCode: "500103", venue: "解放碑步行街", address: "重庆市渝中区解放碑", latitude: 29.5577, longitude: 106.5773 },
  cqu: { regionCode: "500106", venue: "重庆大学A区", address: "重庆市沙坪坝区沙正街174号", latitude: 29.5706, longitude: 106.4673 },
  cqJiulongpo: { regionCode: "500107", venue: "九龙坡区科技馆", address: "重庆市九龙坡区杨家坪", latitude: 29.5037, longitude: 106.5115 },
  cqLiangjiang: { venue: "礼嘉智慧公园", address: "重庆市两江新区礼嘉街道", latitude: 29.6553, longitude: 106.5197 },
  cqGaoxin: { venue: "西部（重庆）科学城展示中心", address: "重庆市高新区科学城", latitude: 29.5957, longitude: 106.3226 },
  cqWansheng: { venue: "万盛石林景区", address: "重庆市万盛经开区石林镇", latitude: 28.8905, longitude: 106.9638 },
  hnMuseum: { regionCode: "430104", venue: "湖南省科学技术馆", address: "湖南省长沙市岳麓区桐梓坡西路", latitude: 28.2139, longitude: 112.9136 },
  hnRice: { regionCode: "430102", venue: "隆平水稻博物馆", address: "湖南省长沙市芙蓉区远大二路", latitude: 28.2021, longitude: 113.0734 },
  hnCsu: { regionCode: "430104", venue: "中南大学新校区", address: "湖南省长沙市岳麓区麓山南路932号", latitude: 28.1631, longitude: 112.9289 },
  hnKaifu: { regionCode: "430105", venue: "开福区市民中心", address: "湖南省长沙市开福区", latitude: 28.2553, longitude: 112.9856 },
  hnZhuzhou: { regionCode: "430211", venue: "中车株洲电力机车展示中心", address: "湖南省株洲市石峰区田心", latitude: 27.8845, longitude: 113.1585 },
  hnXiangtan: { regionCode: "430302", venue: "湘潭市科技馆", address: "湖南省湘潭市雨湖区", latitude: 27.8569, longitude: 112.9117 },
  hnYueyang: { regionCode: "430602", venue: "岳阳市南湖广场", address: "湖南省岳阳市岳阳楼区", latitude: 29.3572, longitude: 113.1292 },
  hnXiangxi: { regionCode: "433101", venue: "吉首市乡村振兴科技小院", address: "湖南省湘西州吉首市", latitude: 28.3119, longitude: 109.7385 },
  hnChangshaPark: { regionCode: "430104", venue: "长沙高新区麓谷企业广场", address: "湖南省长沙市岳麓区麓谷", latitude: 28.2269, longitude: 112.8876 },
  szMuseum: { regionCode: "440304", venue: "深圳科学技术馆", address: "广东省深圳市福田区上步中路1003号", latitude: 22.5433, longitude: 114.0911 },
  szFutian: { regionCode: "440304", venue: "福田区莲花山公园", address: "广东省深圳市福田区红荔路6030号", latitude: 22.5534, longitude: 114.0601 },
  szNanshan: { regionCode: "440305", venue: "深圳湾公园", address: "广东省深圳市南山区滨海大道", latitude: 22.5116, longitude: 113.9456 },
  szSustech: { regionCode: "440305", venue: "南方科技大学", address: "广东省深圳市南山区学苑大道1088号", latitude: 22.6023, longitude: 113.9959 },
  szLonggang: { regionCode: "440307", venue: "龙岗区文化中心", address: "广东省深圳市龙岗区龙城街道", latitude: 22.7205, longitude: 114.2477 },
  online: { venue: "科普中国直播间", address: "线上", latitude: 0, longitude: 0 },
} satisfies Record<string, Place>;

interface Spec {
  id: string;
  campaignId: string;
  hostOrgId: string;
  title: string;
  summary: string;
  category: ActivityCategory;
  programme?: string;
  forms: ActivityForm[];
  mode: ActivityMode;
  topics: string[];
  audiences: Audience[];
  /** Local (Asia/Shanghai) day and hours, e.g. ["2024-09-15", "09:00", "17:00"]; a fourth element ends on another day. */
  when: [string, string, string, string?];
  place: Place;
  results?: [sessions: number, people: number];
}

const activity = (spec: Spec): DemoActivity => {
  const [day, from, to, endDay] = spec.when;
  const online = spec.place === places.online;
  return {
    id: spec.id,
    campaignId: spec.campaignId,
    hostOrgId: spec.hostOrgId,
    title: spec.title,
    summary: spec.summary,
    category: spec.category,
    ...(spec.programme ? { programme: spec.programme } : {}),
    forms: spec.forms,
    mode: spec.mode,
    topics: spec.topics,
    audiences: spec.audiences,
    startsAt: `${day}T${from}:00+08:00`,
    endsAt: `${endDay ?? day}T${to}:00+08:00`,
    venue: spec.place.venue,
    ...(online
      ? {}
      : {
          address: spec.place.address,
          latitude: spec.place.latitude,
          longitude: spec.place.longitude,
          ...("regionCode" in spec.place ? { regionCode: spec.place.regionCode } : {}),
        }),
    ...(spec.results ? { sessionsCount: spec.results[0], peopleServed: spec.results[1] } : {}),
  };
};

export const activities: DemoActivity[] = [
  // 2023, national (with reported results)
  activity({ id: "act-2023-cstm-expo", campaignId: "cmp-2023", hostOrgId: "org-museum-cstm", title: "科技自立自强成就展", summary: "集中展示我国在载人航天、深海探测、量子信息等领域的重大科技成果，设置互动体验区，引导公众感受科技自立自强的奋斗历程。", category: "MAIN_VENUE", forms: ["EXHIBITION", "AR_VR"], mode: "OFFLINE", topics: ["航空航天", "深海深地", "量子科技"], audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"], when: ["2023-09-17", "09:00", "17:00", "2023-09-23"], place: places.cstm, results: [7, 86000] }),
  activity({ id: "act-2023-starry-forum", campaignId: "cmp-2023", hostOrgId: "org-cast", title: "科学家讲科普·星空讲坛", summary: "邀请院士和一线科研人员走进校园，讲述科学家精神与前沿科技故事，线上同步直播。", category: "SPECIAL_ACTION", programme: "科学家讲科普", forms: ["LECTURE", "LIVESTREAM"], mode: "HYBRID", topics: ["科学家精神", "天文"], audiences: ["STUDENTS_AND_YOUNG_RESEARCHERS"], when: ["2023-09-18", "19:00", "21:00"], place: places.cstm, results: [3, 152000] }),
  activity({ id: "act-2023-cq-night", campaignId: "cmp-2023", hostOrgId: "org-cq-museum", title: "重庆科技馆科学之夜", summary: "夜场开放展厅，设置科学实验秀、机器人互动和天文观测，让市民在夜色中体验科学的乐趣。", category: "JOINT_ACTION", programme: "科普阵地联合行动", forms: ["SCIENCE_NIGHT", "EXPERIMENT"], mode: "OFFLINE", topics: ["人工智能", "天文"], audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"], when: ["2023-09-22", "18:30", "22:00"], place: places.cqMuseum, results: [1, 4200] }),
  activity({ id: "act-2023-hn-rice", campaignId: "cmp-2023", hostOrgId: "org-hn-base-rice", title: "一粒种子改变世界——杂交水稻科普研学", summary: "走进隆平水稻博物馆，了解杂交水稻的研发历程，体验育秧、插秧等农事实践。", category: "JOINT_ACTION", programme: "科普阵地联合行动", forms: ["STUDY_TOUR", "EXHIBITION"], mode: "OFFLINE", topics: ["生物技术", "粮食安全"], audiences: ["CHILDREN_AND_TEENAGERS", "FARMERS"], when: ["2023-09-19", "09:00", "16:00"], place: places.hnRice, results: [4, 2600] }),

  // 2024, national edition
  activity({ id: "act-2024-cstm-future", campaignId: "cmp-2024", hostOrgId: "org-museum-cstm", title: "千馆展览探未来·新质生产力主题展", summary: "围绕新质生产力布局，展出人工智能、集成电路、新能源、新材料等领域的最新成果，设置讲解专场和青少年导览路线。", category: "KEY", programme: "千馆展览探未来", forms: ["EXHIBITION", "OPEN_DAY"], mode: "OFFLINE", topics: ["人工智能", "集成电路", "新能源", "新材料"], audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"], when: ["2024-09-15", "09:00", "17:00", "2024-09-25"], place: places.cstm }),
  activity({ id: "act-2024-frontier-forum", campaignId: "cmp-2024", hostOrgId: "org-cast", title: "科普中国·前沿讲坛：量子计算离我们有多远", summary: "青年科学家以小规模、互动式报告讲解量子计算原理与应用前景，现场答疑并同步直播。", category: "KEY", programme: "万场报告话前沿", forms: ["LECTURE", "LIVESTREAM"], mode: "HYBRID", topics: ["量子科技"], audiences: ["STUDENTS_AND_YOUNG_RESEARCHERS", "POLICY_MAKERS"], when: ["2024-09-16", "14:00", "16:00"], place: places.cstm }),
  activity({ id: "act-2024-ip-live", campaignId: "cmp-2024", hostOrgId: "org-cast", title: "千万IP创科普·科学辟谣直播周", summary: "联合科普创作者开展系列直播，围绕健康谣言、防灾避险和食品安全答疑解惑，话题 #千万IP创科普# 全网联动。", category: "KEY", programme: "千万IP创科普", forms: ["LIVESTREAM"], mode: "ONLINE", topics: ["卫生健康", "食品安全", "防灾避险"], audiences: ["GENERAL_PUBLIC", "ELDERLY"], when: ["2024-09-18", "19:30", "21:00", "2024-09-24"], place: places.online }),
  activity({ id: "act-2024-meteo-lecture", campaignId: "cmp-2024", hostOrgId: "org-soc-cms", title: "极端天气与气候变化科普报告", summary: "中国气象学会专家解读极端天气成因与应对，面向公务员开展气象防灾减灾知识普及。", category: "JOINT_ACTION", programme: "学会科普联合行动", forms: ["LECTURE"], mode: "OFFLINE", topics: ["防灾避险", "低碳生活"], audiences: ["POLICY_MAKERS"], when: ["2024-09-19", "09:30", "11:30"], place: places.cstm }),
  activity({ id: "act-2024-nutrition-silver", campaignId: "cmp-2024", hostOrgId: "org-soc-cns", title: "银龄健康膳食科普进社区", summary: "营养师走进社区为老年人讲解合理膳食，并手把手教大家用手机查询权威健康信息，跨越数字鸿沟。", category: "JOINT_ACTION", programme: "学会科普联合行动", forms: ["CONSULTATION", "TRAINING"], mode: "OFFLINE", topics: ["卫生健康", "数字素养"], audiences: ["ELDERLY"], when: ["2024-09-21", "09:00", "11:30"], place: places.cstm }),
  activity({ id: "act-2024-moe-campus", campaignId: "cmp-2024", hostOrgId: "org-dept-moe", title: "科学教育加法·中小学科学实验开放课", summary: "组织重点实验室向中小学生开放，开展动手实验课程，助力“双减”背景下的科学教育。", category: "MAIN_VENUE", forms: ["EXPERIMENT", "OPEN_DAY"], mode: "OFFLINE", topics: ["科学教育"], audiences: ["CHILDREN_AND_TEENAGERS"], when: ["2024-09-20", "09:00", "16:00"], place: places.cstm }),
  activity({ id: "act-2024-mem-safety", campaignId: "cmp-2024", hostOrgId: "org-dept-mem", title: "应急科普云课堂：家庭防灾避险指南", summary: "以动画和直播演示地震、洪涝、火灾等情景下的自救互救要点，提升家庭应急能力。", category: "MAIN_VENUE", forms: ["LIVESTREAM", "ONLINE_EXHIBITION"], mode: "ONLINE", topics: ["防灾避险", "安全生产"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-22", "15:00", "16:30"], place: places.online }),

  // 2024, 重庆
  activity({ id: "act-2024-cq-launch", campaignId: "cmp-2024-cq", hostOrgId: "org-cq", title: "2024年重庆市全国科普日主场活动启动仪式", summary: "启动仪式后开放科技成果展区、科普实验区和互动体验区，全市各区县分会场同步联动。", category: "MAIN_VENUE", forms: ["EXHIBITION", "EXPERIMENT"], mode: "HYBRID", topics: ["人工智能", "航空航天"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-15", "09:30", "17:00"], place: places.cqMuseum }),
  activity({ id: "act-2024-cq-museum-trail", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-museum", title: "重庆科普地图·场馆联动打卡", summary: "串联重庆科技馆、重庆自然博物馆等场馆形成主题路线，完成打卡可领取科普纪念品。", category: "KEY", programme: "千馆展览探未来", forms: ["CHECK_IN_TRAIL", "EXHIBITION"], mode: "OFFLINE", topics: ["自然科学", "航空航天"], audiences: ["CHILDREN_AND_TEENAGERS", "GENERAL_PUBLIC"], when: ["2024-09-15", "09:00", "17:00", "2024-09-25"], place: places.cqMuseum }),
  activity({ id: "act-2024-cq-dinosaur", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-natural-museum", title: "恐龙家园探秘研学", summary: "跟随古生物学者走进恐龙厅，学习化石形成与发掘知识，完成研学任务单。", category: "JOINT_ACTION", programme: "科普阵地联合行动", forms: ["STUDY_TOUR"], mode: "OFFLINE", topics: ["古生物"], audiences: ["CHILDREN_AND_TEENAGERS"], when: ["2024-09-21", "09:30", "15:30"], place: places.cqNatural }),
  activity({ id: "act-2024-cq-yuzhong-street", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-yuzhong", title: "解放碑科普集市", summary: "在解放碑步行街设置20余个科普展位，涵盖健康咨询、食品安全检测、无人机展示等内容。", category: "MAIN_VENUE", programme: "区县主场活动", forms: ["EXHIBITION", "CONSULTATION"], mode: "OFFLINE", topics: ["卫生健康", "食品安全"], audiences: ["GENERAL_PUBLIC", "ELDERLY"], when: ["2024-09-15", "10:00", "16:00"], place: places.cqJiefangbei }),
  activity({ id: "act-2024-cq-cqu-lab", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-cqu", title: "重庆大学实验室开放日", summary: "开放机械传动、新能源汽车等国家重点实验室，师生面对面讲解前沿科研。", category: "JOINT_ACTION", programme: "高校科普联合行动", forms: ["OPEN_DAY", "SALON"], mode: "OFFLINE", topics: ["新能源", "智能制造"], audiences: ["STUDENTS_AND_YOUNG_RESEARCHERS"], when: ["2024-09-20", "09:00", "17:00"], place: places.cqu }),
  activity({ id: "act-2024-cq-meteo", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-soc-meteo", title: "山城气象科普进校园", summary: "气象专家讲解山地城市的暴雨与高温预警，带领学生参观校园气象站。", category: "JOINT_ACTION", programme: "学会科普联合行动", forms: ["LECTURE", "EXPERIMENT"], mode: "OFFLINE", topics: ["防灾避险"], audiences: ["CHILDREN_AND_TEENAGERS"], when: ["2024-09-18", "14:30", "16:30"], place: places.cqu }),
  activity({ id: "act-2024-cq-jiulongpo-ai", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-jiulongpo", title: "人工智能体验周", summary: "展示智能机器人、大模型应用和自动驾驶模拟，设置青少年编程体验课。", category: "MAIN_VENUE", programme: "区县主场活动", forms: ["EXHIBITION", "TRAINING"], mode: "OFFLINE", topics: ["人工智能", "数字素养"], audiences: ["CHILDREN_AND_TEENAGERS", "GENERAL_PUBLIC"], when: ["2024-09-16", "09:00", "17:00", "2024-09-20"], place: places.cqJiulongpo }),
  activity({ id: "act-2024-cq-liangjiang-smart", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-liangjiang", title: "礼嘉智慧公园数字科普游", summary: "体验无人驾驶巴士、智慧灯杆与AR导览，感受数字技术如何改变城市生活。", category: "JOINT_ACTION", programme: "园区科普联合行动", forms: ["AR_VR", "CHECK_IN_TRAIL"], mode: "OFFLINE", topics: ["人工智能", "数字素养"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-21", "10:00", "17:00", "2024-09-22"], place: places.cqLiangjiang }),
  activity({ id: "act-2024-cq-gaoxin-salon", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-gaoxin", title: "科学城青年科技沙龙", summary: "科学城青年科研人员围绕集成电路与生物医药开展跨学科交流。", category: "JOINT_ACTION", programme: "企业科普联合行动", forms: ["SALON"], mode: "OFFLINE", topics: ["集成电路", "生物技术"], audiences: ["STUDENTS_AND_YOUNG_RESEARCHERS"], when: ["2024-09-19", "19:00", "21:00"], place: places.cqGaoxin }),
  activity({ id: "act-2024-cq-wansheng-geo", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-wansheng", title: "喀斯特地貌科普徒步", summary: "地质专家带队徒步万盛石林，讲解喀斯特地貌成因与地质灾害防范。", category: "JOINT_ACTION", programme: "科普阵地联合行动", forms: ["STUDY_TOUR"], mode: "OFFLINE", topics: ["自然资源", "防灾避险"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-22", "08:30", "12:00"], place: places.cqWansheng }),
  activity({ id: "act-2024-cq-beibei-farm", campaignId: "cmp-2024-cq", hostOrgId: "org-cq-beibei", title: "农技专家进村入户", summary: "组织农技协专家走进田间地头，开展柑橘病虫害绿色防控技术培训。", category: "JOINT_ACTION", programme: "农技协联合行动", forms: ["TRAINING", "CONSULTATION"], mode: "OFFLINE", topics: ["农业科技"], audiences: ["FARMERS"], when: ["2024-09-17", "09:00", "12:00"], place: places.cqNatural }),

  // 2024, 湖南
  activity({ id: "act-2024-hn-main", campaignId: "cmp-2024-hn", hostOrgId: "org-hn", title: "全国科普日（湖南）主场活动", summary: "打造科技展览探未来、科普报告话前沿、科普实验亲体验三大板块，集中展示湖南科技创新成果。", category: "MAIN_VENUE", forms: ["EXHIBITION", "LECTURE", "EXPERIMENT"], mode: "HYBRID", topics: ["航空航天", "新材料", "人工智能"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-15", "09:00", "17:00", "2024-09-17"], place: places.hnMuseum }),
  activity({ id: "act-2024-hn-museum-night", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-museum", title: "湖南省科技馆科学之夜", summary: "夜间开放展厅，举办液氮实验秀、星空观测和科学脱口秀。", category: "KEY", programme: "千馆展览探未来", forms: ["SCIENCE_NIGHT", "EXPERIMENT"], mode: "OFFLINE", topics: ["天文", "物质科学"], audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"], when: ["2024-09-20", "18:30", "22:00"], place: places.hnMuseum }),
  activity({ id: "act-2024-hn-rice-tour", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-base-rice", title: "杂交水稻科普研学营", summary: "走进隆平水稻博物馆和试验田，学习杂交水稻育种原理，体验田间观察记录。", category: "JOINT_ACTION", programme: "科普阵地联合行动", forms: ["STUDY_TOUR"], mode: "OFFLINE", topics: ["生物技术", "农业科技"], audiences: ["CHILDREN_AND_TEENAGERS"], when: ["2024-09-21", "09:00", "16:00"], place: places.hnRice }),
  activity({ id: "act-2024-hn-csu-salon", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-csu", title: "中南大学前沿科技沙龙：新材料与先进制造", summary: "组织师生围绕粉末冶金、轻质合金等前沿方向开展跨学科交流。", category: "JOINT_ACTION", programme: "高校科普联合行动", forms: ["SALON", "OPEN_DAY"], mode: "OFFLINE", topics: ["新材料"], audiences: ["STUDENTS_AND_YOUNG_RESEARCHERS"], when: ["2024-09-19", "14:00", "17:00"], place: places.hnCsu }),
  activity({ id: "act-2024-hn-nutrition", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-soc-nutrition", title: "全民营养周·减盐减油减糖科普行", summary: "营养学会专家进社区开展膳食指导，现场测量血压血糖并提供个性化建议。", category: "JOINT_ACTION", programme: "学会科普联合行动", forms: ["CONSULTATION", "LECTURE"], mode: "OFFLINE", topics: ["卫生健康", "食品安全"], audiences: ["ELDERLY", "GENERAL_PUBLIC"], when: ["2024-09-22", "09:00", "11:30"], place: places.hnKaifu }),
  activity({ id: "act-2024-hn-meteo", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-soc-meteo", title: "气象开放日", summary: "开放气象观测场和预报会商室，讲解天气预报如何制作。", category: "JOINT_ACTION", programme: "学会科普联合行动", forms: ["OPEN_DAY"], mode: "OFFLINE", topics: ["防灾避险"], audiences: ["CHILDREN_AND_TEENAGERS"], when: ["2024-09-23", "09:00", "12:00"], place: places.hnMuseum }),
  activity({ id: "act-2024-hn-changsha-kaifu", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-changsha-kaifu", title: "开福区科普进社区嘉年华", summary: "设置应急避险体验、垃圾分类游戏和青少年科技作品展，吸引居民全家参与。", category: "MAIN_VENUE", programme: "区县主场活动", forms: ["EXHIBITION", "EXPERIMENT"], mode: "OFFLINE", topics: ["防灾避险", "低碳生活"], audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"], when: ["2024-09-21", "09:30", "16:30"], place: places.hnKaifu }),
  activity({ id: "act-2024-hn-changsha-park", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-changsha-park", title: "麓谷企业展馆开放周", summary: "园区内科技企业开放展厅，展示工程机械、北斗导航等创新成果。", category: "JOINT_ACTION", programme: "园区科普联合行动", forms: ["OPEN_DAY", "EXHIBITION"], mode: "OFFLINE", topics: ["卫星导航", "智能制造"], audiences: ["STUDENTS_AND_YOUNG_RESEARCHERS", "GENERAL_PUBLIC"], when: ["2024-09-23", "09:00", "17:00", "2024-09-27"], place: places.hnChangshaPark }),
  activity({ id: "act-2024-hn-zhuzhou-rail", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-zhuzhou-crrc", title: "大国重器·轨道交通科普开放日", summary: "走进电力机车生产线，了解高速列车牵引技术，体验驾驶模拟器。", category: "JOINT_ACTION", programme: "企业科普联合行动", forms: ["OPEN_DAY", "AR_VR"], mode: "OFFLINE", topics: ["智能制造", "新能源"], audiences: ["CHILDREN_AND_TEENAGERS", "STUDENTS_AND_YOUNG_RESEARCHERS"], when: ["2024-09-24", "09:00", "16:00"], place: places.hnZhuzhou }),
  activity({ id: "act-2024-hn-xiangtan-lecture", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-xiangtan", title: "百名院士进校园·科学家精神报告会", summary: "邀请院士专家为中学生讲述科研经历，弘扬科学家精神。", category: "JOINT_ACTION", programme: "学会科普联合行动", forms: ["LECTURE"], mode: "OFFLINE", topics: ["科学家精神"], audiences: ["CHILDREN_AND_TEENAGERS"], when: ["2024-09-18", "14:30", "16:30"], place: places.hnXiangtan }),
  activity({ id: "act-2024-hn-yueyang-water", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-yueyang", title: "洞庭湖生态保护科普展", summary: "展示洞庭湖湿地生态修复成果，开展节水护水互动游戏。", category: "JOINT_ACTION", programme: "省直相关单位联合行动", forms: ["EXHIBITION"], mode: "OFFLINE", topics: ["生态文明", "节水"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-25", "09:00", "17:00", "2024-09-28"], place: places.hnYueyang }),
  activity({ id: "act-2024-hn-xiangxi-farm", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-xiangxi", title: "科技小院助农直播", summary: "科技小院师生在田间直播讲解猕猴桃种植技术，带动特色农产品销售。", category: "SPECIAL_ACTION", programme: "千万IP创科普", forms: ["LIVESTREAM", "TRAINING"], mode: "HYBRID", topics: ["农业科技", "乡村振兴"], audiences: ["FARMERS"], when: ["2024-09-26", "15:00", "17:00"], place: places.hnXiangxi }),
  activity({ id: "act-2024-hn-edu-teachers", campaignId: "cmp-2024-hn", hostOrgId: "org-hn-dept-edu", title: "中小学科学教师实验教学培训", summary: "面向全省中小学科学教师开展实验教学能力培训，推广优秀实验课例。", category: "JOINT_ACTION", programme: "省直相关单位联合行动", forms: ["TRAINING"], mode: "HYBRID", topics: ["科学教育"], audiences: ["POLICY_MAKERS", "STUDENTS_AND_YOUNG_RESEARCHERS"], when: ["2024-09-27", "09:00", "17:00"], place: places.hnMuseum }),

  // 2024, 深圳 (科普月, the whole of September)
  activity({ id: "act-2024-sz-launch", campaignId: "cmp-2024-sz", hostOrgId: "org-sz", title: "深圳全国科普日暨第五届深圳科普月启动式", summary: "深圳主场活动启动，各区分会场同步开幕，发布全市科普月活动地图。", category: "MAIN_VENUE", forms: ["EXHIBITION", "LIVESTREAM"], mode: "HYBRID", topics: ["人工智能", "低空经济"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-01", "10:00", "17:00"], place: places.szMuseum }),
  activity({ id: "act-2024-sz-museum-ai", campaignId: "cmp-2024-sz", hostOrgId: "org-sz-museum", title: "人工智能互动展", summary: "展出大模型、具身智能和脑机接口互动展项，每日两场讲解。", category: "KEY", programme: "千馆展览探未来", forms: ["EXHIBITION", "AR_VR"], mode: "OFFLINE", topics: ["人工智能"], audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"], when: ["2024-09-02", "09:30", "17:30", "2024-09-30"], place: places.szMuseum }),
  activity({ id: "act-2024-sz-futian-night", campaignId: "cmp-2024-sz", hostOrgId: "org-sz-futian", title: "莲花山科学之夜·观星会", summary: "天文爱好者协会架设望远镜带领市民观月观星，并开展天文科普讲座。", category: "MAIN_VENUE", programme: "各区分会场活动", forms: ["SCIENCE_NIGHT", "LECTURE"], mode: "OFFLINE", topics: ["天文", "航空航天"], audiences: ["GENERAL_PUBLIC"], when: ["2024-09-14", "19:00", "21:30"], place: places.szFutian }),
  activity({ id: "act-2024-sz-nanshan-bay", campaignId: "cmp-2024-sz", hostOrgId: "org-sz-nanshan", title: "深圳湾红树林生态科普打卡", summary: "沿深圳湾公园设置生态科普点位，认识红树林与候鸟，完成打卡赢取徽章。", category: "MAIN_VENUE", programme: "各区分会场活动", forms: ["CHECK_IN_TRAIL"], mode: "OFFLINE", topics: ["生态文明"], audiences: ["GENERAL_PUBLIC", "CHILDREN_AND_TEENAGERS"], when: ["2024-09-07", "08:00", "18:00", "2024-09-29"], place: places.szNanshan }),
  activity({ id: "act-2024-sz-sustech-lab", campaignId: "cmp-2024-sz", hostOrgId: "org-sz-sustech", title: "南科大量子实验室开放日", summary: "开放量子科学与工程研究院实验室，研究生讲解量子计算与量子精密测量。", category: "JOINT_ACTION", programme: "高校科普联合行动", forms: ["OPEN_DAY", "LECTURE"], mode: "OFFLINE", topics: ["量子科技"], audiences: ["STUDENTS_AND_YOUNG_RESEARCHERS"], when: ["2024-09-21", "09:00", "16:00"], place: places.szSustech }),
  activity({ id: "act-2024-sz-longgang-health", campaignId: "cmp-2024-sz", hostOrgId: "org-sz-longgang", title: "健康科普大讲堂", summary: "三甲医院专家讲解慢病防治与急救技能，现场教学心肺复苏。", category: "MAIN_VENUE", programme: "各区分会场活动", forms: ["LECTURE", "TRAINING"], mode: "OFFLINE", topics: ["卫生健康"], audiences: ["GENERAL_PUBLIC", "ELDERLY"], when: ["2024-09-12", "14:30", "16:30"], place: places.szLonggang }),
  activity({ id: "act-2024-sz-edu-cloud", campaignId: "cmp-2024-sz", hostOrgId: "org-sz-dept-edu", title: "云上科普月·中小学科学课直播", summary: "每周两次面向全市中小学的科学实验直播课，课后提供实验材料包。", category: "SPECIAL_ACTION", programme: "云上科普月", forms: ["LIVESTREAM", "EXPERIMENT"], mode: "ONLINE", topics: ["科学教育"], audiences: ["CHILDREN_AND_TEENAGERS"], when: ["2024-09-03", "16:00", "17:00", "2024-09-27"], place: places.online }),
];
