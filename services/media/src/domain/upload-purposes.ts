import type { AssetPurpose } from "../generated/prisma/enums.js";

/** What kind of file a purpose takes; decides how its bytes are checked and processed. */
export type AssetKind = "IMAGE" | "VIDEO" | "AUDIO" | "DOCUMENT";

/** A purpose's kind: one kind, or MIXED when the sniffed type decides (kindOfFile). */
export type PurposeKind = AssetKind | "MIXED";

export interface UploadPurpose {
  kind: PurposeKind;
  /** Media types accepted, as sniffed from the bytes (file-type), never from the name or header. */
  accept: readonly string[];
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Shown to the public once attached to something public (covers, photos of results, works). */
  publicOnceAttached: boolean;
  zh: string;
  en: string;
}

const MB = 1024 * 1024;
const images = ["image/jpeg", "image/png", "image/webp"] as const;
const videos = ["video/mp4", "video/webm", "video/quicktime"] as const;

/**
 * The purposes an upload may be granted for (issue 8 §1). Works need videos, images and audio
 * (千万IP创科普: short videos, image sets, audio; 2024 notice §三.3); activities covers and result
 * photos; summaries PDF and Word files (the 2024 notice asks units for a written summary); nominations
 * 3–5 photos and a video (the 湖南 2024 notice's recommendation form). SVG is accepted nowhere: it can
 * carry script.
 */
export const uploadPurposes: Record<AssetPurpose, UploadPurpose> = {
  WORK_VIDEO: {
    kind: "VIDEO",
    accept: videos,
    maxBytes: 1024 * MB,
    publicOnceAttached: true,
    zh: "作品视频",
    en: "Work video",
  },
  WORK_IMAGE: {
    kind: "IMAGE",
    accept: images,
    maxBytes: 20 * MB,
    publicOnceAttached: true,
    zh: "作品图片",
    en: "Work image",
  },
  WORK_AUDIO: {
    kind: "AUDIO",
    accept: ["audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/ogg", "audio/wav"],
    maxBytes: 200 * MB,
    publicOnceAttached: true,
    zh: "作品音频",
    en: "Work audio",
  },
  WORK_COVER: {
    kind: "IMAGE",
    accept: images,
    maxBytes: 10 * MB,
    publicOnceAttached: true,
    zh: "作品封面",
    en: "Work cover",
  },
  ACTIVITY_COVER: {
    kind: "IMAGE",
    accept: images,
    maxBytes: 10 * MB,
    publicOnceAttached: true,
    zh: "活动封面",
    en: "Activity cover",
  },
  RESULT_PHOTO: {
    kind: "IMAGE",
    accept: images,
    maxBytes: 20 * MB,
    publicOnceAttached: true,
    zh: "活动成效照片",
    en: "Result photo",
  },
  SUMMARY_FILE: {
    kind: "DOCUMENT",
    accept: ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    maxBytes: 50 * MB,
    publicOnceAttached: false,
    zh: "工作总结文件",
    en: "Summary file",
  },
  NOMINATION_PHOTO: {
    kind: "IMAGE",
    accept: images,
    maxBytes: 20 * MB,
    publicOnceAttached: false,
    zh: "推荐材料照片",
    en: "Nomination photo",
  },
  NOMINATION_VIDEO: {
    kind: "VIDEO",
    accept: videos,
    maxBytes: 500 * MB,
    publicOnceAttached: false,
    zh: "推荐材料视频",
    en: "Nomination video",
  },
  // Issue 8 §5: a campaign's kits (short videos, exhibition panels as PDF or images, graphics, the
  // 全国科普日 / 科普中国 logo files as PNG or PDF, zipped kits). SVG stays refused (it can script).
  RESOURCE_FILE: {
    kind: "MIXED",
    accept: [...images, "application/pdf", "video/mp4", "application/zip"],
    maxBytes: 1024 * MB,
    publicOnceAttached: true,
    zh: "资源库文件",
    en: "Resource file",
  },
};

/**
 * What kind a file of `purpose` is: the purpose's own kind, or for a MIXED purpose the kind its
 * sniffed type (`mime`, null before the bytes are judged) says: images, videos, else a document.
 */
export function kindOfFile(purpose: UploadPurpose, mime: string | null): AssetKind {
  if (purpose.kind !== "MIXED") return purpose.kind;
  if (mime?.startsWith("image/")) return "IMAGE";
  if (mime?.startsWith("video/")) return "VIDEO";
  return "DOCUMENT";
}

/**
 * Images larger than this many pixels are refused from their header, before any decoding (a 50 KB
 * PNG can declare 20000×20000 = 400 MP and take gigabytes to decode). 50 MP is above a phone's
 * 48 MP main camera in full resolution.
 */
export const maxImagePixels = 50_000_000;

/** Widths of the public copies of an image (the original is never served to the public). */
export const imageVariants = { web: 1600, thumb: 320 } as const;

/** How long a grant lets an upload run, and how long a finished file may stay unattached (ms). */
export const uploadWindowMs = 24 * 60 * 60 * 1000;

/** Widths of a video's poster copies (WebP, no metadata): `poster` to show in the player, `thumb` in lists. */
export const posterVariants = { poster: 1280, thumb: 320 } as const;

/**
 * Where a video's poster frame is taken (s): at 1 s, past the black or title frames many clips open
 * with, or at 10 % of a clip shorter than 10 s (so a 2 s clip's poster is at 0.2 s, inside it).
 */
export function posterSeconds(durationSeconds: number): number {
  return Math.min(1, durationSeconds * 0.1);
}
