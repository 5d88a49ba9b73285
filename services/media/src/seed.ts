import { campaigns, orgs, works } from "@kepu/demo-data";
import { requireInstant } from "@kepu/time";
import type { Db } from "./db.js";

/** The chain of parents of a demo row, itself first. */
function chainOf<T extends { id: string; parentId: string | null }>(byId: Map<string, T>, id: string): T[] {
  const chain: T[] = [];
  for (let row = byId.get(id); row; row = row.parentId ? byId.get(row.parentId) : undefined) chain.push(row);
  return chain;
}

const platformKeys: Record<string, string> = {
  科普中国: "KEPU_CHINA",
  学习强国: "XUEXI",
  微博: "WEIBO",
  抖音: "DOUYIN",
  腾讯: "TENCENT",
  快手: "KUAISHOU",
  知乎: "ZHIHU",
  头条: "TOUTIAO",
  B站: "BILIBILI",
  百度: "BAIDU",
};

/**
 * Loads the demo works as approved (each with its live version, as approveWork writes it: the
 * owner's path and the edition derived from the demo tree, the campaign's hashtags) and their
 * postings. Idempotent by id.
 */
export async function seed(prisma: Db): Promise<void> {
  const orgsById = new Map(orgs.map((org) => [org.id, org]));
  const campaignsById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  for (const work of works) {
    const campaignChain = chainOf(campaignsById, work.campaignId);
    const hashtags = [...new Set([...campaignChain].reverse().flatMap((campaign) => campaign.hashtags ?? []))];
    const publishedAt = requireInstant(work.publishedAt);
    const content = {
      kind: work.kind,
      title: work.title,
      summary: work.summary,
      body: null,
      creatorKind: "PERSON" as const,
      creatorName: work.authorName,
      creatorRole: "SCIENCE_COMMUNICATOR" as const,
      creatorOrgId: null,
      ownerOrgId: work.ownerOrgId,
      campaignId: work.campaignId,
      activityId: work.activityId,
      topics: work.topics,
      hashtags,
      licence: "CC_BY_NC_ND" as const,
      coverAssetId: null,
      fileAssetIds: [],
      publishedAt,
    };
    const versionId = `v-${work.id}`;
    const version = {
      ...content,
      workId: work.id,
      live: true,
      ownerPath: chainOf(orgsById, work.ownerOrgId)
        .map((org) => org.id)
        .reverse(),
      editionId: campaignChain.at(-1)?.id ?? work.campaignId,
      approvedAt: publishedAt,
    };
    await prisma.$transaction(async (tx) => {
      await tx.work.upsert({
        where: { id: work.id },
        create: { id: work.id, ...content, status: "PUBLISHED" },
        update: { ...content, status: "PUBLISHED", liveVersionId: null },
      });
      await tx.workVersion.upsert({ where: { id: versionId }, create: { id: versionId, ...version }, update: version });
      await tx.work.update({ where: { id: work.id }, data: { liveVersionId: versionId } });
      const platformKey = platformKeys[work.platform];
      if (platformKey) {
        const posting = { workId: work.id, platformKey, url: work.url, postedAt: publishedAt };
        await tx.workPosting.upsert({
          where: { workId_url: { workId: work.id, url: work.url } },
          create: { id: `p-${work.id}`, ...posting },
          update: posting,
        });
      }
    });
  }
}
