import { z } from "zod";

/**
 * Members of a unit and their roles (成员与角色). A member holds one or more of three roles in a
 * unit; whoever administers the unit (its admins, an ancestor's admins, platform admins: the shared
 * policy) invites, changes roles and removes. Nobody changes or removes themselves, so a unit is
 * never left without the admin who was acting.
 */
export const roleNames = ["ORG_ADMIN", "EDITOR", "REVIEWER"] as const;

/** Roles as given in an invitation or a role change: at least one; repeats count once. */
export const rolesInput = z
  .array(z.enum(roleNames))
  .min(1, "请至少选择一个角色")
  .transform((roles) => [...new Set(roles)]);

/** Why `actorId` may not do `change` to `userId`'s membership (themselves), or null when they may. */
export function whyNotOnSelf(actorId: string, userId: string, change: "setRoles" | "remove"): string | null {
  if (actorId !== userId) return null;
  return change === "setRoles" ? "不能修改自己的角色，请联系其他管理员" : "不能移除自己，请联系其他管理员";
}
