import type { SheetRow } from "@kepu/tabular";
import { normalizeText } from "@kepu/text";
import type { z } from "zod";
import { address, contact, orgName, shortName } from "./org-input.js";
import { regionCodeProblem } from "./regions.js";

/**
 * Bulk import of units (and one contact each) from a spreadsheet: the rules, apart from reading the
 * file and writing the database. Rows come in as cells of text with their spreadsheet row numbers;
 * out come the units to create, parents first, and a report naming every row's problems in words a
 * person can act on. One bad row rejects the whole file, so an import never half-happens.
 */

export { checkFileSize, maxImportBytes, type SheetRow } from "@kepu/tabular";
export const maxImportRows = 5000;
/**
 * How deep the file's own tree may nest below existing units. Real trees are a handful of levels;
 * a deeper chain is a 上级单位 typed wrong, and paths hundreds of ids long would overflow the index.
 */
export const maxImportDepth = 20;

export type OrgKindName =
  | "ASSOCIATION"
  | "SOCIETY"
  | "BASE"
  | "MUSEUM"
  | "DEPARTMENT"
  | "ENTERPRISE"
  | "UNIVERSITY"
  | "PARK"
  | "COORDINATION_BODY"
  | "OTHER";
export type OrgLevelName = "NATIONAL" | "PROVINCIAL" | "PREFECTURAL" | "COUNTY" | "GRASSROOTS";

export const kindLabels: Readonly<Record<OrgKindName, string>> = {
  ASSOCIATION: "科协",
  SOCIETY: "学会",
  BASE: "科普基地",
  MUSEUM: "科技馆",
  DEPARTMENT: "政府部门",
  ENTERPRISE: "企业",
  UNIVERSITY: "高校",
  PARK: "园区",
  COORDINATION_BODY: "协调机构",
  OTHER: "其他",
};
export const levelLabels: Readonly<Record<OrgLevelName, string>> = {
  NATIONAL: "全国",
  PROVINCIAL: "省级",
  PREFECTURAL: "地市级",
  COUNTY: "县级",
  GRASSROOTS: "基层",
};

export type ImportColumn =
  | "name"
  | "shortName"
  | "kind"
  | "level"
  | "parent"
  | "regionCode"
  | "address"
  | "contactName"
  | "contactTitle"
  | "phone"
  | "email";

/** The header each column goes by: its Chinese name first (used in messages), then English aliases. */
const columnHeaders: Readonly<Record<ImportColumn, readonly string[]>> = {
  name: ["名称", "name"],
  shortName: ["简称", "shortName"],
  kind: ["类型", "kind"],
  level: ["层级", "level"],
  parent: ["上级单位", "parent"],
  regionCode: ["行政区划代码", "regionCode"],
  address: ["地址", "address"],
  contactName: ["联系人", "contactName"],
  contactTitle: ["职务", "contactTitle"],
  phone: ["电话", "phone"],
  email: ["邮箱", "email"],
};

/** Header cells are matched loosely: width, case, spaces and a "required" star (名称＊) do not matter. */
const headerKey = (cell: string) => normalizeText(cell).replace(/[\s*]/g, "").toLowerCase();
const columnByHeader = new Map(
  (Object.entries(columnHeaders) as [ImportColumn, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [headerKey(name), column] as const),
  ),
);

/**
 * One data row, every column as normalized text (@kepu/text: NFKC, invisible characters removed,
 * spaces collapsed and trimmed; "" when blank or absent), so names compare as they will be stored.
 */
export type ImportRecord = { row: number } & Record<ImportColumn, string>;

export type SheetReading = { ok: true; records: ImportRecord[] } | { ok: false; message: string };

/**
 * Finds the header (the first non-blank row) and turns the rows below it into records. Columns may
 * come in any order; unknown columns are ignored; blank rows are skipped but keep their numbers.
 */
export function readSheet(rows: readonly SheetRow[]): SheetReading {
  const nonBlank = rows.filter((r) => r.cells.some((cell) => cell.trim() !== ""));
  const [header, ...data] = nonBlank;
  if (!header) return { ok: false, message: "文件是空的：第1行应为表头（名称、类型、层级……），其下每行一个单位" };

  const indexOf = new Map<ImportColumn, number>();
  for (const [index, cell] of header.cells.entries()) {
    const column = columnByHeader.get(headerKey(cell));
    if (!column) continue;
    if (indexOf.has(column)) {
      return { ok: false, message: `表头中「${columnHeaders[column][0]}」列出现了不止一次，请只保留一列` };
    }
    indexOf.set(column, index);
  }
  if (!indexOf.has("name")) {
    return {
      ok: false,
      message: `第${header.row}行的表头中没有「名称」列：表头应包含 名称，以及 简称、类型、层级、上级单位、行政区划代码、地址、联系人、职务、电话、邮箱 中需要的列`,
    };
  }
  if (data.length === 0) return { ok: false, message: "文件中只有表头，没有要导入的单位" };
  if (data.length > maxImportRows) {
    return { ok: false, message: `文件有 ${data.length} 行数据，超过单次导入 ${maxImportRows} 行的上限，请分批导入` };
  }

  const records = data.map((r) => {
    const record = { row: r.row } as ImportRecord;
    for (const column of Object.keys(columnHeaders) as ImportColumn[]) {
      const index = indexOf.get(column);
      record[column] = index === undefined ? "" : normalizeText(r.cells[index] ?? "");
    }
    return record;
  });
  return { ok: true, records };
}

