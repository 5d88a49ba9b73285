import { normalizeHashtag, normalizeText } from "@kepu/text";
import { builder } from "../builder.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { WorkKind } from "../generated/prisma/enums.js";
import { WorkKindEnum } from "./work-enums.js";

export const WorkFilterInput = builder.inputType("WorkFilter", {
  description: "What the public feed of works may be narrowed by (all optional, combined with AND).",
  fields: (t) => ({
    campaignId: t.id({ required: false, description: "A national edition includes its regional editions." }),
    hashtag: t.string({ required: false, description: "With or without the #s: 千万IP创科普 or #千万IP创科普#." }),
    topic: t.string({ required: false }),
    orgId: t.id({ required: false, description: "The unit and every unit below it." }),
    platform: t.id({ required: false, description: "A platform key (workPlatforms): works posted there." }),
    activityId: t.id({ required: false }),
    kind: t.field({ type: WorkKindEnum, required: false }),
  }),
});

/**
 * The public feed's filter as a Prisma `where` on live approved versions (issue 8 §6). Each filter
 * has an index: GIN on hashtags, topics and the owner's path (an org's subtree is every version
 * whose owner path holds it), b-trees on campaign, edition and activity.
 */
export function feedWhere(filter: {
  campaignId?: string | number | null;
  hashtag?: string | null;
  topic?: string | null;
  orgId?: string | number | null;
  platform?: string | number | null;
  activityId?: string | number | null;
  kind?: WorkKind | null;
}): Prisma.WorkVersionWhereInput {
  const and: Prisma.WorkVersionWhereInput[] = [];
  if (filter.campaignId) {
    const id = String(filter.campaignId);
    and.push({ OR: [{ campaignId: id }, { editionId: id }] });
  }
  if (filter.hashtag) and.push({ hashtags: { has: normalizeHashtag(filter.hashtag) } });
  if (filter.topic) and.push({ topics: { has: normalizeText(filter.topic) } });
  if (filter.orgId) and.push({ ownerPath: { has: String(filter.orgId) } });
  if (filter.platform) and.push({ work: { postings: { some: { platformKey: String(filter.platform) } } } });
  if (filter.activityId) and.push({ activityId: String(filter.activityId) });
  if (filter.kind) and.push({ kind: filter.kind });
  return { AND: and };
}
