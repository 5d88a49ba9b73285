import { administers, type OrgPlace } from "@kepu/auth";
import { isUniqueViolation } from "@kepu/db";
import { forbidden, notFound, unauthenticated, userError } from "@kepu/subgraph";
import type { Context } from "../builder.js";

/** The signed-in viewer's id, or UNAUTHENTICATED. */
export function viewerId(ctx: Context): string {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  return ctx.viewer.userId;
}

/** The org's place in the tree, or NOT_FOUND. */
export async function placeOf(ctx: Context, orgId: string): Promise<OrgPlace> {
  const place = await ctx.directory.place(orgId);
  if (!place) throw notFound("该单位");
  return place;
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

/**
 * The (parentId, name) unique index turns a same-name sibling created concurrently into P2002:
 * answer it as the conflict it is, with nothing written.
 */
export function rethrowDuplicate(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw userError("CONFLICT", "上级单位下已有同名单位（可能刚被他人添加），请刷新后重试");
  }
  throw error;
}
