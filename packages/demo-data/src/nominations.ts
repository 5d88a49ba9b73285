import type { DemoNomination, NominationKind } from "./types.js";

const nomination = (
  id: string,
  campaignId: string,
  kind: NominationKind,
  recommenderOrgId: string,
  orgId: string,
  activityId: string | null,
  title: string,
  description: string,
  sessionsCount: number,
  peopleServed: number,
  contactName: string,
  contactPhone: string,
): DemoNomination => ({
  id,
  campaignId,
  kind,
  recommenderOrgId,
  orgId,
  activityId,
  title,
  description,
  sessionsCount,
  peopleServed,
  contactName,
  contactPhone,
});

/**
 * Recommendations (推荐) of 优秀组织单位 (UNIT) and 优秀活动 (ACTIVITY), within Hunan's 2024 quotas:
 * 市州科协 ≤ 8 units and ≤ 6 activities; 纲要办成员单位 ≤ 2 / ≤ 2; 省级学会 ≤ 1 / ≤ 1.
 * Contacts are fictional.
 */
export const nominations: DemoNomination[] = [
  nomination("nom-hn-cs-unit-kaifu", "cmp-2024-hn", "UNIT", "org-hn-changsha", "org-hn-changsha-kaifu", null, "开福区科协", "组织社区科普嘉年华等活动12场，覆盖全区16个街道，动员科技志愿者300余人，形成“科普进社区”常态化机制。", 12, 18000, "赵磊", "0731-60000321"),
  nomination("nom-hn-cs-unit-park", "cmp-2024-hn", "UNIT", "org-hn-changsha", "org-hn-changsha-park", null, "长沙高新区科协", "组织园区32家企业开放展厅，开展企业科普开放周，服务学生和市民逾万人次。", 32, 12000, "孙静", "0731-60000322"),
  nomination("nom-hn-cs-unit-csu", "cmp-2024-hn", "UNIT", "org-hn-changsha", "org-hn-csu", null, "中南大学科协", "依托国家重点实验室开展开放日和前沿科技沙龙，组织师生科普志愿服务队深入中小学。", 8, 5600, "钱宇", "0731-60000323"),
  nomination("nom-hn-cs-act-carnival", "cmp-2024-hn", "ACTIVITY", "org-hn-changsha", "org-hn-changsha-kaifu", "act-2024-hn-changsha-kaifu", "开福区科普进社区嘉年华", "设置应急避险体验、垃圾分类游戏和青少年科技作品展，居民全家参与，社会反响热烈，多家媒体报道。", 1, 6500, "赵磊", "0731-60000321"),
  nomination("nom-hn-cs-act-rice", "cmp-2024-hn", "ACTIVITY", "org-hn-changsha", "org-hn-base-rice", "act-2024-hn-rice-tour", "杂交水稻科普研学营", "以研学营形式带领青少年走进博物馆与试验田，配套短视频在抖音播放量超百万。", 4, 3200, "吴敏", "0731-60000324"),
  nomination("nom-hn-zz-unit-crrc", "cmp-2024-hn", "UNIT", "org-hn-zhuzhou", "org-hn-zhuzhou-crrc", null, "中车株洲电力机车有限公司科协", "开放生产线与展示中心，开发轨道交通AR科普产品，组织工程师进校园。", 6, 4800, "郑涛", "0731-60000331"),
  nomination("nom-hn-zz-act-rail", "cmp-2024-hn", "ACTIVITY", "org-hn-zhuzhou", "org-hn-zhuzhou-crrc", "act-2024-hn-zhuzhou-rail", "大国重器·轨道交通科普开放日", "青少年走进电力机车生产线，体验驾驶模拟器，感受大国重器的创新力量。", 1, 1500, "郑涛", "0731-60000331"),
  nomination("nom-hn-soc-unit-nutrition", "cmp-2024-hn", "UNIT", "org-hn-soc-nutrition", "org-hn-soc-nutrition", null, "湖南省营养学会", "组织营养专家开展社区膳食指导和健康咨询，覆盖全省8个市州。", 20, 9000, "冯丽", "0731-60000341"),
  nomination("nom-hn-soc-act-nutrition", "cmp-2024-hn", "ACTIVITY", "org-hn-soc-nutrition", "org-hn-soc-nutrition", "act-2024-hn-nutrition", "全民营养周·减盐减油减糖科普行", "专家进社区现场测量血压血糖并提供个性化膳食建议，深受老年居民欢迎。", 5, 2100, "冯丽", "0731-60000341"),
  nomination("nom-hn-edu-act-teachers", "cmp-2024-hn", "ACTIVITY", "org-hn-dept-edu", "org-hn-dept-edu", "act-2024-hn-edu-teachers", "中小学科学教师实验教学培训", "线上线下结合培训全省科学教师，推广优秀实验课例，助力科学教育加法。", 2, 3600, "何平", "0731-60000351"),
  nomination("nom-cq-yz-act-street", "cmp-2024-cq", "ACTIVITY", "org-cq-yuzhong", "org-cq-yuzhong", "act-2024-cq-yuzhong-street", "解放碑科普集市", "在城市核心商圈设置20余个科普展位，市民参与度高，形成渝中区科普品牌。", 1, 8000, "陈刚", "023-60000211"),
  nomination("nom-cq-unit-museum", "cmp-2024-cq", "UNIT", "org-cq", "org-cq-museum", null, "重庆科技馆", "牵头策划重庆科普地图与场馆联动打卡路线，带动全市场馆协同开放。", 15, 46000, "李红", "023-60000201"),
  nomination("nom-sz-ns-act-bay", "cmp-2024-sz", "ACTIVITY", "org-sz-nanshan", "org-sz-nanshan", "act-2024-sz-nanshan-bay", "深圳湾红树林生态科普打卡", "结合生态保护主题设置打卡点位，贯穿整个科普月，吸引大量亲子家庭参与。", 23, 21000, "林晓", "0755-80000411"),
];
