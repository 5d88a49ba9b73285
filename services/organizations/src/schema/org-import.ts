import { administers, placeFromPath } from "@kepu/auth";
import { forbidden, notFound, userError } from "@kepu/subgraph";
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { recordAudit } from "../audit.js";
import { builder, type Context } from "../builder.js";
import {
  checkFileSize,
  type ExistingOrg,
  type ImportPlan,
  type PlannedOrg,
  planImport,
  readSheet,
  type SheetRow,
} from "../domain/org-import.js";
import { pathFor } from "../domain/tree.js";
import { regionsOf } from "../org-regions.js";
import { rethrowDuplicate, viewerId } from "./guards.js";

/**
 * 批量导入: units and their contacts from a CSV or XLSX file. The resolver reads the file into rows
 * of text, asks the database what the rows refer to, lets domain/org-import.ts judge every row, and
 * writes everything in one transaction only when every row is valid.
 */

type ImportFormat = "CSV" | "XLSX";

const OrgImportFormat = builder.enumType("OrgImportFormat", { values: ["CSV", "XLSX"] as const });

const ImportOrgsInput = builder.inputType("ImportOrgsInput", {
  fields: (t) => ({
    parentId: t.id({
      description: "The unit under which the file's units go (rows with an empty 上级单位 hang here).",
    }),
    format: t.field({ type: OrgImportFormat }),
    fileBase64: t.string({ description: "The file's bytes, base64; at most 5 MB decoded, at most 5,000 data rows." }),
    dryRun: t.boolean({ required: false, defaultValue: false, description: "Validate and report only." }),
  }),
});

const OrgImportRow = builder.objectRef<{ row: number; name: string | null; ok: boolean; errors: string[] }>(
  "OrgImportRow",
);
OrgImportRow.implement({
  fields: (t) => ({
    row: t.exposeInt("row", { description: "Spreadsheet row number (the header is row 1)." }),
    name: t.exposeString("name", { nullable: true }),
    ok: t.exposeBoolean("ok"),
    errors: t.exposeStringList("errors", {
      description: "What to fix, in Chinese, e.g. 第5行：行政区划代码 999999 不存在",
    }),
  }),
});

interface ImportReport {
  accepted: boolean;
  dryRun: boolean;
  createdCount: number;
  rows: ImportPlan["rows"];
}

const OrgImportReport = builder.objectRef<ImportReport>("OrgImportReport");
OrgImportReport.implement({
  fields: (t) => ({
    accepted: t.exposeBoolean("accepted", { description: "Every row is valid (on a dry run: would be imported)." }),
    dryRun: t.exposeBoolean("dryRun"),
    createdCount: t.exposeInt("createdCount", { description: "Units created: 0 on a dry run or a rejected file." }),
    rows: t.field({ type: [OrgImportRow], resolve: (report) => report.rows }),
  }),
});

builder.mutationFields((t) => ({
  importOrgs: t.field({
    type: OrgImportReport,
    description:
      "Imports units (and one contact per row) from a CSV or XLSX file under a unit the viewer administers. " +
      "All or nothing: if any row has an error, nothing is written and the report says what to fix.",
    args: { input: t.arg({ type: ImportOrgsInput }) },
    resolve: async (_root, { input }, ctx) => {
      const actorId = viewerId(ctx);
      const parentId = String(input.parentId);
      const root = await ctx.db.org.findUnique({
        where: { id: parentId },
        select: { id: true, name: true, path: true },
      });
      if (!root) throw notFound("该单位");
      if (!administers(ctx.viewer, placeFromPath(root.path))) {
        throw forbidden("只能向本单位或下级单位导入单位");
      }

      const bytes = decodeBase64(input.fileBase64);
      const reading = readSheet(await readRows(input.format, bytes));
      if (!reading.ok) throw userError("BAD_USER_INPUT", reading.message);
      const records = reading.records;

      const lookups = await lookupsFor(ctx, root, records);
      const plan = planImport(records, lookups);
      const dryRun = input.dryRun ?? false;
      if (!plan.accepted || dryRun) return { accepted: plan.accepted, dryRun, createdCount: 0, rows: plan.rows };

      await ctx.db
        .$transaction(
          async (tx) => {
            await writePlan(tx, plan.orgs, root.path);
            await recordAudit(tx, {
              action: "ORGS_IMPORTED",
              actorId,
              orgId: parentId,
              detail: { createdCount: plan.orgs.length, fileRows: records.length },
            });
          },
          // 5,000 rows on the embedded database take seconds; Prisma's default 5 s would abort them.
          { maxWait: 10_000, timeout: 120_000 },
        )
        .catch(rethrowDuplicate);
      return { accepted: true, dryRun: false, createdCount: plan.orgs.length, rows: plan.rows };
    },
  }),
}));

/** Base64 (optionally as a data: URL, as FileReader gives it) to bytes, refusing anything else. */
function decodeBase64(text: string): Uint8Array {
  const base64 = text.replace(/^data:[^,]*;base64,/, "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    throw userError("BAD_USER_INPUT", "文件内容不是有效的 base64 编码，请重新选择文件上传");
  }
  // The decoded size, known before decoding, so an oversized upload is not copied once more.
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  const sizeProblem = checkFileSize(Math.floor((base64.length * 3) / 4) - padding);
  if (sizeProblem) throw userError("BAD_USER_INPUT", sizeProblem);
  const bytes = Buffer.from(base64, "base64");
  return bytes;
}

