import { maxPageSize } from "@kepu/subgraph";
import { builder } from "../builder.js";
import { effectiveTheme, isoDay, pickCurrentCampaign } from "../domain/campaigns.js";
import { CampaignHostRole } from "../generated/prisma/enums.js";

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
    startsOn: t.string({
      description: "First day (Asia/Shanghai), YYYY-MM-DD.",
      select: { startsOn: true },
      resolve: (c) => isoDay(c.startsOn),
    }),
    endsOn: t.string({
      description: "Last day (Asia/Shanghai), YYYY-MM-DD.",
      select: { endsOn: true },
      resolve: (c) => isoDay(c.endsOn),
    }),
    summaryDeadline: t.string({
      nullable: true,
      select: { summaryDeadline: true },
      resolve: (c) => c.summaryDeadline?.toISOString() ?? null,
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
  resolveReference: ({ id }, ctx) =>
    ctx.loaders.get("Campaign", (ids) => ctx.db.campaign.findMany({ where: { id: { in: [...ids] } } })).load(id),
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
