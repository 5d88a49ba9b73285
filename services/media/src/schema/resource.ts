import { canManageResourcesAs } from "@kepu/auth";
import { type CampaignFacts, requireCampaign, requirePlace, unauthenticated, userError } from "@kepu/subgraph";
import { normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { attachFiles, releaseFiles, setPublicFiles } from "../files/attachments.js";
import type { Asset, Resource } from "../generated/prisma/client.js";
import { ResourceKind } from "../generated/prisma/enums.js";
import { AssetRef } from "./asset.js";
import { CampaignRef, OrgRef } from "./refs.js";

/**
 * The resource library (资源库, issue 8 §5): per campaign, downloadable kits (short videos,
 * exhibition panels, graphics, the 全国科普日 / 科普中国 logo files) with their usage rules. Public to
 * everyone; managed by the editors of the campaign's lead and co-hosts (@kepu/auth
 * canManageResourcesAs). Files are RESOURCE_FILE uploads of the managing host, public once attached.
 */

export const ResourceKindEnum = builder.enumType(ResourceKind, { name: "ResourceKind" });

/** At most this many kits per campaign are listed (a library, not a feed). */
const maxListed = 200;

const targetOf = (id: string) => `resource:${id}`;

export const ResourceRef = builder.prismaObject("Resource", {
  description: "A downloadable kit of a campaign (资源库): public.",
  fields: (t) => ({
    id: t.exposeID("id"),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (r) => ({ id: r.campaignId }) }),
    owner: t.field({
      type: OrgRef,
      nullable: true,
      description: "The host unit that manages it.",
      resolve: (r) => ({ id: r.ownerOrgId }),
    }),
    kind: t.expose("kind", { type: ResourceKindEnum }),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    usageRules: t.exposeString("usageRules", { description: "How the files may be used (e.g. 规范使用标识)." }),
    files: t.field({
      type: [AssetRef],
      description: "In order, each with its bytes, type and a public download URL.",
      resolve: async (r, _args, ctx) => {
        const loader = ctx.loaders.get("Asset", (keys) => ctx.db.asset.findMany({ where: { id: { in: [...keys] } } }));
        const assets = await Promise.all(r.fileAssetIds.map((id) => loader.load(id)));
        return assets.filter((asset): asset is Asset => asset !== null);
      },
    }),
    position: t.exposeInt("position"),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
  }),
});

const title = normalizedText(z.string().min(1, "请填写标题").max(80, "标题最多80个字"));
const longText = (what: string) => normalizedText(z.string().max(2000, `${what}最多2000个字`));
const fileIds = z.array(z.string()).min(1, "请至少上传一个文件").max(20, "一个资源最多20个文件");

const CreateResourceInput = builder.inputType("CreateResourceInput", {
  fields: (t) => ({
    campaignId: t.id({ required: true }),
    orgId: t.id({ required: true, description: "The host unit (lead or co-host) it is published by." }),
    kind: t.field({ type: ResourceKindEnum, required: true }),
    title: t.string({ required: true }),
    description: t.string({ required: false }),
    usageRules: t.string({ required: false }),
    fileAssetIds: t.idList({ required: true, description: "RESOURCE_FILE uploads of the host unit, in order." }),
  }),
  validate: z.looseObject({
    title,
    description: longText("简介").nullish(),
    usageRules: longText("使用规范").nullish(),
    fileAssetIds: fileIds,
  }),
});

const UpdateResourceInput = builder.inputType("UpdateResourceInput", {
  fields: (t) => ({
    id: t.id({ required: true }),
    kind: t.field({ type: ResourceKindEnum, required: false }),
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    usageRules: t.string({ required: false }),
    fileAssetIds: t.idList({ required: false }),
  }),
  validate: z.looseObject({
    title: title.nullish(),
    description: longText("简介").nullish(),
    usageRules: longText("使用规范").nullish(),
    fileAssetIds: fileIds.nullish(),
  }),
});

/** The host `orgId` is of `campaign`, checked to be one the viewer may manage the library as. */
async function assertMayManage(ctx: Context, campaign: CampaignFacts, orgId: string): Promise<void> {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const host = campaign.hosts.find((h) => h.orgId === orgId);
  const place = await requirePlace(ctx.directory.uncached(), orgId);
  if (!host || !canManageResourcesAs(ctx.viewer, { place, role: host.role })) {
    throw userError("FORBIDDEN", "只有本届活动主办或联合主办单位的编辑可以管理资源库", { field: "orgId" });
  }
}

async function loadManaged(ctx: Context, id: string): Promise<Resource> {
  const resource = await ctx.db.resource.findUnique({ where: { id } });
  if (!resource) throw userError("NOT_FOUND", "未找到该资源", { field: "id" });
  await assertMayManage(ctx, await requireCampaign(ctx.directory.uncached(), resource.campaignId), resource.ownerOrgId);
  return resource;
}

