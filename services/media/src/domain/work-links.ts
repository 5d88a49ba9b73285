import type { OrgPlace } from "@kepu/auth";
import { type CampaignFacts, inCampaignTerritory, inSubtreeOf } from "@kepu/subgraph";

/** What a work names, as looked up by the place-loader (OrgDirectory). */
export interface WorkLinkFacts {
  campaign: CampaignFacts;
  owner: OrgPlace;
  /** The named activity (null when there is no such published activity), with its host's place. */
  activity?: { campaignId: string; host: OrgPlace } | null;
  activityId?: string;
}

/**
 * What a work names must be its own (issue 7 §1): the owner takes part in the campaign (inside a
 * regional edition's region); an activity, if named, is a published one of the same campaign hosted
 * by the owner or a unit below it. Returns the field at fault and a zh-CN message, or null.
 */
export function workLinkProblem(facts: WorkLinkFacts): { field: string; message: string } | null {
  if (!inCampaignTerritory(facts.campaign, facts.owner)) {
    return { field: "campaignId", message: "所属单位不在该地方科普日的地区范围内" };
  }
  if (facts.activity === undefined) return null;
  if (facts.activity === null) {
    return { field: "activityId", message: `活动不存在或尚未发布：${facts.activityId ?? ""}` };
  }
  if (facts.activity.campaignId !== facts.campaign.id) {
    return { field: "activityId", message: "作品只能关联同一活动届次中的活动" };
  }
  if (!inSubtreeOf(facts.activity.host, facts.owner.id)) {
    return { field: "activityId", message: "作品只能关联本单位或下级单位主办的活动" };
  }
  return null;
}
