import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The value, or a test failure saying it was missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

/**
 * Issue 8 §1, files as a platform capability: an upload is granted through the graph for a purpose,
 * sent with the tus protocol to the media service, judged by its bytes, and served by URLs that stop
 * at once when the file leaves view. Each "failure peer systems shipped" of the issue is a case here.
 */
let platform: RunningPlatform;
let organizer: string;
let mediaOrigin: string;

beforeAll(async () => {
  platform = await startPlatform();
  organizer = await platform.signer.sign(
    { sub: "demo-organizer", name: "organizer", adm: false, mem: [{ org: "org-cq", roles: ["ORG_ADMIN", "EDITOR"] }] },
    600,
  );
  mediaOrigin = new URL(platform.subgraphUrls.media).origin;
});
afterAll(async () => {
  await platform?.close();
});

const media = () => platform.services.media.prisma;

interface Grant {
  asset: { id: string };
  uploadUrl: string;
  token: string;
  maxBytes: number;
}

async function requestUpload(purpose: string, bytes: number, orgId = "org-cq", token: string | null = organizer) {
  return graphql<{ requestUpload: Grant }>(
    platform.gatewayUrl,
    `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { asset { id status } uploadUrl token maxBytes } }`,
    { variables: { i: { purpose, orgId, fileName: "照片.jpg", bytes } }, ...(token ? { token } : {}) },
  );
}

const tus = { "tus-resumable": "1.0.0" };

async function create(grant: Grant, length: number, token = grant.token) {
  return fetch(grant.uploadUrl, {
    method: "POST",
    headers: { ...tus, "upload-length": String(length), "upload-token": token },
  });
}

async function patch(location: string, token: string, offset: number, chunk: Buffer) {
  return fetch(location, {
    method: "PATCH",
    headers: {
      ...tus,
      "upload-token": token,
      "upload-offset": String(offset),
      "content-type": "application/offset+octet-stream",
    },
    body: chunk,
  });
}

/** Grants, creates and sends a whole file in chunks of `chunk` bytes; the last response. */
async function upload(purpose: string, file: Buffer, chunk = 64 * 1024) {
  const granted = await requestUpload(purpose, file.length);
  expect(granted.errors).toBeUndefined();
  const grant = must(granted.data).requestUpload;
  const created = await create(grant, file.length);
  expect(created.status).toBe(201);
  const location = must(created.headers.get("location"));
  let response: Response = created;
  for (let offset = 0; offset < file.length; offset += chunk) {
    response = await patch(location, grant.token, offset, file.subarray(offset, offset + chunk));
    if (response.status !== 204) break;
  }
  return { grant, location, response, body: await response.text() };
}

async function assetFields(id: string, token: string | null = organizer) {
  const result = await graphql<{
    asset: {
      status: string;
      mime: string;
      width: number;
      height: number;
      url: string;
      thumbnailUrl: string;
      originalUrl: string;
    } | null;
  }>(
    platform.gatewayUrl,
    `query ($id: ID!) { asset(id: $id) { status mime width height url thumbnailUrl originalUrl } }`,
    {
      variables: { id },
      ...(token ? { token } : {}),
    },
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).asset;
}

async function used(orgId = "org-cq") {
  return Number((await media().orgStorage.findUnique({ where: { orgId } }))?.usedBytes ?? 0n);
}

