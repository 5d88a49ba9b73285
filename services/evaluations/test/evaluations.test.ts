import { createTokenSigner, generateSigningKeys, type Role } from "@kepu/auth";
import { campaigns, nominations } from "@kepu/demo-data";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";

let service: RunningService;
let signer: TestTokenSigner;
const activityIds = Array.from({ length: 50 }, (_, i) => `act-fixture-${i}`);
const fixturePhone = "0731-60009999";
/** Every contact phone and name in the database: none may reach a viewer not entitled to it. */
const contacts = [fixturePhone, ...nominations.flatMap((n) => [n.contactPhone, n.contactName])];
const leaksContact = (response: unknown) => contacts.some((c) => JSON.stringify(response).includes(c));

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        directory: staticOrgDirectory(
          [
            "/org-cast/",
            "/org-cast/org-hn/",
            "/org-cast/org-hn/org-hn-soc-meteo/",
            "/org-cast/org-hn/org-hn-changsha/",
            "/org-cast/org-cq/",
            "/org-cast/org-fixture-province/",
            "/org-cast/org-fixture-province/org-fixture-city/",
            "/org-cast/org-fixture-province/org-fixture-city/org-fixture-host/",
          ],
          {},
          {
            facts: {
              "org-hn-soc-meteo": { kind: "SOCIETY", level: "PROVINCIAL" },
              "org-hn-changsha": { kind: "ASSOCIATION", level: "PREFECTURAL" },
            },
            campaigns: {
              "cmp-2024-hn": {
                editionId: "cmp-2024",
                regionOrgId: "org-hn",
                hosts: campaigns.find((c) => c.id === "cmp-2024-hn")?.hosts ?? [],
              },
            },
            holders: { "org-hn:REVIEWER": ["demo-reviewer", "reviewer-2"] },
          },
        ),
      }),
    seed,
  ));
  await service.prisma.nomination.createMany({
    data: activityIds.map((activityId, i) => ({
      id: `nom-fixture-${i}`,
      campaignId: "cmp-fixture",
      kind: "ACTIVITY" as const,
      recommenderOrgId: "org-fixture-city",
      reviewingOrgId: "org-fixture-province",
      orgId: "org-fixture-host",
      activityId,
      title: `活动${i}`,
      description: "测试",
      sessionsCount: 1,
      peopleServed: 10,
      contactName: "测试",
      contactPhone: fixturePhone,
      status: "SUBMITTED" as const,
    })),
  });
});
afterAll(async () => {
  await service?.close();
});

const tokenFor = (memberships: { org: string; roles: Role[] }[], adm = false, sub = "u-test") =>
  signer.sign({ sub, name: "t", adm, mem: memberships }, 60);
/** The seeded reviewer of 湖南省科协, to whom the demo assigns every nomination sent there. */
const hunanReviewer = () => tokenFor([{ org: "org-hn", roles: ["REVIEWER"] }], false, "demo-reviewer");

