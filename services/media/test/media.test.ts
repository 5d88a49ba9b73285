import { createTokenSigner, generateSigningKeys, type Role } from "@kepu/auth";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";

let service: RunningService;
let signer: TestTokenSigner;
const activityIds = Array.from({ length: 50 }, (_, i) => `act-fixture-${i}`);

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        directory: staticOrgDirectory(
          [
            "/org-cast/",
            "/org-cast/org-cq/",
            "/org-cast/org-cq/org-cq-yuzhong/",
            "/org-cast/org-hn/",
            "/org-cast/org-fixture/",
          ],
          {},
          {
            campaigns: {
              "cmp-2024": { hashtags: ["#千万IP创科普#"] },
              "cmp-2024-cq": { editionId: "cmp-2024", regionOrgId: "org-cq", hashtags: ["#千万IP创科普#"] },
            },
            activities: {
              "act-hn": { hostOrgId: "org-hn", campaignId: "cmp-2024-cq" },
              "act-cq": { hostOrgId: "org-cq-yuzhong", campaignId: "cmp-2024-cq" },
            },
          },
        ),
      }),
    seed,
  ));
  // One approved work (with its live version) and one submitted work for each of 50 activities.
  const now = Date.now();
  for (const [i, activityId] of activityIds.entries()) {
    const content = {
      activityId,
      kind: "ARTICLE" as const,
      creatorName: "作者",
      summary: "简介",
      ownerOrgId: "org-fixture",
      campaignId: "cmp-2024",
    };
    const publishedAt = new Date(now - i * 60_000);
    await service.prisma.work.create({
      data: { id: `w-${i}-p`, title: `待审${i}`, ...content, status: "SUBMITTED" },
    });
    await service.prisma.work.create({
      data: { id: `w-${i}-a`, title: `作品${i}`, ...content, status: "PUBLISHED", publishedAt },
    });
    await service.prisma.workVersion.create({
      data: {
        id: `v-w-${i}-a`,
        workId: `w-${i}-a`,
        live: true,
        title: `作品${i}`,
        ...content,
        creatorKind: "PERSON",
        licence: "CC_BY",
        ownerPath: ["org-cast", "org-fixture"],
        editionId: "cmp-2024",
        topics: [],
        hashtags: ["#千万IP创科普#"],
        fileAssetIds: [],
        publishedAt,
      },
    });
    await service.prisma.work.update({ where: { id: `w-${i}-a` }, data: { liveVersionId: `v-w-${i}-a` } });
  }
});
afterAll(async () => {
  await service?.close();
});

const tokenFor = (memberships: { org: string; roles: Role[] }[], adm = false) =>
  signer.sign({ sub: "u-test", name: "测试用户", adm, mem: memberships }, 60);

