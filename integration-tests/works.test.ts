import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The value, or a test failure saying it was missing. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

/**
 * Issue 8 §2–§3 through the gateway (on PGlite, and on PostgreSQL with KEPU_PG_PORT): moderation
 * with revisions (the "approved at 10:00, swapped at 10:05" failure; withdrawing or rejecting an
 * edit), one winner when an approval and a withdrawal race, the moderation queue and its counts, the
 * public feed's filters, and bad input that writes nothing. Files of works (public with the approved
 * version, out of view at once) are in assets.test.ts; who may do what in rights.test.ts.
 */
let platform: RunningPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const media = () => platform.services.media.prisma;

/**
 * A token with the given memberships. The subject is a demo account (the gateway checks its rights
 * version); `demo-reviewer` acts only in the counts test, so its counts of the day are its own.
 */
const tokenOf = (
  name: string,
  mem: { org: string; roles: ("ORG_ADMIN" | "EDITOR" | "REVIEWER")[] }[],
  sub = "demo-organizer",
) => platform.signer.sign({ sub, name, adm: false, mem }, 600);
const editorOf = (org: string) => tokenOf(`${org}的编辑`, [{ org, roles: ["EDITOR"] }]);
/** 中国科协's admin: the level above every provincial 科协. */
const nationalAdmin = () => tokenOf("works-national-admin", [{ org: "org-cast", roles: ["ORG_ADMIN"] }]);

const body = `<p>${"重庆的桥梁跨越长江与嘉陵江，拱桥、斜拉桥和悬索桥各有各的受力方式。".repeat(3)}</p>`;
const article = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: "ARTICLE",
  title,
  summary: "用生活中的例子讲清楚桥梁的受力方式。",
  body,
  creator: { kind: "PERSON", displayName: "桥梁工程师老周", role: "RESEARCHER" },
  topics: ["新材料"],
  hashtags: ["桥梁科普"],
  licence: "CC_BY_NC",
  fileAssetIds: [],
  ...extra,
});

type Result<T> = Awaited<ReturnType<typeof graphql<T>>>;

