import { independentOfRights, unauthenticated } from "@kepu/subgraph";
import { normalizedEmail } from "@kepu/text";
import { z } from "zod";
import { recordAudit } from "../audit.js";
import {
  type AuthSessionTokens,
  endAllAuthSessions,
  endAuthSession,
  refreshGraceSeconds,
  rotateRefreshToken,
  startAuthSession,
} from "../auth-sessions.js";
import { builder } from "../builder.js";
import { hashSecret } from "../secrets.js";
import { verifyCredentials } from "../sign-in.js";

/**
 * Sign-in sessions (AuthSession; "Session" is an activity's 场次): the mutations. What they do is in
 * ../auth-sessions.ts (tokens, rotation with its grace window) and ../sign-in.ts (the credential
 * check behind the lockout).
 */
export const AuthSessionPayload = builder.objectRef<AuthSessionTokens>("AuthSessionPayload").implement({
  description: "A sign-in's tokens: what signIn, refreshAuthSession and acceptInvitation return.",
  fields: (t) => ({
    accessToken: t.exposeString("accessToken"),
    expiresInSeconds: t.exposeInt("expiresInSeconds"),
    refreshToken: t.exposeString("refreshToken", {
      description: "Opaque; exchange it with refreshAuthSession before the access token expires. Rotated on every use.",
    }),
    refreshExpiresAt: t.expose("refreshExpiresAt", { type: "DateTime" }),
    user: t.prismaField({
      type: "User",
      resolve: (query, tokens, _args, ctx) => ctx.db.user.findUniqueOrThrow({ ...query, where: { id: tokens.userId } }),
    }),
  }),
});

// Trimmed, NFKC-normalized and lower-cased before it is validated (@kepu/text).
const emailArg = normalizedEmail();
const secretArg = z.string().min(20, "凭证无效").max(200, "凭证无效");

builder.mutationFields((t) => ({
  signIn: t.field({
    ...independentOfRights,
    type: AuthSessionPayload,
    args: {
      email: t.arg.string({ validate: emailArg }),
      password: t.arg.string({ validate: z.string().min(1, "请输入密码").max(200, "密码过长") }),
    },
    resolve: async (_root, { email, password }, ctx) =>
      startAuthSession(ctx, await verifyCredentials(ctx, email, password)),
  }),

  refreshAuthSession: t.field({
    ...independentOfRights,
    type: AuthSessionPayload,
    description: `Exchanges a refresh token for a new access token and the next refresh token (the old one stops working; the same token exchanged again within ${refreshGraceSeconds} s, e.g. by a second tab, gets the same successor).`,
    args: { refreshToken: t.arg.string({ validate: secretArg }) },
    resolve: (_root, args, ctx) => rotateRefreshToken(ctx, args.refreshToken),
  }),

  signOut: t.boolean({
    ...independentOfRights,
    description: "Ends this sign-in: its refresh token and every token rotated from it stop working.",
    args: { refreshToken: t.arg.string({ validate: secretArg }) },
    resolve: async (_root, args, ctx) => {
      const current = await ctx.db.refreshToken.findUnique({ where: { tokenHash: hashSecret(args.refreshToken) } });
      if (current) await endAuthSession(ctx.db, current.authSessionId);
      return true;
    },
  }),

  signOutEverywhere: t.int({
    description: "Ends every sign-in of the viewer (a lost phone …); returns how many were ended.",
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const viewerId = ctx.viewer.userId;
      return ctx.db.$transaction(async (tx) => {
        const ended = await endAllAuthSessions(tx, viewerId);
        await recordAudit(tx, {
          action: "AUTH_SESSIONS_ENDED",
          actorId: viewerId,
          subjectUserId: viewerId,
          detail: { count: ended },
        });
        return ended;
      });
    },
  }),
}));
