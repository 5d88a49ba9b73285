import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { RunningPlatform } from "@kepu/harness";

const run = promisify(execFile);

/**
 * Small real files made by Debian's ffmpeg (as the media service's own tests do): a 6-second
 * H.264 video with sound, a 3-second AAC audio, and flat-colour PNG pictures. Returns their bytes.
 */
export async function generateMediaFiles(): Promise<{
  video: Buffer;
  audio: Buffer;
  pictures: Buffer[];
}> {
  const dir = await mkdtemp(path.join(tmpdir(), "kepu-works-"));
  try {
    const ffmpeg = (args: string[]) => run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", ...args]);
    await ffmpeg([
      ...["-f", "lavfi", "-i", "testsrc=duration=6:size=640x360:rate=25"],
      ...["-f", "lavfi", "-i", "sine=frequency=440:duration=6"],
      ...["-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-movflags", "+faststart"],
      path.join(dir, "video.mp4"),
    ]);
    await ffmpeg(["-f", "lavfi", "-i", "sine=frequency=330:duration=3", "-c:a", "aac", path.join(dir, "audio.m4a")]);
    const colours = ["0x1e78c8", "0x2f9e44", "0xe8590c"];
    for (const [index, colour] of colours.entries())
      await ffmpeg([
        "-f",
        "lavfi",
        "-i",
        `color=c=${colour}:s=800x450`,
        "-frames:v",
        "1",
        path.join(dir, `p${index}.png`),
      ]);
    return {
      video: await readFile(path.join(dir, "video.mp4")),
      audio: await readFile(path.join(dir, "audio.m4a")),
      pictures: await Promise.all(colours.map((_, index) => readFile(path.join(dir, `p${index}.png`)))),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A GraphQL call through the gateway that must succeed; its data. */
export async function gql<Data>(
  platform: RunningPlatform,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await fetch(platform.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const tus = { "tus-resumable": "1.0.0" };

/**
 * Uploads a file for a purpose as a unit's editor would (grant, then tus in 256 KB chunks) and
 * waits until the media service has checked it (READY). The asset's id.
 */
export async function uploadAsset(
  platform: RunningPlatform,
  token: string,
  purpose: string,
  fileName: string,
  bytes: Buffer,
  orgId = "org-cq",
): Promise<string> {
  const { requestUpload: grant } = await gql<{
    requestUpload: { asset: { id: string }; uploadUrl: string; token: string };
  }>(
    platform,
    token,
    "mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { asset { id } uploadUrl token } }",
    { i: { purpose, orgId, fileName, bytes: bytes.length } },
  );
  const created = await fetch(grant.uploadUrl, {
    method: "POST",
    headers: { ...tus, "upload-length": String(bytes.length), "upload-token": grant.token },
  });
  const location = created.headers.get("location");
  if (created.status !== 201 || !location) throw new Error(`tus create: ${created.status}`);
  const chunk = 256 * 1024;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const sent = await fetch(location, {
      method: "PATCH",
      headers: {
        ...tus,
        "upload-token": grant.token,
        "upload-offset": String(offset),
        "content-type": "application/offset+octet-stream",
      },
      body: new Uint8Array(bytes.subarray(offset, offset + chunk)),
    });
    if (sent.status !== 204) throw new Error(`tus patch ${fileName}: ${sent.status} ${await sent.text()}`);
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const { asset } = await gql<{ asset: { status: string } | null }>(
      platform,
      token,
      "query ($id: ID!) { asset(id: $id) { status } }",
      { id: grant.asset.id },
    );
    if (asset?.status === "READY") return grant.asset.id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${fileName} never became READY`);
}

/** A work's content as `createWork` takes it (files by asset id). */
export interface WorkContent {
  kind: string;
  title: string;
  summary: string;
  body?: string;
  creator: { kind: "PERSON" | "ORG"; displayName: string; role?: string; orgId?: string };
  topics: string[];
  hashtags: string[];
  licence: string;
  coverAssetId?: string;
  fileAssetIds: string[];
}

/**
 * Creates a work of 重庆市科协 in its 2024 edition and, unless `publish` is false, submits it and
 * has the level above (中国科协) approve it. The work's id.
 */
export async function createWork(
  platform: RunningPlatform,
  tokens: { editor: string; approver: string },
  content: WorkContent,
  options: { publish?: boolean; activityId?: string } = {},
): Promise<string> {
  const { createWork } = await gql<{ createWork: { id: string } }>(
    platform,
    tokens.editor,
    "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
    {
      i: {
        ownerOrgId: "org-cq",
        campaignId: "cmp-2024-cq",
        content: { ...content, ...(options.activityId ? { activityId: options.activityId } : {}) },
      },
    },
  );
  const id = createWork.id;
  await gql(platform, tokens.editor, "mutation ($id: ID!) { submitWork(id: $id) { id } }", { id });
  if (options.publish !== false)
    await gql(platform, tokens.approver, "mutation ($id: ID!) { approveWork(id: $id) { id } }", { id });
  return id;
}
