import { canSeeContactsOf, placeFromPath } from "@kepu/auth";
import { maxPageSize, missingReference, notFound } from "@kepu/subgraph";
import { normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder } from "../builder.js";
import type { Db } from "../db.js";
import { ancestorIds } from "../domain/tree.js";
import type { Prisma } from "../generated/prisma/client.js";
import { OrgKind, OrgLevel } from "../generated/prisma/enums.js";

/**
 * How every list of units is ordered: GB/T 2260 region code (so 渝中区 500103 comes third under
 * 重庆, as the divisions are listed), then name, then id. Units without a code (new zones,
 * museums, societies) come after those with one. The id makes the order total, so a cursor page
 * (Prisma pages "after" a row by comparing these columns) never skips or repeats a unit.
 */
export const orgListOrder: Prisma.OrgOrderByWithRelationInput[] = [
  { regionCode: { sort: "asc", nulls: "last" } },
  { name: "asc" },
  { id: "asc" },
];

export const OrgKindEnum = builder.enumType(OrgKind, { name: "OrgKind" });
export const OrgLevelEnum = builder.enumType(OrgLevel, { name: "OrgLevel" });

export const ContactRef = builder.prismaObject("Contact", {
  description: "联系人: personal data, visible only to the org's members and its ancestors' admins.",
  fields: (t) => ({
    name: t.exposeString("name"),
    title: t.exposeString("title", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
  }),
});

export const OrgRef = builder.prismaObject("Org", {
  description: "Any participating unit: a 科协 at any level, a society, base, museum, department …",
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    shortName: t.exposeString("shortName", { nullable: true }),
    kind: t.expose("kind", { type: OrgKindEnum }),
    level: t.expose("level", { type: OrgLevelEnum }),
    regionCode: t.exposeString("regionCode", { nullable: true, description: "GB/T 2260 code" }),
    parent: t.relation("parent", { nullable: true }),
    ancestorIds: t.idList({
      description: "Ids from the root down to the parent: what every service's policy checks read.",
      select: { path: true },
      resolve: (org) => placeFromPath(org.path).ancestorIds,
    }),
    ancestors: t.prismaField({
      type: ["Org"],
      description: "From the root (中国科协) down to the parent.",
      select: { path: true },
      resolve: async (query, org, _args, ctx) => {
        const ids = ancestorIds(org.path);
        const rows = await ctx.db.org.findMany({ ...query, where: { id: { in: ids } } });
        return ids.flatMap((id) => rows.filter((row) => row.id === id));
      },
    }),
    children: t.relatedConnection("children", {
      cursor: "id",
      maxSize: maxPageSize,
      defaultSize: 50,
      totalCount: true,
      description: "Direct sub-units by region code, then name (units without a code last).",
      query: { orderBy: orgListOrder },
    }),
    address: t.string({
      nullable: true,
      description: "Postal address (通讯地址); members and ancestors' admins only.",
      select: { address: true, path: true },
      resolve: (org, _args, ctx) => (canSeeContactsOf(ctx.viewer, placeFromPath(org.path)) ? org.address : null),
    }),
    contacts: t.field({
      type: [ContactRef],
      nullable: true,
      description: "Null when the viewer may not see this org's contacts.",
      select: (_args, _ctx, nestedSelection) => ({
        path: true,
        contacts: nestedSelection({ orderBy: { name: "asc" } }),
      }),
      resolve: (org, _args, ctx) => (canSeeContactsOf(ctx.viewer, placeFromPath(org.path)) ? org.contacts : null),
    }),
  }),
});

builder.asEntity(OrgRef, {
  key: builder.selection<{ id: string }>("id"),
  // Every key in one _entities call goes into one `WHERE id IN (…)` query.
  // A key that names no org (a deleted or mistyped one) fails soft: null with an error naming it.
  resolveReference: async ({ id }, ctx) =>
    (await ctx.loaders.get("Org", (ids) => ctx.db.org.findMany({ where: { id: { in: [...ids] } } })).load(id)) ??
    missingReference("Org", id),
});

builder.queryFields((t) => ({
  org: t.prismaField({
    type: "Org",
    nullable: true,
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => ctx.db.org.findUnique({ ...query, where: { id: String(args.id) } }),
  }),
  orgs: t.prismaConnection({
    type: "Org",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 50,
    description: "Units by region code, then name (units without a code last), filtered.",
    args: {
      search: t.arg.string({
        required: false,
        // Names are stored normalized, so the term is too: 「(一)」 finds 「（一）」.
        validate: normalizedText(z.string().max(100, "搜索词不能超过100个字符")),
      }),
      under: t.arg.id({ required: false, description: "Only this org's descendants (not the org itself)." }),
      kind: t.arg({ type: OrgKindEnum, required: false }),
      level: t.arg({ type: OrgLevelEnum, required: false }),
    },
    totalCount: async (_root, args, ctx) => ctx.db.org.count({ where: await orgFilter(ctx.db, args) }),
    resolve: async (query, _root, args, ctx) =>
      ctx.db.org.findMany({ ...query, where: await orgFilter(ctx.db, args), orderBy: orgListOrder }),
  }),
}));

interface OrgFilterArgs {
  search?: string | null;
  under?: string | number | null;
  kind?: OrgKind | null;
  level?: OrgLevel | null;
}

/** Subtree = an indexed prefix scan on the materialized path (see domain/tree.ts). */
async function orgFilter(db: Db, args: OrgFilterArgs): Promise<Prisma.OrgWhereInput> {
  let subtree: Prisma.OrgWhereInput = {};
  if (args.under != null) {
    const root = await db.org.findUnique({ where: { id: String(args.under) }, select: { path: true } });
    if (!root) throw notFound("该单位");
    subtree = { path: { startsWith: root.path }, NOT: { id: String(args.under) } };
  }
  return {
    ...subtree,
    ...(args.search ? { OR: [{ name: { contains: args.search } }, { shortName: { contains: args.search } }] } : {}),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.level ? { level: args.level } : {}),
  };
}
