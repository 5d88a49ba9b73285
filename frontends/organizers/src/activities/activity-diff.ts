/**
 * What an edit of a published activity changes (活动审核, issue 9 §7): the approved row against its
 * pending edit, field by field, as text a reviewer reads. Pure, so it is unit-tested.
 */
import type { OrganizerActivity } from "../graphql/activities.js";

export type DiffField =
  | "title"
  | "summary"
  | "category"
  | "programme"
  | "forms"
  | "mode"
  | "topics"
  | "audiences"
  | "time"
  | "regionCode"
  | "venue"
  | "address"
  | "point"
  | "livestreamUrl"
  | "coHosts"
  | "cover";

export interface DiffRow {
  field: DiffField;
  before: string;
  after: string;
}

/** How the diff names enum values, categories and times (the page passes its locale's). */
export interface DiffText {
  form: (value: string) => string;
  mode: (value: string) => string;
  audience: (value: string) => string;
  category: (category: { nameZh: string; nameEn: string }) => string;
  range: (start: string, end: string) => string;
}

type Content = Pick<
  OrganizerActivity,
  | "title"
  | "summary"
  | "programme"
  | "forms"
  | "mode"
  | "topics"
  | "audiences"
  | "startsAt"
  | "endsAt"
  | "regionCode"
  | "venue"
  | "address"
  | "latitude"
  | "longitude"
  | "livestreamUrl"
  | "coHosts"
  | "coverAssetId"
> & { category?: { nameZh: string; nameEn: string } | null };

function asText(content: Content, text: DiffText): Record<DiffField, string> {
  const point =
    content.latitude != null && content.longitude != null
      ? `${content.latitude.toFixed(6)}, ${content.longitude.toFixed(6)}`
      : "";
  return {
    title: content.title,
    summary: content.summary,
    category: content.category ? text.category(content.category) : "",
    programme: content.programme ?? "",
    forms: content.forms.map(text.form).join("、"),
    mode: text.mode(content.mode),
    topics: content.topics.join("、"),
    audiences: content.audiences.map(text.audience).join("、"),
    time: text.range(content.startsAt, content.endsAt),
    regionCode: content.regionCode ?? "",
    venue: content.venue ?? "",
    address: content.address ?? "",
    point,
    livestreamUrl: content.livestreamUrl ?? "",
    coHosts: content.coHosts.map((org) => org.name).join("、"),
    cover: content.coverAssetId ?? "",
  };
}

/**
 * The fields a pending edit changes, approved value before edited; empty when the activity has no
 * pending edit or it changes nothing the public sees. A category the edit leaves out is unchanged.
 */
export function pendingEditDiff(activity: OrganizerActivity, text: DiffText): DiffRow[] {
  const edit = activity.pendingEdit;
  if (!edit) return [];
  const before = asText(activity, text);
  const after = asText({ ...edit, category: edit.category ?? activity.category }, text);
  return (Object.keys(before) as DiffField[])
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
