import type { Readable } from "node:stream";

/** What is stored under a key: its size in bytes and its media type. */
export interface StoredObject {
  bytes: number;
  contentType: string;
}

/** An inclusive byte range, as in an HTTP `Range: bytes=start-end` header. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where file bytes live. Keys are relative paths made of `[A-Za-z0-9._-]` segments separated by
 * `/` (never `..`, never absolute): the media service builds them, callers never choose them.
 * Implementations: `LocalObjectStore` (a folder; the embedded default) and `S3ObjectStore`
 * (S3-compatible object storage; production).
 */
export interface ObjectStore {
  /** Stores `body` under `key`, replacing what was there. */
  put(key: string, body: Buffer | Readable, contentType: string): Promise<void>;
  /** Size and type, or undefined when nothing is stored under `key`. */
  head(key: string): Promise<StoredObject | undefined>;
  /** The bytes (all, or `range`), or undefined when nothing is stored under `key`. */
  get(key: string, range?: ByteRange): Promise<Readable | undefined>;
  /** Removes `key` (nothing stored is fine). */
  delete(key: string): Promise<void>;
  /** Removes every key under `prefix` + "/" (an asset's original and all its derivatives). */
  deletePrefix(prefix: string): Promise<void>;
}

const segment = /^[A-Za-z0-9._-]+$/;

/** Refuses a key that could leave the store's folder or bucket prefix. Throws Error. */
export function assertKey(key: string): void {
  const parts = key.split("/");
  if (parts.length === 0 || parts.some((part) => !segment.test(part) || part === "." || part === "..")) {
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  }
}
