import type { SheetRow } from "@kepu/tabular";
import { normalizeText } from "@kepu/text";
import { readInstant, shanghaiOffsetMs } from "@kepu/time";
import { createActivityInputSchema } from "./activity-input.js";
import { type CoordinateSystem, toWgs84 } from "./coordinates.js";
import { regionProblem } from "./region.js";
import { regionPointProblem } from "./region-bounds.js";

/**
 * 批量导入活动 (issue 9 §3): a unit's activities from a CSV or XLSX file, one row each, judged row by
 * row with the same rules as createActivity (activity-input.ts, region.ts, the campaign's
 * categories), all or nothing. This file reads and judges; the resolver (schema/activity-import.ts)
 * writes. Times in the file are Asia/Shanghai wall-clock times (2024-09-20 09:30), as people type
 * them in a sheet, or ISO 8601 with an offset.
 */

/** Most data rows one file may carry. */
export const maxActivityImportRows = 1000;

export type ActivityImportColumn =
  | "title"
  | "summary"
  | "category"
  | "programme"
  | "forms"
  | "mode"
  | "topics"
  | "audiences"
  | "startsAt"
  | "endsAt"
  | "capacity"
  | "regionCode"
  | "venue"
  | "address"
  | "latitude"
  | "longitude"
  | "coordinateSystem"
  | "livestreamUrl"
  | "contactName"
  | "contactPhone"
  | "contactEmail";

/** Each column's headers: the first is what the template shows; the others are accepted too. */
export const activityImportHeaders: Record<ActivityImportColumn, readonly string[]> = {
  title: ["活动名称", "名称", "title"],
  summary: ["活动简介", "简介", "summary"],
  category: ["活动类别", "类别", "category"],
  programme: ["品牌活动", "programme"],
  forms: ["活动形式", "形式", "forms"],
  mode: ["线上线下", "举办方式", "mode"],
  topics: ["主题", "topics"],
  audiences: ["面向对象", "对象", "audiences"],
  startsAt: ["开始时间", "startsAt"],
  endsAt: ["结束时间", "endsAt"],
  capacity: ["名额", "capacity"],
  regionCode: ["行政区划代码", "regionCode"],
  venue: ["活动地点", "地点", "venue"],
  address: ["详细地址", "地址", "address"],
  latitude: ["纬度", "latitude"],
  longitude: ["经度", "longitude"],
  coordinateSystem: ["坐标系", "coordinateSystem"],
  livestreamUrl: ["直播链接", "livestreamUrl"],
  contactName: ["联系人", "contactName"],
  contactPhone: ["联系电话", "电话", "contactPhone"],
  contactEmail: ["联系邮箱", "邮箱", "contactEmail"],
};

const required: readonly ActivityImportColumn[] = ["title", "category", "forms", "mode", "startsAt", "endsAt"];

/** Values a cell may name, by their Chinese labels (as the organizer app shows them) or their codes. */
const formLabels: Record<string, readonly string[]> = {
  EXHIBITION: ["展览"],
  LECTURE: ["报告讲座", "报告", "讲座"],
  EXPERIMENT: ["科学实验", "实验"],
  STUDY_TOUR: ["研学实践", "研学"],
  SCIENCE_NIGHT: ["科学之夜"],
  CHECK_IN_TRAIL: ["联动打卡", "打卡"],
  OPEN_DAY: ["开放日"],
  LIVESTREAM: ["云讲堂直播", "云讲堂", "直播"],
  ONLINE_EXHIBITION: ["云看展"],
  COMPETITION: ["竞赛"],
  TRAINING: ["技能培训", "培训"],
  CONSULTATION: ["科技咨询", "咨询"],
  SALON: ["沙龙"],
  AR_VR: ["AR/VR 体验", "AR/VR", "VR", "AR"],
};
const modeLabels: Record<string, readonly string[]> = {
  OFFLINE: ["线下"],
  ONLINE: ["线上"],
  HYBRID: ["线上线下", "线上+线下", "线上和线下"],
};
const audienceLabels: Record<string, readonly string[]> = {
  POLICY_MAKERS: ["领导干部和公务员", "领导干部", "公务员"],
  STUDENTS_AND_YOUNG_RESEARCHERS: ["大学生和青年科技工作者", "大学生", "青年科技工作者"],
  CHILDREN_AND_TEENAGERS: ["青少年", "少年儿童", "中小学生"],
  ELDERLY: ["老年人", "老年"],
  FARMERS: ["农民"],
  WOMEN: ["妇女"],
  GENERAL_PUBLIC: ["社会公众", "公众"],
};

const key = (text: string) => normalizeText(text).replaceAll(" ", "").toUpperCase();

