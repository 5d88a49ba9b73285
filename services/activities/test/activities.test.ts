import { createTokenSigner, generateSigningKeys, type Role } from "@kepu/auth";
import { activities } from "@kepu/demo-data";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";
import { demoReportedAt } from "../src/seed.js";

let service: RunningService;
let signer: TestTokenSigner;

/** Fixture rows beside the demo data, so page sizes and visibility do not depend on its contents. */
const edition = "cmp-fixture";
const regional = "cmp-fixture-cq";
const hostA = "org-fixture-a";
const hostB = "org-fixture-b";
const fixtureCategory = "cat-fixture-key";
const fixtureIds = Array.from({ length: 60 }, (_, i) => `act-fixture-${String(i).padStart(2, "0")}`);

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        directory: staticOrgDirectory(
          ["/org-cast/org-fixture-a/", "/org-cast/org-fixture-b/"],
          {},
          {
            campaigns: { [edition]: {}, [regional]: { editionId: edition } },
          },
        ),
      }),
    seed,
  ));
  await service.prisma.activityCategory.create({
    data: {
      id: fixtureCategory,
      campaignId: edition,
      key: "KEY",
      kind: "KEY",
      nameZh: "重点活动",
      nameEn: "Key activity",
    },
  });
  await service.prisma.activity.createMany({
    data: fixtureIds.map((id, i) => ({
      id,
      // Every third one belongs to the regional edition under the fixture edition.
      campaignId: i % 3 === 0 ? regional : edition,
      editionId: edition,
      hostOrgId: i % 2 === 0 ? hostA : hostB,
      title: `夜场科普 ${i}`,
      summary: "测试用活动。",
      categoryId: fixtureCategory,
      categoryKind: "KEY" as const,
      listed: true,
      forms: ["SCIENCE_NIGHT" as const],
      mode: "OFFLINE" as const,
      topics: ["天文"],
      audiences: ["GENERAL_PUBLIC" as const],
      startsAt: new Date(Date.UTC(2030, 8, 15, 1, 0) + i * 3_600_000),
      endsAt: new Date(Date.UTC(2030, 8, 15, 3, 0) + i * 3_600_000),
      status: "PUBLISHED" as const,
    })),
  });
});
afterAll(async () => {
  await service?.close();
});

const tokenFor = (memberships: { org: string; roles: Role[] }[], admin = false) =>
  signer.sign(
    { sub: `user-${memberships.map((m) => m.org).join("-") || "none"}`, name: "t", adm: admin, mem: memberships },
    60,
  );

const draftInput = (overrides: Record<string, unknown> = {}) => ({
  campaignId: regional,
  hostOrgId: hostA,
  title: "  重庆科技馆科学之夜  ",
  summary: "夜间开放科技馆，邀请天文学家带领观星。",
  categoryId: fixtureCategory,
  forms: ["SCIENCE_NIGHT", "LECTURE"],
  mode: "OFFLINE",
  topics: ["天文"],
  audiences: ["GENERAL_PUBLIC"],
  startsAt: "2030-09-20T18:00:00+08:00",
  endsAt: "2030-09-20T21:00:00+08:00",
  venue: "重庆科技馆",
  address: "重庆市江北区江北城文星门街7号",
  regionCode: "500105",
  latitude: 29.56,
  longitude: 106.55,
  ...overrides,
});

const createMutation = /* GraphQL */ `
  mutation ($input: CreateActivityInput!) {
    createActivity(input: $input) { id title status startsAt host { id } campaign { id } }
  }
`;

interface Created {
  createActivity: { id: string; title: string; status: string; startsAt: string; host: { id: string } };
}

async function createDraft(token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await graphql<Created>(service.url, createMutation, {
    variables: { input: draftInput(overrides) },
    token,
  });
  expect(result.errors).toBeUndefined();
  return result.data?.createActivity.id ?? "";
}

const pageQuery = /* GraphQL */ `
  query ($first: Int!, $campaignId: ID) {
    activities(first: $first, campaignId: $campaignId) {
      edges { node { id title startsAt status forms audiences latitude host { id } campaign { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
type Page = {
  activities: {
    edges: { node: { id: string; status: string; startsAt: string; host: { id: string }; campaign: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

const entitiesQuery = /* GraphQL */ `
  query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id title status host { id } } } }
