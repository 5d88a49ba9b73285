import { canEditFor } from "@kepu/auth";
import { forbidden, requirePlace, unauthenticated, userError } from "@kepu/subgraph";
import { z } from "zod";
import { builder } from "../builder.js";
import { attachFiles, setPublicFiles } from "../files/attachments.js";

/** The one thing an activity's files are attached to. */
export const activityTarget = (activityId: string) => `activity:${activityId}`;

const assetIds = z.array(z.string().min(1).max(64)).max(20, "文件太多");
const attachActivityAssetsInput = z.object({
  activityId: z.string().min(1).max(64),
  hostOrgId: z.string().min(1).max(64),
  coverAssetIds: assetIds.max(2),
  resultPhotoAssetIds: assetIds,
});

const AttachActivityAssetsInput = builder.inputType("AttachActivityAssetsInput", {
  inaccessible: true,
  fields: (t) => ({
    activityId: t.id({ required: true }),
    hostOrgId: t.id({ required: true, description: "The activity's host: every file must be its own upload." }),
    coverAssetIds: t.idList({
      required: true,
      description: "ACTIVITY_COVER images in use: the approved content's cover and a pending edit's.",
    }),
    resultPhotoAssetIds: t.idList({ required: true, description: "RESULT_PHOTO images of the reported results." }),
  }),
});

builder.mutationField("attachActivityAssets", (t) =>
  t.boolean({
    // Service to service (the activities subgraph, with the caller's own token): not in the public graph.
    inaccessible: true,
    description:
      "Makes the files attached to an activity exactly these (issue 9 §6): each must exist, be READY, be the host's own upload and of the slot's purpose, and not be used by anything else; files the activity no longer names return to expiry. For the host's editors and admins; BAD_USER_INPUT naming the field (coverAssetId, photoAssetIds) and nothing written otherwise.",
    args: { input: t.arg({ type: AttachActivityAssetsInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const parsed = attachActivityAssetsInput.safeParse({
        activityId: String(args.input.activityId),
        hostOrgId: String(args.input.hostOrgId),
        coverAssetIds: args.input.coverAssetIds.map(String),
        resultPhotoAssetIds: args.input.resultPhotoAssetIds.map(String),
      });
      if (!parsed.success) throw userError("BAD_USER_INPUT", parsed.error.issues[0]?.message ?? "输入无效");
      const input = parsed.data;
      const directory = ctx.directory.uncached();
      const host = await requirePlace(directory, input.hostOrgId);
      if (!canEditFor(ctx.viewer, host)) throw forbidden("只有主办单位的编辑或管理员可以为其活动使用文件");
      // Derive, never trust: an activity that exists (as the activities subgraph shows it) is attached
      // to only for its own host. None is an activity being created (its id is new and unguessable) or
      // one the public may not see yet (its id is known only to those who see it).
      const activity = await directory.activity(input.activityId);
      if (activity && activity.hostOrgId !== host.id) throw forbidden("该活动不属于此主办单位");
      const target = activityTarget(input.activityId);
      const covers = [...new Set(input.coverAssetIds)];
      await ctx.db.$transaction(async (tx) => {
        // The activity's files so far must all be the host's: nobody re-points another unit's activity.
        const foreign = await tx.asset.count({ where: { attachedTo: target, ownerOrgId: { not: host.id } } });
        if (foreign > 0) throw forbidden("该活动的文件属于其他单位");
        await attachFiles(tx, target, host.id, [
          { field: "coverAssetId", ids: covers, purposes: ["ACTIVITY_COVER"] },
          { field: "photoAssetIds", ids: input.resultPhotoAssetIds, purposes: ["RESULT_PHOTO"] },
        ]);
        // Covers and result photos are shown with the activity (the public sees it once approved; until
        // then only those who see the draft know the files' ids).
        await setPublicFiles(tx, target, [...covers, ...input.resultPhotoAssetIds]);
      });
      return true;
    },
  }),
);
