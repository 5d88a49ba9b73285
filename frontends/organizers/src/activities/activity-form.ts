/**
 * The activity editor's values and what the graph takes (issue 9 §1, §7): pure functions, so the
 * mapping is unit-tested apart from antd. Times: the pickers show Shanghai wall-clock time whatever
 * the browser's zone (a picked value is read by its wall clock, never by its instant), and every
 * time goes out with its +08:00 offset (the graph refuses offset-less date-times). A point picked on
 * a map goes out with the map's coordinate system (GCJ02 for a Chinese base map, else WGS84); the
 * server converts and stores WGS-84.
 */
import { fromShanghaiWallClock, toShanghaiWallClock } from "@kepu/time";
import type {
  ActivityContentInput,
  ActivityForm,
  ActivityMode,
  ActivitySessionInput,
  Audience,
  CoordinateSystem,
  CreateActivityInput,
  OrganizerActivity,
} from "../graphql/activities.js";
import { optional } from "../validation.js";

/** A picked date-time as the pickers give it (a dayjs value): only its wall clock is read. */
export interface WallClockValue {
  format(template: string): string;
}

/** One 场次 row of the form. */
export interface SessionValues {
  /**
   * The stored session the row stands for (null or absent for a new one): sent back so that a
   * published activity's moved session stays the same session, its registrations with it.
   */
  id?: string | null;
  /** The session's start and end, as picked (Shanghai wall clock). */
  range: [WallClockValue, WallClockValue] | null;
  registrationRequired: boolean;
  capacity: number | null;
}

/** A point and the system it is given in (a typed WGS-84 pair, or a point picked on a GCJ-02 map). */
export interface PointValues {
  latitude: number | null;
  longitude: number | null;
  coordinateSystem: CoordinateSystem;
}

export interface ActivityFormValues {
  campaignId: string;
  title: string;
  summary: string;
  categoryId: string;
  programme: string;
  forms: ActivityForm[];
  mode: ActivityMode;
  topics: string[];
  audiences: Audience[];
  regionCode: string;
  venue: string;
  address: string;
  point: PointValues;
  livestreamUrl: string;
  coHostOrgIds: string[];
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  sessions: SessionValues[];
}

/** "2024-09-20T09:30" from a picked value: its wall clock, read as Shanghai time. */
export function wallClockOf(value: WallClockValue): string {
  return value.format("YYYY-MM-DDTHH:mm");
}

/** A session as the graph takes it: start and end with +08:00; capacity only when registration is needed. */
export function sessionInputOf(session: SessionValues): ActivitySessionInput {
  const [start, end] = session.range ?? [];
  if (!start || !end) throw new RangeError("a session without its times passed the form's checks");
  return {
    ...(session.id ? { id: session.id } : {}),
    startsAt: fromShanghaiWallClock(wallClockOf(start)),
    endsAt: fromShanghaiWallClock(wallClockOf(end)),
    registrationRequired: session.registrationRequired,
    capacity: session.registrationRequired ? session.capacity : null,
  };
}

/**
 * The content as updateActivity takes it, with the sessions unless `withSessions` is false (each
 * existing one by its id: for a published activity a moved, added or left-out session goes to
 * review and its registrants stay with it; a new capacity takes effect at once). Empty texts are left
 * out; a half point never goes out (the form asks for both), an online activity sends no place.
 */
export function contentInputOf(values: ActivityFormValues, options: { withSessions: boolean }): ActivityContentInput {
  const offline = values.mode !== "ONLINE";
  const online = values.mode !== "OFFLINE";
  const { latitude, longitude, coordinateSystem } = values.point;
  const point = offline && latitude != null && longitude != null ? { latitude, longitude, coordinateSystem } : {};
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    categoryId: values.categoryId,
    programme: optional(values.programme ?? ""),
    forms: values.forms,
    mode: values.mode,
    topics: values.topics,
    audiences: values.audiences,
    regionCode: offline ? optional(values.regionCode ?? "") : undefined,
    venue: offline ? optional(values.venue ?? "") : undefined,
    address: offline ? optional(values.address ?? "") : undefined,
    ...point,
    livestreamUrl: online ? optional(values.livestreamUrl ?? "") : undefined,
    coHostOrgIds: values.coHostOrgIds,
    contactName: optional(values.contactName ?? ""),
    contactPhone: optional(values.contactPhone ?? ""),
    contactEmail: optional(values.contactEmail ?? ""),
    ...(options.withSessions ? { sessions: values.sessions.map(sessionInputOf) } : {}),
  };
}

