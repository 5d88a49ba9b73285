import { administers, placeFromPath } from "@kepu/auth";
import { z } from "zod";
import { startAuthSession } from "../auth-sessions.js";
import { builder } from "../builder.js";
import { invitationStatus } from "../domain/invitations.js";
import { rolesInput } from "../domain/members.js";
import { displayName, email as emailSchema, newPassword } from "../domain/org-input.js";
import type { Role } from "../generated/prisma/enums.js";
import { acceptInvitation, createInvitation, findInvitation, revokeInvitation } from "../invitations.js";
import { AuthSessionPayload } from "./auth-session.js";
import { OrgRef } from "./org.js";
import { RoleEnum } from "./user.js";

/**
 * Invitations (邀请) in the graph: the types, the unit's pending list, the preview behind a link and
 * the three mutations. What they do is in ../invitations.ts; the rules in ../domain/invitations.ts.
 */
const InvitationStatusEnum = builder.enumType("InvitationStatus", {
  values: ["PENDING", "ACCEPTED", "REVOKED", "EXPIRED"] as const,
});

export const InvitationRef = builder.prismaObject("Invitation", {
  description: "邀请: to join a unit with some roles, by e-mail (that address only) or by link (anyone, once).",
  fields: (t) => ({
    id: t.exposeID("id"),
    org: t.relation("org"),
    email: t.exposeString("email", { nullable: true }),
    roles: t.expose("roles", { type: [RoleEnum] }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    status: t.field({ type: InvitationStatusEnum, resolve: (i) => invitationStatus(i) }),
    invitedBy: t.relation("invitedBy"),
  }),
});

interface InvitationPreviewShape {
  orgName: string;
  roles: Role[];
  email: string | null;
  expiresAt: Date;
  status: ReturnType<typeof invitationStatus>;
}

const InvitationPreview = builder.objectRef<InvitationPreviewShape>("InvitationPreview").implement({
  description: "What an invitation link offers, shown to whoever holds the link before they accept.",
  fields: (t) => ({
    orgName: t.exposeString("orgName"),
    roles: t.field({ type: [RoleEnum], resolve: (p) => p.roles }),
    email: t.exposeString("email", { nullable: true }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    status: t.field({ type: InvitationStatusEnum, resolve: (p) => p.status }),
  }),
});

const InvitePayload = builder.objectRef<{ invitationId: string; link: string }>("InvitePayload").implement({
  fields: (t) => ({
    invitation: t.prismaField({
      type: "Invitation",
      resolve: (query, p, _args, ctx) =>
        ctx.db.invitation.findUniqueOrThrow({ ...query, where: { id: p.invitationId } }),
    }),
    link: t.exposeString("link", {
      description: "Path of the acceptance page with the secret; shown once, only to the inviter.",
    }),
  }),
});

builder.prismaObjectFields(OrgRef, (t) => ({
  invitations: t.prismaField({
    type: ["Invitation"],
    nullable: true,
    description: "Pending invitations; null unless the viewer administers the unit.",
    resolve: (query, org, _args, ctx) =>
      administers(ctx.viewer, placeFromPath(org.path))
        ? ctx.db.invitation.findMany({
            ...query,
            where: { orgId: org.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
            orderBy: { createdAt: "desc" },
          })
        : null,
  }),
}));

const secretArg = z.string().min(20, "邀请链接无效").max(200, "邀请链接无效");

const InviteMemberInput = builder.inputType("InviteMemberInput", {
  fields: (t) => ({
    orgId: t.id(),
    email: t.string({ required: false, description: "Omit for a link anyone may accept once." }),
    roles: t.field({ type: [RoleEnum] }),
  }),
  validate: z.looseObject({ email: emailSchema.nullish(), roles: rolesInput }),
});

const AcceptInvitationInput = builder.inputType("AcceptInvitationInput", {
  fields: (t) => ({
    token: t.string(),
    displayName: t.string({ required: false, description: "For a new account." }),
    password: t.string({ required: false, description: "For a new account: at least 10 characters." }),
    email: t.string({ required: false, description: "For a new account from a link invitation." }),
  }),
  validate: z.looseObject({
    token: secretArg,
    displayName: displayName.nullish(),
    password: newPassword.nullish(),
    email: emailSchema.nullish(),
  }),
});

builder.queryField("invitation", (t) =>
  t.field({
    type: InvitationPreview,
    description: "What the invitation behind a link offers (the link's secret is the key).",
    args: { token: t.arg.string({ validate: secretArg }) },
    resolve: async (_root, args, ctx) => {
      const invitation = await findInvitation(ctx, args.token);
      return {
        orgName: invitation.org.name,
        roles: invitation.roles,
        email: invitation.email,
        expiresAt: invitation.expiresAt,
        status: invitationStatus(invitation),
      };
    },
  }),
);

builder.mutationFields((t) => ({
  inviteMember: t.field({
    type: InvitePayload,
    description: "Invites someone to a unit the viewer administers; e-mails them when an address is given.",
    args: { input: t.arg({ type: InviteMemberInput }) },
    resolve: (_root, { input }, ctx) =>
      createInvitation(ctx, { orgId: String(input.orgId), email: input.email ?? null, roles: input.roles }),
  }),

  revokeInvitation: t.prismaField({
    type: "Invitation",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => revokeInvitation(ctx, String(args.id), query),
  }),

  acceptInvitation: t.field({
    type: AuthSessionPayload,
    description:
      "Joins the invitation's unit: as the signed-in user, or by creating an account (display name, password, and e-mail for a link invitation). Signs in.",
    args: { input: t.arg({ type: AcceptInvitationInput }) },
    resolve: async (_root, { input }, ctx) => startAuthSession(ctx, await acceptInvitation(ctx, input)),
  }),
}));
