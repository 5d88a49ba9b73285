/**
 * The topics activities and science works are filed under (DOMAIN.md "Topics", from the 2023 and
 * 2024 national notices: frontier science and everyday life). One list for every service, so a
 * filter by topic finds activities and works alike; the public apps read it from the graph.
 */
export const scienceTopics = [
  // Frontier (前沿科技)
  "量子科技",
  "人工智能",
  "航空航天",
  "探月探火",
  "深海深地",
  "集成电路",
  "卫星导航",
  "生物技术",
  "新能源",
  "新材料",
  // Everyday (生活科普)
  "卫生健康",
  "食品安全",
  "防灾避险",
  "低碳生活",
  "安全生产",
  "数字素养",
  "生态环境",
  "科学家精神",
] as const;
export type ScienceTopic = (typeof scienceTopics)[number];

/** Whether `topic` is one of scienceTopics (after normalization by the caller). */
export function isScienceTopic(topic: string): topic is ScienceTopic {
  return (scienceTopics as readonly string[]).includes(topic);
}
