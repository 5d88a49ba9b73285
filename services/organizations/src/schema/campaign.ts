import { placeFromPath } from "@kepu/auth";
import { forbidden, maxPageSize, missingReference, notFound, userError } from "@kepu/subgraph";
import { hashtagSchema, normalizedText } from "@kepu/text";
import { dayFromSqlDate, sqlDateFromDay } from "@kepu/time";
import { z } from "zod";
import { recordAudit } from "../audit.js";
import { builder, type Context } from "../builder.js";
import { canManageCampaign, checkWindow } from "../domain/campaign-rights.js";
import { effectiveHashtags, effectiveTheme, pickCurrentCampaign } from "../domain/campaigns.js";
import { CampaignHostRole } from "../generated/prisma/enums.js";
import { viewerId } from "./guards.js";

export const CampaignHostRoleEnum = builder.enumType(CampaignHostRole, { name: "CampaignHostRole" });

builder.prismaObject("CampaignHost", {
  description: "联合主办单位 / 成员单位 / 特别参与单位 of one edition.",
  fields: (t) => ({
    role: t.expose("role", { type: CampaignHostRoleEnum }),
    org: t.relation("org"),
  }),
});

export const CampaignRef = builder.prismaObject("Campaign", {
  description: "One edition of 全国科普日, or a regional edition (科普日/科普月) under it.",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    edition: t.exposeInt("edition"),
    year: t.exposeInt("year"),
    theme: t.string({
      description: "Its own theme, or inherited from the edition above.",
      select: { theme: true, parent: { select: { theme: true, parent: { select: { theme: true } } } } },
      resolve: (c) =>
        effectiveTheme([c, ...(c.parent ? [c.parent] : []), ...(c.parent?.parent ? [c.parent.parent] : [])]),
    }),
    startsOn: t.field({
      type: "Date",
      description: "First day (Asia/Shanghai).",
      select: { startsOn: true },
      resolve: (c) => dayFromSqlDate(c.startsOn),
    }),
    endsOn: t.field({
      type: "Date",
      description: "Last day (Asia/Shanghai).",
      select: { endsOn: true },
      resolve: (c) => dayFromSqlDate(c.endsOn),
    }),
    summaryDeadline: t.expose("summaryDeadline", { type: "DateTime", nullable: true }),
    hashtags: t.stringList({
      description:
        "Hashtags every science work of this edition carries: its own and those of the editions above (2024: #千万IP创科普#).",
      select: { hashtags: true, parent: { select: { hashtags: true, parent: { select: { hashtags: true } } } } },
      resolve: (c) =>
        effectiveHashtags([c, ...(c.parent ? [c.parent] : []), ...(c.parent?.parent ? [c.parent.parent] : [])]),
    }),
    parent: t.relation("parent", { nullable: true }),
    regionOrg: t.relation("regionOrg", {
      nullable: true,
      description: "The 科协 whose territory a regional edition covers.",
    }),
    approverOrg: t.relation("approverOrg", {
      nullable: true,
      description: "Designated by a regional edition to approve its region's submissions, beside the level above.",
    }),
    children: t.relation("children", { query: { orderBy: { startsOn: "asc" } } }),
    hosts: t.relation("hosts", { query: { orderBy: [{ role: "asc" }, { position: "asc" }] } }),
  }),
});

builder.asEntity(CampaignRef, {
  key: builder.selection<{ id: string }>("id"),
  // A key that names no campaign (a deleted or mistyped one) fails soft: null with an error naming it.
  resolveReference: async ({ id }, ctx) =>
    (await ctx.loaders
      .get("Campaign", (ids) => ctx.db.campaign.findMany({ where: { id: { in: [...ids] } } }))
      .load(id)) ?? missingReference("Campaign", id),
});