/** A phone photo: 4032×3024 JPEG, EXIF Orientation 6 (shot in portrait), GPS 29.5576 N 106.5775 E, capture time. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 4032, height: 3024, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg({ quality: 60 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "Phone", DateTime: "2024:09:15 10:30:00" },
      IFD2: { DateTimeOriginal: "2024:09:15 10:30:00" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "29/1 33/1 2736/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "106/1 34/1 39/1",
      },
    })
    .toBuffer();
}

/** A PNG whose header declares `width`×`height` pixels, with almost no data (a decompression bomb's header). */
function pngDeclaring(width: number, height: number, padTo: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const idat = deflateSync(Buffer.alloc(padTo, 0), { level: 0 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("a phone photo becomes upright public copies without GPS or capture time", () => {
  it("uploads in chunks, then serves an upright web copy and thumbnail with no metadata", async () => {
    const photo = await phonePhoto();
    const original = await sharp(photo).metadata();
    expect(original.orientation).toBe(6);
    // The original carries its capture time and GPS position (GPS IFD: 29/1 degrees north).
    expect(original.exif?.toString("latin1")).toContain("2024:09:15 10:30:00");
    expect(
      original.exif?.includes(Buffer.from([0, 0, 0, 29, 0, 0, 0, 1])) ||
        original.exif?.includes(Buffer.from([29, 0, 0, 0, 1, 0, 0, 0])),
    ).toBe(true);
    const before = await used();
    const { grant, response } = await upload("RESULT_PHOTO", photo);
    expect(response.status).toBe(204);
    expect(response.headers.get("x-asset-id")).toBe(grant.asset.id);
    const asset = await assetFields(grant.asset.id);
    expect(asset).toMatchObject({ status: "READY", mime: "image/jpeg", width: 3024, height: 4032 });
    for (const url of [must(asset).url, must(asset).thumbnailUrl]) {
      const served = await fetch(url);
      expect(served.status).toBe(200);
      expect(served.headers.get("x-content-type-options")).toBe("nosniff");
      expect(served.headers.get("content-security-policy")).toContain("sandbox");
      const copy = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect(copy.format).toBe("webp");
      expect(copy.height).toBeGreaterThan(copy.width ?? 0);
      expect(copy.exif).toBeUndefined();
      expect(copy.xmp).toBeUndefined();
      expect(copy.orientation).toBeUndefined();
    }
    // The quota holds what is stored: the original and both copies.
    const stored = await media().asset.findUniqueOrThrow({ where: { id: grant.asset.id } });
    expect(stored.variants).toEqual(["original", "web", "thumb"]);
    expect((await used()) - before).toBe(stored.bytes);
  });

  it("resumes after a dropped connection: HEAD tells the offset, the rest follows", async () => {
    const photo = await phonePhoto();
    const granted = must((await requestUpload("WORK_IMAGE", photo.length)).data).requestUpload;
    const location = must((await create(granted, photo.length)).headers.get("location"));
    const half = Math.floor(photo.length / 2);
    expect((await patch(location, granted.token, 0, photo.subarray(0, half))).status).toBe(204);
    // The client lost the connection here and comes back later:
    const head = await fetch(location, { method: "HEAD", headers: { ...tus, "upload-token": granted.token } });
    expect(head.headers.get("upload-offset")).toBe(String(half));
    const rest = await patch(location, granted.token, half, photo.subarray(half));
    expect(rest.status).toBe(204);
    expect((await assetFields(granted.asset.id))?.status).toBe("READY");
  });
});

describe("the bytes decide: active content, lies and bombs are refused and leave nothing", () => {
  async function expectRefused(purpose: string, file: Buffer, message: RegExp) {
    const before = await used();
    const { grant, response, body } = await upload(purpose, file);
    expect(response.status).toBe(422);
    expect(body).toMatch(message);
    expect(await media().asset.findUnique({ where: { id: grant.asset.id } })).toBeNull();
    expect(await used()).toBe(before);
  }

  it("refuses an SVG cover carrying a script", async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
    );
    await expectRefused("ACTIVITY_COVER", svg, /无法识别文件类型|只接受/);
  });

  it("refuses a PNG signature followed by HTML", async () => {
    const fake = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from("<html><script>alert(1)</script></html>"),
    ]);
    await expectRefused("ACTIVITY_COVER", fake, /损坏|无法完整解码|无法识别文件类型/);
  });

  it("refuses a 50 KB PNG declaring 20000×20000 pixels before decoding it, and keeps serving", async () => {
    const bomb = pngDeclaring(20_000, 20_000, 50_000);
    expect(bomb.length).toBeLessThan(60_000);
    await expectRefused("ACTIVITY_COVER", bomb, /20000×20000 超出上限/);
    const health = await fetch(`${mediaOrigin}/health`);
    expect(health.status).toBe(200);
  });

  it("refuses a video posing as a cover (the bytes decide, not the name)", async () => {
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypmp42"), Buffer.alloc(64)]);
    await expectRefused("ACTIVITY_COVER", mp4, /video\/mp4/);
  });

  it("refuses an upload longer than granted, and a purpose's size limit at the grant", async () => {
    const granted = must((await requestUpload("ACTIVITY_COVER", 1000)).data).requestUpload;
    const tooLong = await create(granted, 1001);
    expect(tooLong.status).toBe(413);
    const tooBig = await requestUpload("ACTIVITY_COVER", 11 * 1024 * 1024);
    expect(tooBig.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooBig.errors?.[0]?.message).toMatch(/活动封面最大 10 MB/);
  });
});

