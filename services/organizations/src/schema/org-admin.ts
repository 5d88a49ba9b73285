import { pathFromPlace } from "@kepu/auth";
import { userError } from "@kepu/subgraph";
import { z } from "zod";
import { recordAudit } from "../audit.js";
import { builder } from "../builder.js";
import { address, contacts, orgName, regionCode, shortName } from "../domain/org-input.js";
import { moveProblem, parentPathOf, pathFor } from "../domain/tree.js";
import { assertRegionUnder, assertSubtreeInside, regionsOf } from "../org-regions.js";
import { assertAdministers, rethrowDuplicate, viewerId } from "./guards.js";
import { OrgKindEnum, OrgLevelEnum } from "./org.js";

/** Creating and editing units and their contacts: for whoever administers the unit (or its parent). */

const CreateOrgInput = builder.inputType("CreateOrgInput", {
  fields: (t) => ({
    parentId: t.id({ description: "The new unit sits under it; the viewer must administer it." }),
    name: t.string(),
    shortName: t.string({ required: false }),
    kind: t.field({ type: OrgKindEnum }),
    level: t.field({ type: OrgLevelEnum }),
    regionCode: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
  validate: z.looseObject({
    name: orgName,
    shortName: shortName.nullish(),
    regionCode: regionCode.nullish(),
    address: address.nullish(),
  }),
});

const UpdateOrgInput = builder.inputType("UpdateOrgInput", {
  fields: (t) => ({
    name: t.string({ required: false }),
    shortName: t.string({ required: false }),
    kind: t.field({ type: OrgKindEnum, required: false }),
    regionCode: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
  validate: z.looseObject({
    name: orgName.nullish(),
    shortName: shortName.nullish(),
    regionCode: regionCode.nullish(),
    address: address.nullish(),
  }),
});

const ContactInput = builder.inputType("ContactInput", {
  fields: (t) => ({
    name: t.string(),
    title: t.string({ required: false }),
    phone: t.string({ required: false }),
    email: t.string({ required: false }),
  }),
});

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

builder.mutationFields((t) => ({
  createOrg: t.prismaField({
    type: "Org",
    description: "Adds a unit under one the viewer administers.",
    args: { input: t.arg({ type: CreateOrgInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const actorId = viewerId(ctx);
      const parentId = String(input.parentId);
      const parent = await assertAdministers(ctx, parentId, "只能在本单位或下级单位下新建单位");
      // Normalized by the input's validation (orgName, @kepu/text): the unique index sees this form.
      const name = input.name;
      const regionCode = blankToNull(input.regionCode);
      if (regionCode) await assertRegionUnder(ctx.db, regionCode, pathFromPlace(parent));
      const twin = await ctx.db.org.findFirst({ where: { parentId, name }, select: { id: true } });
      if (twin) throw userError("CONFLICT", `上级单位下已有同名单位：${name}`);
      const id = `org-${crypto.randomUUID()}`;
      const parentPath = pathFromPlace(parent);
      return ctx.db
        .$transaction(async (tx) => {
          const created = await tx.org.create({
            ...query,
            data: {
              id,
              parentId,
              path: pathFor(parentPath, id),
              name,
              shortName: blankToNull(input.shortName),
              kind: input.kind,
              level: input.level,
              regionCode,
              address: blankToNull(input.address),
            },
          });
          await recordAudit(tx, {
            action: "ORG_CREATED",
            actorId,
            orgId: parentId,
            detail: { createdOrgId: id, name },
          });
          return created;
        })
        .catch(rethrowDuplicate);
    },
  }),

  updateOrg: t.prismaField({
    type: "Org",
    description: "Edits a unit the viewer administers (its own admin or an ancestor's). Omitted fields stay.",
    args: { id: t.arg.id(), input: t.arg({ type: UpdateOrgInput }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const actorId = viewerId(ctx);
      const orgId = String(id);
      await assertAdministers(ctx, orgId, "只能修改本单位或下级单位的信息");
      const current = await ctx.db.org.findUniqueOrThrow({ where: { id: orgId } });
      const data = {
        ...(input.name != null ? { name: input.name } : {}),
        ...(input.shortName !== undefined ? { shortName: blankToNull(input.shortName) } : {}),
        ...(input.kind != null ? { kind: input.kind } : {}),
        ...(input.regionCode !== undefined ? { regionCode: blankToNull(input.regionCode) } : {}),
        ...(input.address !== undefined ? { address: blankToNull(input.address) } : {}),
      };
      if (data.name && data.name !== current.name) {
        const twin = await ctx.db.org.findFirst({
          where: { parentId: current.parentId, name: data.name, NOT: { id: orgId } },
          select: { id: true },
        });
        if (twin) throw userError("CONFLICT", `上级单位下已有同名单位：${data.name}`);
      }
      if (data.regionCode && data.regionCode !== current.regionCode) {
        await assertRegionUnder(ctx.db, data.regionCode, parentPathOf(current.path));
        await assertSubtreeInside(ctx.db, current.path, data.regionCode, { excludeSelf: true });
      }
      const changed = Object.keys(data).filter(
        (key) => (data as Record<string, unknown>)[key] !== (current as Record<string, unknown>)[key],
      );
      return ctx.db
        .$transaction(async (tx) => {
          const updated = await tx.org.update({ ...query, where: { id: orgId }, data });
          if (changed.length) await recordAudit(tx, { action: "ORG_UPDATED", actorId, orgId, detail: { changed } });
          return updated;
        })
        .catch(rethrowDuplicate);
    },
  }),

  moveOrg: t.prismaField({
    type: "Org",
    description:
      "Moves a unit, with everything below it, under another parent. The viewer must administer both the unit's current place and the new parent.",
    args: { id: t.arg.id(), newParentId: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const actorId = viewerId(ctx);
      const orgId = String(args.id);
      const newParentId = String(args.newParentId);
      // Administering the unit where it is now (its parent's level or above) and where it goes.
      const current = await ctx.db.org.findUnique({ where: { id: orgId }, select: { path: true, parentId: true } });
      if (!current) throw userError("NOT_FOUND", "未找到该单位");
      if (!current.parentId) throw userError("BAD_USER_INPUT", "顶层单位不能移动");
      await assertAdministers(ctx, current.parentId, "只有原上级单位的管理员可以移出该单位");
      const target = await assertAdministers(ctx, newParentId, "只能移到本单位或下级单位之下");
      const newParentPath = pathFromPlace(target);
      const problem = moveProblem(current.path, current.parentId, newParentId, newParentPath);
      if (problem) throw userError("BAD_USER_INPUT", problem);
      const regions = await regionsOf(ctx.db, [newParentPath]);
      await assertSubtreeInside(ctx.db, current.path, regions.get(newParentPath) ?? null);
      const newPath = pathFor(newParentPath, orgId);
      return ctx.db
        .$transaction(async (tx) => {
          await tx.org.update({ where: { id: orgId }, data: { parentId: newParentId } });
          // Every path below the unit changes its prefix, in one statement (the index serves the LIKE).
          const moved = await tx.$executeRaw`
            UPDATE "Org" SET "path" = ${newPath} || substr("path", ${current.path.length + 1}), "updatedAt" = now()
            WHERE "path" LIKE ${`${current.path}%`}`;
          await recordAudit(tx, {
            action: "ORG_MOVED",
            actorId,
            orgId,
            detail: { fromParentId: current.parentId, toParentId: newParentId, units: moved },
          });
          return tx.org.findUniqueOrThrow({ ...query, where: { id: orgId } });
        })
        .catch(rethrowDuplicate);
    },
  }),

  setOrgContacts: t.prismaField({
    type: "Org",
    description: "Replaces a unit's contacts (联系人); for whoever administers it.",
    args: { orgId: t.arg.id(), contacts: t.arg({ type: [ContactInput], validate: contacts }) },
    resolve: async (query, _root, args, ctx) => {
      const actorId = viewerId(ctx);
      const orgId = String(args.orgId);
      await assertAdministers(ctx, orgId, "只能修改本单位或下级单位的联系人");
      return ctx.db.$transaction(async (tx) => {
        await tx.contact.deleteMany({ where: { orgId } });
        await tx.contact.createMany({
          data: args.contacts.map((c) => ({
            orgId,
            name: c.name,
            title: blankToNull(c.title),
            phone: blankToNull(c.phone),
            email: blankToNull(c.email),
          })),
        });
        // The log says that contacts changed and how many, never the personal data itself.
        await recordAudit(tx, { action: "CONTACTS_CHANGED", actorId, orgId, detail: { count: args.contacts.length } });
        return tx.org.findUniqueOrThrow({ ...query, where: { id: orgId } });
      });
    },
  }),
}));
