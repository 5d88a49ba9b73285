import { fileTypeFromFile } from "file-type";
import sharp, { type Metadata } from "sharp";
import { imageVariants, kindOfFile, maxImagePixels, type UploadPurpose } from "../domain/upload-purposes.js";
import { isTimeBased, MediaRefusal, type MediaTools, probeMedia } from "./media-probe.js";

/** Why a file is refused, in words the uploader can act on. */
export class FileRefusal extends Error {
  override name = "FileRefusal";
}

/** A derivative ready to store: its variant name, bytes and type. */
export interface Derivative {
  variant: string;
  body: Buffer;
  mime: string;
}

export interface InspectedFile {
  mime: string;
  width?: number;
  height?: number;
  /** Videos and audio only. */
  durationSeconds?: number;
  derivatives: Derivative[];
}

/**
 * Decides what a received file is from its bytes (issue 8 §1: the bytes decide, not the name or
 * the client's header) and makes its public copies. Images: the pixel count is read from the
 * header and refused over `maxImagePixels` before anything is decoded; the image is then decoded
 * in full (a PNG signature followed by HTML fails here), turned upright by its EXIF orientation, and
 * re-encoded as WebP at `imageVariants` widths without any metadata (no GPS, no capture time).
 * Videos and audio are then demuxed in full and, for videos, a poster frame decoded (`probeMedia`,
 * with ffmpeg): duration, upright size and the poster's copies. Documents are checked by their
 * signature only. Throws FileRefusal.
 */
export async function inspectFile(file: string, purpose: UploadPurpose, tools: MediaTools): Promise<InspectedFile> {
  const type = await fileTypeFromFile(file);
  if (!type) throw new FileRefusal(`无法识别文件类型；${purpose.zh}接受 ${describeAccepted(purpose)}`);
  if (!purpose.accept.includes(type.mime)) {
    throw new FileRefusal(`文件内容是 ${type.mime}，${purpose.zh}只接受 ${describeAccepted(purpose)}`);
  }
  const kind = kindOfFile(purpose, type.mime);
  if (isTimeBased(kind)) {
    try {
      return { mime: type.mime, ...(await probeMedia(file, kind, tools)) };
    } catch (error) {
      throw error instanceof MediaRefusal ? new FileRefusal(error.message) : error;
    }
  }
  if (kind !== "IMAGE") return { mime: type.mime, derivatives: [] };
  let meta: Metadata;
  try {
    // The header only: sharp's own pixel limit would refuse a bomb here with a vaguer message.
    meta = await sharp(file, { limitInputPixels: false }).metadata();
  } catch {
    throw new FileRefusal("图片文件已损坏或不完整，无法读取");
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0);
  if (!meta.width || !meta.height || pixels > maxImagePixels) {
    throw new FileRefusal(
      `图片尺寸 ${meta.width ?? "?"}×${meta.height ?? "?"} 超出上限（最多 ${maxImagePixels / 1_000_000} 百万像素）`,
    );
  }
  const upright = (meta.orientation ?? 1) >= 5;
  const derivatives: Derivative[] = [];
  try {
    for (const [variant, width] of Object.entries(imageVariants)) {
      const body = await sharp(file, { limitInputPixels: maxImagePixels, failOn: "error" })
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer();
      derivatives.push({ variant, body, mime: "image/webp" });
    }
  } catch {
    throw new FileRefusal("图片无法完整解码（文件损坏，或并非真正的图片）");
  }
  return {
    mime: type.mime,
    width: upright ? meta.height : meta.width,
    height: upright ? meta.width : meta.height,
    derivatives,
  };
}

function describeAccepted(purpose: UploadPurpose): string {
  return purpose.accept.map((mime) => mime.split("/")[1]?.replace(/^vnd\.openxmlformats.*/, "docx")).join("、");
}