/** A clip made by ffmpeg from its test sources: `seconds` long, 320×240, with a tone; MP4 with its index at the end unless `faststart`. */
function clip(seconds: number, options: { faststart?: boolean; format?: "mp4" | "mp3" } = {}): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), "kepu-clip-"));
  const out = path.join(dir, `clip.${options.format ?? "mp4"}`);
  const video = ["-f", "lavfi", "-i", `testsrc=duration=${seconds}:size=320x240:rate=25`];
  const tone = ["-f", "lavfi", "-i", `sine=frequency=440:duration=${seconds}`];
  const args =
    options.format === "mp3"
      ? [...tone, "-c:a", "libmp3lame"]
      : [...video, ...tone, "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"];
  if (options.faststart) args.push("-movflags", "+faststart");
  execFileSync("ffmpeg", ["-v", "error", "-y", ...args, out]);
  const bytes = readFileSync(out);
  rmSync(dir, { recursive: true, force: true });
  return bytes;
}

describe("videos and audio are decoded, measured and given a poster (ffmpeg)", () => {
  async function expectRefused(purpose: string, file: Buffer, message: RegExp) {
    const before = await used();
    const { grant, response, body } = await upload(purpose, file);
    expect(response.status).toBe(422);
    expect(body).toMatch(message);
    expect(await media().asset.findUnique({ where: { id: grant.asset.id } })).toBeNull();
    expect(await used()).toBe(before);
  }

  it("records a 2 s video's duration and size, and serves its poster as an image without metadata", async () => {
    const video = clip(2);
    const { grant, response } = await upload("WORK_VIDEO", video);
    expect(response.status).toBe(204);
    const result = await graphql<{
      asset: {
        status: string;
        mime: string;
        width: number;
        height: number;
        durationSeconds: number;
        posterUrl: string;
        thumbnailUrl: string;
        url: string;
      };
    }>(
      platform.gatewayUrl,
      `query ($id: ID!) { asset(id: $id) { status mime width height durationSeconds posterUrl thumbnailUrl url } }`,
      {
        variables: { id: grant.asset.id },
        token: organizer,
      },
    );
    expect(result.errors).toBeUndefined();
    const asset = must(result.data).asset;
    expect(asset).toMatchObject({ status: "READY", mime: "video/mp4", width: 320, height: 240 });
    expect(asset.durationSeconds).toBeCloseTo(2, 1);
    for (const url of [asset.posterUrl, asset.thumbnailUrl]) {
      const served = await fetch(url);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/webp");
      const poster = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect(poster).toMatchObject({ format: "webp", width: 320, height: 240 });
      expect(poster.exif).toBeUndefined();
    }
    // The video itself plays from ranges.
    const range = await fetch(asset.url, { headers: { range: "bytes=100-199" } });
    expect(range.status).toBe(206);
    expect((await range.arrayBuffer()).byteLength).toBe(100);
    const stored = await media().asset.findUniqueOrThrow({ where: { id: grant.asset.id } });
    expect(stored.variants).toEqual(["original", "poster", "thumb"]);
  });

  it("records an audio file's duration, with no poster", async () => {
    const { grant, response } = await upload("WORK_AUDIO", clip(2, { format: "mp3" }));
    expect(response.status).toBe(204);
    const stored = await media().asset.findUniqueOrThrow({ where: { id: grant.asset.id } });
    expect(stored.mime).toBe("audio/mpeg");
    expect(stored.durationSeconds).toBeCloseTo(2, 0);
    expect(stored.variants).toEqual(["original"]);
  });

  it("refuses a text file named .mp4", async () => {
    await expectRefused("WORK_VIDEO", Buffer.from("这不是视频。\n".repeat(100)), /无法识别文件类型/);
  });

  it("refuses an MP4 signature followed by nothing playable", async () => {
    const fake = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypmp42"), Buffer.alloc(4096, 7)]);
    await expectRefused("WORK_VIDEO", fake, /视频文件已损坏或不完整/);
  });

  it("refuses a truncated MP4, whether its index is at the end or at the start, leaving nothing", async () => {
    for (const faststart of [false, true]) {
      const whole = clip(2, { faststart });
      await expectRefused("WORK_VIDEO", whole.subarray(0, Math.floor(whole.length * 0.7)), /视频文件已损坏或不完整/);
    }
  });

  it("refuses a video uploaded as audio", async () => {
    await expectRefused("WORK_AUDIO", clip(1), /只接受/);
  });
});

