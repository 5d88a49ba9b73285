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
          ["/org-cast/", "/org-cast/org-cq/", "/org-cast/org-hn/", "/org-cast/org-fixture/"],
          {},
          {
            campaigns: {
              "cmp-2024": {},
              "cmp-2024-cq": { editionId: "cmp-2024", regionOrgId: "org-cq" },
            },
            activities: { "act-hn": { hostOrgId: "org-hn", campaignId: "cmp-2024-cq" } },
          },
        ),
      }),
    seed,
  ));
  await service.prisma.work.createMany({
    data: activityIds.flatMap((activityId, i) => [
      {
        id: `w-${i}-a`,
        activityId,
        title: `作品${i}`,
        kind: "ARTICLE" as const,
        authorName: "作者",
        platform: "知乎",
        url: `https://example.org/${i}`,
        ownerOrgId: "org-fixture",
        campaignId: "cmp-2024",
        publishedAt: new Date(),
        status: "PUBLISHED" as const,
      },
      {
        id: `w-${i}-p`,
        activityId,
        title: `待审${i}`,
        kind: "ARTICLE" as const,
        authorName: "作者",
        platform: "知乎",
        url: `https://example.org/p${i}`,
        ownerOrgId: "org-fixture",
        campaignId: "cmp-2024",
        publishedAt: new Date(),
        status: "SUBMITTED" as const,
      },
    ]),
  });
});
afterAll(async () => {
  await service?.close();
});

const tokenFor = (memberships: { org: string; roles: Role[] }[], adm = false) =>
  signer.sign({ sub: "u-test", name: "t", adm, mem: memberships }, 60);

