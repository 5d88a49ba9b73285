import { openDatabase } from "@kepu/db";
import { demoActivityInput, type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, signIn, testDatabases } from "@kepu/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Issue 7 §5 and §6 through the gateway: one time rule (@kepu/time, the DateTime and Date scalars
 * of @kepu/subgraph, UTC database sessions in @kepu/db) and one text rule (@kepu/text).
 */
let platform: RunningPlatform;
let organizer: string;

beforeAll(async () => {
  platform = await startPlatform();
  // ORG_ADMIN and EDITOR of 重庆市科协 (org-cq).
  organizer = await signIn(platform.gatewayUrl, "organizer@kepu.example", "kepu-demo-2024");
});
afterAll(async () => {
  await platform?.close();
});

type Errors = { message: string; extensions?: { code?: string } }[] | undefined;
const codes = (errors: Errors) => (errors ?? []).map((e) => e.extensions?.code);

let workId = "";

/** Records a posting of one work (created once) at `postedAt`: a DateTime input of the graph. */
async function addPosting(postedAt: string) {
  if (!workId) {
    const created = await graphql<{ createWork: { id: string } }>(
      platform.gatewayUrl,
      "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
      {
        variables: {
          i: {
            ownerOrgId: "org-cq",
            campaignId: "cmp-2024-cq",
            content: {
              kind: "ARTICLE",
              title: "山城桥梁里的力学",
              summary: "",
              creator: { kind: "PERSON", displayName: "重庆市科协" },
              topics: [],
              hashtags: [],
              licence: "CC_BY",
              fileAssetIds: [],
            },
          },
        },
        token: organizer,
      },
    );
    workId = created.data?.createWork.id ?? "";
  }
  return graphql<{ addWorkPosting: { id: string; postedAt: string } }>(
    platform.gatewayUrl,
    "mutation ($i: AddWorkPostingInput!) { addWorkPosting(input: $i) { id postedAt } }",
    {
      variables: {
        i: { workId, platform: "DOUYIN", url: `https://example.org/${Math.random().toString(36).slice(2)}`, postedAt },
      },
      token: organizer,
    },
  );
}

const countPostings = () => platform.services.media.prisma.workPosting.count();

