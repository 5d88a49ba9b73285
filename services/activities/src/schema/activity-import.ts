import { canSubmit, refusal } from "@kepu/auth";
import {
  forbidden,
  inCampaignTerritory,
  lineageOf,
  requireCampaign,
  requirePlace,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { decodeBase64, FileRefusal, readSpreadsheet } from "@kepu/tabular";
import { builder } from "../builder.js";
import { type ActivityImportRowReport, planActivityImport } from "../domain/activity-import.js";
import type { ActivityForm, ActivityMode, Audience } from "../generated/prisma/enums.js";
import { activitySessionsData } from "./session-input.js";

const ActivityImportFormat = builder.enumType("ActivityImportFormat", { values: ["CSV", "XLSX"] as const });

const ImportActivitiesInput = builder.inputType("ImportActivitiesInput", {
  fields: (t) => ({
    campaignId: t.id({ description: "The campaign every row belongs to (its categories are the ones rows may name)." }),
    hostOrgId: t.id({ description: "The unit hosting every row; the viewer must be its ORG_ADMIN or EDITOR." }),
    format: t.field({ type: ActivityImportFormat }),
    fileBase64: t.string({ description: "The file's bytes, base64; at most 5 MB decoded, at most 1,000 data rows." }),
    dryRun: t.boolean({ required: false, defaultValue: false, description: "Validate and report only." }),
  }),
});

const ActivityImportRow = builder.objectRef<ActivityImportRowReport>("ActivityImportRow").implement({
  fields: (t) => ({
    row: t.exposeInt("row", { description: "Spreadsheet row number (the header is row 1)." }),
    title: t.exposeString("title", { nullable: true }),
    ok: t.exposeBoolean("ok"),
    errors: t.exposeStringList("errors", { description: "What to fix, e.g. 第5行「行政区划代码」：…" }),
  }),
});

interface ActivityImportReport {
  accepted: boolean;
  dryRun: boolean;
  createdCount: number;
  activityIds: string[];
  rows: ActivityImportRowReport[];
}

const ActivityImportReportRef = builder.objectRef<ActivityImportReport>("ActivityImportReport").implement({
  fields: (t) => ({
    accepted: t.exposeBoolean("accepted", { description: "Every row is valid (on a dry run: would be imported)." }),
    dryRun: t.exposeBoolean("dryRun"),
    createdCount: t.exposeInt("createdCount", { description: "Drafts created: 0 on a dry run or a rejected file." }),
    activityIds: t.exposeIDList("activityIds", { description: "The drafts created, in row order." }),
    rows: t.field({ type: [ActivityImportRow], resolve: (report) => report.rows }),
  }),
});

builder.mutationFields((t) => ({
  importActivities: t.field({
    type: ActivityImportReportRef,
    description:
      "批量导入: a unit's activities from a CSV or XLSX file (one row each, one session from its start and end, 名额 making registration needed), as drafts to check and submit. All or nothing: if any row has an error nothing is written, and the report names each row and column to fix.",
    args: { input: t.arg({ type: ImportActivitiesInput }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const actorId = ctx.viewer.userId;
      const directory = ctx.directory.uncached();
      const host = await requirePlace(directory, String(input.hostOrgId));
      if (!canSubmit(ctx.viewer, { kind: "ACTIVITY", owner: host })) throw forbidden(refusal("ACTIVITY", "SUBMIT"));
      const campaign = await requireCampaign(directory, String(input.campaignId));
      if (!inCampaignTerritory(campaign, host)) {
        throw userError("BAD_USER_INPUT", "主办单位不在该地方科普日的地区范围内，请选择本地区的活动届次", {
          field: "hostOrgId",
        });
      }
      let sheet: Awaited<ReturnType<typeof readSpreadsheet>>;
      try {
        sheet = await readSpreadsheet(input.format, decodeBase64(input.fileBase64));
      } catch (error) {
        if (error instanceof FileRefusal) throw userError("BAD_USER_INPUT", error.message, { field: "fileBase64" });
        throw error;
      }
      const categories = await ctx.db.activityCategory.findMany({
        where: { campaignId: { in: lineageOf(campaign) } },
        select: { id: true, key: true, nameZh: true, kind: true },
      });
      const plan = planActivityImport(sheet, { categories, hostRegionCode: host.regionCode ?? null });
      if (!plan.ok) throw userError("BAD_USER_INPUT", plan.message, { field: "fileBase64" });
      const dryRun = input.dryRun ?? false;
      if (!plan.accepted || dryRun) {
        return { accepted: plan.accepted, dryRun, createdCount: 0, activityIds: [], rows: plan.rows };
      }
      const kindOf = new Map(categories.map((category) => [category.id, category.kind]));
      const ids = await ctx.db.$transaction(
        async (tx) => {
          const created: string[] = [];
          for (const row of plan.activities) {
            const { row: _row, capacity, startsAt, endsAt, ...content } = row;
            const sessions = activitySessionsData({
              sessions: [{ startsAt, endsAt, capacity, registrationRequired: capacity !== null }],
            });
            const activity = await tx.activity.create({
              select: { id: true },
              data: {
                ...content,
                forms: content.forms as ActivityForm[],
                mode: content.mode as ActivityMode,
                audiences: content.audiences as Audience[],
                categoryKind: kindOf.get(content.categoryId) ?? "KEY",
                campaignId: campaign.id,
                editionId: campaign.editionId,
                hostOrgId: host.id,
                ...sessions,
                status: "DRAFT",
                createdById: actorId,
                events: { create: { action: "IMPORT", toStatus: "DRAFT", actorId, note: `批量导入第${row.row}行` } },
              },
            });
            created.push(activity.id);
          }
          return created;
        },
        // A thousand rows on the embedded database take seconds; Prisma's default 5 s would abort them.
        { maxWait: 10_000, timeout: 120_000 },
      );
      return { accepted: true, dryRun: false, createdCount: ids.length, activityIds: ids, rows: plan.rows };
    },
  }),
}));
