import { administers, placeFromPath } from "@kepu/auth";
import { maxPageSize } from "@kepu/subgraph";
import { builder, type Context } from "../builder.js";
import { AuditAction } from "../generated/prisma/enums.js";
import { OrgRef } from "./org.js";

/** The audit log in the graph: who changed what in a unit, for whoever administers it. */
const AuditActionEnum = builder.enumType(AuditAction, { name: "AuditAction" });

builder.prismaObject("AuditEvent", {
  fields: (t) => ({
    id: t.exposeID("id"),
    at: t.expose("at", { type: "DateTime" }),
    action: t.field({ type: AuditActionEnum, resolve: (e) => e.action }),
    actorId: t.exposeID("actorId", { nullable: true }),
    subjectUserId: t.exposeID("subjectUserId", { nullable: true }),
    actor: t.prismaField({
      type: "User",
      nullable: true,
      description: "Who acted; null when the system did (a lockout).",
      resolve: (_query, event, _args, ctx) => (event.actorId ? userById(ctx, event.actorId) : null),
    }),
    subjectUser: t.prismaField({
      type: "User",
      nullable: true,
      description: "Whose membership or account it concerns.",
      resolve: (_query, event, _args, ctx) => (event.subjectUserId ? userById(ctx, event.subjectUserId) : null),
    }),
    detail: t.string({ description: "JSON", resolve: (e) => JSON.stringify(e.detail) }),
  }),
});

/** Users named by a page of audit events, in one query. */
function userById(ctx: Context, id: string) {
  return ctx.loaders.get("User", (ids) => ctx.db.user.findMany({ where: { id: { in: [...ids] } } })).load(id);
}

builder.prismaObjectFields(OrgRef, (t) => ({
  auditEvents: t.prismaConnection({
    type: "AuditEvent",
    cursor: "id",
    nullable: true,
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "Newest first; null unless the viewer administers the unit.",
    resolve: (query, org, _args, ctx) =>
      administers(ctx.viewer, placeFromPath(org.path))
        ? ctx.db.auditEvent.findMany({ ...query, where: { orgId: org.id }, orderBy: [{ at: "desc" }, { id: "asc" }] })
        : null,
  }),
}));
