/**
 * The works feed's filter as it travels in the URL (/works?hashtag=…&topic=…&org=…&platform=…&activity=…&kind=…),
 * so a filtered feed can be shared and an activity's works have an address (/works?activity=<id>).
 * Pure functions (no React, no DOM) so they are tested alone.
 */

/** The kinds of works, in the order the filter offers them (the graph's `WorkKind`). */
export const workKinds = ["SHORT_VIDEO", "ARTICLE", "IMAGE_SET", "LIVESTREAM_REPLAY", "AUDIO", "VR"] as const;
export type WorkKindName = (typeof workKinds)[number];

/** What the feed is narrowed by, as the graph's `WorkFilter` takes it (every field optional). */
export interface FeedFilter {
  hashtag?: string;
  topic?: string;
  orgId?: string;
  platform?: string;
  activityId?: string;
  kind?: WorkKindName;
}

/** URL parameter of each filter field. */
export const filterParams = {
  hashtag: "hashtag",
  topic: "topic",
  orgId: "org",
  platform: "platform",
  activityId: "activity",
  kind: "kind",
} as const satisfies Record<keyof FeedFilter, string>;

/** Longest value taken from the URL; anything longer is ignored rather than sent to the graph. */
const maxValueLength = 100;

/**
 * The filter a query string asks for. Blank and over-long values are dropped, and an unknown kind
 * is ignored (the feed then shows every kind rather than an error). The graph checks the rest.
 */
export function filterFromSearch(search: string | URLSearchParams): FeedFilter {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const filter: FeedFilter = {};
  for (const [field, param] of Object.entries(filterParams) as [keyof FeedFilter, string][]) {
    const value = params.get(param)?.trim();
    if (!value || value.length > maxValueLength) continue;
    if (field === "kind") {
      if ((workKinds as readonly string[]).includes(value)) filter.kind = value as WorkKindName;
    } else filter[field] = value;
  }
  return filter;
}

/** The feed's URL for a filter (fields in a fixed order, blank ones left out). */
export function feedHref(filter: FeedFilter): string {
  const params = new URLSearchParams();
  for (const [field, param] of Object.entries(filterParams) as [keyof FeedFilter, string][]) {
    const value = filter[field]?.trim();
    if (value) params.set(param, value);
  }
  const query = params.toString();
  return query ? `/works?${query}` : "/works";
}

/** The same filter without one field (a removed filter chip). */
export function withoutFilter(filter: FeedFilter, field: keyof FeedFilter): FeedFilter {
  const { [field]: _removed, ...rest } = filter;
  return rest;
}
