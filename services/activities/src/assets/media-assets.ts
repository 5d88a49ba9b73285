import { type ErrorCode, userError } from "@kepu/subgraph";

/** The files an activity uses, by slot: what media must hold attached to it. */
export interface ActivityAssetSet {
  /** ACTIVITY_COVER images: the approved content's cover and a pending edit's (at most two). */
  coverAssetIds: string[];
  /** RESULT_PHOTO images of the reported results. */
  resultPhotoAssetIds: string[];
}

/**
 * How activities tells media which of its files an activity uses (issue 9 §6): media owns files and
 * deletes uploads nobody attached (its sweeper), so an asset id stored here must be attached there.
 * `attach` makes the files attached to `activity:<id>` exactly `set`: media checks each exists, is
 * READY, is the host's own upload, fits its slot's purpose and is not used by anything else, attaches
 * the new ones and lets go of the ones no longer named (back to expiry). It is asked with the
 * caller's own token (media checks the caller may edit for the host), before the activity is
 * written: a refusal (BAD_USER_INPUT naming coverAssetId or photoAssetIds, FORBIDDEN) comes back as
 * the same error and nothing is written on either side.
 */
export interface MediaAssets {
  attach(
    activity: { id: string; hostOrgId: string },
    set: ActivityAssetSet,
    authorization: string | undefined,
  ): Promise<void>;
}

const passedOn: readonly ErrorCode[] = ["BAD_USER_INPUT", "FORBIDDEN", "CONFLICT", "UNAUTHENTICATED", "NOT_FOUND"];

/** MediaAssets over the media subgraph's GraphQL endpoint (MEDIA_URL), service to service. */
export function graphMediaAssets(url: string | (() => string), doFetch: typeof fetch = fetch): MediaAssets {
  return {
    async attach(activity, set, authorization) {
      const response = await doFetch(typeof url === "function" ? url() : url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({
          query: "mutation ($input: AttachActivityAssetsInput!) { attachActivityAssets(input: $input) }",
          variables: { input: { activityId: activity.id, hostOrgId: activity.hostOrgId, ...set } },
        }),
      }).catch(() => null);
      const body = response
        ? ((await response.json().catch(() => null)) as {
            data?: { attachActivityAssets: boolean | null } | null;
            errors?: { message: string; extensions?: { code?: string; field?: string } }[];
          } | null)
        : null;
      const error = body?.errors?.[0];
      const code = passedOn.find((known) => known === error?.extensions?.code);
      if (error && code) {
        throw userError(code, error.message, error.extensions?.field ? { field: error.extensions.field } : undefined);
      }
      if (!body?.data?.attachActivityAssets) {
        throw userError("SERVICE_UNAVAILABLE", "暂时无法核实图片文件，请稍后重试");
      }
    },
  };
}

/** The distinct non-empty ids, in order. */
const distinct = (ids: readonly (string | null | undefined)[]): string[] => [
  ...new Set(ids.filter((id): id is string => Boolean(id))),
];

/**
 * The files a row uses: its cover, a pending edit's cover, its result photos. Rows without any file
 * never ask media (most activities have none).
 */
export function assetSetOf(row: {
  coverAssetId: string | null;
  pendingEdit?: unknown;
  resultPhotoAssetIds: readonly string[];
}): ActivityAssetSet {
  const pendingCover =
    row.pendingEdit && typeof row.pendingEdit === "object"
      ? ((row.pendingEdit as { coverAssetId?: string | null }).coverAssetId ?? null)
      : null;
  return {
    coverAssetIds: distinct([row.coverAssetId, pendingCover]),
    resultPhotoAssetIds: distinct(row.resultPhotoAssetIds),
  };
}

/** Whether two sets name the same files in each slot. */
export function sameAssetSet(a: ActivityAssetSet, b: ActivityAssetSet): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && [...x].sort().join("\u0000") === [...y].sort().join("\u0000");
  return same(a.coverAssetIds, b.coverAssetIds) && same(a.resultPhotoAssetIds, b.resultPhotoAssetIds);
}

/**
 * Writes a change that alters the files an activity uses: media attaches `after` first (a refusal
 * stops everything before anything is written), then `write` runs; if the write fails, media is told
 * `before` again (best effort, logged), so no file stays attached to what does not name it.
 */
export async function writingAssets<T>(
  media: MediaAssets,
  activity: { id: string; hostOrgId: string },
  before: ActivityAssetSet,
  after: ActivityAssetSet,
  authorization: string | undefined,
  write: () => Promise<T>,
): Promise<T> {
  if (sameAssetSet(before, after)) return write();
  await media.attach(activity, after, authorization);
  try {
    return await write();
  } catch (error) {
    await media.attach(activity, before, authorization).catch((undo: unknown) =>
      console.error(
        JSON.stringify({
          level: "error",
          service: "activities",
          message: `could not let go of files of activity ${activity.id} after a failed write: ${String(undo)}`,
        }),
      ),
    );
    throw error;
  }
}

/** The files named by nothing: an activity with no cover and no photos. */
export const noAssets: ActivityAssetSet = { coverAssetIds: [], resultPhotoAssetIds: [] };
