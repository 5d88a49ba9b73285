import { claimsFromViewer } from "@kepu/auth";
import { unauthenticated } from "@kepu/subgraph";
import { verify } from "@node-rs/argon2";
import { z } from "zod";
import { builder } from "../builder.js";
import { Role } from "../generated/prisma/enums.js";

export const RoleEnum = builder.enumType(Role, { name: "Role" });

builder.prismaObject("Membership", {
  fields: (t) => ({
    org: t.relation("org"),
    roles: t.expose("roles", { type: [RoleEnum] }),
  }),
});

export const UserRef = builder.prismaObject("User", {
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    email: t.string({
      description: "Only the user and platform admins see it.",
      select: { email: true, id: true },
      resolve: (user, _args, ctx) =>
        ctx.viewer.kind === "user" && (ctx.viewer.userId === user.id || ctx.viewer.platformAdmin) ? user.email : "",
    }),
    platformAdmin: t.exposeBoolean("platformAdmin"),
    memberships: t.relation("memberships", { query: { orderBy: { orgId: "asc" } } }),
  }),
});

interface SignInResult {
  accessToken: string;
  expiresInSeconds: number;
  userId: string;
}

const SignInPayload = builder.objectRef<SignInResult>("SignInPayload").implement({
  fields: (t) => ({
    accessToken: t.exposeString("accessToken"),
    expiresInSeconds: t.exposeInt("expiresInSeconds"),
    user: t.prismaField({
      type: "User",
      resolve: (query, payload, _args, ctx) =>
        ctx.db.user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
    }),
  }),
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

builder.mutationField("signIn", (t) =>
  t.field({
    type: SignInPayload,
    args: {
      email: t.arg.string({ validate: z.email("请输入有效的邮箱地址").max(254) }),
      password: t.arg.string({ validate: z.string().min(1, "请输入密码").max(200, "密码过长") }),
    },
    resolve: async (_root, { email, password }, ctx) => {
      const user = await ctx.db.user.findUnique({
        where: { email: email.trim().toLowerCase() },
        include: { memberships: true },
      });
      // One message for unknown e-mail and wrong password: don't reveal which accounts exist.
      if (!user || !(await verify(user.passwordHash, password))) throw unauthenticated("邮箱或密码错误");
      const claims = claimsFromViewer({
        kind: "user",
        userId: user.id,
        displayName: user.displayName,
        platformAdmin: user.platformAdmin,
        memberships: user.memberships.map((m) => ({ orgId: m.orgId, roles: m.roles })),
      });
      const accessToken = await ctx.signer.sign(claims, ctx.accessTokenTtlSeconds);
      return { accessToken, expiresInSeconds: ctx.accessTokenTtlSeconds, userId: user.id };
    },
  }),
);
