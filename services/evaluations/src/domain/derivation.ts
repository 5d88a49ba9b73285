import type { OrgPlace } from "@kepu/auth";
import { inCampaignTerritory, inSubtreeOf } from "@kepu/subgraph";

/**
 * What the server derives for a nomination and what it checks of the ids it is given (issue 7 §1).
 * Plain data in, a problem (field + zh-CN message) or the derived facts out; no GraphQL, no Prisma.
 */
export interface NominationFacts {
  campaign: {
    id: string;
    regionOrgId: string | null;
    hosts: readonly { orgId: string; role: string }[];
  };
  recommender: OrgPlace;
  /** The nominated unit (UNIT) or, for ACTIVITY, the activity's host. */
  nominee: OrgPlace;
  /** For ACTIVITY: the activity as its service knows it (null when no such published activity). */
  activity?: { campaignId: string; hostOrgId: string } | null;
}

export type Derivation = { ok: true; reviewingOrgId: string } | { ok: false; field: string; message: string };

/**
 * The unit that receives (and reviews) a campaign's nominations: the level above the recommenders as
 * the campaign defines it — a regional edition's own 科协 (湖南省科协 gives the 审定意见 in 湖南), and
 * for a national edition its lead host (中国科协).
 */
export function receivingOrgOf(campaign: NominationFacts["campaign"]): string | null {
  return campaign.regionOrgId ?? campaign.hosts.find((host) => host.role === "LEAD")?.orgId ?? null;
}

/**
 * Checks a nomination's relationships and computes its receiving unit: the recommender takes part in
 * the campaign (inside its region, or one of its hosts) and is not the receiving unit itself; the
 * nominee lies in the recommender's subtree (itself included); an activity is of the same campaign.
 */
export function deriveNomination(facts: NominationFacts): Derivation {
  const { campaign, recommender, nominee } = facts;
  const receiving = receivingOrgOf(campaign);
  if (!receiving) return { ok: false, field: "campaignId", message: "该活动届次未设受理推荐的单位" };
  if (!inCampaignTerritory(campaign, recommender)) {
    return { ok: false, field: "recommenderOrgId", message: "推荐单位不在该活动届次的地区范围内" };
  }
  if (recommender.id === receiving) {
    return { ok: false, field: "recommenderOrgId", message: "受理推荐的单位不能在本届活动中推荐自己受理的名单" };
  }
  if (facts.activity === null) {
    return { ok: false, field: "activityId", message: "所推荐的活动不存在或尚未发布" };
  }
  if (facts.activity && facts.activity.campaignId !== campaign.id) {
    return { ok: false, field: "activityId", message: "只能推荐本届活动中的活动" };
  }
  if (!inSubtreeOf(nominee, recommender.id)) {
    return {
      ok: false,
      field: facts.activity ? "activityId" : "orgId",
      message: "只能推荐本单位或下级单位（或其主办的活动）",
    };
  }
  return { ok: true, reviewingOrgId: receiving };
}
