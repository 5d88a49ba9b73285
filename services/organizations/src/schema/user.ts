import { administers, placeFromPath } from "@kepu/auth";
import { builder } from "../builder.js";
import { Role } from "../generated/prisma/enums.js";

export const RoleEnum = builder.enumType(Role, { name: "Role" });

builder.prismaObject("Membership", {
  fields: (t) => ({
    org: t.relation("org"),
    user: t.relation("user"),
    roles: t.expose("roles", { type: [RoleEnum] }),
  }),
});

export const UserRef = builder.prismaObject("User", {
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    email: t.string({
      nullable: true,
      description: "Personal data: the user, platform admins, and whoever administers one of the user's units.",
      select: { email: true, id: true, memberships: { select: { org: { select: { path: true } } } } },
      resolve: (user, _args, ctx) => {
        if (ctx.viewer.kind !== "user") return null;
        if (ctx.viewer.userId === user.id || ctx.viewer.platformAdmin) return user.email;
        const viewer = ctx.viewer;
        return user.memberships.some((m) => administers(viewer, placeFromPath(m.org.path))) ? user.email : null;
      },
    }),
    platformAdmin: t.exposeBoolean("platformAdmin"),
    rightsVersion: t.exposeInt("rightsVersion", {
      // For the other subgraphs' rights check (OrgDirectory.rightsVersion), not for the public graph.
      inaccessible: true,
      description: "Bumped with every change to the user's memberships, roles or platform-admin flag.",
    }),
    memberships: t.prismaField({
      type: ["Membership"],
      description: "All of them for the user and platform admins; others see those in units they administer.",
      resolve: async (query, user, _args, ctx) => {
        const viewer = ctx.viewer;
        if (viewer.kind !== "user") return [];
        let orgIds: string[] | undefined;
        if (viewer.userId !== user.id && !viewer.platformAdmin) {
          const places = await ctx.db.membership.findMany({
            where: { userId: user.id },
            select: { orgId: true, org: { select: { path: true } } },
          });
          orgIds = places.filter((m) => administers(viewer, placeFromPath(m.org.path))).map((m) => m.orgId);
        }
        return ctx.db.membership.findMany({
          ...query,
          where: { userId: user.id, ...(orgIds ? { orgId: { in: orgIds } } : {}) },
          orderBy: { orgId: "asc" },
        });
      },
    }),
  }),
});

// Other subgraphs ask for a user's current rights version through _entities (OrgDirectory).
builder.asEntity(UserRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: ({ id }, ctx) =>
    ctx.loaders.get("User", (ids) => ctx.db.user.findMany({ where: { id: { in: [...ids] } } })).load(id),
});

builder.queryField("me", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    description: "The signed-in user; null for the public.",
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer.kind === "user" ? ctx.db.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null,
  }),
);
