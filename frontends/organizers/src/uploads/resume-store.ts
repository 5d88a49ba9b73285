/**
 * Uploads that survive a reload (issue 8 §7: "upload with progress that survives a reload"). A tus
 * upload can continue from its last byte, but only with its grant: the grant (asset id, token, URL)
 * is kept in localStorage under a key naming the unit, the purpose and the file (name, size, last
 * change), so choosing the same file again after a reload continues the same upload. tus-js-client
 * keeps the upload's own URL beside it (its fingerprint is this key). A grant past its expiry is
 * dropped: the server refuses it anyway.
 */
export interface SavedUpload {
  assetId: string;
  token: string;
  tokenHeader: string;
  uploadUrl: string;
  /** ISO instant after which the grant is refused. */
  expiresAt: string;
  fileName: string;
  bytes: number;
  /** Bytes the server had acknowledged when last seen (shown as the offer to resume). */
  sentBytes: number;
}

const storageKey = "kepu.uploads";

/** The key of one file for one unit and purpose: the same file chosen again finds its upload. */
export function resumeKey(
  orgId: string,
  purpose: string,
  file: { name: string; size: number; lastModified: number },
): string {
  return [orgId, purpose, file.name, file.size, file.lastModified].join("|");
}

function readAll(storage: Storage | undefined): Record<string, SavedUpload> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, SavedUpload>) : {};
  } catch {
    return {};
  }
}

function writeAll(storage: Storage | undefined, all: Record<string, SavedUpload>): void {
  storage?.setItem(storageKey, JSON.stringify(all));
}

/** Saved uploads of a unit and purpose that may still continue (expired ones are forgotten). */
export function pendingUploads(
  orgId: string,
  purpose: string,
  now = Date.now(),
  storage: Storage | undefined = globalThis.localStorage,
): [key: string, saved: SavedUpload][] {
  const all = readAll(storage);
  const live = Object.entries(all).filter(([, saved]) => Date.parse(saved.expiresAt) > now);
  if (live.length !== Object.keys(all).length) writeAll(storage, Object.fromEntries(live));
  return live.filter(([key]) => key.startsWith(`${orgId}|${purpose}|`));
}

/** The saved upload for a key, if it may still continue. */
export function loadUpload(
  key: string,
  now = Date.now(),
  storage: Storage | undefined = globalThis.localStorage,
): SavedUpload | undefined {
  const saved = readAll(storage)[key];
  return saved && Date.parse(saved.expiresAt) > now ? saved : undefined;
}

/** Keeps (or updates) an upload under its key. */
export function saveUpload(key: string, saved: SavedUpload, storage: Storage | undefined = globalThis.localStorage) {
  writeAll(storage, { ...readAll(storage), [key]: saved });
}

/** Forgets an upload (finished, refused or discarded). */
export function forgetUpload(key: string, storage: Storage | undefined = globalThis.localStorage): void {
  const all = readAll(storage);
  delete all[key];
  writeAll(storage, all);
}
