/** Where 千万IP创科普 works are posted (DOMAIN.md); a work names one of these. */
export const platforms = [
  "科普中国",
  "学习强国",
  "微博",
  "抖音",
  "腾讯",
  "快手",
  "知乎",
  "头条",
  "B站",
  "百度",
] as const;
export type Platform = (typeof platforms)[number];

export function isPlatform(value: string): value is Platform {
  return (platforms as readonly string[]).includes(value);
}
