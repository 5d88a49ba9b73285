import { canEditFor, canSeeUnpublishedOf } from "@kepu/auth";
import { hintUncacheable, requirePlace, unauthenticated, userError } from "@kepu/subgraph";
import { normalizedText } from "@kepu/text";
import type { GraphQLResolveInfo } from "graphql";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { reserveStorage, usedStorage } from "../domain/storage-quota.js";
import { kindOfFile, uploadPurposes, uploadWindowMs } from "../domain/upload-purposes.js";
import { fileUrl, isPubliclyServed } from "../files/downloads.js";
import { isTimeBased, mediaToolsAvailable, mediaToolsMissing } from "../files/media-probe.js";
import { newUploadToken } from "../files/signing.js";
import { uploadTokenHeader } from "../files/uploads.js";
import type { Asset } from "../generated/prisma/client.js";
import { AssetPurpose, AssetStatus } from "../generated/prisma/enums.js";

export const AssetPurposeEnum = builder.enumType(AssetPurpose, { name: "AssetPurpose" });
export const AssetStatusEnum = builder.enumType(AssetStatus, { name: "AssetStatus" });

/**
 * Whether the viewer may see an asset: anyone once it is publicly served; otherwise the owner's
 * members and whoever administers the owner (the shared policy's `canSeeUnpublishedOf`).
 */
async function maySeeAsset(ctx: Context, asset: Asset): Promise<boolean> {
  if (isPubliclyServed(asset, "web") || isPubliclyServed(asset, "original")) return true;
  return mayManageAsset(ctx, asset);
}

/** The owner's members and whoever administers the owner: they see the name and the original. */
async function mayManageAsset(ctx: Context, asset: Asset): Promise<boolean> {
  if (ctx.viewer.kind !== "user") return false;
  const place = await ctx.directory.place(asset.ownerOrgId);
  return place ? canSeeUnpublishedOf(ctx.viewer, place) : false;
}

/**
 * A variant's URL for a viewer who may see the asset, or null (not ready, no such variant). A
 * signed URL (a file not publicly served) is the viewer's own: the answer is not to be stored.
 */
function variantUrl(ctx: Context, info: GraphQLResolveInfo, asset: Asset, variant: string): string | null {
  if (asset.status !== "READY" || !asset.variants.includes(variant)) return null;
  if (!isPubliclyServed(asset, variant)) hintUncacheable(info);
  return fileUrl(ctx.files, asset, variant);
}

export const AssetRef = builder.prismaObject("Asset", {
  description: "A file uploaded by a unit (cover, photo, video, document), with its public-safe copies.",
  fields: (t) => ({
    id: t.exposeID("id"),
    purpose: t.expose("purpose", { type: AssetPurposeEnum }),
    status: t.expose("status", { type: AssetStatusEnum }),
    kind: t.string({ resolve: (asset) => kindOfFile(uploadPurposes[asset.purpose], asset.mime) }),
    fileName: t.string({
      nullable: true,
      description: "The name it was uploaded under (may name people): for its own unit only.",
      resolve: async (asset, _args, ctx) => ((await mayManageAsset(ctx, asset)) ? asset.fileName : null),
    }),
    mime: t.exposeString("mime", { nullable: true, description: "Sniffed from the bytes." }),
    bytes: t.int({ nullable: true, resolve: (asset) => asset.bytes }),
    width: t.exposeInt("width", { nullable: true, description: "Upright (after EXIF orientation)." }),
    height: t.exposeInt("height", { nullable: true }),
    url: t.string({
      nullable: true,
      description:
        "The file to show: an image's web copy (no metadata), otherwise the file itself. Plain and cacheable when public, else signed for 15 minutes.",
      resolve: (asset, _args, ctx, info) =>
        variantUrl(ctx, info, asset, asset.variants.includes("web") ? "web" : "original"),
    }),
    durationSeconds: t.exposeFloat("durationSeconds", {
      nullable: true,
      description: "Videos and audio: the length in seconds, read from the file when it arrived.",
    }),
    thumbnailUrl: t.string({
      nullable: true,
      resolve: (asset, _args, ctx, info) => variantUrl(ctx, info, asset, "thumb"),
    }),
    posterUrl: t.string({
      nullable: true,
      description: "Videos: a frame (at about 1 s) as a WebP image without metadata, for the player and lists.",
      resolve: (asset, _args, ctx, info) => variantUrl(ctx, info, asset, "poster"),
    }),
    originalUrl: t.string({
      nullable: true,
      description: "The file as uploaded, for its own unit only (an image's original keeps its EXIF).",
      resolve: async (asset, _args, ctx, info) =>
        (await mayManageAsset(ctx, asset)) ? variantUrl(ctx, info, { ...asset, public: false }, "original") : null,
    }),
  }),
});

builder.asEntity(AssetRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    const asset = await ctx.loaders
      .get("Asset", (ids) => ctx.db.asset.findMany({ where: { id: { in: [...ids] } } }))
      .load(id);
    return asset && (await maySeeAsset(ctx, asset)) ? asset : null;
  },
});

