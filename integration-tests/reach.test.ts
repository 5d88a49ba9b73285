import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Issue 8 §4 through the gateway: postings and their figures imported from a spreadsheet, reach
 * summed per hashtag, per platform and per org subtree (each posting's latest figures count).
 * The sums are computed here independently from the generated rows and compared with the graph's.
 */
let platform: RunningPlatform;
/** An admin and editor of 重庆市科协: acts for its whole subtree. */
let editor: string;
const media = () => platform.services.media.prisma;

/** A deterministic pseudo-random sequence (so a failure can be replayed). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const tags = ["#防灾避险#", "#健康科普#", "#人工智能#"];
const platformNames = ["抖音", "微博", "B站", "KEPU_CHINA", "快手"];
const platformKeyOf: Record<string, string> = {
  抖音: "DOUYIN",
  微博: "WEIBO",
  B站: "BILIBILI",
  KEPU_CHINA: "KEPU_CHINA",
  快手: "KUAISHOU",
};

interface Generated {
  csv: string;
  /** The figures that must count: each posting's latest row. */
  latest: {
    workId: string;
    owner: string;
    platform: string;
    tag: string;
    views: number;
    likes: number;
    /** Views as of the first day (2024-09-17); the latest ones count from the day they were taken. */
    firstViews: number;
  }[];
}

/** 1,000 published works of 重庆's units, and a CSV of their postings over one or two days. */
async function generate(count: number): Promise<Generated> {
  const orgs = await platform.services.organizations.prisma.org.findMany({
    where: { path: { startsWith: "/org-cast/org-cq/" } },
    select: { id: true, path: true },
  });
  const next = random(20240915);
  const latest: Generated["latest"] = [];
  const lines = ["作品编号,平台,链接,发布时间（北京时间）,统计日期,浏览量,点赞数,转发数,评论数"];
  const made: {
    id: string;
    path: string;
    content: Record<string, unknown> & { ownerOrgId: string; hashtags: string[] };
  }[] = [];
  for (let i = 0; i < count; i += 1) {
    const org = orgs[Math.floor(next() * orgs.length)] ?? { id: "org-cq", path: "/org-cast/org-cq/" };
    const tag = tags[i % tags.length] ?? "";
    const id = `reach-work-${i}`;
    const content = { ownerOrgId: org.id, hashtags: ["#千万IP创科普#", tag] };
    made.push({ id, path: org.path, content });
    const postings = 1 + Math.floor(next() * 2);
    for (let p = 0; p < postings; p += 1) {
      const name = platformNames[(i + p) % platformNames.length] ?? "抖音";
      const url = `https://example.org/${id}/${p}`;
      const first = { views: Math.floor(next() * 100_000), likes: Math.floor(next() * 5000) };
      const second = {
        views: first.views + Math.floor(next() * 50_000),
        likes: first.likes + Math.floor(next() * 100),
      };
      lines.push(`${id},${name},${url},2024-09-16 10:00,2024-09-17,${first.views},${first.likes},3,4`);
      const twoDays = next() < 0.5;
      if (twoDays) lines.push(`${id},${name},${url},2024-09-16 10:00,2024-09-20,${second.views},${second.likes},5,6`);
      const counted = twoDays ? second : first;
      latest.push({
        workId: id,
        owner: org.path,
        platform: platformKeyOf[name] ?? name,
        tag,
        ...counted,
        firstViews: first.views,
      });
    }
  }
  const base = (i: number) => ({
    kind: "SHORT_VIDEO" as const,
    title: `传播作品${i}`,
    summary: "",
    creatorName: "作者",
    campaignId: "cmp-2024-cq",
    publishedAt: new Date("2024-09-16T02:00:00Z"),
  });
  await media().$transaction(
    async (tx) => {
      await tx.work.createMany({
        data: made.map((w, i) => ({
          id: w.id,
          ...base(i),
          ownerOrgId: w.content.ownerOrgId,
          hashtags: w.content.hashtags,
          status: "PUBLISHED" as const,
        })),
      });
      await tx.workVersion.createMany({
        data: made.map((w, i) => ({
          id: `v-${w.id}`,
          workId: w.id,
          live: true,
          ...base(i),
          ownerOrgId: w.content.ownerOrgId,
          hashtags: w.content.hashtags,
          creatorKind: "PERSON" as const,
          licence: "CC_BY" as const,
          ownerPath: w.path.split("/").filter(Boolean),
          editionId: "cmp-2024",
          topics: [],
          fileAssetIds: [],
        })),
      });
      for (const w of made) await tx.work.update({ where: { id: w.id }, data: { liveVersionId: `v-${w.id}` } });
    },
    { timeout: 60_000 },
  );
  return { csv: `${lines.join("\r\n")}\r\n`, latest };
}