/** An org already in the database that a row's 上级单位 may name. */
export interface ExistingOrg {
  id: string;
  name: string;
  /** Inside the subtree of the org the file is imported under (itself included): may be named by name. */
  inImportSubtree: boolean;
  /** The importer administers it, so may add units under it. */
  administered: boolean;
  /** The region it lies in: its own GB/T 2260 code, else its nearest ancestor's; null when none has one. */
  region: string | null;
}

/** What the rules need to know about the database, as plain data and functions. */
export interface ImportLookups {
  /** The org the file is imported under (rows with an empty 上级单位 go here). */
  root: ExistingOrg;
  /** Existing orgs the file's 上级单位 cells name, by id or (inside the root's subtree) by name. */
  existing: readonly ExistingOrg[];
  /** Whether the existing org already has a child with exactly this name. */
  hasChildNamed(parentId: string, name: string): boolean;
}

export type PlannedParent = { kind: "existing"; id: string } | { kind: "row"; row: number };

export interface PlannedContact {
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
}

/** A unit to create. `depth` is 0 under an existing org, 1 under a unit of depth 0 of this file, … */
export interface PlannedOrg {
  row: number;
  name: string;
  shortName: string | null;
  kind: OrgKindName;
  level: OrgLevelName;
  regionCode: string | null;
  address: string | null;
  parent: PlannedParent;
  depth: number;
  contact: PlannedContact | null;
}

export interface ImportRowReport {
  row: number;
  name: string | null;
  ok: boolean;
  errors: string[];
}

export interface ImportPlan {
  /** True when every row is valid; then `orgs` holds them all, in file order (parents first). */
  accepted: boolean;
  rows: ImportRowReport[];
  orgs: PlannedOrg[];
}

const kindOptions = Object.values(kindLabels).join("、");
const levelOptions = Object.values(levelLabels).join("、");

function lookupLabel<K extends string>(labels: Readonly<Record<K, string>>, value: string): K | null {
  const upper = value.toUpperCase();
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    if (value === label || upper === key) return key;
  }
  return null;
}

/** The first message of a failed zod check, or null. */
function problem(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "格式不正确");
}

const blankToNull = (value: string) => (value === "" ? null : value);

/**
 * Checks every row and, when all are valid, plans the units to create. A row's 上级单位 is empty
 * (the import root), an existing org's id, the exact name of an org in the root's subtree, or the
 * name of an earlier row; a name that fits more than one of those is refused as ambiguous.
 */
