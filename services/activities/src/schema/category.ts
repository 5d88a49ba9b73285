import { isPlatformAdmin } from "@kepu/auth";
import { forbidden, lineageOf, requireCampaign, unauthenticated, userError } from "@kepu/subgraph";
import { normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { ActivityCategoryKind } from "../generated/prisma/enums.js";
import { CampaignRef } from "./campaign.js";

export const ActivityCategoryKindEnum = builder.enumType(ActivityCategoryKind, {
  name: "ActivityCategoryKind",
  description: "重点活动 · 联合行动 · 主场活动 · 专项行动",
});

export const ActivityCategoryRef = builder.prismaObject("ActivityCategory", {
  description:
    "An activity category as campaign data (issue 9 §1): 2024's 千馆展览探未来 …, the joint actions, main venue / 分会场, 2023's special actions, and a regional edition's own (巾帼科普 …).",
  fields: (t) => ({
    id: t.exposeID("id"),
    key: t.exposeString("key", { description: "Stable within its campaign, e.g. EXHIBITIONS." }),
    kind: t.expose("kind", { type: ActivityCategoryKindEnum }),
    nameZh: t.exposeString("nameZh"),
    nameEn: t.exposeString("nameEn"),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (category) => ({ id: category.campaignId }) }),
  }),
});

/**
 * A campaign's categories: its own first, then each edition's above it (a regional edition lists
 * its national edition's after its own), each in its position order. Unknown campaign: BAD_USER_INPUT.
 */
export async function categoriesOf(ctx: Context, campaignId: string) {
  const lineage = lineageOf(await requireCampaign(ctx.directory, campaignId));
  const rows = await ctx.db.activityCategory.findMany({
    where: { campaignId: { in: lineage } },
    orderBy: [{ position: "asc" }, { key: "asc" }],
  });
  return rows.sort((a, b) => lineage.indexOf(a.campaignId) - lineage.indexOf(b.campaignId));
}

/**
 * The category an activity of `campaignId` names, which must be its campaign's own or inherited
 * from an edition above it (derive, never trust: another campaign's category is refused).
 */
export async function requireCategory(ctx: Context, campaign: { id: string; editionId: string }, categoryId: string) {
  const category = await ctx.db.activityCategory.findUnique({ where: { id: categoryId } });
  if (!category || !lineageOf(campaign).includes(category.campaignId)) {
    throw userError("BAD_USER_INPUT", `活动类别不属于该科普日：${categoryId}`, { field: "categoryId" });
  }
  return category;
}

const NewCategoryInput = builder.inputType("CreateActivityCategoryInput", {
  fields: (t) => ({
    campaignId: t.id({ description: "The campaign (a regional edition adds its own)." }),
    key: t.string({ description: "Upper-case letters, digits and _; unique within the campaign." }),
    kind: t.field({ type: ActivityCategoryKindEnum }),
    nameZh: t.string(),
    nameEn: t.string(),
    position: t.int({ required: false, defaultValue: 100 }),
  }),
  validate: z.looseObject({
    key: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "类别代码须为2–40位大写字母、数字或下划线"),
    nameZh: normalizedText(z.string().min(2, "类别名称至少2个字").max(40, "类别名称不能超过40个字")),
    nameEn: normalizedText(z.string().min(2, "英文名称至少2个字符").max(80, "英文名称不能超过80个字符")),
    position: z.number().int().min(0).max(10_000).nullish(),
  }),
});

builder.queryFields((t) => ({
  activityCategories: t.prismaField({
    type: ["ActivityCategory"],
    description: "A campaign's activity categories: its own, then its national edition's. Public.",
    args: { campaignId: t.arg.id() },
    resolve: (_query, _root, args, ctx) => categoriesOf(ctx, String(args.campaignId)),
  }),
}));

builder.mutationFields((t) => ({
  createActivityCategory: t.prismaField({
    type: "ActivityCategory",
    description:
      "Adds a category to a campaign (a regional edition's own, e.g. 巾帼科普): for the admins of the campaign's lead unit, or of its region's 科协, and platform admins. No code change needed.",
    args: { input: t.arg({ type: NewCategoryInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const campaign = await requireCampaign(ctx.directory.uncached(), input.campaignId);
      const leads = [
        ...campaign.hosts.filter((host) => host.role === "LEAD").map((host) => host.orgId),
        ...(campaign.regionOrgId ? [campaign.regionOrgId] : []),
      ];
      const viewer = ctx.viewer;
      const admin =
        isPlatformAdmin(viewer) ||
        viewer.memberships.some((m) => leads.includes(m.orgId) && m.roles.includes("ORG_ADMIN"));
      if (!admin) throw forbidden("只有该科普日牵头单位的管理员可以添加活动类别");
      const existing = await ctx.db.activityCategory.findUnique({
        where: { campaignId_key: { campaignId: campaign.id, key: input.key } },
      });
      if (existing) throw userError("BAD_USER_INPUT", `类别代码已存在：${input.key}`, { field: "key" });
      return ctx.db.activityCategory.create({
        ...query,
        data: {
          campaignId: campaign.id,
          key: input.key,
          kind: input.kind,
          nameZh: input.nameZh,
          nameEn: input.nameEn,
          position: input.position ?? 100,
        },
      });
    },
  }),
}));
