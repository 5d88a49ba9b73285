/**
 * Benchmark: uploading a large video, and the public works feed at 100,000 works (issue 8).
 *
 *   pnpm bench:works         (WORKS=… published works, default 100,000; UPLOAD_MB=… default 200;
 *                             RUNS=… feed queries of each kind, default 50)
 *
 * Boots the whole platform on the embedded default. Upload: a generated QuickTime video (ffmpeg,
 * uncompressed 1080p frames, UPLOAD_MB in size) is granted through the gateway and sent with the tus protocol in 8 MB chunks; it prints
 * the transfer rate (every chunk but the last) and the time of the last chunk, which includes judging
 * the file (ffprobe reads every packet) and making its poster. Feed: WORKS approved works (with their
 * live versions and a posting each, bulk-inserted in SQL under real units of the tree) are queried
 * through the gateway — the first page unfiltered, by hashtag, topic, org subtree, platform and
 * campaign, and a page 50 cursors deep — printing p50/p95/max. Figures only; no assertion on time.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPlatform } from "@kepu/harness";

const works = Number(process.env.WORKS ?? 100_000);
const uploadMb = Number(process.env.UPLOAD_MB ?? 200);
const runs = Number(process.env.RUNS ?? 50);
const chunkBytes = 8 * 1024 * 1024;

const platform = await startPlatform({ errorLog: () => {} });

async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(platform.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function figures(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
  console.log(
    `${label.padEnd(40)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${sorted.at(-1)?.toFixed(1)} ms  (n=${samples.length})`,
  );
}

async function benchUpload(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "kepu-bench-"));
  try {
    const file = path.join(dir, "video.mov");
    // Uncompressed 1080p (4 MB a frame, UYVY) in a QuickTime file: the size asked for, made in seconds.
    const frames = Math.max(10, Math.round((uploadMb * 1024 * 1024) / (1920 * 1080 * 2)));
    execFileSync("ffmpeg", [
      "-v",
      "error",
      "-f",
      "lavfi",
      "-i",
      "testsrc=size=1920x1080:rate=30",
      "-frames:v",
      String(frames),
      "-c:v",
      "rawvideo",
      "-pix_fmt",
      "uyvy422",
      "-y",
      file,
    ]);
    const bytes = readFileSync(file);
    const token = await platform.signer.sign(
      { sub: "demo-organizer", name: "bench", adm: false, mem: [{ org: "org-cq", roles: ["ORG_ADMIN", "EDITOR"] }] },
      3600,
    );
    const started = performance.now();
    const { requestUpload: grant } = await graphql<{
      requestUpload: { asset: { id: string }; uploadUrl: string; token: string };
    }>(
      `mutation ($i: RequestUploadInput!) { requestUpload(input: $i) { asset { id } uploadUrl token } }`,
      { i: { purpose: "WORK_VIDEO", orgId: "org-cq", fileName: "bench.mov", bytes: bytes.length } },
      token,
    );
    const granted = performance.now();
    const tus = { "tus-resumable": "1.0.0", "upload-token": grant.token };
    const created = await fetch(grant.uploadUrl, {
      method: "POST",
      headers: { ...tus, "upload-length": String(bytes.length) },
    });
    const location = created.headers.get("location") ?? "";
    const chunkTimes: number[] = [];
    for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
      const chunkStarted = performance.now();
      const response = await fetch(location, {
        method: "PATCH",
        headers: { ...tus, "upload-offset": String(offset), "content-type": "application/offset+octet-stream" },
        body: bytes.subarray(offset, offset + chunkBytes),
      });
      await response.arrayBuffer();
      if (response.status !== 204) throw new Error(`chunk at ${offset}: HTTP ${response.status}`);
      chunkTimes.push(performance.now() - chunkStarted);
    }
    const last = chunkTimes.pop() ?? 0;
    const transferMs = chunkTimes.reduce((sum, t) => sum + t, 0);
    const transferredMb = (chunkTimes.length * chunkBytes) / 1024 / 1024;
    const mb = bytes.length / 1024 / 1024;
    console.log(`upload: ${mb.toFixed(1)} MB video in ${Math.ceil(bytes.length / chunkBytes)} chunks of 8 MB`);
    console.log(`  grant (GraphQL through the gateway)     ${(granted - started).toFixed(0)} ms`);
    console.log(
      `  transfer (all chunks but the last)      ${transferMs.toFixed(0)} ms = ${(transferredMb / (transferMs / 1000)).toFixed(1)} MB/s`,
    );
    console.log(`  last chunk + judging + poster           ${last.toFixed(0)} ms`);
    console.log(
      `  end to end                              ${(performance.now() - started).toFixed(0)} ms = ${(mb / ((performance.now() - started) / 1000)).toFixed(1)} MB/s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function seedWorks(): Promise<string[]> {
  const orgs = await platform.services.organizations.prisma.org.findMany({
    where: { path: { startsWith: "/org-cast/org-cq/" } },
    select: { path: true },
    take: 200,
  });
  const paths = orgs.map((org) => `{${org.path.split("/").filter(Boolean).join(",")}}`);
  const db = platform.services.media.prisma;
  const started = performance.now();
  // Rows in batches of 20,000, each generated by the database.
  for (let from = 0; from < works; from += 20_000) {
    const to = Math.min(works, from + 20_000) - 1;
    const pathRows = paths.map((p, n) => `(${n}, '${p}'::text[])`).join(",");
    await db.$executeRawUnsafe(`
      WITH paths (n, path) AS (VALUES ${pathRows}), g AS (
        SELECT i, paths.path FROM generate_series(${from}, ${to}) AS i JOIN paths ON paths.n = i % ${paths.length}
      ), w AS (
        INSERT INTO "Work" ("id", "kind", "title", "summary", "creatorName", "ownerOrgId", "campaignId", "topics",
          "hashtags", "status", "publishedAt", "updatedAt")
        SELECT 'bench-' || i, 'SHORT_VIDEO', '基准作品' || i, '', '作者', path[array_length(path, 1)], 'cmp-2024-cq',
          ARRAY[(ARRAY['人工智能','防灾避险','卫生健康','航空航天','新材料'])[1 + i % 5]],
          ARRAY['#千万IP创科普#', (ARRAY['#防灾#','#健康#','#AI#','#航天#','#材料#','#科学之夜#'])[1 + i % 6]],
          'PUBLISHED', TIMESTAMPTZ '2024-09-15 00:00:00+08' + (i || ' seconds')::interval, now()
        FROM g RETURNING "id"
      ), v AS (
        INSERT INTO "WorkVersion" ("id", "workId", "live", "kind", "title", "summary", "creatorKind", "creatorName",
          "ownerOrgId", "ownerPath", "campaignId", "editionId", "topics", "hashtags", "licence", "fileAssetIds",
          "publishedAt")
        SELECT 'v-bench-' || i, 'bench-' || i, true, 'SHORT_VIDEO', '基准作品' || i, '', 'PERSON', '作者',
          path[array_length(path, 1)], path, 'cmp-2024-cq', 'cmp-2024',
          ARRAY[(ARRAY['人工智能','防灾避险','卫生健康','航空航天','新材料'])[1 + i % 5]],
          ARRAY['#千万IP创科普#', (ARRAY['#防灾#','#健康#','#AI#','#航天#','#材料#','#科学之夜#'])[1 + i % 6]],
          'CC_BY', '{}', TIMESTAMPTZ '2024-09-15 00:00:00+08' + (i || ' seconds')::interval
        FROM g RETURNING "id"
      )
      INSERT INTO "WorkPosting" ("id", "workId", "platformKey", "url", "postedAt")
      SELECT 'p-bench-' || i, 'bench-' || i,
        (ARRAY['DOUYIN','WEIBO','BILIBILI','KEPU_CHINA','KUAISHOU','ZHIHU','XUEXI'])[1 + i % 7],
        'https://example.org/bench/' || i, TIMESTAMPTZ '2024-09-15 00:00:00+08'
      FROM g`);
    await db.$executeRawUnsafe(
      `UPDATE "Work" SET "liveVersionId" = 'v-' || "id" WHERE "id" >= 'bench-' AND "id" < 'bench.' AND "liveVersionId" IS NULL`,
    );
  }
  for (const table of ["Work", "WorkVersion", "WorkPosting"]) await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  console.log(
    `feed: ${works.toLocaleString("en")} published works inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return orgs.map((org) => org.path.split("/").filter(Boolean).at(-1) ?? "");
}

async function benchFeed(): Promise<void> {
  const orgIds = await seedWorks();
  const feed =
    "query ($f: WorkFilter, $a: String) { works(first: 20, filter: $f, after: $a) { edges { node { id title hashtags creator { displayName } } } pageInfo { endCursor } } }";
  const time = async (filter: Record<string, string>, after?: string) => {
    const started = performance.now();
    await graphql(feed, { f: filter, a: after ?? null });
    return performance.now() - started;
  };
  const cases: [string, Record<string, string>][] = [
    ["first page, unfiltered", {}],
    ["by hashtag (#航天#)", { hashtag: "#航天#" }],
    ["by topic (新材料)", { topic: "新材料" }],
    ["by org subtree (重庆市科协)", { orgId: "org-cq" }],
    [`by org subtree (a district, ${orgIds[7] ?? ""})`, { orgId: orgIds[7] ?? "org-cq" }],
    ["by platform (B站)", { platform: "BILIBILI" }],
    ["by campaign (national incl. regional)", { campaignId: "cmp-2024" }],
  ];
  for (let i = 0; i < 5; i++) await time({}); // warm up
  for (const [label, filter] of cases) {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await time(filter));
    figures(label, samples);
  }
  // 50 pages deep: the cursor is a position, so page 50 costs what page 1 does.
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const data = await graphql<{ works: { pageInfo: { endCursor: string } } }>(feed, { f: {}, a: after ?? null });
    after = data.works.pageInfo.endCursor;
  }
  const deep: number[] = [];
  for (let i = 0; i < runs; i++) deep.push(await time({}, after));
  figures("page 51 (cursor after 1,000 works)", deep);
}

try {
  await benchUpload();
  await benchFeed();
} finally {
  await platform.close();
}
