import type { DemoWork, WorkKind } from "./types.js";

const work = (
  id: string,
  title: string,
  kind: WorkKind,
  authorName: string,
  platform: string,
  ownerOrgId: string,
  activityId: string | null,
  campaignId: string,
  publishedAt: string,
): DemoWork => ({ id, title, kind, authorName, platform, url: `https://example.org/works/${id}`, ownerOrgId, activityId, campaignId, publishedAt });

/** 千万IP创科普: works posted with #千万IP创科普# (URLs are placeholders on example.org). */
export const works: DemoWork[] = [
  work("work-quantum-60s", "60秒看懂量子计算", "SHORT_VIDEO", "科普中国前沿讲坛", "科普中国", "org-cast", "act-2024-frontier-forum", "cmp-2024", "2024-09-16T20:00:00+08:00"),
  work("work-rumor-salt", "低钠盐人人都能吃吗？", "SHORT_VIDEO", "营养师小林", "抖音", "org-soc-cns", "act-2024-nutrition-silver", "cmp-2024", "2024-09-19T12:00:00+08:00"),
  work("work-rumor-live", "科学辟谣直播回放：夏季饮食误区", "LIVESTREAM", "科普中国", "B站", "org-cast", "act-2024-ip-live", "cmp-2024", "2024-09-18T21:10:00+08:00"),
  work("work-quake-guide", "地震来了，家里哪里最安全", "IMAGE_SET", "应急科普", "微博", "org-dept-mem", "act-2024-mem-safety", "cmp-2024", "2024-09-22T17:00:00+08:00"),
  work("work-new-materials", "新质生产力里的新材料", "ARTICLE", "中国科学技术馆", "学习强国", "org-museum-cstm", "act-2024-cstm-future", "cmp-2024", "2024-09-15T10:00:00+08:00"),
  work("work-cq-trail-map", "重庆科普地图打卡攻略", "IMAGE_SET", "重庆科技馆", "微博", "org-cq-museum", "act-2024-cq-museum-trail", "cmp-2024-cq", "2024-09-14T18:00:00+08:00"),
  work("work-cq-dinosaur-vr", "VR带你走进侏罗纪的重庆", "VR", "重庆自然博物馆", "腾讯", "org-cq-natural-museum", "act-2024-cq-dinosaur", "cmp-2024-cq", "2024-09-20T09:00:00+08:00"),
  work("work-cq-storm", "山城暴雨为什么来得这么快", "SHORT_VIDEO", "重庆市气象学会", "快手", "org-cq-soc-meteo", "act-2024-cq-meteo", "cmp-2024-cq", "2024-09-18T19:00:00+08:00"),
  work("work-hn-rice-story", "一粒种子的旅程：杂交水稻五十年", "SHORT_VIDEO", "隆平水稻博物馆", "抖音", "org-hn-base-rice", "act-2024-hn-rice-tour", "cmp-2024-hn", "2024-09-21T20:00:00+08:00"),
  work("work-hn-materials-audio", "微末新材：粉末冶金的故事", "ARTICLE", "中南大学科协", "知乎", "org-hn-csu", "act-2024-hn-csu-salon", "cmp-2024-hn", "2024-09-19T21:00:00+08:00"),
  work("work-hn-kiwi-live", "科技小院猕猴桃直播课", "LIVESTREAM", "湘西州科协", "快手", "org-hn-xiangxi", "act-2024-hn-xiangxi-farm", "cmp-2024-hn", "2024-09-26T17:10:00+08:00"),
  work("work-hn-scientists", "一百个中国科学家的故事·袁隆平", "ARTICLE", "湖南省科协", "头条", "org-hn", null, "cmp-2024-hn", "2024-09-16T08:00:00+08:00"),
  work("work-sz-ai-expo", "深圳科技馆人工智能展导览", "SHORT_VIDEO", "深圳科学技术馆", "B站", "org-sz-museum", "act-2024-sz-museum-ai", "cmp-2024-sz", "2024-09-05T12:00:00+08:00"),
  work("work-sz-mangrove", "红树林里的候鸟驿站", "IMAGE_SET", "南山区科协", "百度", "org-sz-nanshan", "act-2024-sz-nanshan-bay", "cmp-2024-sz", "2024-09-08T10:00:00+08:00"),
  work("work-2023-space", "空间站里的科学实验", "SHORT_VIDEO", "中国科学技术馆", "科普中国", "org-museum-cstm", "act-2023-cstm-expo", "cmp-2023", "2023-09-18T10:00:00+08:00"),
];
