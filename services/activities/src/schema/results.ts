import { unauthenticated, userError } from "@kepu/subgraph";
import { assetSetOf } from "../assets/media-assets.js";
import { builder } from "../builder.js";
import { activityResultsInputSchema, resultsProblem } from "../domain/results.js";
import type { Activity } from "../generated/prisma/client.js";
import { finishEndedActivities } from "../lifecycle/clock.js";
import { ActivityRef } from "./activity.js";
import { stepActivity } from "./activity-workflow.js";
import { maySeePrivate } from "./visibility.js";

/** Asset is owned by the media subgraph; here it is a key, returned as a stub `{ id }`. */
export const AssetRef = builder.externalRef("Asset", builder.selection<{ id: string }>("id")).implement({
  fields: (t) => ({ id: t.exposeID("id") }),
});

const assetStubs = (ids: readonly string[]) => ids.map((id) => ({ id }));

const ActivityResultsRef = builder.objectRef<Activity>("ActivityResults").implement({
  description:
    "活动成效 (issue 9 §6): what the host reported after the activity. The public sees the figures, photos and news links of a reported activity; the summary is for its unit and reviewers.",
  fields: (t) => ({
    sessionsHeld: t.int({ description: "活动场数.", resolve: (activity) => activity.sessionsCount ?? 0 }),
    peopleServed: t.int({ description: "服务人数.", resolve: (activity) => activity.peopleServed ?? 0 }),
    photos: t.field({
      type: [AssetRef],
      nullable: { list: false, items: true },
      description: "RESULT_PHOTO images, in the order given; a file media no longer has is null (fails soft).",
      resolve: (activity) => assetStubs(activity.resultPhotoAssetIds),
    }),
    newsLinks: t.exposeStringList("newsLinks", { description: "News reports: normalized http(s) URLs." }),
    summary: t.string({
      nullable: true,
      description: "成效简述: for its unit and reviewers.",
      resolve: async (activity, _args, ctx) => ((await maySeePrivate(ctx, activity)) ? activity.resultSummary : null),
    }),
    reportedAt: t.field({ type: "DateTime", resolve: (activity) => activity.reportedAt ?? activity.updatedAt }),
    correctedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "The last correction, if the report was corrected after it was first sent.",
      resolve: (activity) =>
        activity.resultsUpdatedAt && activity.reportedAt && activity.resultsUpdatedAt > activity.reportedAt
          ? activity.resultsUpdatedAt
          : null,
    }),
  }),
});

builder.objectFields(ActivityRef, (t) => ({
  cover: t.field({
    type: AssetRef,
    nullable: true,
    description: "The cover image (an ACTIVITY_COVER asset of the host), resolved by media; null when it is gone.",
    resolve: (activity) => (activity.coverAssetId ? { id: activity.coverAssetId } : null),
  }),
  results: t.field({
    type: ActivityResultsRef,
    nullable: true,
    description:
      "What the host reported after the activity (null until then). The public sees it once the activity is REPORTED.",
    resolve: async (activity, _args, ctx) => {
      if (activity.reportedAt === null) return null;
      if (activity.listed && activity.status === "REPORTED") return activity;
      return (await maySeePrivate(ctx, activity)) ? activity : null;
    },
  }),
}));

const ActivityResultsInputRef = builder.inputType("ActivityResultsInput", {
  description: "活动成效 as the host reports it (issue 9 §6).",
  fields: (t) => ({
    sessionsHeld: t.int({ required: true, description: "活动场数: 1–1000." }),
    peopleServed: t.int({
      required: true,
      description: "服务人数: a whole number ≥ 0; at most 1,000,000 for an activity with a place.",
    }),
    photoAssetIds: t.idList({
      required: false,
      defaultValue: [],
      description: "RESULT_PHOTO uploads of the host (requestUpload), at most 12.",
    }),
    newsLinks: t.stringList({
      required: false,
      defaultValue: [],
      description: "http(s) URLs of news reports, at most 10.",
    }),
    summary: t.string({ required: false, description: "成效简述, at most 2000 characters." }),
  }),
  validate: activityResultsInputSchema,
});

builder.mutationField("reportActivityResults", (t) =>
  t.prismaField({
    type: "Activity",
    description:
      "Reports an activity's results once it has ended (FINISHED → REPORTED; an ended PUBLISHED one is finished first), or corrects them later (REPORTED → REPORTED): the host's editors and admins (and whoever administers the host), through the one policy. Photos are attached to the activity in media (the host's own RESULT_PHOTO uploads); every report and correction is an ActivityEvent.",
    args: { id: t.arg.id(), input: t.arg({ type: ActivityResultsInputRef }) },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const id = String(args.id);
      const input = args.input as unknown as ReturnType<typeof activityResultsInputSchema.parse>;
      const now = new Date();
      // Derive, do not wait for the clock: an ended activity is finished before it is reported.
      const row = await ctx.db.activity.findUnique({ where: { id }, select: { status: true, endsAt: true } });
      if (row?.status === "PUBLISHED" && row.endsAt <= now) await finishEndedActivities(ctx.db, now, [id]);
      const notEnded = row?.status === "PUBLISHED" && row.endsAt > now;
      const reported = await stepActivity(ctx, id, "REPORT", {
        now,
        check: (activity) => {
          if (activity.endsAt > now) throw userError("CONFLICT", "活动尚未结束，结束后才能填报成效");
          const problem = resultsProblem(input, activity);
          if (problem) throw userError("BAD_USER_INPUT", problem.message, { field: problem.field });
        },
        filesOf: (activity) => ({
          coverAssetIds: assetSetOf(activity).coverAssetIds,
          resultPhotoAssetIds: input.photoAssetIds,
        }),
        dataOf: (activity) => ({
          sessionsCount: input.sessionsHeld,
          peopleServed: input.peopleServed,
          resultPhotoAssetIds: input.photoAssetIds,
          newsLinks: input.newsLinks,
          resultSummary: input.summary ?? null,
          reportedAt: activity.reportedAt ?? now,
          resultsUpdatedAt: now,
        }),
        noteOf: (activity) => (activity.status === "REPORTED" ? "更正已报送的成效" : null),
      }).catch((error: unknown) => {
        // Said plainly to whoever may report it: the policy's "state is 已发布" means it has not ended.
        const code = (error as { extensions?: { code?: string } }).extensions?.code;
        if (notEnded && code === "CONFLICT") throw userError("CONFLICT", "活动尚未结束，结束后才能填报成效");
        throw error;
      });
      return ctx.db.activity.findUniqueOrThrow({ ...query, where: { id: reported.id } });
    },
  }),
);