/** createActivity's input: the content with its sessions, the campaign and the host (the unit at hand). */
export function createInputOf(
  values: ActivityFormValues,
  hostOrgId: string,
  coverAssetId: string | null,
): CreateActivityInput {
  const { sessions, ...content } = contentInputOf(values, { withSessions: true });
  return { ...content, campaignId: values.campaignId, hostOrgId, coverAssetId, sessions };
}

/** A stored instant back as the pickers' wall-clock text ("2024-09-20T09:30", Shanghai). */
export function wallClockText(instant: string): string {
  return toShanghaiWallClock(instant);
}

/**
 * The form's values for a stored activity; `pick` turns wall-clock text into the picker's value
 * (dayjs). A published activity's edit starts from its pending edit when one is in review (its
 * sessions from the edit's plan when it has one). Each existing session keeps its id.
 */
export function valuesOf(activity: OrganizerActivity, pick: (wallClock: string) => WallClockValue): ActivityFormValues {
  const edit = activity.pendingEdit;
  const content = edit ?? activity;
  return {
    campaignId: activity.campaign?.id ?? "",
    title: content.title,
    summary: content.summary,
    categoryId: content.category?.id ?? activity.category.id,
    programme: content.programme ?? "",
    forms: [...content.forms],
    mode: content.mode,
    topics: [...content.topics],
    audiences: [...content.audiences],
    regionCode: content.regionCode ?? "",
    venue: content.venue ?? "",
    address: content.address ?? "",
    point: { latitude: content.latitude ?? null, longitude: content.longitude ?? null, coordinateSystem: "WGS84" },
    livestreamUrl: content.livestreamUrl ?? "",
    coHostOrgIds: content.coHosts.map((org) => org.id),
    contactName: activity.contact?.name ?? "",
    contactPhone: activity.contact?.phone ?? "",
    contactEmail: activity.contact?.email ?? "",
    sessions: (
      edit?.sessions?.map((planned) => ({ ...planned, id: planned.sessionId })) ??
      activity.sessions.filter((session) => !session.cancelled)
    ).map((session) => ({
      id: session.id ?? null,
      range: [pick(wallClockText(session.startsAt)), pick(wallClockText(session.endsAt))],
      registrationRequired: session.registrationRequired,
      capacity: session.capacity ?? null,
    })),
  };
}

/**
 * Where a server refusal belongs in the form: the field it names (`extensions.field`, or the first
 * issue's path from input validation: ["input", "sessions", 0, "endsAt"] → ["sessions", 0, "range"]).
 * Null when it names none (shown above the buttons instead).
 */
export function formFieldOf(extensions: Record<string, unknown> | undefined): (string | number)[] | null {
  if (!extensions) return null;
  if (typeof extensions.field === "string") return fieldPath([extensions.field]);
  const issues = extensions.issues;
  if (Array.isArray(issues)) {
    const path = (issues[0] as { path?: unknown } | undefined)?.path;
    if (Array.isArray(path) && path.length) return fieldPath(path.map(String));
  }
  return null;
}

function fieldPath(path: string[]): (string | number)[] | null {
  const parts = path[0] === "input" || path[0] === "content" ? path.slice(1) : path;
  const [head, index, leaf] = parts;
  if (!head) return null;
  if (head === "sessions") {
    if (index !== undefined && /^\d+$/.test(index)) {
      const field = leaf === "capacity" ? "capacity" : leaf === "registrationRequired" ? leaf : "range";
      return ["sessions", Number(index), field];
    }
    return ["sessions"];
  }
  if (head === "latitude" || head === "longitude" || head === "coordinateSystem") return ["point"];
  if (head === "startsAt" || head === "endsAt") return ["sessions"];
  if (head === "hostOrgId") return ["campaignId"];
  return [head];
}

/** What a draft may lack but a submission may not, as the server checks it (submissionProblem), by field. */
export type SubmissionGap = "summary" | "venue" | "address" | "regionCode" | "point" | "livestreamUrl";

/**
 * The server's submission rule, mirrored so the form marks every gap at once before sending: a
 * summary of 10 characters; offline or both need venue, address, region code and a point; online
 * or both a livestream link.
 */
export function submissionGaps(values: ActivityFormValues): SubmissionGap[] {
  const gaps: SubmissionGap[] = [];
  if ((values.summary ?? "").trim().length < 10) gaps.push("summary");
  if (values.mode !== "ONLINE") {
    if (!optional(values.venue ?? "")) gaps.push("venue");
    if (!optional(values.address ?? "")) gaps.push("address");
    if (!optional(values.regionCode ?? "")) gaps.push("regionCode");
    if (values.point?.latitude == null || values.point?.longitude == null) gaps.push("point");
  }
  if (values.mode !== "OFFLINE" && !optional(values.livestreamUrl ?? "")) gaps.push("livestreamUrl");
  return gaps;
}
