import { works } from "@kepu/demo-data";
import { requireInstant } from "@kepu/time";
import type { Db } from "./db.js";

/** Loads the demo works (already checked: APPROVED). Idempotent by id. */
export async function seed(prisma: Db): Promise<void> {
  for (const work of works) {
    const data = {
      title: work.title,
      kind: work.kind,
      authorName: work.authorName,
      platform: work.platform,
      url: work.url,
      ownerOrgId: work.ownerOrgId,
      activityId: work.activityId,
      campaignId: work.campaignId,
      publishedAt: requireInstant(work.publishedAt),
      status: "PUBLISHED" as const,
    };
    await prisma.work.upsert({ where: { id: work.id }, create: { id: work.id, ...data }, update: data });
  }
}