const importFile = (csv: string | Buffer, token: string | null, orgId = "org-cq", dryRun = false) =>
  graphql<{
    importWorkPostings: {
      accepted: boolean;
      postingCount: number;
      snapshotCount: number;
      rows: { row: number; ok: boolean; errors: string[] }[];
    };
  }>(
    platform.gatewayUrl,
    `mutation ($i: ImportWorkPostingsInput!) { importWorkPostings(input: $i) {
      accepted postingCount snapshotCount rows { row ok errors } } }`,
    {
      variables: {
        i: {
          orgId,
          campaignId: "cmp-2024-cq",
          format: "CSV",
          fileBase64: Buffer.from(csv).toString("base64"),
          dryRun,
        },
      },
      ...(token ? { token } : {}),
    },
  );

type Row = { key: string; views: number; likes: number };
type Reach = {
  total: { views: number; likes: number };
  byPlatform: Row[];
  byHashtag: Row[];
  byOrg: Row[];
  byDay: { day: string; views: number }[];
};
/** The reach the graph gives `token` (by default 重庆市科协's admin, who may see it by org). */
const reach = async (campaignId: string, orgId: string | null, token: string | null = editor) => {
  const result = await graphql<{ workReach: Reach }>(
    platform.gatewayUrl,
    `query ($c: ID!, $o: ID) { workReach(campaignId: $c, orgId: $o) {
      total { views likes } byPlatform { key views likes } byHashtag { key views likes } byOrg { key views likes }
      byDay { day views } } }`,
    { variables: { c: campaignId, o: orgId }, ...(token ? { token } : {}) },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.workReach as Reach;
};

/** Sums by a key, as the graph gives them (sorted by key for comparison). */
function sumBy(rows: Generated["latest"], key: (row: Generated["latest"][number]) => string) {
  const sums = new Map<string, { views: number; likes: number }>();
  for (const row of rows) {
    const k = key(row);
    const sum = sums.get(k) ?? { views: 0, likes: 0 };
    sums.set(k, { views: sum.views + row.views, likes: sum.likes + row.likes });
  }
  return [...sums.entries()].map(([k, v]) => ({ key: k, ...v })).sort((a, b) => a.key.localeCompare(b.key));
}
const byKey = (rows: Row[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));

let generated: Generated;

beforeAll(async () => {
  platform = await startPlatform();
  editor = await platform.signer.sign(
    {
      sub: "demo-organizer",
      name: "重庆市科协管理员",
      adm: false,
      mem: [{ org: "org-cq", roles: ["ORG_ADMIN", "EDITOR"] }],
    },
    600,
  );
  generated = await generate(1000);
});
afterAll(async () => {
  await platform?.close();
});

describe("postings and figures for 1,000 works, imported, sum per hashtag, platform and org subtree", () => {
  it("imports the file all at once and sums each posting's latest figures", async () => {
    const dry = await importFile(generated.csv, editor, "org-cq", true);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importWorkPostings.accepted).toBe(true);
    expect(await media().workMetricSnapshot.count()).toBe(0);

    const started = performance.now();
    const result = await importFile(generated.csv, editor);
    console.log(
      `import: ${generated.csv.split("\r\n").length - 2} rows in ${Math.round(performance.now() - started)} ms`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importWorkPostings).toMatchObject({ accepted: true, postingCount: generated.latest.length });

    const sums = await reach("cmp-2024-cq", "org-cq");
    const total = sumBy(generated.latest, () => "all")[0];
    expect(sums.total).toEqual({ views: total?.views, likes: total?.likes });
    expect(byKey(sums.byPlatform)).toEqual(sumBy(generated.latest, (r) => r.platform));
    const expectedTags = sumBy(generated.latest, (r) => r.tag);
    const allTag = { key: "#千万IP创科普#", views: total?.views ?? 0, likes: total?.likes ?? 0 };
    expect(byKey(sums.byHashtag)).toEqual(byKey([...expectedTags, allTag]));
    // Rolled up to 重庆市科协's children: each work counts under the child whose subtree holds it.
    const childOf = (path: string) => path.split("/").filter(Boolean)[2] ?? "org-cq";
    expect(byKey(sums.byOrg)).toEqual(sumBy(generated.latest, (r) => childOf(r.owner)));
    // Each row names what its key is: the org on byOrg rows, the platform on byPlatform rows, and
    // null (not an error for an org id that is a hashtag) elsewhere.
    const named = await graphql<{
      workReach: Record<
        "byPlatform" | "byHashtag" | "byOrg",
        { org: { id: string } | null; platform: { key: string } | null }[]
      >;
    }>(
      platform.gatewayUrl,
      `query ($c: ID!, $o: ID) { workReach(campaignId: $c, orgId: $o) {
        byPlatform { org { id } platform { key } } byHashtag { org { id } platform { key } } byOrg { org { id } platform { key } } } }`,
      { variables: { c: "cmp-2024-cq", o: "org-cq" }, token: editor },
    );
    expect(named.errors).toBeUndefined();
    const rows = named.data?.workReach;
    expect(rows?.byPlatform.every((row) => row.platform && !row.org)).toBe(true);
    expect(rows?.byHashtag.every((row) => !row.platform && !row.org)).toBe(true);
    expect(rows?.byOrg.every((row) => row.org && !row.platform)).toBe(true);
    // By day: each posting's latest figures known that day (the first day's until the 20th).
    const firstViews = generated.latest.reduce((sum, r) => sum + r.firstViews, 0);
    expect(sums.byDay).toEqual([
      { day: "2024-09-17", views: firstViews },
      { day: "2024-09-18", views: firstViews },
      { day: "2024-09-19", views: firstViews },
      { day: "2024-09-20", views: total?.views },
    ]);
    // The public and another unit see the totals of published works, not how each unit below does.
    const hunan = await platform.signer.sign(
      { sub: "demo-reviewer", name: "湖南编辑", adm: false, mem: [{ org: "org-hn", roles: ["EDITOR"] }] },
      600,
    );
    for (const outsider of [null, hunan]) {
      const seen = await reach("cmp-2024-cq", "org-cq", outsider);
      expect(seen.total).toEqual(sums.total);
      expect(seen.byOrg).toBeNull();
    }
    // The national edition includes 重庆's; one child's subtree is its own share.
    const national = await reach("cmp-2024", null);
    expect(national.total).toEqual(sums.total);
    expect(national.byOrg).toBeNull();
    const admin = await platform.signer.sign({ sub: "demo-admin", name: "平台管理员", adm: true, mem: [] }, 600);
    expect((await reach("cmp-2024", null, admin)).byOrg).toEqual([
      { key: "org-cq", ...sumBy(generated.latest, () => "org-cq")[0] },
    ]);
    const child = sums.byOrg.find((row) => row.key !== "org-cq");
    const ofChild = await reach("cmp-2024-cq", child?.key ?? "");
    expect(ofChild.total).toEqual({ views: child?.views, likes: child?.likes });

    // The same file again changes nothing (the same postings and days are replaced, not added).
    await importFile(generated.csv, editor);
    expect((await reach("cmp-2024-cq", "org-cq")).total).toEqual(sums.total);
  });

  it("refuses bad rows with their row and column, and writes nothing", async () => {
    const hunanWork = await media().work.findFirstOrThrow({ where: { campaignId: "cmp-2024-hn" } });
    const before = await media().workMetricSnapshot.count();
    const postings = await media().workPosting.count();
    const csv = [
      "作品编号,平台,链接,发布时间（北京时间）,统计日期,浏览量,点赞数,转发数,评论数",
      "reach-work-1,抖音,https://example.org/ok,2024-09-16 10:00,2024-09-17,10,1,1,1",
      "no-such-work,抖音,https://example.org/x,2024-09-16 10:00,2024-09-17,10,1,1,1",
      `${hunanWork.id},抖音,https://example.org/y,2024-09-16 10:00,2024-09-17,10,1,1,1`,
      "reach-work-2,抖音,https://example.org/z,2024-09-16 10:00,2024-09-17,-5,1,1,1",
      "reach-work-3,抖音,https://example.org/w,2024-09-16 10:00,2099-01-01,10,1,1,1",
      "reach-work-4,YouTube,https://example.org/v,2024-09-16 10:00,2024-09-17,10,1,1,1",
      "reach-work-5,抖音,http://example.org/u,2024-09-16 10:00,2024-09-17,10,1,1,1",
      "reach-work-1,抖音,https://example.org/ok,2024-09-16 10:00,2024-09-17,11,1,1,1",
    ].join("\n");
    const result = await importFile(csv, editor);
    expect(result.errors).toBeUndefined();
    const report = result.data?.importWorkPostings;
    expect(report?.accepted).toBe(false);
    const errorsOf = (row: number) => report?.rows.find((r) => r.row === row)?.errors.join(" ") ?? "";
    expect(report?.rows.find((r) => r.row === 2)?.ok).toBe(true);
    expect(errorsOf(3)).toMatch(/第3行：作品编号 no-such-work 不存在/);
    expect(errorsOf(4)).toMatch(/不属于本单位或下级单位/);
    expect(errorsOf(5)).toMatch(/第5行「浏览量」须为 0 到/);
    expect(errorsOf(6)).toMatch(/「统计日期」不能晚于今天/);
    expect(errorsOf(7)).toMatch(/未知的发布平台“YouTube”/);
    expect(errorsOf(8)).toMatch(/「链接」须为 https 链接/);
    expect(errorsOf(9)).toMatch(/与第2行重复/);
    expect(await media().workMetricSnapshot.count()).toBe(before);
    expect(await media().workPosting.count()).toBe(postings);

    // Bytes that are neither UTF-8 nor GBK: named by row and column.
    const broken = Buffer.concat([
      Buffer.from("作品编号,平台,链接,发布时间（北京时间）,统计日期,浏览量,点赞数,转发数,评论数\nreach-work-1,"),
      Buffer.from([0xe6, 0x8a, 0x96, 0xff]),
      Buffer.from(",https://example.org/a,2024-09-16 10:00,2024-09-17,1,1,1,1\n"),
    ]);
    const unreadable = await importFile(broken, editor);
    expect(unreadable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unreadable.errors?.[0]?.message).toMatch(/第2行「平台」列/);
  });

  it("lets only the unit's editors import and record figures", async () => {
    const line =
      "作品编号,平台,链接,发布时间（北京时间）,统计日期,浏览量,点赞数,转发数,评论数\nreach-work-1,抖音,https://example.org/r,2024-09-16 10:00,2024-09-17,1,1,1,1";
    expect((await importFile(line, null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const hunan = await platform.signer.sign(
      { sub: "demo-reviewer", name: "湖南编辑", adm: false, mem: [{ org: "org-hn", roles: ["EDITOR"] }] },
      600,
    );
    expect((await importFile(line, hunan)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // 湖南's editor importing as 湖南: the row's work is 重庆's.
    const asHunan = await importFile(line, hunan, "org-hn");
    expect(asHunan.data?.importWorkPostings.rows[0]?.errors.join()).toMatch(/不属于本单位或下级单位/);

    const posting = await media().workPosting.findFirstOrThrow({ where: { workId: "reach-work-7" } });
    // An editor of 重庆市科协 alone acts for its own unit, not for the unit below that owns this work.
    const cqEditor = await platform.signer.sign(
      { sub: "demo-organizer", name: "重庆编辑", adm: false, mem: [{ org: "org-cq", roles: ["EDITOR"] }] },
      600,
    );
    const record = (token: string | null, takenOn: string, views: number) =>
      graphql<{ recordWorkMetrics: { views: number } }>(
        platform.gatewayUrl,
        `mutation ($i: RecordWorkMetricsInput!) { recordWorkMetrics(input: $i) { views } }`,
        {
          variables: { i: { postingId: posting.id, takenOn, views, likes: 1, shares: 1, comments: 1 } },
          ...(token ? { token } : {}),
        },
      );
    expect((await record(hunan, "2024-09-18", 5)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await record(cqEditor, "2024-09-18", 5)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await record(null, "2024-09-18", 5)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await record(editor, "2024-09-18", -1)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await record(editor, "2024-09-15", 5)).errors?.[0]?.message).toMatch(/不能早于发布日期/);
    expect((await record(editor, "2024-09-18", 5)).data?.recordWorkMetrics.views).toBe(5);
    expect((await record(editor, "2024-09-18", 7)).data?.recordWorkMetrics.views).toBe(7);
    expect(
      await media().workMetricSnapshot.count({ where: { postingId: posting.id, takenOn: new Date("2024-09-18") } }),
    ).toBe(1);
  });
});

describe("figures entered by hand at once", () => {
  it("leaves one snapshot when eight editors enter the same posting and day together", async () => {
    const posting = await media().workPosting.findFirstOrThrow({ where: { workId: "reach-work-11" } });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graphql<{ recordWorkMetrics: { views: number } }>(
          platform.gatewayUrl,
          `mutation ($i: RecordWorkMetricsInput!) { recordWorkMetrics(input: $i) { views } }`,
          {
            variables: {
              i: { postingId: posting.id, takenOn: "2024-09-21", views: 100 + i, likes: 1, shares: 1, comments: 1 },
            },
            token: editor,
          },
        ),
      ),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const stored = await media().workMetricSnapshot.findMany({
      where: { postingId: posting.id, takenOn: new Date("2024-09-21") },
    });
    expect(stored).toHaveLength(1);
    expect(results.map((result) => result.data?.recordWorkMetrics.views)).toContain(stored[0]?.views);
  });
});
