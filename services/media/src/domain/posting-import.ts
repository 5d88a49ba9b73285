import type { SheetRow } from "@kepu/tabular";
import { normalizeText } from "@kepu/text";
import { type CalendarDay, readDay, readInstant, shanghaiDayOf } from "@kepu/time";

/**
 * The postings and metrics import (issue 8 §4): one row per posting and day, as platforms' back
 * offices export them. Columns may come in any order; unknown columns are ignored. Times without an
 * offset are Beijing time, as the header says (a spreadsheet has no time zones); everything else
 * follows the platform's rules (@kepu/time, @kepu/text).
 */
export const postingColumns = {
  workId: ["作品编号", "作品ID", "work id"],
  platform: ["平台", "发布平台", "platform"],
  url: ["链接", "作品链接", "url"],
  postedAt: ["发布时间（北京时间）", "发布时间", "posted at"],
  takenOn: ["统计日期", "taken on"],
  views: ["浏览量", "播放量", "views"],
  likes: ["点赞数", "点赞", "likes"],
  shares: ["转发数", "分享数", "shares"],
  comments: ["评论数", "comments"],
} as const;
export type PostingColumn = keyof typeof postingColumns;

/** Most data rows one file may hold. */
export const maxPostingRows = 5000;
/** Largest figure a platform shows for one posting (beyond it the number is a typo). */
export const maxFigure = 2_000_000_000;

export interface PostingRecord {
  row: number;
  workId: string;
  platform: string;
  url: string;
  postedAt: Date;
  takenOn: CalendarDay;
  views: number;
  likes: number;
  shares: number;
  comments: number;
}

export type PostingRowReading = { ok: true; record: PostingRecord } | { ok: false; row: number; errors: string[] };

/**
 * The header row's columns, or why the file cannot be read (a required column is missing). The
 * header is the first non-blank row.
 */
export function postingHeader(
  rows: readonly SheetRow[],
): { ok: true; columns: Map<PostingColumn, number>; data: SheetRow[] } | { ok: false; message: string } {
  const nonBlank = rows.filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  const [header, ...data] = nonBlank;
  if (!header)
    return { ok: false, message: "文件是空的：第1行应为表头（作品编号、平台、链接……），其下每行一条发布记录" };
  const columns = new Map<PostingColumn, number>();
  for (const [index, cell] of header.cells.entries()) {
    const name = normalizeText(cell).toLowerCase();
    for (const [column, names] of Object.entries(postingColumns) as [PostingColumn, readonly string[]][]) {
      if (names.some((n) => normalizeText(n).toLowerCase() === name) && !columns.has(column))
        columns.set(column, index);
    }
  }
  const missing = (Object.keys(postingColumns) as PostingColumn[]).filter((c) => !columns.has(c));
  if (missing.length) {
    return { ok: false, message: `表头缺少列：${missing.map((c) => postingColumns[c][0]).join("、")}` };
  }
  if (data.length > maxPostingRows) return { ok: false, message: `一次最多导入${maxPostingRows}行，请分批导入` };
  return { ok: true, columns, data };
}

/** One data row checked on its own (what needs the database is checked by the caller). */
export function readPostingRow(
  row: SheetRow,
  columns: Map<PostingColumn, number>,
  now = new Date(),
): PostingRowReading {
  const cell = (column: PostingColumn) => normalizeText(row.cells[columns.get(column) ?? -1] ?? "");
  const errors: string[] = [];
  const label = (column: PostingColumn) => `第${row.row}行「${postingColumns[column][0]}」`;
  const workId = cell("workId");
  if (!workId) errors.push(`${label("workId")}为空`);
  const platform = cell("platform");
  if (!platform) errors.push(`${label("platform")}为空`);
  const url = cell("url");
  let canonicalUrl = "";
  if (!URL.canParse(url) || new URL(url).protocol !== "https:") errors.push(`${label("url")}须为 https 链接`);
  else canonicalUrl = new URL(url).toString();
  const postedText = cell("postedAt");
  const wallClock = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/.test(postedText);
  const posted = readInstant(
    wallClock ? `${postedText.replace(" ", "T")}${postedText.length === 16 ? ":00" : ""}+08:00` : postedText,
  );
  if (!posted.ok) errors.push(`${label("postedAt")}：${posted.message}`);
  else if (posted.value.getTime() > now.getTime()) errors.push(`${label("postedAt")}不能晚于现在`);
  const taken = readDay(cell("takenOn"));
  if (!taken.ok) errors.push(`${label("takenOn")}：${taken.message}`);
  else {
    if (taken.value > shanghaiDayOf(now)) errors.push(`${label("takenOn")}不能晚于今天`);
    if (posted.ok && taken.value < shanghaiDayOf(posted.value)) errors.push(`${label("takenOn")}早于发布时间`);
  }
  const figure = (column: "views" | "likes" | "shares" | "comments") => {
    const text = cell(column).replace(/,/g, "");
    const value = Number(text);
    if (text === "" || !Number.isInteger(value) || value < 0 || value > maxFigure) {
      errors.push(`${label(column)}须为 0 到 ${maxFigure} 之间的整数`);
      return 0;
    }
    return value;
  };
  const views = figure("views");
  const likes = figure("likes");
  const shares = figure("shares");
  const comments = figure("comments");
  if (errors.length || !posted.ok || !taken.ok) return { ok: false, row: row.row, errors };
  return {
    ok: true,
    record: {
      row: row.row,
      workId,
      platform,
      url: canonicalUrl,
      postedAt: posted.value,
      takenOn: taken.value,
      views,
      likes,
      shares,
      comments,
    },
  };
}