interface UploadGrantShape {
  asset: Asset;
  uploadUrl: string;
  token: string;
  tokenHeader: string;
  maxBytes: number;
  accept: string[];
  expiresAt: Date;
}

const UploadGrant = builder.objectRef<UploadGrantShape>("UploadGrant").implement({
  description:
    "Permission to upload one file: send it with the tus protocol to uploadUrl, with the token in the Upload-Token header, before expiresAt.",
  fields: (t) => ({
    asset: t.field({ type: AssetRef, resolve: (grant) => grant.asset }),
    uploadUrl: t.exposeString("uploadUrl"),
    token: t.exposeString("token"),
    tokenHeader: t.exposeString("tokenHeader"),
    maxBytes: t.exposeInt("maxBytes"),
    accept: t.exposeStringList("accept"),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
  }),
});

const StorageUsage = builder.objectRef<{ usedBytes: number; quotaBytes: number }>("StorageUsage").implement({
  fields: (t) => ({
    usedBytes: t.exposeFloat("usedBytes", { description: "Bytes, including uploads granted and not yet finished." }),
    quotaBytes: t.exposeFloat("quotaBytes"),
  }),
});

const requestUploadInput = z.object({
  purpose: z.enum(AssetPurpose),
  orgId: z.string().min(1),
  fileName: normalizedText(z.string().min(1, "请给出文件名").max(200, "文件名最多 200 个字符")),
  bytes: z.number().int().min(1, "文件不能为空"),
});

const RequestUploadInput = builder.inputType("RequestUploadInput", {
  fields: (t) => ({
    purpose: t.field({ type: AssetPurposeEnum, required: true }),
    orgId: t.id({ required: true, description: "The unit the file is for; its storage quota is used." }),
    fileName: t.string({ required: true }),
    bytes: t.int({ required: true, description: "The file's size; the upload may not be larger." }),
  }),
});

builder.mutationField("requestUpload", (t) =>
  t.field({
    type: UploadGrant,
    description:
      "Grants one upload for a unit (its editors and admins): checks the purpose's size limit and reserves the bytes in the unit's storage quota.",
    args: { input: t.arg({ type: RequestUploadInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const parsed = requestUploadInput.safeParse(args.input);
      if (!parsed.success) throw userError("BAD_USER_INPUT", parsed.error.issues[0]?.message ?? "输入无效");
      const input = parsed.data;
      const place = await requirePlace(ctx.directory, input.orgId);
      if (!canEditFor(ctx.viewer, place)) throw userError("FORBIDDEN", "只有本单位的编辑或管理员可以为本单位上传文件");
      const purpose = uploadPurposes[input.purpose];
      if (purpose.kind !== "MIXED" && isTimeBased(purpose.kind) && !(await mediaToolsAvailable(ctx.files.mediaTools))) {
        throw userError("SERVICE_UNAVAILABLE", mediaToolsMissing);
      }
      if (input.bytes > purpose.maxBytes) {
        throw userError(
          "BAD_USER_INPUT",
          `${purpose.zh}最大 ${Math.floor(purpose.maxBytes / 1024 / 1024)} MB，本文件 ${(input.bytes / 1024 / 1024).toFixed(1)} MB`,
        );
      }
      const { token, hash } = newUploadToken();
      const expiresAt = new Date(Date.now() + uploadWindowMs);
      const viewer = ctx.viewer;
      const asset = await ctx.db.$transaction(async (tx) => {
        const used = await reserveStorage(tx, place.id, input.bytes, ctx.files.quotaBytes);
        if (used === undefined) {
          throw userError(
            "QUOTA_EXCEEDED",
            `本单位的存储空间不足（上限 ${Math.floor(ctx.files.quotaBytes / 1024 ** 3)} GB），请删除不用的文件后再上传`,
          );
        }
        return tx.asset.create({
          data: {
            purpose: input.purpose,
            ownerOrgId: place.id,
            uploadedById: viewer.userId,
            fileName: input.fileName,
            declaredBytes: input.bytes,
            uploadTokenHash: hash,
            expiresAt,
          },
        });
      });
      return {
        asset,
        uploadUrl: `${ctx.files.publicUrl}/uploads`,
        token,
        tokenHeader: uploadTokenHeader,
        maxBytes: input.bytes,
        accept: [...purpose.accept],
        expiresAt,
      };
    },
  }),
);

builder.queryField("asset", (t) =>
  t.prismaField({
    type: "Asset",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const asset = await ctx.db.asset.findUnique({ ...query, where: { id: String(args.id) } });
      return asset && (await maySeeAsset(ctx, asset)) ? asset : null;
    },
  }),
);

builder.queryField("storageUsage", (t) =>
  t.field({
    type: StorageUsage,
    description: "Bytes a unit's files take and its quota (its members and whoever administers it).",
    args: { orgId: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const place = await requirePlace(ctx.directory, String(args.orgId));
      if (!canSeeUnpublishedOf(ctx.viewer, place)) throw userError("FORBIDDEN", "只能查看本单位或下级单位的存储用量");
      return { usedBytes: await usedStorage(ctx.db, place.id), quotaBytes: ctx.files.quotaBytes };
    },
  }),
);
