import { administers, type OrgPlace, placeFromPath } from "@kepu/auth";
import { forbidden, notFound, unauthenticated } from "@kepu/subgraph";
import type { Context } from "../builder.js";

/** The signed-in viewer's id, or UNAUTHENTICATED. */
export function viewerId(ctx: Context): string {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  return ctx.viewer.userId;
}

/** The org's place in the tree, or NOT_FOUND. */
export async function placeOf(ctx: Context, orgId: string): Promise<OrgPlace> {
  const org = await ctx.db.org.findUnique({ where: { id: orgId }, select: { path: true } });
  if (!org) throw notFound("该单位");
  return placeFromPath(org.path);
}

/** Signed in and administering the org (its admin or an ancestor's, or platform admin); else an error. */
export async function assertAdministers(ctx: Context, orgId: string, message?: string): Promise<OrgPlace> {
  viewerId(ctx);
  const place = await placeOf(ctx, orgId);
  if (!administers(ctx.viewer, place)) {
    throw forbidden(message ?? "只有本单位或上级单位的管理员可以执行此操作");
  }
  return place;
}
