import { activities } from "./activities.js";
import { campaigns } from "./campaigns.js";
import { orgs } from "./orgs.js";
import type { DemoActivity, DemoCampaign, DemoOrg } from "./types.js";

export * from "./accounts.js";
export * from "./activities.js";
export * from "./campaigns.js";
export * from "./nominations.js";
export * from "./orgs.js";
export * from "./types.js";
export * from "./works.js";

const orgsById = new Map(orgs.map((o) => [o.id, o]));
const campaignsById = new Map(campaigns.map((c) => [c.id, c]));
const activitiesById = new Map(activities.map((a) => [a.id, a]));

export function orgById(id: string): DemoOrg | undefined {
  return orgsById.get(id);
}

export function campaignById(id: string): DemoCampaign | undefined {
  return campaignsById.get(id);
}

export function activityById(id: string): DemoActivity | undefined {
  return activitiesById.get(id);
}