describe("time: one rule, Asia/Shanghai", () => {
  it("refuses addWorkPosting(postedAt: 2024-09-15T09:00:00) without an offset, and stores +08:00 as 01:00Z", async () => {
    await addPosting("2024-09-15T08:00:00+08:00");
    const before = await countPostings();
    const offsetless = await addPosting("2024-09-15T09:00:00");
    expect(codes(offsetless.errors)).toEqual(["BAD_USER_INPUT"]);
    expect(offsetless.errors?.[0]?.message).toMatch(/时间必须带时区，例如 2024-09-15T09:00:00\+08:00/);

    const american = await addPosting("Sep 15 2024");
    expect(codes(american.errors)).toEqual(["BAD_USER_INPUT"]);
    expect(american.errors?.[0]?.message).toMatch(/时间格式不正确/);
    expect(await countPostings()).toBe(before);

    const beijing = await addPosting("2024-09-15T09:00:00+08:00");
    expect(beijing.errors).toBeUndefined();
    expect(beijing.data?.addWorkPosting.postedAt).toBe("2024-09-15T01:00:00.000Z");
    const read = await graphql<{ work: { postings: { id: string; postedAt: string }[] } }>(
      platform.gatewayUrl,
      "query ($id: ID!) { work(id: $id) { postings { id postedAt } } }",
      { variables: { id: workId }, token: organizer },
    );
    const stored = read.data?.work.postings.find((p) => p.id === beijing.data?.addWorkPosting.id);
    expect(stored?.postedAt).toBe("2024-09-15T01:00:00.000Z");
    expect(await countPostings()).toBe(before + 1);
  });

  it("refuses an activity whose start has no offset, written inline in the query as well", async () => {
    const result = await graphql(
      platform.gatewayUrl,
      `mutation { createActivity(input: {
        campaignId: "cmp-2024-cq", hostOrgId: "org-cq", title: "科学之夜", summary: "观星",
        categoryId: "cat-cmp-2024-exhibitions", forms: [SCIENCE_NIGHT], mode: OFFLINE,
        startsAt: "2030-09-20T18:00:00", endsAt: "2030-09-20T21:00:00+08:00" }) { id } }`,
      { token: organizer },
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/时间必须带时区/);
  });

  it("judges a summary deadline by its Shanghai day, and clears it with null", async () => {
    const admin = await signIn(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
    const update = (input: Record<string, unknown>) =>
      graphql<{ updateCampaign: { startsOn: string; endsOn: string; summaryDeadline: string | null } }>(
        platform.gatewayUrl,
        'mutation ($input: UpdateCampaignInput!) { updateCampaign(id: "cmp-2024-cq", input: $input) { startsOn endsOn summaryDeadline } }',
        { variables: { input }, token: admin },
      );
    // 07:00 on the first day in Beijing is 23:00 UTC the day before: still on the first day.
    const early = await update({
      startsOn: "2024-09-15",
      endsOn: "2024-09-30",
      summaryDeadline: "2024-09-15T07:00:00+08:00",
    });
    expect(early.errors).toBeUndefined();
    expect(early.data?.updateCampaign).toEqual({
      startsOn: "2024-09-15",
      endsOn: "2024-09-30",
      summaryDeadline: "2024-09-14T23:00:00.000Z",
    });
    const before = await update({ summaryDeadline: "2024-09-14T23:59:59+08:00" });
    expect(codes(before.errors)).toEqual(["BAD_USER_INPUT"]);
    expect(before.errors?.[0]?.message).toMatch(/总结截止时间不能早于活动开始/);

    const badDay = await update({ startsOn: "2024-9-15" });
    expect(codes(badDay.errors)).toEqual(["BAD_USER_INPUT"]);
    expect((await update({ startsOn: "2023-02-29" })).errors?.[0]?.message).toMatch(/不存在/);

    const cleared = await update({ summaryDeadline: null });
    expect(cleared.data?.updateCampaign.summaryDeadline).toBeNull();
  });

  it("reads instants right when the PostgreSQL database's own zone is Asia/Shanghai", async () => {
    const databases = testDatabases();
    // On PGlite the same is proved in packages/db (adapter.test.ts): here the real server's turn.
    if (databases.kind !== "postgresql") return;
    const location = await databases.locationFor("tz");
    try {
      const admin = new pg.Client({ connectionString: location.databaseUrl });
      await admin.connect();
      const name = new URL(location.databaseUrl ?? "").pathname.slice(1);
      await admin.query(`ALTER DATABASE "${name}" SET timezone TO 'Asia/Shanghai'`);
      await admin.end();
      const plain = new pg.Client({ connectionString: location.databaseUrl });
      await plain.connect();
      expect((await plain.query("SHOW timezone")).rows).toEqual([{ TimeZone: "Asia/Shanghai" }]);
      await plain.end();

      const db = openDatabase(location);
      await db.session((sql) =>
        sql.script(`CREATE TABLE "T" (at timestamptz(3)); INSERT INTO "T" VALUES ('2024-09-15T09:00:00+08:00')`),
      );
      const adapter = await db.adapter.connect();
      expect((await adapter.queryRaw({ sql: "SHOW timezone", args: [], argTypes: [] })).rows).toEqual([["UTC"]]);
      // The adapter labels the session's wall-clock time "+00:00" whatever the zone: under the
      // database's Shanghai zone this was "2024-09-15T09:00:00+00:00", eight hours off.
      expect((await adapter.queryRaw({ sql: `SELECT at FROM "T"`, args: [], argTypes: [] })).rows).toEqual([
        ["2024-09-15T01:00:00+00:00"],
      ]);
      await adapter.dispose();
      await db.close();
    } finally {
      await databases.dropAll();
    }
  });
});

describe("text: one normalizer", () => {
  const createOrg = (name: string, token = organizer) =>
    graphql<{ createOrg: { id: string; name: string } }>(
      platform.gatewayUrl,
      "mutation ($input: CreateOrgInput!) { createOrg(input: $input) { id name } }",
      { variables: { input: { parentId: "org-cq", name, kind: "BASE", level: "GRASSROOTS" } }, token },
    );
  const childrenNamed = async (prefix: string) => {
    const result = await graphql<{ orgs: { edges: { node: { name: string } }[] } }>(
      platform.gatewayUrl,
      'query ($s: String!) { orgs(under: "org-cq", search: $s, first: 100) { edges { node { name } } } }',
      { variables: { s: prefix }, token: organizer },
    );
    return result.data?.orgs.edges.map((edge) => edge.node.name) ?? [];
  };

  it("refuses createOrg「沙箱同名测试站(一)」beside「沙箱同名测试站（一）」, and with zero-width, doubled spaces or full-width Latin", async () => {
    const first = await createOrg("沙箱同名测试站（一）");
    expect(first.errors).toBeUndefined();
    // Stored in the one form: NFKC makes the full-width brackets ASCII.
    expect(first.data?.createOrg.name).toBe("沙箱同名测试站(一)");
    for (const twin of [
      "沙箱同名测试站(一)",
      "沙箱同名\u200B测试站（一）",
      " 沙箱同名测试站（一）\uFEFF",
      "沙箱同名测试站\u00AD(一)",
    ]) {
      const result = await createOrg(twin);
      expect(codes(result.errors), JSON.stringify(twin)).toEqual(["CONFLICT"]);
    }
    expect(await createOrg("ＫＥＰＵ  科普  基地")).toMatchObject({ data: { createOrg: { name: "KEPU 科普 基地" } } });
    for (const twin of ["KEPU 科普 基地", "ＫＥＰＵ　科普　基地", "KEPU\u3000\u3000科普 基地"]) {
      expect(codes((await createOrg(twin)).errors), twin).toEqual(["CONFLICT"]);
    }
    // A search typed either way finds the one stored name.
    expect(await childrenNamed("沙箱同名测试站（一）")).toEqual(["沙箱同名测试站(一)"]);
    expect(await childrenNamed("ｋｅｐｕ  科普")).toEqual([]);
    expect(await childrenNamed("KEPU 科普")).toEqual(["KEPU 科普 基地"]);
  });

  it("lets only one of two concurrent twins in (the unique index sees the normalized name)", async () => {
    const results = await Promise.all([createOrg("并发同名站（二）"), createOrg("并发同名站(二)")]);
    expect(results.filter((result) => result.data?.createOrg).length).toBe(1);
    expect(results.flatMap((result) => codes(result.errors))).toEqual(["CONFLICT"]);
  });

  it("refuses renaming a unit into its sibling's name written another way", async () => {
    const created = await createOrg("沙箱改名测试站");
    const result = await graphql(
      platform.gatewayUrl,
      'mutation ($id: ID!) { updateOrg(id: $id, input: { name: "沙箱同名测试站（一）" }) { id } }',
      { variables: { id: created.data?.createOrg.id }, token: organizer },
    );
    expect(codes(result.errors)).toEqual(["CONFLICT"]);
  });

  it("refuses the same twins in an import, whichever way they are written", async () => {
    const file = [
      "名称,类型,层级",
      "沙箱同名测试站(一),科普基地,基层",
      "沙箱同名\u200B测试站（一）,科普基地,基层",
      "ＫＥＰＵ　科普　基地,科普基地,基层",
      "导入新站,科普基地,基层",
      "导入新站\u200B,科普基地,基层",
    ].join("\r\n");
    const result = await graphql<{ importOrgs: { accepted: boolean; rows: { row: number; errors: string[] }[] } }>(
      platform.gatewayUrl,
      "mutation ($input: ImportOrgsInput!) { importOrgs(input: $input) { accepted rows { row errors } } }",
      {
        variables: { input: { parentId: "org-cq", format: "CSV", fileBase64: Buffer.from(file).toString("base64") } },
        token: organizer,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importOrgs.accepted).toBe(false);
    const errors = Object.fromEntries(result.data?.importOrgs.rows.map((row) => [row.row, row.errors.join("")]) ?? []);
    expect(errors[2]).toMatch(/已有同名单位「沙箱同名测试站\(一\)」/);
    expect(errors[3]).toMatch(/已有同名单位|与第2行重复/);
    expect(errors[4]).toMatch(/已有同名单位「KEPU 科普 基地」/);
    expect(errors[6]).toMatch(/与第5行重复/);
  });

  it("refuses names and titles made only of blank-looking characters (Hangul fillers, braille blank, variation selectors)", async () => {
    const blanks = [
      "\u3164",
      "\u2800\u2800",
      "\u115F\u1160",
      "\uFFA0 \u3164",
      "\uFE0F",
      " \uFE00\u{E0100}\u{E01EF} ",
      "\u3000\u3164\u2800\uFE0F\u00A0",
    ];
    for (const name of blanks) {
      const result = await createOrg(name);
      expect(codes(result.errors), JSON.stringify(name)).toEqual(["BAD_USER_INPUT"]);
      const activity = await graphql(
        platform.gatewayUrl,
        "mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }",
        {
          variables: { i: demoActivityInput({ campaignId: "cmp-2024-cq", hostOrgId: "org-cq", title: name }) },
          token: organizer,
        },
      );
      expect(codes(activity.errors), JSON.stringify(name)).toEqual(["BAD_USER_INPUT"]);
      expect(activity.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await platform.services.organizations.prisma.org.count({ where: { name: { in: blanks } } })).toBe(0);
    // The fillers inside a real name are dropped, so it compares equal to the name without them.
    expect(await createOrg("填充\u3164字符站\uFE0F")).toMatchObject({ data: { createOrg: { name: "填充字符站" } } });
  });

  it("trims, NFKC-normalizes and lower-cases the sign-in e-mail before validating it", async () => {
    for (const email of [
      " organizer@kepu.example ",
      "Organizer@Kepu.Example",
      "ｏｒｇａｎｉｚｅｒ＠ｋｅｐｕ．ｅｘａｍｐｌｅ",
    ]) {
      expect(await signIn(platform.gatewayUrl, email, "kepu-demo-2024"), email).toMatch(/\./);
    }
  });
});
