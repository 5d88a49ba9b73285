import { createTokenSigner, generateSigningKeys, type Role, type TokenSigner } from "@kepu/auth";
import { graphql } from "@kepu/testing/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";

let service: RunningService;
let signer: TokenSigner;
const activityIds = Array.from({ length: 50 }, (_, i) => `act-fixture-${i}`);

beforeAll(async () => {
  const keys = await generateSigningKeys();
  signer = await createTokenSigner(keys.privateKeyPem);
  service = await start({
    database: { dataDir: "memory://" },
    port: 0,
    publicKeyPem: keys.publicKeyPem,
    freshDatabase: true,
  });
  await seed(service.prisma);
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
        status: "APPROVED" as const,
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
        status: "PENDING" as const,
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
    expect(asPublic.data?._entities[0]?.works.map((w) => w.status)).toEqual(["APPROVED"]);
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
    expect(list.data?.works.edges.every((e) => e.node.status === "APPROVED")).toBe(true);
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
    expect(mine.data?.submitWork.status).toBe("PENDING");
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

  it("reviews: only the owner's admin, only once, with a reason to reject", async () => {
    const editor = await tokenFor([{ org: "org-cq", roles: ["EDITOR"] }]);
    const admin = await tokenFor([{ org: "org-cq", roles: ["ORG_ADMIN"] }]);
    const created = await graphql<{ submitWork: { id: string } }>(service.url, submit, {
      variables: { input: { ...goodInput, url: "https://example.org/review" } },
      token: editor,
    });
    const id = created.data?.submitWork.id;
    const reviewWork = `mutation ($id: ID!, $d: ReviewDecision!, $reason: String) { reviewWork(id: $id, decision: $d, reason: $reason) { status } }`;
    const byEditor = await graphql(service.url, reviewWork, { variables: { id, d: "APPROVE" }, token: editor });
    expect(byEditor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noReason = await graphql(service.url, reviewWork, { variables: { id, d: "REJECT" }, token: admin });
    expect(noReason.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const approved = await graphql<{ reviewWork: { status: string } }>(service.url, reviewWork, {
      variables: { id, d: "APPROVE" },
      token: admin,
    });
    expect(approved.data?.reviewWork.status).toBe("APPROVED");
    const again = await graphql(service.url, reviewWork, { variables: { id, d: "REJECT", reason: "x" }, token: admin });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("rejects a token from another key", async () => {
    const rogue = await createTokenSigner((await generateSigningKeys()).privateKeyPem);
    const result = await graphql(service.url, "{ works(first: 1) { edges { node { id } } } }", {
      token: await rogue.sign({ sub: "x", name: "x", adm: true, mem: [] }, 60),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
