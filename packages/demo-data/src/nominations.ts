import type { DemoNomination } from "./types.js";

type Fields = Omit<DemoNomination, "id" | "campaignId" | "kind" | "activityId">;

/** A recommended 优秀组织单位 (Hunan 附件1). */
const unit = (id: string, campaignId: string, fields: Fields): DemoNomination => ({
  id,
  campaignId,
  kind: "UNIT",
  activityId: null,
  ...fields,
});

/** A recommended 优秀活动 (Hunan 附件2); orgId is the activity's host. */
const activity = (id: string, campaignId: string, activityId: string, fields: Fields): DemoNomination => ({
  id,
  campaignId,
  kind: "ACTIVITY",
  activityId,
  ...fields,
});

/**
 * Recommendations (推荐) of 优秀组织单位 and 优秀活动. In 湖南 they go to 省科协 within the 2024 quotas
 * (市州科协 ≤ 8 units and ≤ 6 activities; 纲要办成员单位 ≤ 2 / ≤ 2; 省级学会 ≤ 1 / ≤ 1); in 重庆 and 深圳
 * districts recommend to the city 科协, and the city 科协 recommends upward to 中国科协 in the national
 * edition. Descriptions follow the form's prompt (形式、影响力、内容、群众反映; at most 500 characters).
 * Contacts are fictional.
 */
