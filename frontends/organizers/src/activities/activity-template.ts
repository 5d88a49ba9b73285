/**
 * The activity import's template (批量导入活动, issue 9 §3): the columns the server reads, under the
 * headers it shows first (services/activities domain/activity-import.ts), and one example row, as a
 * CSV with a byte-order mark so Excel and WPS read the Chinese.
 */
export const activityTemplateHeaders = [
  "活动名称",
  "活动简介",
  "活动类别",
  "品牌活动",
  "活动形式",
  "线上线下",
  "主题",
  "面向对象",
  "开始时间",
  "结束时间",
  "名额",
  "行政区划代码",
  "活动地点",
  "详细地址",
  "纬度",
  "经度",
  "坐标系",
  "直播链接",
  "联系人",
  "联系电话",
  "联系邮箱",
] as const;

/** The template's text: the header and an example row naming `category` and lying in `regionCode`. */
export function activityTemplateCsv(example: { category: string; regionCode: string | null; year: number }): string {
  const row = [
    "青少年科学实验秀",
    "现场演示趣味科学实验，邀请青少年动手参与。",
    example.category,
    "",
    "科学实验、展览",
    "线下",
    "科学实验",
    "青少年、社会公众",
    `${example.year}-09-20 09:30`,
    `${example.year}-09-20 11:00`,
    "50",
    example.regionCode ?? "",
    "某某科技馆",
    "某某路1号",
    "",
    "",
    "WGS84",
    "",
    "张三",
    "13800138000",
    "",
  ];
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return `\uFEFF${[activityTemplateHeaders, row].map((line) => line.map(quote).join(",")).join("\r\n")}\r\n`;
}
