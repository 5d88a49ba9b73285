import { execFile } from "node:child_process";
import sharp from "sharp";
import { type AssetKind, posterSeconds, posterVariants } from "../domain/upload-purposes.js";
import type { Derivative } from "./inspect.js";

/** Where the media tools are: Debian's `ffmpeg` package, found on PATH unless FFMPEG_PATH/FFPROBE_PATH say otherwise. */
export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
}

/** Why a video or audio file is refused (the caller turns it into the uploader's FileRefusal). */
export class MediaRefusal extends Error {
  override name = "MediaRefusal";
}

/** What a probe learned about a decodable audio or video file. */
export interface ProbedMedia {
  durationSeconds: number;
  /** Upright (after the stream's rotation), for videos only. */
  width?: number;
  height?: number;
  derivatives: Derivative[];
}

/** How long one tool may run on one file (ms) before it is killed and the file refused. */
export const probeTimeoutMs = 120_000;

/**
 * Containers each kind accepts, as ffprobe names them (`format_name`), beside the sniffed types of
 * `uploadPurposes`: what file-type calls video/mp4 must also demux as one of these.
 */
const containers: Record<"VIDEO" | "AUDIO", readonly string[]> = {
  VIDEO: ["mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"],
  AUDIO: ["mp3", "mov,mp4,m4a,3gp,3g2,mj2", "ogg", "wav"],
};

interface Run {
  stdout: Buffer;
  stderr: string;
}

/**
 * Runs a tool on arguments (an array; never a shell), killed after `probeTimeoutMs`. Resolves with
 * its output when it exits 0; rejects with MediaRefusal otherwise (`mediaToolsMissing` when the
 * tool cannot be found).
 */
function run(tool: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      tool,
      args,
      { encoding: "buffer", timeout: probeTimeoutMs, killSignal: "SIGKILL", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const message = stderr.toString("utf8");
        if (error && (error as NodeJS.ErrnoException).code === "ENOENT") {
          return reject(new MediaRefusal(mediaToolsMissing));
        }
        if (error?.killed) return reject(new MediaRefusal("文件处理超时，无法确认它是完整的音视频"));
        if (error) return reject(new MediaRefusal(message.trim() || error.message));
        resolve({ stdout, stderr: message });
      },
    );
  });
}

const available = new Map<string, Promise<boolean>>();

/**
 * Whether ffmpeg and ffprobe can be run (each asked for `-version` once per process). Without them
 * videos and audio cannot be checked, so they are refused with a clear error rather than stored unchecked.
 */
export function mediaToolsAvailable(tools: MediaTools): Promise<boolean> {
  const key = `${tools.ffmpeg}\u0000${tools.ffprobe}`;
  let answer = available.get(key);
  if (!answer) {
    answer = Promise.all([run(tools.ffmpeg, ["-version"]), run(tools.ffprobe, ["-version"])]).then(
      () => true,
      () => false,
    );
    available.set(key, answer);
  }
  return answer;
}

/** The refusal when the tools are missing, for the grant and for an upload alike. */
export const mediaToolsMissing = "服务器尚未安装 ffmpeg，暂时不能接收视频和音频文件，请联系平台管理员";

interface ProbeOutput {
  streams?: {
    codec_type?: string;
    width?: number;
    height?: number;
    nb_read_packets?: string;
    tags?: { rotate?: string };
    side_data_list?: { rotation?: number }[];
  }[];
  format?: { format_name?: string; duration?: string };
}

/**
 * Checks a received video or audio file with ffprobe (issue 8 §1: the bytes decide, decoded, not the
 * magic bytes alone) and, for a video, makes its poster. Every packet is read (`-count_packets`), so a
 * cut-off file is refused whether its index is at the end (nothing demuxes) or at the start (ffprobe
 * reports a partial file); the container must be one `containers` allows; a video needs a video stream
 * of known size, audio an audio stream; both a positive duration. The poster is the frame at
 * `posterSeconds` (≈1 s, earlier for short clips), decoded by ffmpeg and re-encoded by sharp as WebP
 * at `posterVariants` widths without metadata; a video no frame can be decoded from is refused.
 * Throws MediaRefusal (in Chinese; `mediaToolsMissing` when ffmpeg is not installed).
 */