export const nominations: DemoNomination[] = [
  // ── 湖南: 长沙市科协 (市州科协: 3 units, 2 activities) ────────────────────────────────────
  unit("nom-hn-cs-unit-kaifu", "cmp-2024-hn", {
    recommenderOrgId: "org-hn-changsha",
    orgId: "org-hn-changsha-kaifu",
    title: "开福区科协",
    description:
      "科普日期间，开福区科协联合区纲要办成员单位组织社区科普嘉年华、应急避险体验、老年人智能手机培训等活动12场，覆盖全区16个街道。动员科技志愿者300余人，依托新时代文明实践站和社区科普馆，打造“家门口的科普”，形成科普进社区常态化机制。活动以体验式、互动式为主，居民参与热情高，多家本地媒体进行了报道。",
    sessionsCount: 12,
    peopleServed: 18000,
    contactName: "赵磊",
    contactPhone: "0731-60000321",
  }),
  unit("nom-hn-cs-unit-park", "cmp-2024-hn", {
    recommenderOrgId: "org-hn-changsha",
    orgId: "org-hn-changsha-park",
    title: "长沙高新区科协",
    description:
      "组织园区32家科技企业有序开放展厅和生产线，开展“麓谷企业展馆开放周”，展示工程机械、北斗导航、新材料等创新成果。邀请企业工程师为周边中小学生讲述创新创业故事，服务学生和市民逾万人次，为园区企业与公众搭建了交流的桥梁。",
    sessionsCount: 32,
    peopleServed: 12000,
    contactName: "孙静",
    contactPhone: "0731-60000322",
  }),
  unit("nom-hn-cs-unit-yuelu", "cmp-2024-hn", {
    recommenderOrgId: "org-hn-changsha",
    orgId: "org-hn-changsha-yuelu",
    title: "岳麓区科协",
    description:
      "发挥辖区高校和科研院所集中的优势，联合中南大学、湖南大学等开展实验室开放、院士专家进校园和青少年科学调查体验活动8场。组织大学生科普志愿者深入社区和农村学校，为“双减”背景下的课后服务提供科学课程，学生和家长反响良好。",
    sessionsCount: 8,
    peopleServed: 5600,
    contactName: "钱宇",
    contactPhone: "0731-60000323",
  }),
  activity("nom-hn-cs-act-carnival", "cmp-2024-hn", "act-2024-hn-changsha-kaifu", {
    recommenderOrgId: "org-hn-changsha",
    orgId: "org-hn-changsha-kaifu",
    title: "开福区科普进社区嘉年华",
    description:
      "在月湖公园设置应急避险体验、垃圾分类游戏、青少年科技作品展等十余个互动展位，邀请消防、气象、疾控等部门专家现场讲解。活动采取“闯关集章”形式，居民全家参与，当日服务6500余人次，短视频在本地平台广泛传播，社会反响热烈。",
    sessionsCount: 1,
    peopleServed: 6500,
    contactName: "赵磊",
    contactPhone: "0731-60000321",
  }),
  activity("nom-hn-cs-act-rice", "cmp-2024-hn", "act-2024-hn-rice-tour", {
    recommenderOrgId: "org-hn-changsha",
    orgId: "org-hn-base-rice",
    title: "杂交水稻科普研学营",
    description:
      "以研学营形式分四批带领中小学生走进隆平水稻博物馆与试验田，学习杂交水稻育种原理，体验田间观察记录，聆听科研人员讲述袁隆平院士团队的奋斗故事。配套短视频播放量超百万，学生在研学手册中写下了“长大也要种出更好的稻子”。",
    sessionsCount: 4,
    peopleServed: 3200,
    contactName: "吴敏",
    contactPhone: "0731-60000324",
  }),

  // ── 湖南: 株洲市科协 and 岳阳市科协 ─────────────────────────────────────────────────────
  unit("nom-hn-zz-unit-crrc", "cmp-2024-hn", {
    recommenderOrgId: "org-hn-zhuzhou",
    orgId: "org-hn-zhuzhou-crrc",
    title: "中车株洲电力机车有限公司科协",
    description:
      "企业科协开放机车生产线与展示中心，开发轨道交通AR科普产品，组织工程师进校园开展专家报告6场，讲述大国重器背后的创新故事，激发青少年对先进轨道交通的兴趣。",
    sessionsCount: 6,
    peopleServed: 4800,
    contactName: "郑涛",
    contactPhone: "0731-60000331",
  }),
  activity("nom-hn-zz-act-rail", "cmp-2024-hn", "act-2024-hn-zhuzhou-rail", {
    recommenderOrgId: "org-hn-zhuzhou",
    orgId: "org-hn-zhuzhou-crrc",
    title: "大国重器·轨道交通科普开放日",
    description:
      "青少年走进电力机车总装车间，了解牵引传动和网络控制技术，体验机车驾驶模拟器，与一线工程师面对面交流，感受大国重器的创新力量。",
    sessionsCount: 1,
    peopleServed: 1500,
    contactName: "郑涛",
    contactPhone: "0731-60000331",
  }),
  activity("nom-hn-yy-act-water", "cmp-2024-hn", "act-2024-hn-yueyang-water", {
    recommenderOrgId: "org-hn-yueyang",
    orgId: "org-hn-yueyang",
    title: "洞庭湖生态保护科普展",
    description:
      "在南湖广场连续四天展出洞庭湖湿地修复、江豚保护和候鸟迁徙主题展板与标本，组织节水护水互动游戏和知识竞答。环保志愿者现场讲解，吸引大量亲子家庭参与。",
    sessionsCount: 4,
    peopleServed: 9800,
    contactName: "易海波",
    contactPhone: "0730-60000313",
  }),

  // ── 湖南: 省级学会 (湖南省营养学会: 1 unit, 1 activity) ──────────────────────────────────
  unit("nom-hn-soc-unit-nutrition", "cmp-2024-hn", {
    recommenderOrgId: "org-hn-soc-nutrition",
    orgId: "org-hn-soc-nutrition",
    title: "湖南省营养学会",
    description:
      "组织注册营养师和临床营养专家组成科普志愿服务队，在全省8个市州开展社区膳食指导、健康咨询和食品安全讲座20场，编印老年人合理膳食手册，线上直播课同步传播。",
    sessionsCount: 20,
    peopleServed: 9000,
    contactName: "冯丽",
    contactPhone: "0731-60000341",
  }),
  activity("nom-hn-soc-act-nutrition", "cmp-2024-hn", "act-2024-hn-nutrition", {
    recommenderOrgId: "org-hn-soc-nutrition",
    orgId: "org-hn-soc-nutrition",
    title: "减盐减油减糖科普行",
    description:
      "专家走进五个社区现场测量血压血糖，结合居民饮食习惯给出个性化膳食建议，并用实物演示一天的用盐用油量。老年居民参与踊跃，纷纷表示“看得见、学得会”。",
    sessionsCount: 5,
    peopleServed: 2100,
    contactName: "冯丽",
    contactPhone: "0731-60000341",
  }),

  // ── 湖南: 纲要办成员单位 ──────────────────────────────────────────────────────────────────
  activity("nom-hn-edu-act-teachers", "cmp-2024-hn", "act-2024-hn-edu-teachers", {
    recommenderOrgId: "org-hn-dept-edu",
    orgId: "org-hn-dept-edu",
    title: "中小学科学教师实验教学培训",
    description:
      "线上线下结合培训全省中小学科学教师，由特级教师和科技馆辅导员示范优秀实验课例，推动校外科普资源与校内课程融合，助力做好科学教育加法。",
    sessionsCount: 2,
    peopleServed: 3600,
    contactName: "何平",
    contactPhone: "0731-60000351",
  }),
  activity("nom-hn-health-act-lecture", "cmp-2024-hn", "act-2024-hn-health-live", {
    recommenderOrgId: "org-hn-dept-health",
    orgId: "org-hn-dept-health",
    title: "健康科普大讲堂：秋冬季呼吸道疾病防治",
    description:
      "邀请三甲医院呼吸科专家在线讲解流感、支原体感染的预防与就医建议，直播间实时答疑，回放在多个平台持续传播，累计观看逾二十万人次，有效回应了家长和老年人的关切。",
    sessionsCount: 1,
    peopleServed: 215000,
    contactName: "曾琳",
    contactPhone: "0731-60000352",
  }),

  // ── 重庆: districts recommend to 市科协; 市科协 recommends to 中国科协 (national edition) ──────
  activity("nom-cq-yz-act-street", "cmp-2024-cq", "act-2024-cq-yuzhong-street", {
    recommenderOrgId: "org-cq-yuzhong",
    orgId: "org-cq-yuzhong",
    title: "解放碑科普集市",
    description:
      "在城市核心商圈设置20余个科普展位，联合卫生健康、市场监管、公安等部门开展健康咨询、食品安全快检和反诈宣传，市民参与度高，已形成渝中区科普日品牌活动。",
    sessionsCount: 1,
    peopleServed: 8000,
    contactName: "陈刚",
    contactPhone: "023-60000211",
  }),
  activity("nom-cq-jlp-act-ai", "cmp-2024-cq", "act-2024-cq-jiulongpo-ai", {
    recommenderOrgId: "org-cq-jiulongpo",
    orgId: "org-cq-jiulongpo",
    title: "人工智能体验周",
    description:
      "连续五天在杨家坪商圈展示智能机器人、大模型应用和自动驾驶模拟，每天开设青少年编程体验课，吸引大量家庭参与，让人工智能从“听说”变为“上手”。",
    sessionsCount: 5,
    peopleServed: 15600,
    contactName: "冉晓燕",
    contactPhone: "023-60000212",
  }),
  unit("nom-cq-unit-museum", "cmp-2024", {
    recommenderOrgId: "org-cq",
    orgId: "org-cq-museum",
    title: "重庆科技馆",
    description:
      "牵头策划重庆科普地图与场馆联动打卡路线，带动自然博物馆、社区科普馆和校园科技馆协同开放，构建30分钟科普服务圈；承办全市启动仪式和主场展览，科普日期间服务公众逾五万人次。",
    sessionsCount: 16,
    peopleServed: 58000,
    contactName: "罗丹",
    contactPhone: "023-60000221",
  }),

  // ── 深圳: districts recommend to 市科协; 市科协 recommends upward ─────────────────────────
  activity("nom-sz-ns-act-bay", "cmp-2024-sz", "act-2024-sz-nanshan-bay", {
    recommenderOrgId: "org-sz-nanshan",
    orgId: "org-sz-nanshan",
    title: "深圳湾红树林生态科普打卡",
    description:
      "结合红树林保护主题沿深圳湾公园设置生态科普点位，贯穿整个科普月，每个周末安排志愿者讲解，吸引大量亲子家庭参与，打卡照片在社交平台广泛传播。",
    sessionsCount: 23,
    peopleServed: 21000,
    contactName: "林晓",
    contactPhone: "0755-60000411",
  }),
  unit("nom-sz-unit-museum", "cmp-2024", {
    recommenderOrgId: "org-sz",
    orgId: "org-sz-museum",
    title: "深圳市科学馆",
    description:
      "承办深圳全国科普日暨第五届深圳科普月启动式，科普月期间推出人工智能互动展，每日两场讲解，面向市民免费开放，累计服务公众五万余人次。",
    sessionsCount: 57,
    peopleServed: 53000,
    contactName: "邱明",
    contactPhone: "0755-60000421",
  }),
];
