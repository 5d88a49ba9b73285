import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * Reading an uploaded spreadsheet into rows of text, for every import (units in organizations,
 * postings and metrics in media): base64 to bytes, bytes to text (CSV, decoded strictly) or cells
 * (XLSX). No rules about what the rows mean (each service's domain) and no database. Every refusal
 * is a FileRefusal whose message a person can act on.
 */

/** One spreadsheet row: its number (the header is usually row 1) and its cells as text. */
export interface SheetRow {
  row: number;
  cells: readonly string[];
}

/** The largest file an import takes by default (bytes): 5 MB. */
export const maxImportBytes = 5 * 1024 * 1024;

/** Why a file of `bytes` is too large for an import of at most `maxBytes`, or null. */
export function checkFileSize(bytes: number, maxBytes = maxImportBytes): string | null {
  const limit = Math.round(maxBytes / 1024 / 1024);
  return bytes > maxBytes
    ? `文件大小超过 ${limit} MB 上限（${(bytes / 1024 / 1024).toFixed(1)} MB），请分批导入`
    : null;
}

export type SpreadsheetFormat = "CSV" | "XLSX";

/** The file cannot be read; `message` says why and, where it can, at which row and column. */
export class FileRefusal extends Error {
  override readonly name = "FileRefusal";
}

/** Base64 (optionally a data: URL, as FileReader gives it) to bytes; size checked before decoding. */
export function decodeBase64(text: string, maxBytes = maxImportBytes): Uint8Array {
  const base64 = text.replace(/^data:[^,]*;base64,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    throw new FileRefusal("文件内容不是有效的 base64 编码，请重新选择文件上传");
  }
  // The decoded size, known before decoding, so an oversized upload is not copied once more.
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  const sizeProblem = checkFileSize(Math.floor((base64.length * 3) / 4) - padding, maxBytes);
  if (sizeProblem) throw new FileRefusal(sizeProblem);
  return Buffer.from(base64, "base64");
}

/** The rows of a CSV or XLSX file, with their spreadsheet row numbers. */
export async function readSpreadsheet(format: SpreadsheetFormat, bytes: Uint8Array): Promise<SheetRow[]> {
  return format === "CSV" ? readCsv(bytes) : readXlsx(bytes);
}

const utf8Bom = [0xef, 0xbb, 0xbf];
const replacement = "\uFFFD";

export type CsvEncoding = "UTF-8" | "GB18030";

/**
 * Which encoding a CSV file is in, and its text, strictly: UTF-8 (with or without BOM) or, as Excel
 * in China saves "CSV", GB18030 (a superset of GBK and GB2312). Never a guess that garbles:
 *
 * - A file with a UTF-8 BOM is UTF-8; any invalid byte in it is refused.
 * - A file that is valid UTF-8 is UTF-8.
 * - Otherwise the file is read as GB18030 only when it does not look like UTF-8 damaged in places:
 *   GBK-encoded Chinese is almost never valid UTF-8, so its UTF-8 reading is mostly invalid
 *   sequences. If at least as many non-ASCII characters read as valid UTF-8 as there are invalid
 *   sequences, the file is UTF-8 with stray bytes (an editor's slip, a cut-off character) and is
 *   refused, naming where, instead of being re-read as GBK mojibake.
 * - A GB18030 reading with an invalid sequence is refused too.
 *
 * Either way the message names the spreadsheet row and column of the first undecodable byte.
 */
export function decodeCsv(bytes: Uint8Array): { encoding: CsvEncoding; text: string } {
  const hasBom = utf8Bom.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = strictDecode("utf-8", body);
  if (utf8 !== null) return { encoding: "UTF-8", text: utf8 };

  const lossyUtf8 = new TextDecoder("utf-8").decode(body);
  if (hasBom) throw undecodable(lossyUtf8, "文件以 UTF-8 标记开头，但含有不是 UTF-8 的字节");
  let invalid = 0;
  let validNonAscii = 0;
  for (const char of lossyUtf8) {
    if (char === replacement) invalid += 1;
    else if ((char.codePointAt(0) ?? 0) > 0x7f) validNonAscii += 1;
  }
  if (validNonAscii >= invalid) {
    throw undecodable(lossyUtf8, "文件是 UTF-8 编码，但有字节已损坏（可能被别的程序改动过）");
  }
  const gb = strictDecode("gb18030", body);
  if (gb !== null) return { encoding: "GB18030", text: gb };
  throw undecodable(new TextDecoder("gb18030").decode(body), "文件既不是有效的 UTF-8，也不是有效的 GBK/GB18030 编码");
}

function strictDecode(encoding: "utf-8" | "gb18030", bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The refusal for a file that does not decode, naming the row and column of the first bad byte. */
function undecodable(lossyText: string, what: string): FileRefusal {
  const advice = "请在 Excel 或 WPS 中打开原表格，另存为「CSV UTF-8（逗号分隔）」或 .xlsx 后重新导入";
  const rows = csvRows(lossyText);
  const header = rows[0]?.cells ?? [];
  for (const { row, cells } of rows) {
    const column = cells.findIndex((cell) => cell.includes(replacement));
    if (column < 0) continue;
    const name = row > 1 && header[column]?.trim() ? `「${header[column]?.trim()}」列` : `第${column + 1}列`;
    return new FileRefusal(`无法读取文件：${what}，第${row}行${name}（第${column + 1}列）有无法识别的字节。${advice}`);
  }
  return new FileRefusal(`无法读取文件：${what}。${advice}`);
}

/** Parses CSV text; each record is one spreadsheet row, even when a quoted cell spans several lines. */
function csvRows(text: string): SheetRow[] {
  const records: string[][] = parseCsv(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

function readCsv(bytes: Uint8Array): SheetRow[] {
  const { text } = decodeCsv(bytes);
  let rows: SheetRow[];
  try {
    rows = csvRows(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileRefusal(`无法读取 CSV 文件，请检查文件格式（${reason}）`);
  }
  refuseReplacementCharacters(rows);
  return rows;
}

/**
 * A cell holding U+FFFD was garbled before the file reached us (a converter that gave up on a
 * character): refused, as the text would be stored wrong.
 */
function refuseReplacementCharacters(rows: readonly SheetRow[]): void {
  for (const { row, cells } of rows) {
    const column = cells.findIndex((cell) => cell.includes(replacement));
    if (column >= 0) {
      throw new FileRefusal(
        `第${row}行第${column + 1}列含有乱码字符「${replacement}」：文件在导出时已有字符丢失，请修正原表格后重新导入`,
      );
    }
  }
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new FileRefusal("无法读取 XLSX 文件：请确认是 Excel 2007 及以上版本保存的 .xlsx 文件（不支持 .xls）");
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // `text` is what the cell shows: numbers without exponent, formula results, hyperlinks' text.
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text ?? "");
    rows.push({ row: rowNumber, cells });
  });
  refuseReplacementCharacters(rows);
  return rows;
}