const worksOf = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id works { id status } } } }`;
type Entities = { _entities: { id: string; works: { id: string; status: string }[] }[] };

const submit = `mutation ($input: SubmitWorkInput!) { submitWork(input: $input) { id status } }`;
const goodInput = {
  ownerOrgId: "org-cq",
  campaignId: "cmp-2024-cq",
  title: "山城桥梁里的力学",
  kind: "SHORT_VIDEO",
  authorName: "重庆科技馆",
  platform: "抖音",
  url: "https://example.org/bridges",
  publishedAt: "2024-09-20T10:00:00+08:00",
};

describe("media subgraph", () => {
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

  it("never shows a pending work to the public, and shows it to the owner's members", async () => {
    const r = [{ __typename: "Activity", id: "act-fixture-3" }];
    const asPublic = await graphql<Entities>(service.url, worksOf, { variables: { r } });
    expect(asPublic.data?._entities[0]?.works.map((w) => w.status)).toEqual(["PUBLISHED"]);
    const forged = await graphql<Entities>(service.url, worksOf, {
      variables: { r },
      headers: { "x-user-id": "demo-admin" },
    });
    expect(forged.data).toEqual(asPublic.data);
    const member = await graphql<Entities>(service.url, worksOf, {
      variables: { r },
      token: await tokenFor([{ org: "org-fixture", roles: ["EDITOR"] }]),
    });
    expect(member.data?._entities[0]?.works).toHaveLength(2);
    const list = await graphql<{ works: { edges: { node: { status: string } }[] } }>(
      service.url,
      "{ works(first: 100) { edges { node { status } } } }",
    );
    expect(list.data?.works.edges.every((e) => e.node.status === "PUBLISHED")).toBe(true);
    const pendingOne = await graphql<{ work: unknown; _entities: unknown[] }>(
      service.url,
      `{ work(id: "w-3-p") { id } _entities(representations: [{ __typename: "Work", id: "w-3-p" }, { __typename: "Work", id: "w-3-a" }]) { ... on Work { id } } }`,
    );
    expect(pendingOne.data).toEqual({ work: null, _entities: [null, { id: "w-3-a" }] });
  });

  it("pages works of many orgs in one SQL statement, newest first, approved only for the public", async () => {
    const orgWorks = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Org { id
      works(first: 3) { edges { node { id status publishedAt } } pageInfo { hasNextPage endCursor } } } } }`;
    type OrgEntities = {
      _entities: {
        id: string;
        works: {
          edges: { node: { id: string; status: string; publishedAt: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }[];
    };
    const seededOrgs = [...new Set((await service.prisma.work.findMany()).map((w) => w.ownerOrgId))];
    const orgIds = [...seededOrgs, ...Array.from({ length: 50 }, (_, i) => `org-empty-${i}`)].slice(0, 50);
    const ask = async (ids: string[], token?: string) => {
      const before = service.statementCount();
      const result = await graphql<OrgEntities>(service.url, orgWorks, {
        variables: { r: ids.map((id) => ({ __typename: "Org", id })) },
        ...(token ? { token } : {}),
      });
      expect(result.errors).toBeUndefined();
      return { result, statements: service.statementCount() - before };
    };
    expect((await ask(orgIds.slice(0, 5))).statements).toBe(1);
    const { result, statements } = await ask(orgIds);
    expect(statements).toBe(1);
    for (const org of result.data?._entities ?? []) {
      const expected = await service.prisma.work.findMany({
        where: { ownerOrgId: org.id, status: "PUBLISHED" },
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        take: 4,
      });
      expect(org.works.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 3).map((w) => w.id));
      expect(org.works.pageInfo.hasNextPage).toBe(expected.length > 3);
    }
    // The owner's member sees its pending works too, and the next page (after) continues the list.
    const member = await tokenFor([{ org: "org-fixture", roles: ["EDITOR"] }]);
    const mine = (await ask(["org-fixture"], member)).result.data?._entities[0]?.works;
    expect(mine?.edges.some((e) => e.node.status === "SUBMITTED")).toBe(true);
    const next = await graphql<OrgEntities>(
      service.url,
      `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Org { id
        works(first: 3, after: $after) { edges { node { id status publishedAt } } pageInfo { hasNextPage endCursor } } } } }`,
      { variables: { r: [{ __typename: "Org", id: "org-fixture" }], after: mine?.pageInfo.endCursor }, token: member },
    );
    const all = await service.prisma.work.findMany({
      where: { ownerOrgId: "org-fixture" },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: 6,
    });
    expect([...(mine?.edges ?? []), ...(next.data?._entities[0]?.works.edges ?? [])].map((e) => e.node.id)).toEqual(
      all.map((w) => w.id),
    );
  });

  it("lets an editor submit for their own org only", async () => {
    const other = await graphql(service.url, submit, {
      variables: { input: goodInput },
      token: await tokenFor([{ org: "org-hn", roles: ["ORG_ADMIN", "EDITOR"] }]),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await graphql(service.url, submit, { variables: { input: goodInput } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const mine = await graphql<{ submitWork: { status: string } }>(service.url, submit, {
      variables: { input: goodInput },
      token: await tokenFor([{ org: "org-cq", roles: ["EDITOR"] }]),
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.submitWork.status).toBe("SUBMITTED");
  });

  it("refuses a campaign that does not exist, another region's campaign and another unit's activity", async () => {
    const token = await tokenFor([{ org: "org-cq", roles: ["EDITOR"] }]);
    const hunan = await tokenFor([{ org: "org-hn", roles: ["EDITOR"] }]);
    const before = await service.prisma.work.count();
    const cases = [
      [{ campaignId: "cmp-nowhere" }, token, /活动届次不存在/],
      [{ ownerOrgId: "org-hn" }, hunan, /不在该地方科普日的地区范围内/],
      [{ activityId: "act-nowhere" }, token, /活动不存在或尚未发布/],
      [{ activityId: "act-hn" }, token, /本单位或下级单位主办的活动/],
    ] as const;
    for (const [bad, viewer, message] of cases) {
      const result = await graphql(service.url, submit, {
        variables: { input: { ...goodInput, ...bad } },
        token: viewer,
      });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await service.prisma.work.count()).toBe(before);
  });

  it("refuses an http link or an unknown platform, writing nothing", async () => {
    const token = await tokenFor([{ org: "org-cq", roles: ["EDITOR"] }]);
    const before = await service.prisma.work.count();
    for (const bad of [{ url: "http://example.org/x" }, { platform: "YouTube" }, { title: "x" }]) {
      const result = await graphql(service.url, submit, { variables: { input: { ...goodInput, ...bad } }, token });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe("BAD_USER_INPUT");
    }
    expect(await service.prisma.work.count()).toBe(before);
  });

  it("approves or rejects: only the level above the owner, only once, with a note to reject", async () => {
    const editor = await tokenFor([{ org: "org-cq", roles: ["EDITOR"] }]);
    const ownAdmin = await tokenFor([{ org: "org-cq", roles: ["ORG_ADMIN"] }]);
    const admin = await tokenFor([{ org: "org-cast", roles: ["ORG_ADMIN"] }]);
    const created = await graphql<{ submitWork: { id: string } }>(service.url, submit, {
      variables: { input: { ...goodInput, url: "https://example.org/review" } },
      token: editor,
    });
    const id = created.data?.submitWork.id;
    const approve = "mutation ($id: ID!) { approveWork(id: $id) { status } }";
    const reject = "mutation ($id: ID!, $note: String!) { rejectWork(id: $id, note: $note) { status reviewNote } }";
    const byEditor = await graphql(service.url, approve, { variables: { id }, token: editor });
    expect(byEditor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byOwnAdmin = await graphql(service.url, approve, { variables: { id }, token: ownAdmin });
    expect(byOwnAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noNote = await graphql(service.url, reject, { variables: { id, note: " " }, token: admin });
    expect(noNote.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const approved = await graphql<{ approveWork: { status: string } }>(service.url, approve, {
      variables: { id },
      token: admin,
    });
    expect(approved.data?.approveWork.status).toBe("PUBLISHED");
    const again = await graphql(service.url, reject, { variables: { id, note: "含未经核实的说法" }, token: admin });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const second = await graphql<{ submitWork: { id: string } }>(service.url, submit, {
      variables: { input: { ...goodInput, url: "https://example.org/review-2" } },
      token: editor,
    });
    const rejected = await graphql<{ rejectWork: { status: string; reviewNote: string } }>(service.url, reject, {
      variables: { id: second.data?.submitWork.id, note: " 含未经核实的健康说法 " },
      token: admin,
    });
    expect(rejected.data?.rejectWork).toEqual({ status: "REJECTED", reviewNote: "含未经核实的健康说法" });
  });

  it("rejects a token from another key", async () => {
    const rogue = await createTokenSigner((await generateSigningKeys()).privateKeyPem);
    const result = await graphql(service.url, "{ works(first: 1) { edges { node { id } } } }", {
      token: await rogue.sign({ sub: "x", name: "x", adm: true, mem: [], rv: 0 }, 60),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
