import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import type { Db } from "../db.js";
import { kindOfFile, uploadPurposes } from "../domain/upload-purposes.js";
import type { AssetPurpose } from "../generated/prisma/enums.js";
import type { FilesContext } from "./context.js";
import { fileSignature, validSignature } from "./signing.js";

/** How long a public copy may be cached (s): short, so taking it out of view takes effect soon at caches too. */
export const publicMaxAgeSeconds = 300;
/** How long a signed URL lives (s). */
export const signedUrlSeconds = 15 * 60;

/** What may be read about an asset to serve it. */
export interface ServableAsset {
  id: string;
  purpose: AssetPurpose;
  status: string;
  public: boolean;
  attachedAt: Date | null;
  urlVersion: number;
  variants: string[];
  mime: string | null;
  fileName: string;
}

/**
 * Whether anyone may fetch this variant without a signature: the asset is ready, public and
 * attached, and the variant is a public copy. An image's original never is (it still carries its
 * EXIF: GPS, capture time); a video's or a document's original is the file itself.
 */
export function isPubliclyServed(
  asset: Pick<ServableAsset, "status" | "public" | "attachedAt" | "purpose" | "mime">,
  variant: string,
): boolean {
  if (asset.status !== "READY" || !asset.public || asset.attachedAt === null) return false;
  return variant !== "original" || kindOfFile(uploadPurposes[asset.purpose], asset.mime) !== "IMAGE";
}

/**
 * The URL of one variant: plain for a publicly served asset, otherwise signed for `signedUrlSeconds`.
 * Callers decide first whether the viewer may see the asset at all.
 */
export function fileUrl(files: FilesContext, asset: ServableAsset, variant: string, now = Date.now()): string {
  const base = `${files.publicUrl}/files/${asset.id}/${variant}`;
  if (isPubliclyServed(asset, variant)) return base;
  const expires = Math.floor(now / 1000) + signedUrlSeconds;
  const signature = fileSignature(files.urlSecret, asset.id, variant, expires, asset.urlVersion);
  return `${base}?expires=${expires}&v=${asset.urlVersion}&signature=${signature}`;
}

function answer(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.setHeader("x-content-type-options", "nosniff");
  res.end(message);
}

/**
 * GET/HEAD `/files/<assetId>/<variant>`. The row is read on every request, so a file taken out of
 * view (no longer public, or its `urlVersion` bumped) stops being served at once, whatever URL was
 * handed out. Every answer carries `nosniff` and a sandboxing CSP, so a file can never script a page;
 * originals and documents are downloads (`attachment`). Range requests get 206 (video seeking).
 */
export async function serveFile(db: Db, files: FilesContext, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (req.method !== "GET" && req.method !== "HEAD") return answer(res, 405, "只支持 GET");
  const [, , assetId = "", variant = ""] = url.pathname.split("/");
  const asset = /^[a-z0-9]{10,40}$/.test(assetId) ? await db.asset.findUnique({ where: { id: assetId } }) : null;
  if (asset?.status !== "READY" || !asset.variants.includes(variant)) return answer(res, 404, "文件不存在");
  const publicCopy = isPubliclyServed(asset, variant);
  if (!publicCopy) {
    const expires = Number(url.searchParams.get("expires"));
    const version = Number(url.searchParams.get("v"));
    const signature = url.searchParams.get("signature") ?? "";
    if (
      !Number.isInteger(expires) ||
      !validSignature(files.urlSecret, asset.id, variant, expires, version, signature)
    ) {
      return answer(res, 403, "文件链接无效");
    }
    if (version !== asset.urlVersion) return answer(res, 403, "文件链接已失效");
    if (expires * 1000 < Date.now()) return answer(res, 403, "文件链接已过期，请刷新页面获取新链接");
  }
  const key = `assets/${asset.id}/${variant}`;
  const stored = await files.store.head(key);
  if (!stored) return answer(res, 404, "文件不存在");
  res.setHeader("content-type", stored.contentType);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("content-security-policy", "default-src 'none'; sandbox");
  res.setHeader("cross-origin-resource-policy", "cross-origin");
  res.setHeader("accept-ranges", "bytes");
  res.setHeader("cache-control", publicCopy ? `public, max-age=${publicMaxAgeSeconds}` : "private, no-store");
  const inline = variant !== "original" || /^(video|audio)\//.test(stored.contentType);
  res.setHeader(
    "content-disposition",
    `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(asset.fileName)}`,
  );
  const range = parseRange(req.headers.range, stored.bytes);
  if (range === "invalid") {
    res.setHeader("content-range", `bytes */${stored.bytes}`);
    return answer(res, 416, "请求的范围无效");
  }
  if (range) {
    res.statusCode = 206;
    res.setHeader("content-range", `bytes ${range.start}-${range.end}/${stored.bytes}`);
    res.setHeader("content-length", String(range.end - range.start + 1));
  } else {
    res.statusCode = 200;
    res.setHeader("content-length", String(stored.bytes));
  }
  if (req.method === "HEAD") return void res.end();
  const body = await files.store.get(key, range ?? undefined);
  if (!body) return answer(res, 404, "文件不存在");
  await pipeline(body, res).catch(() => {});
}

/**
 * One range of `Range: bytes=…` (the only form players send): `a-b`, `a-`, or `-n` (the last n bytes).
 * Undefined without a header; "invalid" for what cannot be served (several ranges, beyond the end).
 */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | "invalid" | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return "invalid";
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) return "invalid";
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) return "invalid";
  return { start, end };
}
