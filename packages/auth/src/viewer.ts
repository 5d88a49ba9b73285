import { z } from "zod";

export const roles = ["ORG_ADMIN", "EDITOR", "REVIEWER"] as const;
export type Role = (typeof roles)[number];

export interface Membership {
  orgId: string;
  roles: Role[];
}

/**
 * Who is asking. Built only from a verified access token (or anonymous): no subgraph ever trusts an
 * identity header, because anyone can send one straight to a subgraph's port.
 */
export type Viewer =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      displayName: string;
      platformAdmin: boolean;
      memberships: Membership[];
      /**
       * The account's e-mail address as organizations verified it (the `eml` claim), for notices
       * to the person themselves (a cancelled session); absent in tokens that do not carry it.
       */
      email?: string;
    };

export const anonymous: Viewer = { kind: "anonymous" };

/**
 * The claims we put into an access token, checked again on the way in. `rv` is the user's rights
 * version when the token was signed: organizations bumps it with every change to the user's
 * memberships, roles or platform-admin flag, and every subgraph refuses a mutation carried by a
 * token whose `rv` is no longer the current one (packages/subgraph rights-version.ts).
 */
export const accessClaimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  adm: z.boolean(),
  mem: z.array(z.object({ org: z.string().min(1), roles: z.array(z.enum(roles)) })),
  rv: z.number().int().min(0),
  /** The user's own e-mail address (optional: tokens of test signers may leave it out). */
  eml: z.string().email().optional(),
});
export type AccessClaims = z.infer<typeof accessClaimsSchema>;

export function viewerFromClaims(claims: AccessClaims): Viewer {
  return {
    kind: "user",
    userId: claims.sub,
    displayName: claims.name,
    platformAdmin: claims.adm,
    memberships: claims.mem.map((m) => ({ orgId: m.org, roles: m.roles })),
    ...(claims.eml ? { email: claims.eml } : {}),
  };
}

/** The claims of a token for `viewer` whose rights are at version `rightsVersion` (see accessClaimsSchema). */
export function claimsFromViewer(viewer: Extract<Viewer, { kind: "user" }>, rightsVersion: number): AccessClaims {
  return {
    sub: viewer.userId,
    name: viewer.displayName,
    adm: viewer.platformAdmin,
    mem: viewer.memberships.map((m) => ({ org: m.orgId, roles: m.roles })),
    rv: rightsVersion,
    ...(viewer.email ? { eml: viewer.email } : {}),
  };
}

/**
 * Who a request comes from: the viewer the policy reasons about, and the rights version of the
 * token it came with (null for the public). Only a verified token makes one.
 */
export interface Caller {
  viewer: Viewer;
  rightsVersion: number | null;
}

export const anonymousCaller: Caller = { viewer: anonymous, rightsVersion: null };
