/**
 * Discovery's filter as it travels in the URL (/activities?q=…&region=…&kind=…&form=…&audience=…
 * &topic=…&from=…&to=…&online=1|0&free=1&campaign=…), so a filtered list can be shared and the back
 * button works. Pure functions (no React, no DOM) so they are tested alone; the graph checks values.
 */
import { activityForms, audiences } from "@kepu/ui";

export const categoryKinds = ["KEY", "JOINT_ACTION", "MAIN_VENUE", "SPECIAL_ACTION"] as const;
/** Forms and audiences in the order every app lists them (@kepu/ui). */
export { activityForms, audiences };
export const travelModes = ["WALK", "CYCLE", "TRANSIT", "CAR"] as const;

/** The graph's `ActivityFilter`, as the URL carries it (every field optional). */
export interface DiscoveryFilter {
  text?: string;
  campaignId?: string;
  regionCode?: string;
  categoryKind?: (typeof categoryKinds)[number];
  form?: (typeof activityForms)[number];
  audience?: (typeof audiences)[number];
  topic?: string;
  from?: string;
  to?: string;
  online?: boolean;
  freePlaces?: boolean;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const maxValueLength = 100;

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  value && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** The filter a query string asks for; blank, over-long or unknown values are dropped (the list then shows more, never an error). */
export function discoveryFilterFromSearch(search: string | URLSearchParams): DiscoveryFilter {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const get = (name: string) => {
    const value = params.get(name)?.trim();
    return value && value.length <= maxValueLength ? value : undefined;
  };
  const filter: DiscoveryFilter = {};
  const text = get("q");
  if (text) filter.text = text;
  const campaign = get("campaign");
  if (campaign) filter.campaignId = campaign;
  const region = get("region");
  if (region && /^\d{6}$/.test(region)) filter.regionCode = region;
  const kind = oneOf(categoryKinds, get("kind"));
  if (kind) filter.categoryKind = kind;
  const form = oneOf(activityForms, get("form"));
  if (form) filter.form = form;
  const audience = oneOf(audiences, get("audience"));
  if (audience) filter.audience = audience;
  const topic = get("topic");
  if (topic) filter.topic = topic;
  const from = get("from");
  if (from && day.test(from)) filter.from = from;
  const to = get("to");
  if (to && day.test(to) && (!filter.from || to >= filter.from)) filter.to = to;
  const online = get("online");
  if (online === "1" || online === "0") filter.online = online === "1";
  if (get("free") === "1") filter.freePlaces = true;
  return filter;
}

/** The query string of a filter (fixed order, blank ones left out), with `?` or empty. */
export function discoverySearch(filter: DiscoveryFilter): string {
  const params = new URLSearchParams();
  if (filter.text?.trim()) params.set("q", filter.text.trim());
  if (filter.campaignId) params.set("campaign", filter.campaignId);
  if (filter.regionCode) params.set("region", filter.regionCode);
  if (filter.categoryKind) params.set("kind", filter.categoryKind);
  if (filter.form) params.set("form", filter.form);
  if (filter.audience) params.set("audience", filter.audience);
  if (filter.topic) params.set("topic", filter.topic);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.online !== undefined) params.set("online", filter.online ? "1" : "0");
  if (filter.freePlaces) params.set("free", "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** An activity's page (built by the activity-page work, issue 9 §8): discovery links to it. */
export const activityHref = (id: string) => `/activities/${encodeURIComponent(id)}`;