export function planImport(records: readonly ImportRecord[], lookups: ImportLookups): ImportPlan {
  const existingById = new Map(lookups.existing.map((org) => [org.id, org]));
  existingById.set(lookups.root.id, lookups.root);
  const existingByName = new Map<string, ExistingOrg[]>();
  for (const org of existingById.values()) {
    if (!org.inImportSubtree) continue;
    existingByName.set(org.name, [...(existingByName.get(org.name) ?? []), org]);
  }
  const rowsByName = new Map<string, number[]>();
  for (const record of records) {
    if (record.name) rowsByName.set(record.name, [...(rowsByName.get(record.name) ?? []), record.row]);
  }

  const depthByRow = new Map<number, number>();
  const regionByRow = new Map<number, string | null>();
  const firstRowBySibling = new Map<string, number>();
  const rows: ImportRowReport[] = [];
  const orgs: PlannedOrg[] = [];

  for (const record of records) {
    const errors: string[] = [];
    const fail = (message: string) => errors.push(`第${record.row}行：${message}`);

    const name = record.name;
    if (!name) fail("请填写单位名称");
    else {
      const nameProblem = problem(orgName, name);
      if (nameProblem) fail(`${nameProblem}（「${name}」）`);
    }
    const short = record.shortName;
    const shortProblem = short ? problem(shortName, short) : null;
    if (shortProblem) fail(shortProblem);

    const kind = record.kind ? lookupLabel(kindLabels, record.kind) : null;
    if (!record.kind) fail(`请填写类型（${kindOptions}）`);
    else if (!kind) fail(`类型「${record.kind}」无法识别，应为 ${kindOptions} 之一`);
    const level = record.level ? lookupLabel(levelLabels, record.level) : null;
    if (!record.level) fail(`请填写层级（${levelOptions}）`);
    else if (!level) fail(`层级「${record.level}」无法识别，应为 ${levelOptions} 之一`);

    const addressProblem = record.address ? problem(address, record.address) : null;
    if (addressProblem) fail(addressProblem);

    // Phone numbers are often typed with spaces ("138 0013 8000"); the digits are what count.
    const phone = record.phone.replace(/\s+/g, "");
    const hasContact = Boolean(record.contactName || record.contactTitle || phone || record.email);
    const plannedContact: PlannedContact | null = hasContact
      ? {
          name: record.contactName,
          title: blankToNull(record.contactTitle),
          phone: blankToNull(phone),
          email: blankToNull(record.email),
        }
      : null;
    if (plannedContact) {
      if (!plannedContact.name) fail("填写了联系人的职务、电话或邮箱，请同时填写联系人姓名");
      const checked = contact.safeParse(plannedContact);
      if (!checked.success) {
        for (const issue of checked.error.issues) {
          const field = issue.path[0];
          if (field === "name" && !plannedContact.name) continue;
          if (field === "phone") fail(`电话「${record.phone}」格式不正确：${issue.message}`);
          else if (field === "email") fail(`邮箱「${record.email}」格式不正确：${issue.message}`);
          else fail(issue.message);
        }
      }
    }

    const parent = resolveParent(record, rowsByName, existingById, existingByName, lookups.root, fail);

    if (name && parent) {
      const parentKey = parent.kind === "existing" ? `id:${parent.id}` : `row:${parent.row}`;
      const siblingKey = `${parentKey}\u0000${name}`;
      const twinRow = firstRowBySibling.get(siblingKey);
      if (twinRow !== undefined) fail(`与第${twinRow}行重复：同一上级单位下不能有两个「${name}」`);
      else firstRowBySibling.set(siblingKey, record.row);
      if (parent.kind === "existing" && lookups.hasChildNamed(parent.id, name)) {
        const parentName = existingById.get(parent.id)?.name ?? parent.id;
        fail(`「${parentName}」下已有同名单位「${name}」，不能重复导入`);
      }
    }

    // One region rule with createOrg/updateOrg/moveOrg: a real code inside the region above.
    const enclosing = !parent
      ? null
      : parent.kind === "row"
        ? (regionByRow.get(parent.row) ?? null)
        : (existingById.get(parent.id)?.region ?? null);
    if (record.regionCode) {
      const regionProblem = regionCodeProblem(record.regionCode, enclosing);
      if (regionProblem) fail(regionProblem);
    }
    regionByRow.set(record.row, record.regionCode || enclosing);

    const depth = parent?.kind === "row" ? (depthByRow.get(parent.row) ?? 0) + 1 : 0;
    depthByRow.set(record.row, depth);
    if (depth >= maxImportDepth) {
      fail(`本文件中的上下级嵌套超过 ${maxImportDepth} 层，请检查上级单位是否填错`);
    }

    rows.push({ row: record.row, name: name || null, ok: errors.length === 0, errors });
    if (errors.length === 0 && kind && level && parent) {
      const org: PlannedOrg = {
        row: record.row,
        name,
        shortName: blankToNull(short),
        kind,
        level,
        regionCode: blankToNull(record.regionCode),
        address: blankToNull(record.address),
        parent,
        depth,
        contact: plannedContact,
      };
      orgs.push(org);
    }
  }

  const accepted = rows.every((row) => row.ok);
  return { accepted, rows, orgs: accepted ? orgs : [] };
}

function resolveParent(
  record: ImportRecord,
  rowsByName: ReadonlyMap<string, readonly number[]>,
  existingById: ReadonlyMap<string, ExistingOrg>,
  existingByName: ReadonlyMap<string, readonly ExistingOrg[]>,
  root: ExistingOrg,
  fail: (message: string) => void,
): PlannedParent | null {
  const ref = record.parent;
  const mayCreateUnder = (org: ExistingOrg): PlannedParent | null => {
    if (org.administered) return { kind: "existing", id: org.id };
    fail(`无权在「${org.name}」下新建单位：只能导入到您管理的单位之下`);
    return null;
  };
  if (!ref) return { kind: "existing", id: root.id };

  const byId = existingById.get(ref);
  if (byId) return mayCreateUnder(byId);

  const earlierRows = (rowsByName.get(ref) ?? []).filter((row) => row < record.row);
  const existing = existingByName.get(ref) ?? [];
  if (earlierRows.length + existing.length > 1) {
    const where = [
      ...(earlierRows.length ? [`本文件第${earlierRows.join("、")}行`] : []),
      ...(existing.length ? [`已有单位 ${existing.length} 个`] : []),
    ].join("，");
    fail(`上级单位「${ref}」有重名（${where}），请改填已有单位的ID，或让文件中的名称唯一`);
    return null;
  }
  const [row] = earlierRows;
  if (row !== undefined) return { kind: "row", row };
  const [org] = existing;
  if (org) return mayCreateUnder(org);

  const laterRow = (rowsByName.get(ref) ?? []).find((r) => r >= record.row);
  if (laterRow !== undefined && laterRow !== record.row) {
    fail(`上级单位「${ref}」在第${laterRow}行，请把它移到本行之前`);
  } else {
    fail(
      `上级单位「${ref}」不存在：请填写「${root.name}」或其下属单位的名称、已有单位的ID，或本文件中排在前面的单位名称；留空表示直属「${root.name}」`,
    );
  }
  return null;
}