builder.queryFields((t) => ({
  currentCampaign: t.prismaField({
    type: "Campaign",
    nullable: true,
    description: "The national edition running now, else the next, else the most recent.",
    resolve: async (query, _root, _args, ctx) => {
      const national = await ctx.db.campaign.findMany({
        where: { parentId: null },
        select: { id: true, startsOn: true, endsOn: true },
      });
      const current = pickCurrentCampaign(national, new Date());
      return current ? ctx.db.campaign.findUnique({ ...query, where: { id: current.id } }) : null;
    },
  }),
  campaign: t.prismaField({
    type: "Campaign",
    nullable: true,
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => ctx.db.campaign.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  campaigns: t.prismaConnection({
    type: "Campaign",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    args: { nationalOnly: t.arg.boolean({ required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.campaign.findMany({
        ...query,
        where: args.nationalOnly ? { parentId: null } : {},
        orderBy: [{ startsOn: "desc" }, { id: "asc" }],
      }),
  }),
}));

/**
 * The places canManageCampaign needs. Every campaign asked about in one request (a list showing
 * viewerCanManage) is read in one query.
 */
function campaignPlaces(ctx: Context, campaignId: string) {
  return ctx.loaders
    .get("CampaignPlaces", async (ids) => {
      const rows = await ctx.db.campaign.findMany({
        where: { id: { in: [...ids] } },
        select: {
          id: true,
          regionOrg: { select: { path: true } },
          hosts: { where: { role: "LEAD" }, select: { org: { select: { path: true } } } },
        },
      });
      return rows.map((row) => ({
        id: row.id,
        regionPlace: row.regionOrg ? placeFromPath(row.regionOrg.path) : null,
        leadPlaces: row.hosts.map((host) => placeFromPath(host.org.path)),
      }));
    })
    .load(campaignId);
}

async function assertManages(ctx: Context, campaignId: string): Promise<string> {
  const actorId = viewerId(ctx);
  const places = await campaignPlaces(ctx, campaignId);
  if (!places) throw notFound("该活动届次");
  if (!canManageCampaign(ctx.viewer, places)) {
    throw forbidden("只有牵头单位或本地区科协的管理员可以设置本届活动");
  }
  return actorId;
}

builder.prismaObjectFields(CampaignRef, (t) => ({
  viewerCanManage: t.boolean({
    description: "Whether the viewer may set this edition up (window, theme, co-hosts, approver).",
    resolve: async (campaign, _args, ctx) => {
      if (ctx.viewer.kind !== "user") return false;
      const places = await campaignPlaces(ctx, campaign.id);
      return places !== null && canManageCampaign(ctx.viewer, places);
    },
  }),
}));

const UpdateCampaignInput = builder.inputType("UpdateCampaignInput", {
  fields: (t) => ({
    theme: t.string({ required: false, description: "Empty on a regional edition: inherit the national theme." }),
    startsOn: t.field({ type: "Date", required: false }),
    endsOn: t.field({ type: "Date", required: false }),
    summaryDeadline: t.field({
      type: "DateTime",
      required: false,
      description: "With an offset (2024-10-10T23:59:59+08:00); null clears it, absent keeps it.",
    }),
    approverOrgId: t.id({ required: false, description: "Designated approver for the region; empty to clear." }),
    hashtags: t.stringList({
      required: false,
      description: "This edition's own hashtags (#话题#), added to those of the editions above; absent keeps them.",
    }),
  }),
  validate: z.looseObject({
    theme: normalizedText(z.string().max(100, "主题不能超过100个字")).nullish(),
    hashtags: z.array(hashtagSchema).max(5, "最多设置5个话题标签").nullish(),
  }),
});

const CampaignHostInput = builder.inputType("CampaignHostInput", {
  fields: (t) => ({ orgId: t.id(), role: t.field({ type: CampaignHostRoleEnum }) }),
});

builder.mutationFields((t) => ({
  updateCampaign: t.prismaField({
    type: "Campaign",
    description: "Sets an edition's window, theme, summary deadline and designated approver.",
    args: { id: t.arg.id(), input: t.arg({ type: UpdateCampaignInput }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const campaignId = String(id);
      const actorId = await assertManages(ctx, campaignId);
      const current = await ctx.db.campaign.findUniqueOrThrow({ where: { id: campaignId } });
      if (input.theme !== undefined && !input.theme?.trim() && current.parentId === null) {
        throw userError("BAD_USER_INPUT", "全国活动必须有主题");
      }
      const startsOn = input.startsOn ?? dayFromSqlDate(current.startsOn);
      const endsOn = input.endsOn ?? dayFromSqlDate(current.endsOn);
      const summaryDeadline = input.summaryDeadline === undefined ? current.summaryDeadline : input.summaryDeadline;
      const problem = checkWindow(startsOn, endsOn, summaryDeadline);
      if (problem) throw userError("BAD_USER_INPUT", problem);
      let approverOrgId = current.approverOrgId;
      if (input.approverOrgId !== undefined) {
        approverOrgId = input.approverOrgId ? String(input.approverOrgId) : null;
        if (approverOrgId && !(await ctx.db.org.findUnique({ where: { id: approverOrgId }, select: { id: true } }))) {
          throw userError("BAD_USER_INPUT", "指定的审核单位不存在");
        }
      }
      return ctx.db.$transaction(async (tx) => {
        const updated = await tx.campaign.update({
          ...query,
          where: { id: campaignId },
          data: {
            ...(input.theme !== undefined ? { theme: input.theme?.trim() || null } : {}),
            startsOn: sqlDateFromDay(startsOn),
            endsOn: sqlDateFromDay(endsOn),
            summaryDeadline,
            approverOrgId,
            ...(input.hashtags ? { hashtags: [...new Set(input.hashtags)] } : {}),
          },
        });
        await recordAudit(tx, {
          action: "CAMPAIGN_UPDATED",
          actorId,
          orgId: current.regionOrgId,
          detail: {
            campaignId,
            fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined),
          },
        });
        return updated;
      });
    },
  }),

  setCampaignHosts: t.prismaField({
    type: "Campaign",
    description: "Replaces an edition's hosts (lead, co-hosts, members, special participants), in the given order.",
    args: { campaignId: t.arg.id(), hosts: t.arg({ type: [CampaignHostInput] }) },
    resolve: async (query, _root, args, ctx) => {
      const campaignId = String(args.campaignId);
      const actorId = await assertManages(ctx, campaignId);
      const orgIds = args.hosts.map((h) => String(h.orgId));
      if (new Set(orgIds).size !== orgIds.length) throw userError("BAD_USER_INPUT", "同一单位不能重复列出");
      if (args.hosts.filter((h) => h.role === "LEAD").length !== 1) {
        throw userError("BAD_USER_INPUT", "须有且只有一个牵头单位（LEAD）");
      }
      if (args.hosts.length > 500) throw userError("BAD_USER_INPUT", "单位过多（最多500个）");
      const found = await ctx.db.org.findMany({ where: { id: { in: orgIds } }, select: { id: true } });
      const missing = orgIds.filter((orgId) => !found.some((o) => o.id === orgId));
      if (missing.length) throw userError("BAD_USER_INPUT", `单位不存在：${missing.join("、")}`);
      return ctx.db.$transaction(async (tx) => {
        await tx.campaignHost.deleteMany({ where: { campaignId } });
        await tx.campaignHost.createMany({
          data: args.hosts.map((h, position) => ({ campaignId, orgId: String(h.orgId), role: h.role, position })),
        });
        const campaign = await tx.campaign.findUniqueOrThrow({ ...query, where: { id: campaignId } });
        await recordAudit(tx, {
          action: "CAMPAIGN_UPDATED",
          actorId,
          orgId: campaign.regionOrgId,
          detail: { campaignId, hosts: orgIds.length },
        });
        return campaign;
      });
    },
  }),
}));