const nominationsOf = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id nominations { id contactPhone } } } }`;
type Entities = { _entities: { id: string; nominations: { id: string; contactPhone: string | null }[] }[] };
const list = "{ nominations(first: 100) { edges { node { id title contactPhone } } } }";
type List = { nominations: { edges: { node: { id: string; contactPhone: string | null } }[] } };

const create = `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { id status } }`;
const input = (overrides: Record<string, unknown> = {}) => ({
  campaignId: "cmp-2024-hn",
  kind: "UNIT",
  recommenderOrgId: "org-hn-soc-meteo",
  orgId: "org-hn-soc-meteo",
  title: "湖南省气象学会",
  description: "组织气象开放日等活动。",
  sessionsCount: 3,
  peopleServed: 900,
  contactName: "测试",
  contactPhone: "0731-60000999",
  ...overrides,
});

describe("evaluations subgraph", () => {
  it("loads nominations of many activities in one SQL statement, whatever their number", async () => {
    const token = await tokenFor([{ org: "org-fixture-province", roles: ["ORG_ADMIN"] }]);
    const count = async (n: number) => {
      const before = service.statementCount();
      const result = await graphql<Entities>(service.url, nominationsOf, {
        variables: { r: activityIds.slice(0, n).map((id) => ({ __typename: "Activity", id })) },
        token,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities.every((a) => a.nominations.length === 1)).toBe(true);
      return service.statementCount() - before;
    };
    // One statement for the page, one for the admin's list scope (the distinct recommenders): the
    // same for 5 activities as for 50.
    expect(await count(5)).toBe(2);
    expect(await count(50)).toBe(2);
  });

  it("gives the public nothing, and a forged header no more", async () => {
    const r = activityIds.slice(0, 3).map((id) => ({ __typename: "Activity", id }));
    const asPublic = await graphql<Entities>(service.url, nominationsOf, { variables: { r } });
    expect(asPublic.data?._entities.every((a) => a.nominations.length === 0)).toBe(true);
    const forged = await graphql<Entities>(service.url, nominationsOf, {
      variables: { r },
      headers: { "x-user-id": "demo-admin", "x-viewer": '{"platformAdmin":true}' },
    });
    expect(forged.data).toEqual(asPublic.data);
    const publicList = await graphql(service.url, list);
    expect(publicList.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const forgedList = await graphql(service.url, list, { headers: { "x-user-id": "demo-admin" } });
    expect(forgedList.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(leaksContact([asPublic, forged, publicList, forgedList])).toBe(false);
    expect(JSON.stringify([asPublic, publicList])).not.toMatch(/\d{3,4}-\d{7,8}/);

    // Hunan's seeded activities too: nothing, and no phone, for the public.
    const seeded = nominations.flatMap((n) => (n.activityId ? [{ __typename: "Activity", id: n.activityId }] : []));
    expect(seeded.length).toBeGreaterThan(0);
    const seededPublic = await graphql<Entities>(service.url, nominationsOf, { variables: { r: seeded } });
    expect(seededPublic.errors).toBeUndefined();
    expect(seededPublic.data?._entities.every((a) => a.nominations.length === 0)).toBe(true);
    expect(leaksContact(seededPublic)).toBe(false);

    const anonymousCreate = await graphql(service.url, create, {
      variables: { input: input() },
      headers: { "x-user-id": "demo-admin" },
    });
    expect(anonymousCreate.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rejects a token signed by another key, and resolves no Nomination reference for the public", async () => {
    const otherKeys = await generateSigningKeys();
    const otherSigner = await createTokenSigner(otherKeys.privateKeyPem);
    const forgedToken = await otherSigner.sign({ sub: "u-x", name: "x", adm: true, mem: [], rv: 0 }, 60);
    const rejected = await graphql(service.url, list, { token: forgedToken });
    expect(rejected.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(rejected.data ?? null).toBeNull();
    expect(leaksContact(rejected)).toBe(false);

    const byKey = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Nomination { id title contactPhone } } }`;
    const r = [{ __typename: "Nomination", id: "nom-hn-cs-unit-kaifu" }];
    const anonymous = await graphql<{ _entities: unknown[] }>(service.url, byKey, { variables: { r } });
    expect(anonymous.data?._entities).toEqual([null]);
    const forged = await graphql<{ _entities: unknown[] }>(service.url, byKey, {
      variables: { r },
      headers: { "x-user-id": "demo-admin" },
    });
    expect(forged.data?._entities).toEqual([null]);
    const reviewer = await graphql<{ _entities: { id: string; contactPhone: string | null }[] }>(service.url, byKey, {
      variables: { r },
      token: await hunanReviewer(),
    });
    expect(reviewer.data?._entities).toMatchObject([{ id: "nom-hn-cs-unit-kaifu", contactPhone: null }]);
    const outsider = await graphql<{ _entities: unknown[] }>(service.url, byKey, {
      variables: { r },
      token: await tokenFor([{ org: "org-cq", roles: ["ORG_ADMIN", "REVIEWER"] }]),
    });
    expect(outsider.data?._entities).toEqual([null]);
  });

  it("shows 湖南省科协's reviewer Hunan's nominations assigned to them, without contact phones", async () => {
    const result = await graphql<List>(service.url, list, { token: await hunanReviewer() });
    const ids = result.data?.nominations.edges.map((e) => e.node.id) ?? [];
    const sentToHunan = nominations
      .filter((n) => campaigns.find((c) => c.id === n.campaignId)?.regionOrgId === "org-hn")
      .map((n) => n.id);
    expect(sentToHunan.length).toBeGreaterThan(5);
    expect([...ids].sort()).toEqual([...sentToHunan].sort());
    expect(result.data?.nominations.edges.every((e) => e.node.contactPhone === null)).toBe(true);
    expect(leaksContact(result)).toBe(false);
    const recommender = await graphql<List>(service.url, list, {
      token: await tokenFor([{ org: "org-hn-changsha", roles: ["EDITOR"] }]),
    });
    expect(recommender.data?.nominations.edges.every((e) => e.node.contactPhone !== null)).toBe(true);
  });

  it("shows a reviewer only what the reviewing unit's admin assigned to them", async () => {
    const otherReviewer = () => tokenFor([{ org: "org-hn", roles: ["REVIEWER"] }], false, "reviewer-2");
    const seen = async (token: string) =>
      (await graphql<List>(service.url, list, { token })).data?.nominations.edges.map((e) => e.node.id) ?? [];
    expect(await seen(await otherReviewer())).toEqual([]);

    const assign = `mutation ($n: ID!, $r: [ID!]!) { assignReviewers(nominationId: $n, reviewerIds: $r) { id reviewerIds } }`;
    const byReviewer = await graphql(service.url, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: ["reviewer-2"] },
      token: await otherReviewer(),
    });
    // Not assigned yet, so not even seen: nothing is revealed.
    expect(byReviewer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const hunanAdmin = await tokenFor([{ org: "org-hn", roles: ["ORG_ADMIN"] }]);
    const assigned = await graphql<{ assignReviewers: { reviewerIds: string[] } }>(service.url, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: ["reviewer-2", "demo-reviewer", "reviewer-2"] },
      token: hunanAdmin,
    });
    expect(assigned.data?.assignReviewers.reviewerIds.sort()).toEqual(["demo-reviewer", "reviewer-2"]);
    expect(await seen(await otherReviewer())).toEqual(["nom-hn-cs-unit-kaifu"]);
    // Seen now, but assigning is for whoever administers the receiving unit.
    const assignedReviewer = await graphql(service.url, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: ["reviewer-2"] },
      token: await otherReviewer(),
    });
    expect(assignedReviewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // The same user without the reviewer role there sees nothing: the assignment alone grants nothing.
    expect(await seen(await tokenFor([{ org: "org-hn", roles: ["EDITOR"] }], false, "reviewer-2"))).toEqual([]);
    const cqAdmin = await graphql(service.url, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: [] },
      token: await tokenFor([{ org: "org-cq", roles: ["ORG_ADMIN"] }]),
    });
    expect(cqAdmin.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const tooMany = await graphql(service.url, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: Array.from({ length: 21 }, (_, i) => `r-${i}`) },
      token: hunanAdmin,
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("enforces the quota, writing nothing over it", async () => {
    const token = await tokenFor([{ org: "org-hn-soc-meteo", roles: ["ORG_ADMIN"] }]);
    const first = await graphql<{ createNomination: { status: string } }>(service.url, create, {
      variables: { input: input() },
      token,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.createNomination.status).toBe("DRAFT");
    const before = await service.prisma.nomination.count();
    const second = await graphql(service.url, create, { variables: { input: input({ title: "第二个单位" }) }, token });
    expect(second.errors?.[0]?.extensions?.code).toBe("QUOTA_EXCEEDED");
    expect(second.errors?.[0]?.message).toBe("省级学会：推荐优秀组织单位已达上限：每个推荐单位不超过1个，已推荐1个");
    expect(second.errors?.[0]?.extensions?.limit).toBe(1);
    expect(await service.prisma.nomination.count()).toBe(before);
  });

  it("takes a quota place again when a rejected nomination is submitted again, and refuses it when the place is gone", async () => {
    const recommender = await tokenFor([{ org: "org-hn-soc-meteo", roles: ["ORG_ADMIN"] }]);
    const receiving = await tokenFor([{ org: "org-hn", roles: ["ORG_ADMIN"] }]);
    const step = (mutation: string, id: string, token: string, note?: string) =>
      graphql<Record<string, { status: string }>>(
        service.url,
        note
          ? `mutation ($id: ID!, $note: String!) { ${mutation}(id: $id, note: $note) { status } }`
          : `mutation ($id: ID!) { ${mutation}(id: $id) { status } }`,
        { variables: { id, ...(note ? { note } : {}) }, token },
      );
    // The quota test left the 省级学会 its one place taken by a draft.
    const [first] = await service.prisma.nomination.findMany({
      where: { recommenderOrgId: "org-hn-soc-meteo", status: "DRAFT" },
    });
    const id = first?.id ?? "";
    expect((await step("submitNomination", id, recommender)).data?.submitNomination?.status).toBe("SUBMITTED");
    const byRecommender = await step("approveNomination", id, recommender);
    expect(byRecommender.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await step("rejectNomination", id, receiving, "请补充事迹材料")).data?.rejectNomination?.status).toBe(
      "REJECTED",
    );
    // Rejected, it frees its place, which another nomination takes.
    const second = await graphql<{ createNomination: { id: string } }>(service.url, create, {
      variables: { input: input({ title: "第二个单位" }) },
      token: recommender,
    });
    expect(second.errors).toBeUndefined();
    const again = await step("submitNomination", id, recommender);
    expect(again.errors?.[0]?.extensions?.code).toBe("QUOTA_EXCEEDED");
    expect((await service.prisma.nomination.findUniqueOrThrow({ where: { id } })).status).toBe("REJECTED");
    // Once the other is withdrawn and rejected, the first may come back.
    const secondId = second.data?.createNomination.id ?? "";
    await step("submitNomination", secondId, recommender);
    expect((await step("withdrawNomination", secondId, recommender)).data?.withdrawNomination?.status).toBe("DRAFT");
    await step("submitNomination", secondId, recommender);
    await step("rejectNomination", secondId, receiving, "重复推荐");
    expect((await step("submitNomination", id, recommender)).data?.submitNomination?.status).toBe("SUBMITTED");
    expect((await step("approveNomination", id, receiving)).data?.approveNomination?.status).toBe("APPROVED");
  });

  it("lets only the recommender's admins (and its ancestors' admins) recommend", async () => {
    for (const memberships of [
      [{ org: "org-hn-soc-meteo", roles: ["EDITOR" as const] }],
      [{ org: "org-hn-changsha", roles: ["ORG_ADMIN" as const] }],
      [{ org: "org-cq", roles: ["ORG_ADMIN" as const] }],
    ]) {
      const result = await graphql(service.url, create, {
        variables: { input: input() },
        token: await tokenFor(memberships),
      });
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    const token = await tokenFor([{ org: "org-hn-changsha", roles: ["ORG_ADMIN"] }]);
    const before = await service.prisma.nomination.count();
    const cases = [
      { description: "科".repeat(501) },
      { kind: "ACTIVITY", activityId: null },
      { kind: "UNIT", activityId: "act-hn-cs-carnival" },
      { recommenderKind: "PROVINCIAL_SOCIETY" },
      { reviewingOrgId: "org-cast" },
      { contactPhone: "12345" },
      { peopleServed: -1 },
    ];
    for (const bad of cases) {
      const result = await graphql(service.url, create, {
        variables: {
          input: input({ recommenderOrgId: "org-hn-changsha", ...bad }),
        },
        token,
      });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(bad).slice(0, 40)).toBe("BAD_USER_INPUT");
    }
    expect(await service.prisma.nomination.count()).toBe(before);
  });
});
