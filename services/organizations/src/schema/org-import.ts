import { administers, placeFromPath } from "@kepu/auth";
import { forbidden, notFound, userError } from "@kepu/subgraph";
import { decodeBase64, FileRefusal, readSpreadsheet } from "@kepu/tabular";
import { recordAudit } from "../audit.js";
import { builder } from "../builder.js";
import { type ImportPlan, planImport, readSheet } from "../domain/org-import.js";
import { lookupsFor, writePlan } from "../import/writer.js";
import { rethrowDuplicate, viewerId } from "./guards.js";

/**
 * 批量导入: units and their contacts from a CSV or XLSX file. The resolver has the file read into
 * rows of text (@kepu/tabular, strict decoding), asks the database what the rows refer to
 * (import/writer.ts), lets domain/org-import.ts judge every row, and writes everything in one
 * transaction (import/writer.ts) only when every row is valid.
 */

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

      const reading = readSheet(await readFile(input.format, input.fileBase64));
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

/** The file's rows; a file that cannot be read is the caller's to fix (BAD_USER_INPUT). */
async function readFile(format: "CSV" | "XLSX", fileBase64: string) {
  try {
    return await readSpreadsheet(format, decodeBase64(fileBase64));
  } catch (error) {
    if (error instanceof FileRefusal) throw userError("BAD_USER_INPUT", error.message);
    throw error;
  }
}