`;
type Entities = { _entities: ({ id: string; status: string } | null)[] };

describe("activities subgraph: lists and references", () => {
  it("loads the demo activities, published or, with figures once ended, reported", async () => {
    const result = await graphql<Page>(service.url, pageQuery, { variables: { first: 100 } });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.activities.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const status of nodes.map((n) => n.status)) expect(["PUBLISHED", "REPORTED"]).toContain(status);
    expect(await service.prisma.activity.count({ where: { status: { notIn: ["PUBLISHED", "REPORTED"] } } })).toBe(0);
    expect(await service.prisma.activity.count({ where: { status: "REPORTED", reportedAt: null } })).toBe(0);
  });

  it("reads a page of 50 in as many SQL statements as a page of 5 (one)", async () => {
    const measure = async (first: number) => {
      const before = service.statementCount();
      const result = await graphql<Page>(service.url, pageQuery, { variables: { first, campaignId: edition } });
      expect(result.errors).toBeUndefined();
      expect(result.data?.activities.edges).toHaveLength(first);
      return service.statementCount() - before;
    };
    await measure(5); // warm-up
    const small = await measure(5);
    const large = await measure(50);
    expect(large).toBe(small);
    expect(large).toBe(1);
  });

  it("resolves 50 Activity references in as many SQL statements as 5 (one), in order", async () => {
    const measure = async (ids: string[]) => {
      const before = service.statementCount();
      const result = await graphql<Entities>(service.url, entitiesQuery, {
        variables: { r: ids.map((id) => ({ __typename: "Activity", id })) },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities.map((a) => a?.id)).toEqual(ids);
      return service.statementCount() - before;
    };
    const reversed = [...fixtureIds].reverse();
    await measure(reversed.slice(0, 5));
    const small = await measure(reversed.slice(0, 5));
    const large = await measure(reversed.slice(0, 50));
    expect(large).toBe(small);
    expect(large).toBe(1);
  });

  it("orders by start then id and pages with a cursor", async () => {
    const first = await graphql<Page>(service.url, pageQuery, { variables: { first: 25, campaignId: edition } });
    const cursor = first.data?.activities.pageInfo.endCursor;
    expect(first.data?.activities.pageInfo.hasNextPage).toBe(true);
    const second = await graphql<Page>(
      service.url,
      /* GraphQL */ `query ($after: String) { activities(first: 50, after: $after, campaignId: "${edition}") { edges { node { id } } pageInfo { hasNextPage } } }`,
      { variables: { after: cursor } },
    );
    const ids = [
      ...(first.data?.activities.edges.map((e) => e.node.id) ?? []),
      ...(second.data?.activities.edges.map((e) => e.node.id) ?? []),
    ];
    expect(ids).toEqual(fixtureIds);
    expect(second.data?.activities.pageInfo.hasNextPage).toBe(false);
  });

  it("lists a national edition with its regional editions, and a regional edition alone", async () => {
    const whole = await graphql<Page>(service.url, pageQuery, { variables: { first: 100, campaignId: edition } });
    const campaigns = new Set(whole.data?.activities.edges.map((e) => e.node.campaign.id));
    expect(campaigns).toEqual(new Set([edition, regional]));
    const part = await graphql<Page>(service.url, pageQuery, { variables: { first: 100, campaignId: regional } });
    expect(part.data?.activities.edges).toHaveLength(20);
    expect(new Set(part.data?.activities.edges.map((e) => e.node.campaign.id))).toEqual(new Set([regional]));
  });

  it("refuses a page over 100 with a clear error", async () => {
    const result = await graphql<Page>(service.url, pageQuery, { variables: { first: 500 } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/first 须为 0 到 100 之间的整数/);
  });

  it("contributes Org.activities and Campaign.activities", async () => {
    const result = await graphql<{
      _entities: {
        activities: { edges: { node: { id: string; host: { id: string }; campaign: { id: string } } }[] };
      }[];
    }>(
      service.url,
      /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Org { activities(first: 100) { edges { node { id host { id } campaign { id } } } } }
        ... on Campaign { activities(first: 100) { edges { node { id host { id } campaign { id } } } } }
      } }`,
      {
        variables: {
          r: [
            { __typename: "Org", id: hostB },
            { __typename: "Campaign", id: edition },
          ],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const [org, campaign] = result.data?._entities ?? [];
    expect(org?.activities.edges).toHaveLength(30);
    expect(org?.activities.edges.every((e) => e.node.host.id === hostB)).toBe(true);
    expect(campaign?.activities.edges).toHaveLength(60);
  });
});