async function readRows(format: ImportFormat, bytes: Uint8Array): Promise<SheetRow[]> {
  if (format === "CSV") return readCsv(bytes);
  return readXlsx(bytes);
}

/**
 * CSV text is UTF-8 (with or without BOM) or, as Excel in China saves "CSV", GB18030/GBK: bytes that
 * are not valid UTF-8 are read as GB18030 (a superset of GBK and GB2312).
 */
function decodeCsvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): SheetRow[] {
  let records: string[][];
  try {
    records = parseCsv(decodeCsvText(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw userError("BAD_USER_INPUT", `无法读取 CSV 文件，请检查文件格式（${reason}）`);
  }
  // Each record is one spreadsheet row, even when a quoted cell spans several lines.
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw userError(
      "BAD_USER_INPUT",
      "无法读取 XLSX 文件：请确认是 Excel 2007 及以上版本保存的 .xlsx 文件（不支持 .xls）",
    );
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
  return rows;
}

/** What the rows' 上级单位 cells and names refer to in the database: two queries whatever the file's size. */
async function lookupsFor(
  ctx: Context,
  root: { id: string; name: string; path: string },
  records: readonly { parent: string; name: string }[],
) {
  const refs = [...new Set(records.map((r) => r.parent).filter(Boolean))];
  const named = refs.length
    ? await ctx.db.org.findMany({
        where: { OR: [{ id: { in: refs } }, { name: { in: refs }, path: { startsWith: root.path } }] },
        select: { id: true, name: true, path: true },
      })
    : [];
  const regions = await regionsOf(ctx.db, [root.path, ...named.map((org) => org.path)]);
  const existing: ExistingOrg[] = named.map((org) => ({
    id: org.id,
    name: org.name,
    inImportSubtree: org.path.startsWith(root.path),
    administered: administers(ctx.viewer, placeFromPath(org.path)),
    region: regions.get(org.path) ?? null,
  }));

  const names = [...new Set(records.map((r) => r.name).filter(Boolean))];
  const siblings = await ctx.db.org.findMany({
    where: { parentId: { in: [root.id, ...existing.map((org) => org.id)] }, name: { in: names } },
    select: { parentId: true, name: true },
  });
  const taken = new Set(siblings.map((org) => `${org.parentId}\u0000${org.name}`));
  return {
    root: {
      id: root.id,
      name: root.name,
      inImportSubtree: true,
      administered: true,
      region: regions.get(root.path) ?? null,
    },
    existing,
    hasChildNamed: (parentId: string, name: string) => taken.has(`${parentId}\u0000${name}`),
  };
}

type Tx = Parameters<Parameters<Context["db"]["$transaction"]>[0]>[0];

/**
 * Creates the planned units and contacts. Ids come from the schema's cuid() default, and a unit's
 * path needs its own id, so each depth of the file's tree is inserted in bulk with a placeholder
 * path that names its row, then given its real path (pathFor) in one UPDATE: a few statements per
 * level of the tree rather than two per row.
 */
async function writePlan(tx: Tx, orgs: readonly PlannedOrg[], rootPath: string): Promise<void> {
  const created = new Map<number, { id: string; path: string }>();
  const parentPaths = new Map<string, string>();
  const existingParentIds = [...new Set(orgs.flatMap((o) => (o.parent.kind === "existing" ? [o.parent.id] : [])))];
  for (const org of await tx.org.findMany({
    where: { id: { in: existingParentIds } },
    select: { id: true, path: true },
  })) {
    parentPaths.set(org.id, org.path);
  }
  const parentOf = (org: PlannedOrg) => {
    if (org.parent.kind === "existing") {
      return { id: org.parent.id, path: parentPaths.get(org.parent.id) ?? rootPath };
    }
    const parent = created.get(org.parent.row);
    if (!parent) throw new Error(`row ${org.row}: parent row ${org.parent.row} not created before it`);
    return parent;
  };
  const placeholder = (row: number) => `import-row:${row}`;

  const maxDepth = Math.max(...orgs.map((o) => o.depth));
  for (let depth = 0; depth <= maxDepth; depth += 1) {
    const level = orgs.filter((o) => o.depth === depth);
    for (let start = 0; start < level.length; start += 1000) {
      const chunk = level.slice(start, start + 1000);
      const inserted = await tx.org.createManyAndReturn({
        data: chunk.map((org) => ({
          name: org.name,
          shortName: org.shortName,
          kind: org.kind,
          level: org.level,
          regionCode: org.regionCode,
          address: org.address,
          parentId: parentOf(org).id,
          path: placeholder(org.row),
        })),
        select: { id: true, path: true },
      });
      const idByPlaceholder = new Map(inserted.map((row) => [row.path, row.id]));
      const ids: string[] = [];
      const paths: string[] = [];
      for (const org of chunk) {
        const id = idByPlaceholder.get(placeholder(org.row));
        if (!id) throw new Error(`row ${org.row} was not inserted`);
        const path = pathFor(parentOf(org).path, id);
        created.set(org.row, { id, path });
        ids.push(id);
        paths.push(path);
      }
      await tx.$executeRaw`
        UPDATE "Org" AS o SET "path" = t.path
        FROM unnest(${ids}::text[], ${paths}::text[]) AS t(id, path)
        WHERE o."id" = t.id`;
    }
  }

  const contacts = orgs.flatMap((org) => {
    const unit = created.get(org.row);
    return org.contact && unit ? [{ orgId: unit.id, ...org.contact }] : [];
  });
  if (contacts.length) await tx.contact.createMany({ data: contacts });
}