function lookup(labels: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(labels)) {
    map.set(key(code), code);
    for (const name of names) map.set(key(name), code);
  }
  return map;
}
const forms = lookup(formLabels);
const modes = lookup(modeLabels);
const audiences = lookup(audienceLabels);

/** A list cell: items separated by 、，,；; or new lines. */
const items = (cell: string) =>
  cell
    .split(/[、，,；;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * A time cell: ISO 8601 with an offset, or a Shanghai wall-clock time 2024-09-20 09:30 (also with
 * slashes, a T, seconds). Null when it is neither.
 */
export function readSheetTime(cell: string): Date | null {
  const withOffset = readInstant(cell);
  if (withOffset.ok) return withOffset.value;
  // An XLSX date cell as exceljs shows it: the sheet's wall-clock time written as if it were UTC.
  if (/^\w{3} \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT\+0000/.test(cell)) {
    const asUtc = new Date(cell).getTime();
    return Number.isNaN(asUtc) ? null : new Date(asUtc - shanghaiOffsetMs);
  }
  const wall = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(cell.trim());
  if (!wall) return null;
  const [, y, mo, d, h, mi, s] = wall.map(Number) as number[];
  const utc = Date.UTC(y as number, (mo as number) - 1, d, h, mi, s || 0) - shanghaiOffsetMs;
  const date = new Date(utc);
  // Refuses 2024-02-30 and 25:00 rather than rolling them over.
  const back = new Date(utc + shanghaiOffsetMs);
  if (back.getUTCMonth() !== (mo as number) - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h) return null;
  return date;
}

/** A category a row may name: by its Chinese name or its key. */
export interface ImportCategory {
  id: string;
  key: string;
  nameZh: string;
}

/** What the rows are judged against: the campaign's categories and the host's region. */
export interface ActivityImportContext {
  categories: readonly ImportCategory[];
  hostRegionCode: string | null;
}

/** A valid row, ready to write (times and point derived, category resolved). */
export interface ImportedActivity {
  row: number;
  title: string;
  summary: string;
  categoryId: string;
  programme: string | null;
  forms: string[];
  mode: string;
  topics: string[];
  audiences: string[];
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  regionCode: string | null;
  venue: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  livestreamUrl: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

export interface ActivityImportRowReport {
  row: number;
  title: string | null;
  ok: boolean;
  errors: string[];
}

export type ActivityImportPlan =
  | { ok: false; message: string }
  | { ok: true; accepted: boolean; rows: ActivityImportRowReport[]; activities: ImportedActivity[] };

const headerKey = (cell: string) => normalizeText(cell).replaceAll(" ", "").toLowerCase();

const columnByHeader = new Map<string, ActivityImportColumn>(
  (Object.entries(activityImportHeaders) as [ActivityImportColumn, readonly string[]][]).flatMap(([column, headers]) =>
    headers.map((header) => [headerKey(header), column] as const),
  ),
);

/**
 * Judges every row of the sheet (header first) and says, for each, what to fix in Chinese (第N行：…),
 * naming the column. `ok: false` when the file itself cannot be used (no header, a required column
 * missing, a column twice, no rows, too many rows). Nothing here touches a database.
 */
export function planActivityImport(rows: readonly SheetRow[], context: ActivityImportContext): ActivityImportPlan {
  const nonBlank = rows.filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  const [header, ...data] = nonBlank;
  if (!header) return { ok: false, message: "文件是空的：第1行应为表头（活动名称、活动类别……），其下每行一个活动" };
  const indexOf = new Map<ActivityImportColumn, number>();
  for (const [index, cell] of header.cells.entries()) {
    const column = columnByHeader.get(headerKey(cell));
    if (!column) continue;
    if (indexOf.has(column)) {
      return { ok: false, message: `表头中「${activityImportHeaders[column][0]}」列出现了不止一次，请只保留一列` };
    }
    indexOf.set(column, index);
  }
  const missing = required.filter((column) => !indexOf.has(column));
  if (missing.length) {
    return {
      ok: false,
      message: `第${header.row}行的表头缺少：${missing.map((c) => `「${activityImportHeaders[c][0]}」`).join("、")}`,
    };
  }
  if (data.length === 0) return { ok: false, message: "文件中只有表头，没有要导入的活动" };
  if (data.length > maxActivityImportRows) {
    return {
      ok: false,
      message: `文件有 ${data.length} 行数据，超过单次导入 ${maxActivityImportRows} 行的上限，请分批导入`,
    };
  }
  const categories = new Map<string, ImportCategory>();
  for (const category of context.categories) {
    categories.set(key(category.nameZh), category);
    categories.set(key(category.key), category);
  }
  const reports: ActivityImportRowReport[] = [];
  const activities: ImportedActivity[] = [];
  for (const sheetRow of data) {
    const cell = (column: ActivityImportColumn) => {
      const index = indexOf.get(column);
      return index === undefined ? "" : normalizeText(sheetRow.cells[index] ?? "");
    };
    const errors: string[] = [];
    const fail = (column: ActivityImportColumn, message: string) =>
      errors.push(`第${sheetRow.row}行「${activityImportHeaders[column][0]}」：${message}`);
    const codes = (column: ActivityImportColumn, map: Map<string, string>) =>
      items(cell(column)).flatMap((item) => {
        const code = map.get(key(item));
        if (!code) fail(column, `无法识别「${item}」`);
        return code ? [code] : [];
      });

    const category = categories.get(key(cell("category")));
    if (!category) fail("category", cell("category") ? `本届次没有「${cell("category")}」这一类别` : "请填写");
    const mode = modes.get(key(cell("mode")));
    if (!mode) fail("mode", `应为 线下、线上 或 线上线下`);
    const startsAt = readSheetTime(cell("startsAt"));
    if (!startsAt) fail("startsAt", "应为 2024-09-20 09:30 这样的北京时间");
    const endsAt = readSheetTime(cell("endsAt"));
    if (!endsAt) fail("endsAt", "应为 2024-09-20 11:00 这样的北京时间");
    const number = (column: ActivityImportColumn) => {
      const text = cell(column);
      if (!text) return null;
      const value = Number(text);
      if (!Number.isFinite(value)) fail(column, "应为数字");
      return Number.isFinite(value) ? value : null;
    };
    const capacity = number("capacity");
    if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) fail("capacity", "应为正整数");
    const system = (cell("coordinateSystem").toUpperCase().replace("-", "") || "WGS84") as CoordinateSystem;
    if (system !== "WGS84" && system !== "GCJ02") fail("coordinateSystem", "应为 WGS84 或 GCJ02");

    const candidate = {
      campaignId: "-",
      hostOrgId: "-",
      title: cell("title"),
      summary: cell("summary"),
      categoryId: category?.id ?? "-",
      programme: cell("programme") || null,
      forms: codes("forms", forms),
      mode: mode ?? "OFFLINE",
      topics: items(cell("topics")),
      audiences: codes("audiences", audiences),
      startsAt: startsAt ?? undefined,
      endsAt: endsAt ?? undefined,
      regionCode: cell("regionCode") || null,
      venue: cell("venue") || null,
      address: cell("address") || null,
      latitude: number("latitude"),
      longitude: number("longitude"),
      livestreamUrl: cell("livestreamUrl") || null,
      contactName: cell("contactName") || null,
      contactPhone: cell("contactPhone") || null,
      contactEmail: cell("contactEmail") || null,
    };
    const checked = createActivityInputSchema.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const column = (issue.path[0] as ActivityImportColumn | undefined) ?? "title";
        // Missing times were reported above in the sheet's own words.
        if ((column === "startsAt" || column === "endsAt") && (!startsAt || !endsAt)) continue;
        fail(column in activityImportHeaders ? column : "title", issue.message);
      }
    }
    if (candidate.regionCode && /^\d{6}$/.test(candidate.regionCode)) {
      const problem = regionProblem(candidate.regionCode, context.hostRegionCode);
      if (problem) fail("regionCode", problem);
    }
    const point =
      checked.success && checked.data.latitude != null && checked.data.longitude != null
        ? toWgs84({ latitude: checked.data.latitude, longitude: checked.data.longitude }, system)
        : null;
    if (point && checked.data?.regionCode) {
      const problem = regionPointProblem(checked.data.regionCode, point);
      if (problem) fail("latitude", problem);
    }
    reports.push({ row: sheetRow.row, title: candidate.title || null, ok: errors.length === 0, errors });
    if (errors.length === 0 && checked.success && category && startsAt && endsAt && mode) {
      activities.push({
        row: sheetRow.row,
        title: checked.data.title,
        summary: checked.data.summary,
        categoryId: category.id,
        programme: checked.data.programme ?? null,
        forms: [...new Set(checked.data.forms)],
        mode,
        topics: [...new Set(checked.data.topics)],
        audiences: [...new Set(checked.data.audiences)],
        startsAt,
        endsAt,
        capacity,
        regionCode: checked.data.regionCode ?? null,
        venue: checked.data.venue ?? null,
        address: checked.data.address ?? null,
        latitude: point?.latitude ?? null,
        longitude: point?.longitude ?? null,
        livestreamUrl: checked.data.livestreamUrl ?? null,
        contactName: checked.data.contactName ?? null,
        contactPhone: checked.data.contactPhone ?? null,
        contactEmail: checked.data.contactEmail ?? null,
      });
    }
  }
  return { ok: true, accepted: reports.every((r) => r.ok), rows: reports, activities };
}