const worksOf = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id works { id status } } } }`;
type Entities = { _entities: { id: string; works: { id: string; status: string }[] }[] };

const create = `mutation ($input: CreateWorkInput!) { createWork(input: $input) { id status title hashtags } }`;
const articleBody =
  "<p>重庆的桥梁跨越长江与嘉陵江，拱桥、斜拉桥和悬索桥各有各的受力方式。本文用生活中的例子讲清楚拉力、压力和弯矩，带你看懂山城桥梁里的力学。</p>";
const content = {
  kind: "ARTICLE",
  title: "山城桥梁里的力学",
  summary: "用生活中的例子讲清楚桥梁的受力。",
  body: articleBody,
  creator: { kind: "PERSON", displayName: "桥梁工程师老周", role: "RESEARCHER" },
  topics: ["新材料"],
  hashtags: ["桥梁科普"],
  licence: "CC_BY_NC",
  fileAssetIds: [],
};
const goodInput = { ownerOrgId: "org-cq", campaignId: "cmp-2024-cq", content };

const editorCq = () => tokenFor([{ org: "org-cq", roles: ["EDITOR"] }]);
const adminAbove = () => tokenFor([{ org: "org-cast", roles: ["ORG_ADMIN"] }]);

async function createWork(input: unknown = goodInput, token?: string) {
  const result = await graphql<{ createWork: { id: string; status: string; title: string; hashtags: string[] } }>(
    service.url,
    create,
    { variables: { input }, token: token ?? (await editorCq()) },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.createWork ?? { id: "", status: "", title: "", hashtags: [] };
}

async function step(name: string, id: string, token: string, note?: string) {
  const args = note === undefined ? "(id: $id)" : "(id: $id, note: $note)";
  const vars = note === undefined ? "$id: ID!" : "$id: ID!, $note: String!";
  return graphql<Record<string, { status: string }>>(service.url, `mutation (${vars}) { ${name}${args} { status } }`, {
    variables: { id, ...(note === undefined ? {} : { note }) },
    token,
  });
}

const publicWork = (id: string) =>
  graphql<{ work: { title: string; status: string; hasPendingChanges: boolean; history: unknown[] } | null }>(
    service.url,
    `query ($id: ID!) { work(id: $id) { title status hasPendingChanges history { action } } }`,
    { variables: { id } },
  );

describe("media subgraph: works", () => {
  it("loads works of many activities in one SQL statement, whatever their number", async () => {
    const count = async (n: number) => {
      const before = service.statementCount();
      const result = await graphql<Entities>(service.url, worksOf, {
        variables: { r: activityIds.slice(0, n).map((id) => ({ __typename: "Activity", id })) },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(n);
      return service.statementCount() - before;
    };
    expect(await count(5)).toBe(1);
    expect(await count(50)).toBe(1);
  });

  it("never shows a work to the public before it is approved, and lists all of them to its unit", async () => {
    const r = [{ __typename: "Activity", id: "act-fixture-3" }];
    const asPublic = await graphql<Entities>(service.url, worksOf, { variables: { r } });
    expect(asPublic.data?._entities[0]?.works).toEqual([{ id: "w-3-a", status: "PUBLISHED" }]);
    const forged = await graphql<Entities>(service.url, worksOf, {
      variables: { r },
      headers: { "x-user-id": "demo-admin" },
    });
    expect(forged.data).toEqual(asPublic.data);
    const pendingOne = await graphql<{ work: unknown; _entities: unknown[] }>(
      service.url,
      `{ work(id: "w-3-p") { id } _entities(representations: [{ __typename: "Work", id: "w-3-p" }, { __typename: "Work", id: "w-3-a" }]) { ... on Work { id } } }`,
    );
    expect(pendingOne.data).toEqual({ work: null, _entities: [null, { id: "w-3-a" }] });
    const mine = await graphql<{ myWorks: { edges: { node: { status: string } }[] } }>(
      service.url,
      `{ myWorks(orgId: "org-fixture", first: 100) { edges { node { status } } } }`,
      { token: await tokenFor([{ org: "org-fixture", roles: ["EDITOR"] }]) },
    );
    expect(mine.data?.myWorks.edges.filter((e) => e.node.status === "SUBMITTED")).toHaveLength(50);
    const stranger = await graphql(service.url, `{ myWorks(orgId: "org-fixture", first: 5) { edges { cursor } } }`, {
      token: await editorCq(),
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("pages the public feed with cursors, newest first, and refuses a forged cursor", async () => {
    const page = `query ($after: String) { works(first: 20, after: $after, filter: { orgId: "org-fixture" }) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { works: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const result: Awaited<ReturnType<typeof graphql<Page>>> = await graphql<Page>(service.url, page, {
        variables: { after },
      });
      ids.push(...(result.data?.works.edges.map((e) => e.node.id) ?? []));
      if (!result.data?.works.pageInfo.hasNextPage) break;
      after = result.data.works.pageInfo.endCursor;
    }
    expect(ids).toEqual(activityIds.map((_, i) => `w-${i}-a`));
    const forged = await graphql(service.url, page, { variables: { after: "bm90LWEtY3Vyc29y" } });
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("creates a draft for the editor's own unit only, with the campaign's hashtag added", async () => {
    const other = await graphql(service.url, create, {
      variables: { input: goodInput },
      token: await tokenFor([{ org: "org-hn", roles: ["ORG_ADMIN", "EDITOR"] }]),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await graphql(service.url, create, { variables: { input: goodInput } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const mine = await createWork();
    expect(mine.status).toBe("DRAFT");
    expect(mine.hashtags).toEqual(["#千万IP创科普#", "#桥梁科普#"]);
    expect((await publicWork(mine.id)).data?.work).toBeNull();
  });

  it("refuses what a work names unless it is the owner's, and bad content, writing nothing", async () => {
    const token = await editorCq();
    const hunan = await tokenFor([{ org: "org-hn", roles: ["EDITOR"] }]);
    const before = await service.prisma.work.count();
    const events = await service.prisma.workEvent.count();
    const withContent = (change: Record<string, unknown>) => ({ ...goodInput, content: { ...content, ...change } });
    const cases = [
      [{ ...goodInput, campaignId: "cmp-nowhere" }, token, /活动届次不存在/],
      [{ ...goodInput, ownerOrgId: "org-hn" }, hunan, /不在该地方科普日的地区范围内/],
      [withContent({ activityId: "act-nowhere" }), token, /活动不存在或尚未发布/],
      [withContent({ activityId: "act-hn" }), token, /本单位或下级单位主办的活动/],
      [withContent({ topics: ["星座运势"] }), token, /未知的主题/],
      [withContent({ hashtags: Array.from({ length: 10 }, (_, i) => `话题${i}`) }), token, /话题标签最多10个/],
      [withContent({ hashtags: ["#a#b#"] }), token, /话题标签须为/],
      [withContent({ title: "x" }), token, /标题至少2个字/],
      [withContent({ creator: { kind: "ORG", displayName: "湖南", orgId: "org-hn" } }), token, /创作单位须为/],
      [withContent({ coverAssetId: "asset-nowhere" }), token, /文件不存在/],
      [withContent({ kind: "SHORT_VIDEO", fileAssetIds: ["a", "b"] }), token, /最多1个文件/],
    ] as const;
    for (const [input, viewer, message] of cases) {
      const result = await graphql(service.url, create, { variables: { input }, token: viewer });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await service.prisma.work.count()).toBe(before);
    expect(await service.prisma.workEvent.count()).toBe(events);
  });

  it("accepts an activity of a unit below the owner and a creating unit below it", async () => {
    const work = await createWork({
      ...goodInput,
      content: {
        ...content,
        activityId: "act-cq",
        creator: { kind: "ORG", displayName: "渝中区科协", orgId: "org-cq-yuzhong" },
      },
    });
    expect(work.status).toBe("DRAFT");
  });

  it("sanitizes an article's body: no script, no event handler, no javascript: link", async () => {
    const work = await createWork({
      ...goodInput,
      content: {
        ...content,
        body: `${articleBody}<script>alert(1)</script><svg onload="alert(1)"></svg><p onclick="x()">点我</p><a href="javascript:alert(1)">链接</a>`,
      },
    });
    const stored = await service.prisma.work.findUniqueOrThrow({ where: { id: work.id } });
    expect(stored.body).not.toMatch(/script|svg|onload|onclick|javascript:/);
    expect(stored.body).toContain("<p>点我</p>");
  });

  it("approves or rejects: only the level above the owner, only once, with a note to reject", async () => {
    const editor = await editorCq();
    const ownAdmin = await tokenFor([{ org: "org-cq", roles: ["ORG_ADMIN"] }]);
    const admin = await adminAbove();
    const { id } = await createWork();
    expect((await step("approveWork", id, admin)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await step("submitWork", id, editor)).data?.submitWork?.status).toBe("SUBMITTED");
    expect((await step("approveWork", id, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await step("approveWork", id, ownAdmin)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await step("rejectWork", id, admin, " ")).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const [first, second] = await Promise.all([
      step("approveWork", id, admin),
      step("rejectWork", id, admin, "不准确"),
    ]);
    expect([first.errors?.[0]?.extensions?.code, second.errors?.[0]?.extensions?.code].sort()).toEqual([
      "CONFLICT",
      undefined,
    ]);
    const other = await createWork();
    await step("submitWork", other.id, editor);
    const rejected = await graphql<{ rejectWork: { status: string; reviewNote: string } }>(
      service.url,
      'mutation ($id: ID!) { rejectWork(id: $id, note: " 含未经核实的健康说法 ") { status reviewNote } }',
      { variables: { id: other.id }, token: admin },
    );
    expect(rejected.data?.rejectWork).toEqual({ status: "REJECTED", reviewNote: "含未经核实的健康说法" });
  });

  it("keeps the approved version public while an edit is reviewed (the 10:00 approval, 10:05 swap)", async () => {
    const editor = await editorCq();
    const admin = await adminAbove();
    const { id } = await createWork();
    await step("submitWork", id, editor);
    await step("approveWork", id, admin);
    expect((await publicWork(id)).data?.work).toMatchObject({ title: "山城桥梁里的力学", status: "PUBLISHED" });

    const swapped = await graphql<{ updateWork: { status: string; title: string; hasPendingChanges: boolean } }>(
      service.url,
      `mutation ($id: ID!, $c: WorkContentInput!) { updateWork(id: $id, content: $c) { status title hasPendingChanges } }`,
      { variables: { id, c: { ...content, title: "换过的标题" } }, token: editor },
    );
    expect(swapped.data?.updateWork).toEqual({ status: "SUBMITTED", title: "换过的标题", hasPendingChanges: true });
    // The public, the feed and the activity keep the approved version.
    expect((await publicWork(id)).data?.work).toEqual({
      title: "山城桥梁里的力学",
      status: "PUBLISHED",
      hasPendingChanges: false,
      history: [],
    });
    const feed = await graphql<{ works: { edges: { node: { id: string; title: string } }[] } }>(
      service.url,
      `{ works(first: 100, filter: { hashtag: "桥梁科普" }) { edges { node { id title } } } }`,
    );
    expect(feed.data?.works.edges.find((e) => e.node.id === id)?.node.title).toBe("山城桥梁里的力学");
    // Rejecting the edit keeps the approved version public; approving the next one replaces it.
    await step("rejectWork", id, admin, "标题与内容不符");
    expect((await publicWork(id)).data?.work?.title).toBe("山城桥梁里的力学");
    await graphql(
      service.url,
      `mutation ($id: ID!, $c: WorkContentInput!) { updateWork(id: $id, content: $c) { id } }`,
      {
        variables: { id, c: { ...content, title: "山城桥梁里的力学(修订)" } },
        token: editor,
      },
    );
    await step("submitWork", id, editor);
    await step("approveWork", id, admin);
    expect((await publicWork(id)).data?.work?.title).toBe("山城桥梁里的力学(修订)");
    const history = await graphql<{ work: { history: { action: string; actorName: string; note: string | null }[] } }>(
      service.url,
      `query ($id: ID!) { work(id: $id) { history { action actorName note } } }`,
      { variables: { id }, token: editor },
    );
    expect(history.data?.work.history.map((e) => e.action)).toEqual([
      "CREATED",
      "SUBMITTED",
      "APPROVED",
      "EDITED",
      "REJECTED",
      "EDITED",
      "SUBMITTED",
      "APPROVED",
    ]);
    expect(history.data?.work.history[4]).toEqual({
      action: "REJECTED",
      actorName: "测试用户",
      note: "标题与内容不符",
    });
  });

  it("takes an approved work down: out of the feed and the page at once, by those who approve only", async () => {
    const editor = await editorCq();
    const admin = await adminAbove();
    const { id } = await createWork();
    await step("submitWork", id, editor);
    await step("approveWork", id, admin);
    expect((await step("takeDownWork", id, editor, "自行下架")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await step("takeDownWork", id, admin, "存在科学性错误")).data?.takeDownWork?.status).toBe("REJECTED");
    expect((await publicWork(id)).data?.work).toBeNull();
    const feed = await graphql<{ works: { edges: { node: { id: string } }[] } }>(
      service.url,
      `{ works(first: 100, filter: { campaignId: "cmp-2024" }) { edges { node { id } } } }`,
    );
    expect(feed.data?.works.edges.some((e) => e.node.id === id)).toBe(false);
    expect((await step("takeDownWork", id, admin, "再次下架")).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("filters the feed: a national edition includes regional ones; an org includes its subtree; by platform", async () => {
    const editor = await tokenFor([{ org: "org-cq-yuzhong", roles: ["EDITOR"] }]);
    const admin = await adminAbove();
    const { id } = await createWork(
      {
        ...goodInput,
        ownerOrgId: "org-cq-yuzhong",
        content: { ...content, topics: ["防灾避险"], hashtags: ["渝中科普"] },
      },
      editor,
    );
    await step("submitWork", id, editor);
    await step("approveWork", id, admin);
    const posted = await graphql<{ addWorkPosting: { platform: { nameZh: string } } }>(
      service.url,
      `mutation ($i: AddWorkPostingInput!) { addWorkPosting(input: $i) { platform { nameZh } } }`,
      {
        variables: {
          i: {
            workId: id,
            platform: "DOUYIN",
            url: "https://www.douyin.com/video/1",
            postedAt: "2024-09-20T10:00:00+08:00",
          },
        },
        token: editor,
      },
    );
    expect(posted.data?.addWorkPosting.platform.nameZh).toBe("抖音");
    const feedIds = async (filter: Record<string, string>) => {
      const result = await graphql<{ works: { edges: { node: { id: string } }[] } }>(
        service.url,
        "query ($f: WorkFilter) { works(first: 100, filter: $f) { edges { node { id } } } }",
        { variables: { f: filter } },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.works.edges.map((e) => e.node.id) ?? [];
    };
    expect(await feedIds({ campaignId: "cmp-2024" })).toContain(id);
    expect(await feedIds({ campaignId: "cmp-2024-cq" })).toContain(id);
    expect(await feedIds({ orgId: "org-cq" })).toContain(id);
    expect(await feedIds({ orgId: "org-hn" })).not.toContain(id);
    expect(await feedIds({ hashtag: "#渝中科普#" })).toEqual([id]);
    // Demo works are there too: compare with what the database says.
    const withTopic = await service.prisma.workVersion.findMany({ where: { live: true, topics: { has: "防灾避险" } } });
    expect((await feedIds({ topic: "防灾避险" })).sort()).toEqual(withTopic.map((v) => v.workId).sort());
    expect(await feedIds({ topic: "防灾避险" })).toContain(id);
    expect(await feedIds({ platform: "DOUYIN" })).toContain(id);
    expect(await feedIds({ platform: "BILIBILI" })).not.toContain(id);
    expect((await feedIds({ platform: "BILIBILI" })).sort()).toEqual(["work-rumor-live", "work-sz-ai-expo"]);
  });

  it("records postings for its own unit's works only: https, a known platform, once per URL", async () => {
    const { id } = await createWork();
    const add = (i: Record<string, string>, token?: string) =>
      graphql(service.url, `mutation ($i: AddWorkPostingInput!) { addWorkPosting(input: $i) { id } }`, {
        variables: {
          i: {
            workId: id,
            platform: "WEIBO",
            url: "https://weibo.com/1/abc",
            postedAt: "2024-09-20T10:00:00+08:00",
            ...i,
          },
        },
        ...(token ? { token } : {}),
      });
    const editor = await editorCq();
    expect((await add({}, editor)).errors).toBeUndefined();
    const before = await service.prisma.workPosting.count();
    expect((await add({}, editor)).errors?.[0]?.message).toMatch(/已登记/);
    expect((await add({ url: "http://weibo.com/x" }, editor)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await add({ platform: "YOUTUBE" }, editor)).errors?.[0]?.message).toMatch(/未知的发布平台/);
    expect((await add({ postedAt: "2024-09-20T10:00:00" }, editor)).errors?.[0]?.extensions?.code).toBe(
      "BAD_USER_INPUT",
    );
    expect(
      (await add({ url: "https://weibo.com/2" }, await tokenFor([{ org: "org-hn", roles: ["EDITOR"] }]))).errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
    expect((await add({ url: "https://weibo.com/3" })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await service.prisma.workPosting.count()).toBe(before);
  });

  it("rejects a token from another key", async () => {
    const rogue = await createTokenSigner((await generateSigningKeys()).privateKeyPem);
    const result = await graphql(service.url, "{ works(first: 1) { edges { node { id } } } }", {
      token: await rogue.sign({ sub: "x", name: "x", adm: true, mem: [], rv: 0 }, 60),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
