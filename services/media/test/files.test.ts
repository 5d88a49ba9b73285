import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TokenSigner } from "@kepu/auth";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesContextFrom } from "../src/files/context.js";
import { parseRange } from "../src/files/downloads.js";
import { MediaRefusal, mediaToolsAvailable, mediaToolsMissing, probeMedia } from "../src/files/media-probe.js";
import { sweepExpiredAssets } from "../src/files/sweeper.js";
import { type RunningService, start } from "../src/index.js";

/** The value, or a test failure saying it was missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

let service: RunningService;
let signer: TokenSigner;
const filesDir = mkdtempSync(path.join(tmpdir(), "kepu-media-test-"));

beforeAll(async () => {
  ({ service, signer } = await bootService((base) =>
    start({
      ...base,
      directory: staticOrgDirectory(["/org-cast/", "/org-cast/org-cq/"]),
      files: { filesDir, orgStorageQuotaBytes: 1_000_000 },
    }),
  ));
});
afterAll(async () => {
  await service?.close();
});

const origin = () => new URL(service.url).origin;

async function grant(bytes: number) {
  const token = await signer.sign(
    { sub: "u-cq", name: "cq", adm: false, mem: [{ org: "org-cq", roles: ["EDITOR"] }], rv: 0 },
    300,
  );
  const result = await graphql<{ requestUpload: { asset: { id: string }; token: string; uploadUrl: string } }>(
    service.url,
    `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { asset { id } token uploadUrl } }`,
    { variables: { i: { purpose: "WORK_IMAGE", orgId: "org-cq", fileName: "a.png", bytes } }, token },
  );
  return result;
}

const used = async () =>
  Number((await service.prisma.orgStorage.findUnique({ where: { orgId: "org-cq" } }))?.usedBytes ?? 0n);

describe("the storage quota", () => {
  it("never lets concurrent grants together exceed it", async () => {
    const before = await used();
    const results = await Promise.all(Array.from({ length: 30 }, () => grant(100_000)));
    const granted = results.filter((result) => !result.errors).length;
    const refused = results.filter((result) => result.errors?.[0]?.extensions?.code === "QUOTA_EXCEEDED");
    expect(granted).toBe(Math.floor((1_000_000 - before) / 100_000));
    expect(refused.length).toBe(30 - granted);
    expect(refused[0]?.errors?.[0]?.message).toMatch(/存储空间不足/);
    expect(await used()).toBe(before + granted * 100_000);
    // Give the bytes back for the next case.
    await service.prisma.asset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await sweepExpiredAssets(service.prisma, filesContextFrom({ filesDir }, "memory://", 0));
    expect(await used()).toBe(0);
  });
});

describe("the sweeper", () => {
  it("removes an abandoned upload's staged bytes, row and reserved quota, and leaves live ones", async () => {
    const abandoned = must((await grant(1000)).data).requestUpload;
    const live = must((await grant(2000)).data).requestUpload;
    const created = await fetch(abandoned.uploadUrl, {
      method: "POST",
      headers: { "tus-resumable": "1.0.0", "upload-length": "1000", "upload-token": abandoned.token },
    });
    expect(created.status).toBe(201);
    const location = must(created.headers.get("location"));
    expect(location.startsWith(origin())).toBe(true);
    await fetch(location, {
      method: "PATCH",
      headers: {
        "tus-resumable": "1.0.0",
        "upload-token": abandoned.token,
        "upload-offset": "0",
        "content-type": "application/offset+octet-stream",
      },
      body: Buffer.alloc(400, 1),
    });
    const staging = path.join(filesDir, "uploads");
    expect(readdirSync(staging)).toContain(abandoned.asset.id);
    expect(await used()).toBe(3000);
    await service.prisma.asset.update({
      where: { id: abandoned.asset.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const files = filesContextFrom({ filesDir }, "memory://", 0);
    expect(await sweepExpiredAssets(service.prisma, files)).toBe(1);
    expect(await service.prisma.asset.findUnique({ where: { id: abandoned.asset.id } })).toBeNull();
    expect(existsSync(path.join(staging, abandoned.asset.id))).toBe(false);
    expect(await used()).toBe(2000);
    expect(await service.prisma.asset.findUnique({ where: { id: live.asset.id } })).not.toBeNull();
    // A second run finds nothing more.
    expect(await sweepExpiredAssets(service.prisma, files)).toBe(0);
  });
});

describe("without ffmpeg", () => {
  const missing = { ffmpeg: "/nonexistent/ffmpeg", ffprobe: "/nonexistent/ffprobe" };
  let bare: RunningService;
  let bareSigner: TokenSigner;
  beforeAll(async () => {
    ({ service: bare, signer: bareSigner } = await bootService((base) =>
      start({
        ...base,
        directory: staticOrgDirectory(["/org-cast/", "/org-cast/org-cq/"]),
        files: { filesDir: mkdtempSync(path.join(tmpdir(), "kepu-media-test-")), mediaTools: missing },
      }),
    ));
  });
  afterAll(async () => {
    await bare?.close();
  });

  it("refuses video and audio grants with a clear error, and still grants images", async () => {
    const token = await bareSigner.sign(
      { sub: "u-cq", name: "cq", adm: false, mem: [{ org: "org-cq", roles: ["EDITOR"] }], rv: 0 },
      300,
    );
    const ask = (purpose: string) =>
      graphql<{ requestUpload: { asset: { id: string } } }>(
        bare.url,
        `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { asset { id } } }`,
        { variables: { i: { purpose, orgId: "org-cq", fileName: "a.mp4", bytes: 1000 } }, token },
      );
    for (const purpose of ["WORK_VIDEO", "WORK_AUDIO", "NOMINATION_VIDEO"]) {
      const refused = await ask(purpose);
      expect(refused.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(refused.errors?.[0]?.message).toBe(mediaToolsMissing);
    }
    expect((await ask("WORK_IMAGE")).errors).toBeUndefined();
    expect(await bare.prisma.asset.count({ where: { purpose: { in: ["WORK_VIDEO", "WORK_AUDIO"] } } })).toBe(0);
  });

  it("refuses a file that arrives anyway (tools removed after the grant), never crashing", async () => {
    expect(await mediaToolsAvailable(missing)).toBe(false);
    await expect(probeMedia(fileURLToPath(import.meta.url), "VIDEO", missing)).rejects.toThrow(mediaToolsMissing);
    await expect(
      probeMedia(fileURLToPath(import.meta.url), "VIDEO", { ffmpeg: "ffmpeg", ffprobe: missing.ffprobe }),
    ).rejects.toBeInstanceOf(MediaRefusal);
  });
});

describe("ranges", () => {
  it("reads the single ranges players send and refuses the rest", () => {
    expect(parseRange(undefined, 100)).toBeUndefined();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
    for (const bad of ["bytes=100-", "bytes=5-1", "bytes=0-1,3-4", "items=0-1", "bytes=-0", "bytes=-"]) {
      expect(parseRange(bad, 100), bad).toBe("invalid");
    }
  });
});
