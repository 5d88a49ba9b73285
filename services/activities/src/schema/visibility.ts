import type { Viewer } from "@kepu/auth";
import { activityVisibility } from "../domain/access.js";
import type { Prisma } from "../generated/prisma/client.js";

/** The visibility rule of domain/access.ts as a WHERE clause, so lists filter in SQL. */
export function visibleActivitiesWhere(viewer: Viewer): Prisma.ActivityWhereInput {
  const visibility = activityVisibility(viewer);
  if (visibility.kind === "all") return {};
  if (visibility.hostOrgIds.length === 0) return { status: "PUBLISHED" };
  return { OR: [{ status: "PUBLISHED" }, { hostOrgId: { in: visibility.hostOrgIds } }] };
}

/** An edition lists its regional editions' activities too: match the campaign or the edition. */
export function inCampaignWhere(campaignId: string): Prisma.ActivityWhereInput {
  return { OR: [{ campaignId }, { editionId: campaignId }] };
}

/** Every activity list reads in programme order; the id breaks ties so cursors are stable. */
export const activityOrder: Prisma.ActivityOrderByWithRelationInput[] = [{ startsAt: "asc" }, { id: "asc" }];
