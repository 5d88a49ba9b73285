/** The graph's enums as the UI lists them (order = order in pickers); the types are generated. */
import { audiences as audienceList, activityForms as formList } from "@kepu/ui";
import type { ActivityForm, Audience, CampaignHostRole, OrgKind, OrgLevel, Role } from "../generated/graphql.js";

export type { CampaignHostRole, InvitationStatus, OrgKind, OrgLevel, Role } from "../generated/graphql.js";

/**
 * A picker list of every value of a graph enum: fails to type-check when the list misses one (a
 * value added to the graph, say) or names one the graph does not have.
 */
function everyValueOf<Value extends string>() {
  return <const Listed extends readonly Value[]>(
    list: Listed &
      ([Exclude<Value, Listed[number]>] extends [never] ? unknown : { missing: Exclude<Value, Listed[number]> }),
  ): Listed => list;
}

export const roles = everyValueOf<Role>()(["ORG_ADMIN", "EDITOR", "REVIEWER"]);

export const orgKinds = everyValueOf<OrgKind>()([
  "ASSOCIATION",
  "SOCIETY",
  "BASE",
  "MUSEUM",
  "DEPARTMENT",
  "ENTERPRISE",
  "UNIVERSITY",
  "PARK",
  "COORDINATION_BODY",
  "OTHER",
]);

export const orgLevels = everyValueOf<OrgLevel>()(["NATIONAL", "PROVINCIAL", "PREFECTURAL", "COUNTY", "GRASSROOTS"]);

export const campaignHostRoles = everyValueOf<CampaignHostRole>()(["LEAD", "CO_HOST", "MEMBER", "SPECIAL_PARTICIPANT"]);

export interface OrgName {
  id: string;
  name: string;
}

/** The activity vocabulary of @kepu/ui, checked here to hold every value of the graph's enums. */
export const activityForms = everyValueOf<ActivityForm>()(formList);
export const audiences = everyValueOf<Audience>()(audienceList);