describe("activities subgraph: drafts and who sees them", () => {
  let draftId: string;
  const asEditorOfA = () => tokenFor([{ org: hostA, roles: ["EDITOR"] }]);

  beforeAll(async () => {
    draftId = await createDraft(await asEditorOfA());
  });

  it("creates a draft for an editor of the host unit, trimmed, keyed to the viewer", async () => {
    const row = await service.prisma.activity.findUniqueOrThrow({ where: { id: draftId } });
    expect(row).toMatchObject({
      status: "DRAFT",
      title: "重庆科技馆科学之夜",
      hostOrgId: hostA,
      campaignId: regional,
      editionId: edition,
      createdById: `user-${hostA}`,
      forms: ["SCIENCE_NIGHT", "LECTURE"],
    });
    expect(row.startsAt.toISOString()).toBe("2030-09-20T10:00:00.000Z");
  });

  it("hides a draft from the public everywhere", async () => {
    const one = await graphql<{ activity: unknown }>(service.url, `{ activity(id: "${draftId}") { id } }`);
    expect(one.errors).toBeUndefined();
    expect(one.data?.activity).toBeNull();

    const list = await graphql<Page>(service.url, pageQuery, { variables: { first: 100, campaignId: regional } });
    expect(list.data?.activities.edges.map((e) => e.node.id)).not.toContain(draftId);

    const refs = await graphql<Entities>(service.url, entitiesQuery, {
      variables: {
        r: [
          { __typename: "Activity", id: draftId },
          { __typename: "Activity", id: fixtureIds[0] },
        ],
      },
    });
    expect(refs.data?._entities.map((a) => a?.id ?? null)).toEqual([null, fixtureIds[0]]);

    const byOrg = await graphql<{ _entities: { activities: { edges: { node: { id: string } }[] } }[] }>(
      service.url,
      `{ _entities(representations: [{ __typename: "Org", id: "${hostA}" }]) { ... on Org { activities(first: 100) { edges { node { id } } } } } }`,
    );
    expect(byOrg.data?._entities[0]?.activities.edges.map((e) => e.node.id)).not.toContain(draftId);
  });

  it("hides it from members of other units, shows it to the host's members and platform admins", async () => {
    const query = `{ activity(id: "${draftId}") { id status } }`;
    const other = await graphql<{ activity: unknown }>(service.url, query, {
      token: await tokenFor([{ org: hostB, roles: ["ORG_ADMIN"] }]),
    });
    expect(other.data?.activity).toBeNull();
    const reviewerOfHost = await graphql<{ activity: { status: string } }>(service.url, query, {
      token: await tokenFor([{ org: hostA, roles: ["REVIEWER"] }]),
    });
    expect(reviewerOfHost.data?.activity?.status).toBe("DRAFT");
    const admin = await graphql<{ activity: { status: string } }>(service.url, query, {
      token: await tokenFor([], true),
    });
    expect(admin.data?.activity?.status).toBe("DRAFT");
    const adminRefs = await graphql<Entities>(service.url, entitiesQuery, {
      variables: { r: [{ __typename: "Activity", id: draftId }] },
      token: await tokenFor([], true),
    });
    expect(adminRefs.data?._entities[0]?.status).toBe("DRAFT");
  });

  it("gives a forged identity header no more than the public gets", async () => {
    const query = `{ activity(id: "${draftId}") { id } }`;
    const forged = await graphql<{ activity: unknown }>(service.url, query, {
      headers: {
        "x-user-id": `user-${hostA}`,
        "x-viewer": JSON.stringify({ userId: "admin", platformAdmin: true, memberships: [{ orgId: hostA }] }),
        "x-kepu-roles": "PLATFORM_ADMIN",
      },
    });
    expect(forged.errors).toBeUndefined();
    expect(forged.data?.activity).toBeNull();
  });

  it("rejects a token signed by another key with UNAUTHENTICATED", async () => {
    const rogue = await createTokenSigner((await generateSigningKeys()).privateKeyPem);
    const token = await rogue.sign({ sub: "admin", name: "x", adm: true, mem: [], rv: 0 }, 60);
    const result = await graphql(service.url, `{ activity(id: "${draftId}") { id } }`, { token });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.data ?? null).toBeNull();
  });

  it("submits a draft once, for the host's editors only", async () => {
    const submit = `mutation { submitActivity(id: "${draftId}") { id status } }`;
    const anonymous = await graphql(service.url, submit);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const otherUnit = await graphql(service.url, submit, {
      token: await tokenFor([{ org: hostB, roles: ["ORG_ADMIN"] }]),
    });
    expect(otherUnit.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const reviewer = await graphql(service.url, submit, {
      token: await tokenFor([{ org: hostA, roles: ["REVIEWER"] }]),
    });
    expect(reviewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await service.prisma.activity.findUniqueOrThrow({ where: { id: draftId } })).status).toBe("DRAFT");

    const ok = await graphql<{ submitActivity: { status: string } }>(service.url, submit, {
      token: await asEditorOfA(),
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.submitActivity.status).toBe("SUBMITTED");
    const again = await graphql(service.url, submit, { token: await asEditorOfA() });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0]?.message).toMatch(/不能提交/);
  });

  it("refuses to submit another unit's published activity", async () => {
    const result = await graphql(service.url, `mutation { submitActivity(id: "${fixtureIds[1]}") { id } }`, {
      token: await asEditorOfA(),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("activities subgraph: approval by the level above", () => {
  const reject = `mutation ($id: ID!, $note: String!) { rejectActivity(id: $id, note: $note) { status reviewNote } }`;
  const approve = `mutation ($id: ID!) { approveActivity(id: $id) { status } }`;

  it("rejects with a note, then publishes a resubmission; never for the host's own admin", async () => {
    const editor = await tokenFor([{ org: hostA, roles: ["EDITOR"] }]);
    const id = await createDraft(editor);
    await graphql(service.url, `mutation { submitActivity(id: "${id}") { id } }`, { token: editor });

    const ownAdmin = await tokenFor([{ org: hostA, roles: ["ORG_ADMIN"] }]);
    const byOwn = await graphql(service.url, reject, { variables: { id, note: "请补充场地信息" }, token: ownAdmin });
    expect(byOwn.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const above = await tokenFor([{ org: "org-cast", roles: ["ORG_ADMIN"] }]);
    const noNote = await graphql(service.url, reject, { variables: { id, note: " " }, token: above });
    expect(noNote.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await service.prisma.activity.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");

    const rejected = await graphql<{ rejectActivity: { status: string; reviewNote: string } }>(service.url, reject, {
      variables: { id, note: "请补充场地信息" },
      token: above,
    });
    expect(rejected.data?.rejectActivity).toEqual({ status: "REJECTED", reviewNote: "请补充场地信息" });
    const early = await graphql(service.url, approve, { variables: { id }, token: above });
    expect(early.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await graphql(service.url, `mutation { submitActivity(id: "${id}") { id } }`, { token: editor });
    const published = await graphql<{ approveActivity: { status: string } }>(service.url, approve, {
      variables: { id },
      token: above,
    });
    expect(published.data?.approveActivity.status).toBe("PUBLISHED");
  });
});

describe("activities subgraph: createActivity guards", () => {
  const activityCount = () => service.prisma.activity.count();

  it("refuses the public and members of other units, writing nothing", async () => {
    const before = await activityCount();
    const anonymous = await graphql(service.url, createMutation, { variables: { input: draftInput() } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    for (const memberships of [
      [{ org: hostB, roles: ["ORG_ADMIN", "EDITOR"] as Role[] }],
      [{ org: hostA, roles: ["REVIEWER"] as Role[] }],
    ]) {
      const result = await graphql(service.url, createMutation, {
        variables: { input: draftInput() },
        token: await tokenFor(memberships),
      });
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.data ?? null).toBeNull();
    }
    expect(await activityCount()).toBe(before);
  });

  it("lets a platform admin create for any unit", async () => {
    const id = await createDraft(await tokenFor([], true), { hostOrgId: hostB });
    expect((await service.prisma.activity.findUniqueOrThrow({ where: { id } })).hostOrgId).toBe(hostB);
  });

  it.each([
    ["a one-character title", { title: "夜" }, /活动名称至少2个字符/],
    ["a 101-character title", { title: "科".repeat(101) }, /活动名称不能超过100个字符/],
    ["a 2001-character summary", { summary: "科".repeat(2001) }, /活动简介不能超过2000个字符/],
    ["an end before the start", { endsAt: "2030-09-20T09:00:00+08:00" }, /结束时间须晚于开始时间/],
    ["an end equal to the start", { endsAt: "2030-09-20T18:00:00+08:00" }, /结束时间须晚于开始时间/],
    ["a date without a zone", { startsAt: "2030-09-20 18:00" }, /时间必须带时区/],
    ["a date not in ISO 8601", { startsAt: "Sep 20 2030 18:00" }, /ISO 8601/],
    ["a latitude of 95", { latitude: 95 }, /纬度/],
    ["a longitude of -181", { longitude: -181 }, /经度/],
    ["no form", { forms: [] }, /请至少选择一种活动形式/],
    ["an empty campaign", { campaignId: "" }, /请填写所属科普日/],
    ["a campaign that does not exist", { campaignId: "cmp-nowhere" }, /活动届次不存在：cmp-nowhere/],
  ])("refuses %s with BAD_USER_INPUT and writes nothing", async (_label, overrides, message) => {
    const token = await tokenFor([{ org: hostA, roles: ["ORG_ADMIN"] }]);
    const before = await activityCount();
    const statementsBefore = service.statementCount();
    const result = await graphql(service.url, createMutation, { variables: { input: draftInput(overrides) }, token });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.data ?? null).toBeNull();
    // Refused before any SQL is sent.
    expect(service.statementCount()).toBe(statementsBefore);
    expect(await activityCount()).toBe(before);
  });
});

describe("activities subgraph: seed", () => {
  it("re-seeds idempotently and leaves activities created through the graph alone", async () => {
    const before = await service.prisma.activity.count();
    await seed(service.prisma);
    expect(await service.prisma.activity.count()).toBe(before);
    expect(await service.prisma.activity.count({ where: { id: { startsWith: "act-fixture-" } } })).toBe(60);
    const editions = await service.prisma.activity.findMany({
      where: { id: { in: ["act-2024-cq-launch", "act-2024-mem-safety"] } },
      select: { id: true, campaignId: true, editionId: true },
      orderBy: { id: "asc" },
    });
    expect(editions).toEqual([
      { id: "act-2024-cq-launch", campaignId: "cmp-2024-cq", editionId: "cmp-2024" },
      { id: "act-2024-mem-safety", campaignId: "cmp-2024", editionId: "cmp-2024" },
    ]);
  });

  it("seeds demo activities that carry figures and have ended as reported, so the public sees their results", async () => {
    const withFigures = await service.prisma.activity.findMany({
      where: { id: { in: activities.map((a) => a.id) }, peopleServed: { not: null }, endsAt: { lte: new Date() } },
      select: { id: true, status: true, reportedAt: true, endsAt: true },
    });
    expect(withFigures.length).toBeGreaterThan(10);
    for (const row of withFigures) {
      expect(row.status).toBe("REPORTED");
      expect(row.reportedAt?.getTime()).toBeGreaterThanOrEqual(row.endsAt.getTime());
    }
    const id = withFigures[0]?.id ?? "";
    const answer = await graphql<{ activity: { status: string; results: { peopleServed: number } | null } }>(
      service.url,
      `{ activity(id: "${id}") { status results { peopleServed reportedAt } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.activity.results?.peopleServed).toBeGreaterThan(0);
    // Nothing without figures is marked reported, and what is yet to end is not.
    expect(demoReportedAt({ endsAt: "2024-09-20T11:00:00+08:00" }, new Date())).toBeNull();
    expect(
      demoReportedAt({ endsAt: "2030-09-20T11:00:00+08:00", sessionsCount: 1, peopleServed: 5 }, new Date()),
    ).toBeNull();
    expect(
      demoReportedAt(
        { endsAt: "2024-09-20T11:00:00+08:00", sessionsCount: 1, peopleServed: 5 },
        new Date("2024-09-21T00:00:00Z"),
      )?.toISOString(),
    ).toBe("2024-09-21T00:00:00.000Z");
  });
});