/** Attaches the files to the resource and makes exactly them public (the others leave view at once). */
async function useFiles(tx: Parameters<Parameters<Context["db"]["$transaction"]>[0]>[0], r: Resource) {
  await attachFiles(tx, targetOf(r.id), r.ownerOrgId, [
    { field: "fileAssetIds", ids: r.fileAssetIds, purposes: ["RESOURCE_FILE"] },
  ]);
  await setPublicFiles(tx, targetOf(r.id), r.fileAssetIds);
}

builder.queryFields((t) => ({
  resources: t.prismaField({
    type: ["Resource"],
    description:
      "A campaign's resource library, in its order; a regional edition's list includes its national edition's after its own. Public.",
    args: { campaignId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const campaign = await requireCampaign(ctx.directory, String(args.campaignId));
      const ids = campaign.editionId === campaign.id ? [campaign.id] : [campaign.id, campaign.editionId];
      const rows = await ctx.db.resource.findMany({
        ...query,
        where: { campaignId: { in: ids } },
        orderBy: [{ position: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
        take: maxListed,
      });
      return [...rows].sort((a, b) => ids.indexOf(a.campaignId) - ids.indexOf(b.campaignId));
    },
  }),
}));

builder.mutationFields((t) => ({
  createResource: t.prismaField({
    type: "Resource",
    description: "Adds a kit to a campaign's library (editors of its lead or co-hosts); it is public at once.",
    args: { input: t.arg({ type: CreateResourceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const campaign = await requireCampaign(ctx.directory.uncached(), String(input.campaignId));
      const orgId = String(input.orgId);
      await assertMayManage(ctx, campaign, orgId);
      const createdById = ctx.viewer.kind === "user" ? ctx.viewer.userId : "";
      const id = await ctx.db.$transaction(async (tx) => {
        const last = await tx.resource.aggregate({ where: { campaignId: campaign.id }, _max: { position: true } });
        const created = await tx.resource.create({
          data: {
            campaignId: campaign.id,
            ownerOrgId: orgId,
            kind: input.kind,
            title: input.title,
            description: input.description ?? "",
            usageRules: input.usageRules ?? "",
            fileAssetIds: input.fileAssetIds.map(String),
            position: (last._max.position ?? -1) + 1,
            createdById,
          },
        });
        await useFiles(tx, created);
        return created.id;
      });
      return ctx.db.resource.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateResource: t.prismaField({
    type: "Resource",
    description: "Changes a kit (its host's editors); files no longer used leave public view at once.",
    args: { input: t.arg({ type: UpdateResourceInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const current = await loadManaged(ctx, String(input.id));
      await ctx.db.$transaction(async (tx) => {
        const updated = await tx.resource.update({
          where: { id: current.id },
          data: {
            ...(input.kind ? { kind: input.kind } : {}),
            ...(input.title ? { title: input.title } : {}),
            ...(input.description != null ? { description: input.description } : {}),
            ...(input.usageRules != null ? { usageRules: input.usageRules } : {}),
            ...(input.fileAssetIds ? { fileAssetIds: input.fileAssetIds.map(String) } : {}),
          },
        });
        await useFiles(tx, updated);
      });
      return ctx.db.resource.findUniqueOrThrow({ ...query, where: { id: current.id } });
    },
  }),
  reorderResources: t.prismaField({
    type: ["Resource"],
    description: "Puts a campaign's kits in the order given (every kit of the campaign, each managed by the viewer).",
    args: { campaignId: t.arg.id({ required: true }), ids: t.arg.idList({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const campaign = await requireCampaign(ctx.directory.uncached(), String(args.campaignId));
      const ids = args.ids.map(String);
      const rows = await ctx.db.resource.findMany({ where: { campaignId: campaign.id } });
      if (ids.length !== rows.length || new Set(ids).size !== ids.length || rows.some((r) => !ids.includes(r.id))) {
        throw userError("BAD_USER_INPUT", "请按新顺序列出本届活动资源库中的全部资源，每个一次", { field: "ids" });
      }
      for (const owner of new Set(rows.map((r) => r.ownerOrgId))) await assertMayManage(ctx, campaign, owner);
      await ctx.db.$transaction(
        ids.map((id, position) => ctx.db.resource.update({ where: { id }, data: { position } })),
      );
      return ctx.db.resource.findMany({ ...query, where: { campaignId: campaign.id }, orderBy: { position: "asc" } });
    },
  }),
  removeResource: t.boolean({
    description: "Removes a kit (its host's editors); its files leave public view at once and are swept later.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const current = await loadManaged(ctx, String(args.id));
      await ctx.db.$transaction(async (tx) => {
        await releaseFiles(tx, targetOf(current.id), []);
        await tx.resource.delete({ where: { id: current.id } });
      });
      return true;
    },
  }),
}));
