import type { CampaignFacts, OrgDirectory, PlacedOrg } from "@kepu/subgraph";
import { inCampaignTerritory, userError } from "@kepu/subgraph";
import type { Context } from "../builder.js";
import { type CoordinateSystem, toWgs84 } from "../domain/coordinates.js";
import { regionProblem } from "../domain/region.js";
import { regionPointProblem } from "../domain/region-bounds.js";
import type { ActivityCategoryKind, ActivityForm, ActivityMode, Audience } from "../generated/prisma/enums.js";
import { requireCategory } from "./category.js";

/** An activity's content as a unit gives it (after the input's validation). */
export interface ActivityContentInput {
  title: string;
  summary: string;
  categoryId: string | number;
  programme?: string | null;
  forms: ActivityForm[];
  mode: ActivityMode;
  topics?: string[] | null;
  audiences?: Audience[] | null;
  regionCode?: string | null;
  venue?: string | null;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  coordinateSystem?: CoordinateSystem | null;
  livestreamUrl?: string | null;
  coHostOrgIds?: (string | number)[] | null;
  coverAssetId?: string | number | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
}

/** The columns an activity's public content is stored in (what an edit of a listed one changes). */
export interface PublicContentColumns {
  title: string;
  summary: string;
  categoryId: string;
  categoryKind: ActivityCategoryKind;
  programme: string | null;
  forms: ActivityForm[];
  mode: ActivityMode;
  topics: string[];
  audiences: Audience[];
  startsAt: Date;
  endsAt: Date;
  regionCode: string | null;
  venue: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  livestreamUrl: string | null;
  coHostOrgIds: string[];
  coverAssetId: string | null;
}

/** The private contact columns: changed at once, never reviewed, never public. */
export interface ContactColumns {
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
}

export const publicContentKeys = [
  "title",
  "summary",
  "categoryId",
  "categoryKind",
  "programme",
  "forms",
  "mode",
  "topics",
  "audiences",
  "startsAt",
  "endsAt",
  "regionCode",
  "venue",
  "address",
  "latitude",
  "longitude",
  "livestreamUrl",
  "coHostOrgIds",
  "coverAssetId",
] as const satisfies readonly (keyof PublicContentColumns)[];

/**
 * Checks what the content names (its time is the sessions', see session-input.ts) and derives what follows (issue 7's "derive, never trust"): the
 * category must be the campaign's own or inherited (its kind is copied), the region code must lie in
 * the host's region (domain/region.ts), each co-host must exist, not be the host and, for a regional
 * edition, lie in its territory (inCampaignTerritory: the region 科协's subtree or the edition's own
 * hosts), a point must lie in its region (domain/region-bounds.ts), a point given
 * in GCJ-02 is stored in WGS-84 (domain/coordinates.ts). BAD_USER_INPUT naming the field otherwise.
 */
export async function contentColumns(
  ctx: Context,
  directory: OrgDirectory,
  campaign: CampaignFacts,
  host: PlacedOrg,
  input: ActivityContentInput,
): Promise<Omit<PublicContentColumns, "startsAt" | "endsAt"> & ContactColumns> {
  const category = await requireCategory(ctx, campaign, String(input.categoryId));
  if (input.regionCode) {
    const problem = regionProblem(input.regionCode, host.regionCode);
    if (problem) throw userError("BAD_USER_INPUT", problem, { field: "regionCode" });
  }
  const coHostOrgIds = [...new Set((input.coHostOrgIds ?? []).map(String))];
  if (coHostOrgIds.includes(host.id)) {
    throw userError("BAD_USER_INPUT", "主办单位不必再列为联合主办单位", { field: "coHostOrgIds" });
  }
  const coHosts = await Promise.all(coHostOrgIds.map((id) => directory.place(id)));
  const missing = coHostOrgIds.filter((_id, i) => !coHosts[i]);
  if (missing.length) {
    throw userError("BAD_USER_INPUT", `联合主办单位不存在：${missing.join("、")}`, { field: "coHostOrgIds" });
  }
  // A regional edition's co-hosts are units of its territory, as its hosts are (the same rule).
  const outside = coHosts.filter((coHost) => coHost && !inCampaignTerritory(campaign, coHost)).map((c) => c?.id);
  if (outside.length) {
    throw userError(
      "BAD_USER_INPUT",
      `联合主办单位不在该地方科普日的地区范围内：${outside.join("、")}（只能选本地区的单位）`,
      { field: "coHostOrgIds" },
    );
  }
  const point =
    input.latitude != null && input.longitude != null
      ? toWgs84({ latitude: input.latitude, longitude: input.longitude }, input.coordinateSystem ?? "WGS84")
      : null;
  if (point && input.regionCode) {
    const problem = regionPointProblem(input.regionCode, point);
    if (problem) throw userError("BAD_USER_INPUT", problem, { field: "latitude" });
  }
  return {
    title: input.title,
    summary: input.summary,
    categoryId: category.id,
    categoryKind: category.kind,
    programme: input.programme || null,
    forms: [...new Set(input.forms)],
    mode: input.mode,
    topics: [...new Set(input.topics ?? [])],
    audiences: [...new Set(input.audiences ?? [])],
    regionCode: input.regionCode || null,
    venue: input.venue || null,
    address: input.address || null,
    latitude: point?.latitude ?? null,
    longitude: point?.longitude ?? null,
    livestreamUrl: input.livestreamUrl || null,
    coHostOrgIds,
    coverAssetId: input.coverAssetId ? String(input.coverAssetId) : null,
    contactName: input.contactName || null,
    contactPhone: input.contactPhone || null,
    contactEmail: input.contactEmail || null,
  };
}

/** The public content of a row or of a pending edit, in one shape. */
export function publicContentOf(row: PublicContentColumns): PublicContentColumns {
  return Object.fromEntries(publicContentKeys.map((key) => [key, row[key]])) as unknown as PublicContentColumns;
}

/** A pending edit as stored (JSON: instants as ISO text). */
export function toPendingEdit(content: PublicContentColumns): Record<string, unknown> {
  return { ...content, startsAt: content.startsAt.toISOString(), endsAt: content.endsAt.toISOString() };
}

/**
 * A stored pending edit back as columns (without its session plan, which is written as sessions on
 * approval: session-edit.ts).
 */
export function fromPendingEdit(json: unknown): PublicContentColumns {
  const { sessions: _plan, ...edit } = json as PublicContentColumns & {
    startsAt: string;
    endsAt: string;
    sessions?: unknown;
  };
  return { ...edit, startsAt: new Date(edit.startsAt), endsAt: new Date(edit.endsAt) };
}

/** Whether two contents differ in anything the public sees (time, place or content). */
export function publicContentDiffers(a: PublicContentColumns, b: PublicContentColumns): boolean {
  return publicContentKeys.some((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