export async function probeMedia(file: string, kind: "VIDEO" | "AUDIO", tools: MediaTools): Promise<ProbedMedia> {
  if (!(await mediaToolsAvailable(tools))) throw new MediaRefusal(mediaToolsMissing);
  const noun = kind === "VIDEO" ? "视频" : "音频";
  let probed: ProbeOutput;
  try {
    const { stdout, stderr } = await run(tools.ffprobe, [
      "-v",
      "error",
      "-count_packets",
      "-show_entries",
      "format=format_name,duration:stream=codec_type,width,height,nb_read_packets:stream_tags=rotate:stream_side_data=rotation",
      "-of",
      "json",
      "-i",
      file,
    ]);
    if (stderr.trim()) throw new MediaRefusal(stderr);
    probed = JSON.parse(stdout.toString("utf8")) as ProbeOutput;
  } catch (error) {
    throw damaged(error, `${noun}文件已损坏或不完整，无法解码`);
  }
  const format = probed.format?.format_name ?? "";
  if (!containers[kind].includes(format)) {
    throw new MediaRefusal(`${noun}的封装格式（${format || "未知"}）不受支持`);
  }
  const durationSeconds = Number(probed.format?.duration);
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) throw new MediaRefusal(`无法读出${noun}的时长`);
  const wanted = kind === "VIDEO" ? "video" : "audio";
  const stream = probed.streams?.find(
    (candidate) => candidate.codec_type === wanted && Number(candidate.nb_read_packets ?? 0) > 0,
  );
  if (!stream) throw new MediaRefusal(`文件中没有可播放的${noun}内容`);
  if (kind === "AUDIO") return { durationSeconds, derivatives: [] };
  if (!stream.width || !stream.height) throw new MediaRefusal("无法读出视频的画面尺寸");
  const rotation = Math.abs(
    Number(stream.side_data_list?.find((s) => s.rotation !== undefined)?.rotation ?? stream.tags?.rotate ?? 0),
  );
  const sideways = rotation % 180 === 90;
  const frame = await posterFrame(file, posterSeconds(durationSeconds), tools);
  const derivatives: Derivative[] = [];
  for (const [variant, width] of Object.entries(posterVariants)) {
    const body = await sharp(frame).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
    derivatives.push({ variant, body, mime: "image/webp" });
  }
  return {
    durationSeconds,
    width: sideways ? stream.height : stream.width,
    height: sideways ? stream.width : stream.height,
    derivatives,
  };
}

/** One decoded frame at `seconds`, as PNG bytes (ffmpeg applies the stream's rotation itself). */
async function posterFrame(file: string, seconds: number, tools: MediaTools): Promise<Buffer> {
  try {
    const { stdout } = await run(tools.ffmpeg, [
      "-v",
      "error",
      "-nostdin",
      "-ss",
      seconds.toFixed(3),
      "-i",
      file,
      "-map",
      "0:v:0",
      "-frames:v",
      "1",
      "-f",
      "image2pipe",
      "-c:v",
      "png",
      "-",
    ]);
    if (stdout.length === 0) throw new MediaRefusal("empty");
    return stdout;
  } catch (error) {
    throw damaged(error, "视频画面无法解码（文件损坏，或并非真正的视频）");
  }
}

/** What a tool's failure means to the uploader: a missing tool stays that; any other failure is `message`. */
function damaged(error: unknown, message: string): unknown {
  if (error instanceof MediaRefusal && error.message === mediaToolsMissing) return error;
  return error instanceof MediaRefusal || error instanceof SyntaxError ? new MediaRefusal(message) : error;
}

/** Whether a kind of file is checked by `probeMedia`. */
export function isTimeBased(kind: AssetKind): kind is "VIDEO" | "AUDIO" {
  return kind === "VIDEO" || kind === "AUDIO";
}