function ask<T = Record<string, { id: string; status: string }>>(
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<Result<T>> {
  return graphql<T>(platform.gatewayUrl, query, { variables, ...(token ? { token } : {}) });
}

/** Creates a work (expecting success) and returns its id. */
async function createWork(ownerOrgId: string, campaignId: string, content: Record<string, unknown>, token: string) {
  const result = await ask<{ createWork: { id: string } }>(
    "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
    { i: { ownerOrgId, campaignId, content } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).createWork.id;
}

const edit = (id: string, content: Record<string, unknown>, token: string) =>
  ask(
    "mutation ($id: ID!, $c: WorkContentInput!) { updateWork(id: $id, content: $c) { id status } }",
    { id, c: content },
    token,
  );

/** A workflow step; the caller judges the result. */
function step(name: string, id: string, token: string, note?: string) {
  return note === undefined
    ? ask(`mutation ($id: ID!) { ${name}(id: $id) { id status } }`, { id }, token)
    : ask(`mutation ($id: ID!, $n: String!) { ${name}(id: $id, note: $n) { id status } }`, { id, n: note }, token);
}

async function stepOk(name: string, id: string, token: string, note?: string) {
  const result = await step(name, id, token, note);
  expect(result.errors, name).toBeUndefined();
  return must(must(result.data)[name]);
}

interface WorkRead {
  title: string;
  body: string | null;
  status: string;
  hasPendingChanges: boolean;
  history: { action: string }[];
}
async function readWork(id: string, token: string | null) {
  const result = await ask<{ work: WorkRead | null }>(
    "query ($id: ID!) { work(id: $id) { title body status hasPendingChanges history { action } } }",
    { id },
    token,
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).work;
}

async function feed(filter: Record<string, unknown>) {
  const result = await ask<{ works: { edges: { node: { id: string; title: string } }[] } }>(
    "query ($f: WorkFilter) { works(first: 100, filter: $f) { edges { node { id title } } } }",
    { f: filter },
    null,
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).works.edges.map((edge) => edge.node);
}

describe("an edit of an approved work goes back to review; the public keeps the approved version", () => {
  it("approved at 10:00, title and body swapped at 10:05: the public, the feed and other regions keep the approved text", async () => {
    const editor = await editorOf("org-cq");
    const id = await createWork("org-cq", "cmp-2024-cq", article("山城桥梁里的力学"), editor);
    await stepOk("submitWork", id, editor);
    await stepOk("approveWork", id, await nationalAdmin());

    const swap = await ask<{ updateWork: { status: string; title: string; hasPendingChanges: boolean } }>(
      "mutation ($id: ID!, $c: WorkContentInput!) { updateWork(id: $id, content: $c) { status title hasPendingChanges } }",
      { id, c: article("震惊桥梁都要塌了", { body: "<p>未经审核的新内容</p>" }) },
      editor,
    );
    expect(swap.data?.updateWork).toEqual({
      status: "SUBMITTED",
      title: "震惊桥梁都要塌了",
      hasPendingChanges: true,
    });
    const seen = must(await readWork(id, null));
    expect(seen).toMatchObject({ title: "山城桥梁里的力学", status: "PUBLISHED", hasPendingChanges: false });
    expect(seen.body).toBe(body);
    expect(seen.history).toEqual([]);
    expect((await feed({ hashtag: "桥梁科普" })).find((work) => work.id === id)?.title).toBe("山城桥梁里的力学");
    // Another region's admin is the public here too.
    const hunanAdmin = await tokenOf("works-hn-admin", [{ org: "org-hn", roles: ["ORG_ADMIN"] }]);
    expect((await readWork(id, hunanAdmin))?.title).toBe("山城桥梁里的力学");
  });

  it("withdrawing the edit drops it: the work is its approved version again, with the history kept", async () => {
    const editor = await editorOf("org-cq");
    const id = await createWork("org-cq", "cmp-2024-cq", article("长江大桥的拉索"), editor);
    await stepOk("submitWork", id, editor);
    await stepOk("approveWork", id, await nationalAdmin());
    expect((await edit(id, article("换过的标题"), editor)).errors).toBeUndefined();
    expect(await stepOk("withdrawWork", id, editor)).toMatchObject({ status: "PUBLISHED" });
    const own = must(await readWork(id, editor));
    expect(own).toMatchObject({ title: "长江大桥的拉索", status: "PUBLISHED", hasPendingChanges: false });
    expect(own.history.map((event) => event.action)).toEqual([
      "CREATED",
      "SUBMITTED",
      "APPROVED",
      "EDITED",
      "WITHDRAWN",
    ]);
    expect((await readWork(id, null))?.title).toBe("长江大桥的拉索");
    // Nothing waits for a decision any more.
    expect((await step("approveWork", id, await nationalAdmin())).errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("rejecting the edit keeps the approved version public; the unit edits and resubmits", async () => {
    const editor = await editorOf("org-cq");
    const admin = await nationalAdmin();
    const id = await createWork("org-cq", "cmp-2024-cq", article("嘉陵江上的悬索桥"), editor);
    await stepOk("submitWork", id, editor);
    await stepOk("approveWork", id, admin);
    await edit(id, article("嘉陵江上的悬索桥夸大版"), editor);
    expect(await stepOk("rejectWork", id, admin, "标题夸大")).toMatchObject({ status: "REJECTED" });
    expect(await readWork(id, null)).toMatchObject({ title: "嘉陵江上的悬索桥", status: "PUBLISHED" });
    expect(await readWork(id, editor)).toMatchObject({ status: "REJECTED", hasPendingChanges: true });
    await edit(id, article("嘉陵江上的悬索桥修订版"), editor);
    await stepOk("submitWork", id, editor);
    await stepOk("approveWork", id, admin);
    expect((await readWork(id, null))?.title).toBe("嘉陵江上的悬索桥修订版");
  });
});

describe("moderation under concurrency (on PGlite and on PostgreSQL)", () => {
  it("lets exactly one of an approval and a withdrawal sent at once win; the other gets CONFLICT", async () => {
    const editor = await editorOf("org-cq");
    const admin = await nationalAdmin();
    for (let round = 1; round <= 4; round++) {
      const id = await createWork("org-cq", "cmp-2024-cq", article(`并发审核第${round}篇`), editor);
      await stepOk("submitWork", id, editor);
      const [approval, withdrawal] = await Promise.all([
        step("approveWork", id, admin),
        step("withdrawWork", id, editor),
      ]);
      expect(
        [approval, withdrawal].filter((result) => !result.errors),
        `round ${round}`,
      ).toHaveLength(1);
      const loser = approval.errors ? approval : withdrawal;
      expect(loser.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      const row = await media().work.findUniqueOrThrow({ where: { id } });
      const events = await media().workEvent.findMany({ where: { workId: id } });
      const decisions = events.filter((event) => event.action === "APPROVED" || event.action === "WITHDRAWN");
      expect(decisions).toHaveLength(1);
      if (approval.errors) {
        expect(row).toMatchObject({ status: "DRAFT", liveVersionId: null });
        expect(decisions[0]?.action).toBe("WITHDRAWN");
      } else {
        expect(row.status).toBe("PUBLISHED");
        expect(row.liveVersionId).not.toBeNull();
        expect(decisions[0]?.action).toBe("APPROVED");
      }
    }
  });
});

describe("the moderation queue and its counts", () => {
  it("lists what the viewer may decide, oldest first, and counts its decisions of the Shanghai day", async () => {
    const editor = await editorOf("org-cq-yuzhong");
    // Decided by 重庆市科协 (the level above 渝中区科协), not by 湖南 or by 渝中 itself.
    const cqAdmin = await tokenOf("重庆市科协审核员", [{ org: "org-cq", roles: ["ORG_ADMIN"] }], "demo-reviewer");
    const hnAdmin = await tokenOf("works-hn-admin", [{ org: "org-hn", roles: ["ORG_ADMIN"] }]);
    const yuzhongAdmin = await tokenOf("works-yz-admin", [{ org: "org-cq-yuzhong", roles: ["ORG_ADMIN"] }]);
    const first = await createWork("org-cq-yuzhong", "cmp-2024-cq", article("解放碑下的防空洞"), editor);
    const second = await createWork("org-cq-yuzhong", "cmp-2024-cq", article("洪崖洞的吊脚楼"), editor);
    await stepOk("submitWork", first, editor);
    await stepOk("submitWork", second, editor);

    const queue = (token: string | null) =>
      ask<{ workModerationQueue: { edges: { node: { id: string } }[] } }>(
        "{ workModerationQueue(first: 100) { edges { node { id } } } }",
        {},
        token,
      );
    const queued = async (token: string) =>
      must((await queue(token)).data).workModerationQueue.edges.map((edge) => edge.node.id);
    const counts = async (token: string) =>
      must(
        (
          await ask<{ workModerationCounts: { waiting: number; approvedToday: number; rejectedToday: number } }>(
            "{ workModerationCounts { waiting approvedToday rejectedToday } }",
            {},
            token,
          )
        ).data,
      ).workModerationCounts;

    const listed = await queued(cqAdmin);
    expect(listed).toContain(first);
    expect(listed.indexOf(first)).toBeLessThan(listed.indexOf(second));
    for (const other of [hnAdmin, yuzhongAdmin, editor]) expect(await queued(other)).not.toContain(first);
    expect((await queue(null)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const before = await counts(cqAdmin);
    expect(before).toEqual({ waiting: listed.length, approvedToday: 0, rejectedToday: 0 });
    await stepOk("approveWork", first, cqAdmin);
    await stepOk("rejectWork", second, cqAdmin, "史实有误");
    expect(await counts(cqAdmin)).toEqual({ waiting: before.waiting - 2, approvedToday: 1, rejectedToday: 1 });
    const after = await queued(cqAdmin);
    expect(after).not.toContain(first);
    expect(after).not.toContain(second);
  });
});

describe("the public feed's filters", () => {
  it("finds a 渝中 work by the national edition, its region's edition, its org's ancestors, kind, activity and hashtag", async () => {
    const editor = await editorOf("org-cq-yuzhong");
    const id = await createWork(
      "org-cq-yuzhong",
      "cmp-2024-cq",
      article("山城步道上的地质课", {
        activityId: "act-2024-cq-yuzhong-street",
        topics: ["生态环境"],
        hashtags: ["渝中步道"],
      }),
      editor,
    );
    await stepOk("submitWork", id, editor);
    await stepOk("approveWork", id, await nationalAdmin());
    const ids = async (filter: Record<string, unknown>) => (await feed(filter)).map((work) => work.id);

    expect(await ids({ campaignId: "cmp-2024" })).toContain(id);
    expect(await ids({ campaignId: "cmp-2024-cq" })).toContain(id);
    expect(await ids({ campaignId: "cmp-2024-hn" })).not.toContain(id);
    expect(await ids({ campaignId: "cmp-2023" })).not.toContain(id);
    for (const orgId of ["org-cq-yuzhong", "org-cq", "org-cast"]) expect(await ids({ orgId }), orgId).toContain(id);
    for (const orgId of ["org-hn", "org-cq-jiulongpo"]) expect(await ids({ orgId }), orgId).not.toContain(id);
    expect(await ids({ kind: "ARTICLE", activityId: "act-2024-cq-yuzhong-street" })).toEqual([id]);
    expect(await ids({ kind: "SHORT_VIDEO", activityId: "act-2024-cq-yuzhong-street" })).toEqual([]);
    expect(await ids({ hashtag: "渝中步道", campaignId: "cmp-2024", orgId: "org-cq" })).toEqual([id]);
    // The campaign's own hashtag is always there.
    expect(await ids({ hashtag: "#千万IP创科普#", topic: "生态环境" })).toContain(id);
  });
});

describe("bad input is refused with the field at fault, and nothing is written", () => {
  it("refuses unknown ids, another region's activity and unit, unknown topics and too many hashtags", async () => {
    const editor = await editorOf("org-cq");
    const counted = async () => [await media().work.count(), await media().workEvent.count()];
    const before = await counted();
    const cases: [string, Record<string, unknown>, string][] = [
      ["cmp-nowhere", article("不存在的届次"), "campaignId"],
      ["cmp-2024-cq", article("别人的活动", { activityId: "act-2024-hn-main" }), "activityId"],
      ["cmp-2024-cq", article("不存在的活动", { activityId: "act-nowhere" }), "activityId"],
      [
        "cmp-2024-cq",
        article("湖南的作者单位", { creator: { kind: "ORG", displayName: "湖南省科协", orgId: "org-hn" } }),
        "creator.orgId",
      ],
      ["cmp-2024-cq", article("未知主题", { topics: ["星座运势"] }), "topics"],
      ["cmp-2024-cq", article("标签太多", { hashtags: Array.from({ length: 10 }, (_, i) => `桥梁${i}`) }), "hashtags"],
    ];
    for (const [campaignId, content, field] of cases) {
      const result = await ask(
        "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
        { i: { ownerOrgId: "org-cq", campaignId, content } },
        editor,
      );
      const error = must(result.errors?.[0]);
      expect(error.extensions?.code, String(content.title)).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error.extensions?.field, String(content.title)).toBe(field);
    }
    // The same on an edit: the work keeps what it had.
    const id = await createWork("org-cq", "cmp-2024-cq", article("原来的标题"), editor);
    const counts = await counted();
    const refused = await edit(id, article("改成别人的活动", { activityId: "act-2024-hn-main" }), editor);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await media().work.findUniqueOrThrow({ where: { id } })).title).toBe("原来的标题");
    expect(await counted()).toEqual(counts);
    expect(counts).toEqual([must(before[0]) + 1, must(before[1]) + 1]);
  });

  it("stores an article's body sanitized: no script, no SVG handler, no javascript: link, no event attribute", async () => {
    const editor = await editorOf("org-cq");
    const hostile =
      '<p>桥梁<strong>受力</strong><script>alert(1)</script></p><svg onload="alert(1)"><circle r="1"/></svg>' +
      '<p><a href="javascript:alert(1)">点我</a><a href="https://www.kepu.gov.cn/">科普中国</a>' +
      '<img src="x" onerror="alert(1)"><span style="background:url(javascript:alert(1))">样式</span></p>';
    const id = await createWork("org-cq", "cmp-2024-cq", article("带脚本的正文", { body: hostile }), editor);
    const stored = must((await media().work.findUniqueOrThrow({ where: { id } })).body);
    for (const bad of [/<script/i, /<svg/i, /onload/i, /onerror/i, /javascript:/i, /style=/i, /alert/]) {
      expect(stored).not.toMatch(bad);
    }
    expect(stored).toContain("<strong>受力</strong>");
    expect(stored).toContain('href="https://www.kepu.gov.cn/"');
    expect((await readWork(id, editor))?.body).toBe(stored);
  });
});
