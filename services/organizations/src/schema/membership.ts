import { administers, placeFromPath } from "@kepu/auth";
import { maxPageSize } from "@kepu/subgraph";
import { builder } from "../builder.js";
import { rolesInput } from "../domain/members.js";
import { removeMember, setMemberRoles } from "../memberships.js";
import { OrgRef } from "./org.js";
import { RoleEnum } from "./user.js";

/**
 * A unit's members in the graph: who may administer it, its member list, and the two mutations on
 * a membership. What they do is in ../memberships.ts; the rules in ../domain/members.ts.
 */
builder.prismaObjectFields(OrgRef, (t) => ({
  viewerCanAdminister: t.boolean({
    description: "Whether the viewer administers this unit (its admin, an ancestor's admin, or platform admin).",
    select: { path: true },
    resolve: (org, _args, ctx) => administers(ctx.viewer, placeFromPath(org.path)),
  }),
  members: t.prismaConnection({
    type: "Membership",
    cursor: "userId_orgId",
    nullable: true,
    maxSize: maxPageSize,
    defaultSize: 50,
    description: "By display name; null unless the viewer administers the unit.",
    resolve: (query, org, _args, ctx) =>
      administers(ctx.viewer, placeFromPath(org.path))
        ? ctx.db.membership.findMany({
            ...query,
            where: { orgId: org.id },
            // By name, as people look for each other; the user id makes the order total for the cursor.
            orderBy: [{ user: { displayName: "asc" } }, { userId: "asc" }],
          })
        : null,
  }),
}));

builder.mutationFields((t) => ({
  setMemberRoles: t.prismaField({
    type: "Membership",
    description:
      "Replaces a member's roles in a unit the viewer administers (at once: their older tokens are refused for writes).",
    args: { orgId: t.arg.id(), userId: t.arg.id(), roles: t.arg({ type: [RoleEnum], validate: rolesInput }) },
    resolve: (query, _root, args, ctx) =>
      setMemberRoles(ctx, { orgId: String(args.orgId), userId: String(args.userId), roles: args.roles }, query),
  }),

  removeMember: t.boolean({
    description: "Removes someone from a unit the viewer administers (their other units are untouched).",
    args: { orgId: t.arg.id(), userId: t.arg.id() },
    resolve: async (_root, args, ctx) => {
      await removeMember(ctx, String(args.orgId), String(args.userId));
      return true;
    },
  }),
}));