describe("who may upload, and with which token", () => {
  it("refuses anonymous callers, other units, and unknown units", async () => {
    expect((await requestUpload("ACTIVITY_COVER", 100, "org-cq", null)).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await requestUpload("ACTIVITY_COVER", 100, "org-hn")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await requestUpload("ACTIVITY_COVER", 100, "org-nowhere")).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("refuses bad input with a clear error and writes nothing: sizes, names, another unit's storage", async () => {
    const before = await media().asset.count();
    for (const [bytes, fileName, message] of [
      [-1, "a.jpg", /文件不能为空/],
      [0, "a.jpg", /文件不能为空/],
      [1.5, "a.jpg", /./],
      [100, "\u200B\u200B \u3000", /请给出文件名/],
      [100, "名".repeat(201), /最多 200 个字符/],
    ] as const) {
      const result = await graphql(
        platform.gatewayUrl,
        `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { token } }`,
        { variables: { i: { purpose: "ACTIVITY_COVER", orgId: "org-cq", fileName, bytes } }, token: organizer },
      );
      expect(result.errors?.[0]?.extensions?.code, `${bytes} ${fileName}`).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await media().asset.count()).toBe(before);
    const elsewhere = await graphql(platform.gatewayUrl, `{ storageUsage(orgId: "org-hn") { usedBytes } }`, {
      token: organizer,
    });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses tus requests without the grant's token or with another upload's", async () => {
    const first = must((await requestUpload("ACTIVITY_COVER", 100)).data).requestUpload;
    const second = must((await requestUpload("ACTIVITY_COVER", 100)).data).requestUpload;
    expect((await create(first, 100, "")).status).toBe(401);
    expect((await create(first, 100, "forged-token")).status).toBe(403);
    const location = must((await create(first, 100)).headers.get("location"));
    expect((await patch(location, second.token, 0, Buffer.alloc(10))).status).toBe(403);
    expect((await patch(location, "", 0, Buffer.alloc(10))).status).toBe(401);
  });
});

describe("URLs: signed and expiring unless public; leaving view stops them at once", () => {
  it("serves a private file by its signed URL only, with ranges, until it expires or is revoked", async () => {
    const photo = await phonePhoto();
    const { grant } = await upload("NOMINATION_PHOTO", photo);
    const asset = await assetFields(grant.asset.id);
    expect(must(asset).url).toMatch(/\?expires=\d+&v=0&signature=[0-9a-f]{64}$/);
    expect((await fetch(must(asset).url)).status).toBe(200);
    const ranged = await fetch(must(asset).url, { headers: { range: "bytes=0-99" } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toMatch(/^bytes 0-99\/\d+$/);
    expect((await ranged.arrayBuffer()).byteLength).toBe(100);
    expect((await fetch(must(asset).url, { headers: { range: "bytes=999999999-" } })).status).toBe(416);
    // Unsigned, tampered, or expired: refused.
    expect((await fetch(must(asset).url.split("?")[0] ?? "")).status).toBe(403);
    const tampered = must(asset).url.replace(
      /signature=(.)/,
      (_, first: string) => `signature=${first === "0" ? "1" : "0"}`,
    );
    expect(tampered).not.toBe(must(asset).url);
    expect((await fetch(tampered)).status).toBe(403);
    const expired = new URL(must(asset).url);
    expired.searchParams.set("expires", String(Math.floor(Date.now() / 1000) - 1));
    expect((await fetch(expired)).status).toBe(403);
    // The public and another unit cannot even see it in the graph.
    expect(await assetFields(grant.asset.id, null)).toBeNull();
    // Taking it out of view ends every URL issued before, at once.
    await media().asset.update({ where: { id: grant.asset.id }, data: { urlVersion: { increment: 1 } } });
    expect((await fetch(must(asset).url)).status).toBe(403);
  });

  it("serves a public, attached image's copies without a signature and cacheable, never its original", async () => {
    const { grant } = await upload("ACTIVITY_COVER", await phonePhoto());
    await media().asset.update({ where: { id: grant.asset.id }, data: { public: true, attachedAt: new Date() } });
    const asset = await assetFields(grant.asset.id, null);
    expect(must(asset).url).toBe(`${mediaOrigin}/files/${grant.asset.id}/web`);
    const served = await fetch(must(asset).url);
    expect(served.headers.get("cache-control")).toBe("public, max-age=300");
    expect(must(asset).originalUrl).toBeNull();
    expect((await fetch(`${mediaOrigin}/files/${grant.asset.id}/original`)).status).toBe(403);
    // Out of public view: the same plain URL stops at once.
    await media().asset.update({ where: { id: grant.asset.id }, data: { public: false } });
    expect((await fetch(must(asset).url)).status).toBe(403);
  });
});

describe("files of works: private until approved, public with the approved version, out of view at once", () => {
  const picture = (r: number) =>
    sharp({ create: { width: 800, height: 600, channels: 3, background: { r, g: 90, b: 160 } } })
      .jpeg()
      .toBuffer();
  const approver = () =>
    platform.signer.sign(
      { sub: "demo-admin", name: "中国科协审核员", adm: false, mem: [{ org: "org-cast", roles: ["ORG_ADMIN"] }] },
      600,
    );
  const content = (cover: string, images: string[]) => ({
    kind: "IMAGE_SET",
    title: "山城的桥",
    summary: "一组照片讲清楚重庆桥梁的结构。",
    creator: { kind: "PERSON", displayName: "摄影师小王", role: "SCIENCE_COMMUNICATOR" },
    topics: [],
    hashtags: [],
    licence: "CC_BY_NC",
    coverAssetId: cover,
    fileAssetIds: images,
  });
  type WorkFiles = { cover: { url: string } | null; files: { id: string; url: string }[] };
  const workFiles = async (id: string, token: string | null) => {
    const result = await graphql<{ work: WorkFiles | null }>(
      platform.gatewayUrl,
      "query ($id: ID!) { work(id: $id) { cover { url } files { id url } } }",
      { variables: { id }, ...(token ? { token } : {}) },
    );
    expect(result.errors).toBeUndefined();
    return must(result.data).work;
  };
  const act = async (mutation: string, variables: Record<string, unknown>, token: string) => {
    const result = await graphql<Record<string, { id: string }>>(platform.gatewayUrl, mutation, { variables, token });
    expect(result.errors).toBeUndefined();
    return must(result.data);
  };

  it("publishes a work's files with its approval, and a take-down stops every URL issued before", async () => {
    const cover = (await upload("WORK_COVER", await picture(10))).grant.asset.id;
    const image = (await upload("WORK_IMAGE", await picture(20))).grant.asset.id;
    const created = await act(
      "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
      { i: { ownerOrgId: "org-cq", campaignId: "cmp-2024-cq", content: content(cover, [image]) } },
      organizer,
    );
    const id = must(created.createWork).id;
    expect(await media().asset.findUniqueOrThrow({ where: { id: cover } })).toMatchObject({
      attachedTo: `work:${id}`,
      expiresAt: null,
      public: false,
    });
    // Before approval: the public sees nothing; the unit sees its files by signed URLs only.
    expect(await workFiles(id, null)).toBeNull();
    const before = must(await workFiles(id, organizer));
    expect(before.cover?.url).toMatch(/signature=/);
    expect((await fetch(must(before.cover).url)).status).toBe(200);
    expect((await fetch(`${mediaOrigin}/files/${cover}/web`)).status).toBe(403);

    await act("mutation ($id: ID!) { submitWork(id: $id) { id } }", { id }, organizer);
    await act("mutation ($id: ID!) { approveWork(id: $id) { id } }", { id }, await approver());
    const published = must(await workFiles(id, null));
    expect(published.cover?.url).toBe(`${mediaOrigin}/files/${cover}/web`);
    const served = await fetch(must(published.cover).url);
    expect(served.status).toBe(200);
    expect(served.headers.get("cache-control")).toBe("public, max-age=300");
    // The unit's signed URL of the original, issued now: it must stop too.
    const signedOriginal = must(
      (
        await graphql<{ asset: { originalUrl: string } }>(
          platform.gatewayUrl,
          "query ($id: ID!) { asset(id: $id) { originalUrl } }",
          { variables: { id: image }, token: organizer },
        )
      ).data,
    ).asset.originalUrl;
    expect((await fetch(signedOriginal)).status).toBe(200);

    await act(
      'mutation ($id: ID!) { takeDownWork(id: $id, note: "图片涉及未成年人肖像") { id } }',
      { id },
      await approver(),
    );
    expect(await workFiles(id, null)).toBeNull();
    for (const url of [must(published.cover).url, must(published.files[0]).url, signedOriginal]) {
      expect((await fetch(url)).status, url).toBe(403);
    }
  });

  it("keeps the approved files public while an edit swaps them, and publishes the new ones only on approval", async () => {
    const cover = (await upload("WORK_COVER", await picture(30))).grant.asset.id;
    const first = (await upload("WORK_IMAGE", await picture(40))).grant.asset.id;
    const second = (await upload("WORK_IMAGE", await picture(50))).grant.asset.id;
    const created = await act(
      "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
      { i: { ownerOrgId: "org-cq", campaignId: "cmp-2024-cq", content: content(cover, [first]) } },
      organizer,
    );
    const id = must(created.createWork).id;
    await act("mutation ($id: ID!) { submitWork(id: $id) { id } }", { id }, organizer);
    await act("mutation ($id: ID!) { approveWork(id: $id) { id } }", { id }, await approver());
    // 10:05: the image is swapped. The public keeps the approved one; the new one stays private.
    await act(
      "mutation ($id: ID!, $c: WorkContentInput!) { updateWork(id: $id, content: $c) { id } }",
      { id, c: content(cover, [second]) },
      organizer,
    );
    const meanwhile = must(await workFiles(id, null));
    expect(meanwhile.files.map((f) => f.id)).toEqual([first]);
    expect((await fetch(must(meanwhile.files[0]).url)).status).toBe(200);
    expect((await fetch(`${mediaOrigin}/files/${second}/web`)).status).toBe(403);
    // The edit went back to review by itself (SUBMITTED); the level above approves it.
    await act("mutation ($id: ID!) { approveWork(id: $id) { id } }", { id }, await approver());
    const after = must(await workFiles(id, null));
    expect(after.files.map((f) => f.id)).toEqual([second]);
    expect((await fetch(must(after.files[0]).url)).status).toBe(200);
    // The replaced image left view at once and returns to expiry (the sweeper removes it).
    expect((await fetch(must(meanwhile.files[0]).url)).status).toBe(403);
    const replaced = await media().asset.findUniqueOrThrow({ where: { id: first } });
    expect(replaced).toMatchObject({ attachedTo: null, public: false });
    expect(replaced.expiresAt).not.toBeNull();
  });

  it("withdrawing an edit keeps the approved files public and lets the edit's new one go; a take-down lets go of files no version uses", async () => {
    const cover = (await upload("WORK_COVER", await picture(80))).grant.asset.id;
    const approved = (await upload("WORK_IMAGE", await picture(90))).grant.asset.id;
    const swapped = (await upload("WORK_IMAGE", await picture(100))).grant.asset.id;
    const created = await act(
      "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
      { i: { ownerOrgId: "org-cq", campaignId: "cmp-2024-cq", content: content(cover, [approved]) } },
      organizer,
    );
    const id = must(created.createWork).id;
    await act("mutation ($id: ID!) { submitWork(id: $id) { id } }", { id }, organizer);
    await act("mutation ($id: ID!) { approveWork(id: $id) { id } }", { id }, await approver());
    const edit = "mutation ($id: ID!, $c: WorkContentInput!) { updateWork(id: $id, content: $c) { id } }";
    await act(edit, { id, c: content(cover, [swapped]) }, organizer);
    expect(await media().asset.findUniqueOrThrow({ where: { id: swapped } })).toMatchObject({
      attachedTo: `work:${id}`,
      expiresAt: null,
    });
    // Withdrawn: the work is its approved version again; the swapped-in file returns to expiry.
    await act("mutation ($id: ID!) { withdrawWork(id: $id) { id } }", { id }, organizer);
    const kept = must(await workFiles(id, null));
    expect(kept.files.map((f) => f.id)).toEqual([approved]);
    expect((await fetch(must(kept.files[0]).url)).status).toBe(200);
    const dropped = await media().asset.findUniqueOrThrow({ where: { id: swapped } });
    expect(dropped).toMatchObject({ attachedTo: null, public: false });
    expect(dropped.expiresAt).not.toBeNull();

    // An edit replaces the approved image, then the work is taken down: the image only the ended
    // version used leaves view and returns to expiry; the edit's file stays with the work, private.
    await act(edit, { id, c: content(cover, [swapped]) }, organizer);
    await act('mutation ($id: ID!) { takeDownWork(id: $id, note: "内容有误") { id } }', { id }, await approver());
    expect((await fetch(must(kept.files[0]).url)).status).toBe(403);
    const ended = await media().asset.findUniqueOrThrow({ where: { id: approved } });
    expect(ended).toMatchObject({ attachedTo: null, public: false });
    expect(ended.expiresAt).not.toBeNull();
    expect(await media().asset.findUniqueOrThrow({ where: { id: swapped } })).toMatchObject({
      attachedTo: `work:${id}`,
      public: false,
      expiresAt: null,
    });
  });

  it("refuses another unit's file, a file used elsewhere, an unfinished one and one of the wrong purpose", async () => {
    const image = (await upload("WORK_IMAGE", await picture(60))).grant.asset.id;
    const inUse = (await upload("WORK_COVER", await picture(70))).grant.asset.id;
    await act(
      "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
      { i: { ownerOrgId: "org-cq", campaignId: "cmp-2024-cq", content: content(inUse, []) } },
      organizer,
    );
    const unfinished = must((await requestUpload("WORK_COVER", 1000)).data).requestUpload.asset.id;
    const hunan = await platform.signer.sign(
      { sub: "demo-reviewer", name: "湖南编辑", adm: false, mem: [{ org: "org-hn", roles: ["EDITOR"] }] },
      600,
    );
    const works = await media().work.count();
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ["org-hn", content("nonexistent-asset", []), hunan, /文件不存在/],
      ["org-hn", { ...content("", [image]), coverAssetId: null }, hunan, /只能使用本单位上传的文件/],
      ["org-cq", content(inUse, []), organizer, /已用于其他内容/],
      ["org-cq", content(unfinished, []), organizer, /尚未上传完成/],
      ["org-cq", content(image, []), organizer, /此处需要作品封面/],
    ];
    for (const [ownerOrgId, c, token, message] of cases) {
      const campaignId = ownerOrgId === "org-hn" ? "cmp-2024-hn" : "cmp-2024-cq";
      const result = await graphql(
        platform.gatewayUrl,
        "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
        { variables: { i: { ownerOrgId, campaignId, content: c } }, token },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await media().work.count()).toBe(works);
    expect(await media().asset.findUniqueOrThrow({ where: { id: image } })).toMatchObject({ attachedTo: null });
  });
});

describe("the storage quota under concurrency (on PGlite and on PostgreSQL)", () => {
  it("grants exactly what fits when 30 uploads of 1 GB are asked for at once", async () => {
    const gigabyte = 1024 ** 3;
    const quota = 10 * gigabyte;
    const before = await used();
    const results = await Promise.all(Array.from({ length: 30 }, () => requestUpload("WORK_VIDEO", gigabyte)));
    const granted = results.filter((result) => !result.errors).length;
    expect(granted).toBe(Math.floor((quota - before) / gigabyte));
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === "QUOTA_EXCEEDED").length).toBe(
      30 - granted,
    );
    expect(await used()).toBe(before + granted * gigabyte);
    const storage = await graphql<{ storageUsage: { usedBytes: number; quotaBytes: number } }>(
      platform.gatewayUrl,
      `{ storageUsage(orgId: "org-cq") { usedBytes quotaBytes } }`,
      { token: organizer },
    );
    expect(storage.data?.storageUsage).toEqual({ usedBytes: before + granted * gigabyte, quotaBytes: quota });
    const anonymous = await graphql(platform.gatewayUrl, `{ storageUsage(orgId: "org-cq") { usedBytes } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
