import { demoActivityInput, type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Issue 7 §1, through the gateway: every id in an input is checked for existence and for the
 * relationship that gives it meaning, and facts that follow from the tree or the campaign are
 * computed by the server. Each case was accepted by the old main.
 */
let platform: RunningPlatform;
let platformAdmin: string;

beforeAll(async () => {
  platform = await startPlatform();
  platformAdmin = await platform.signer.sign({ sub: "demo-admin", name: "admin", adm: true, mem: [] }, 300);
});
afterAll(async () => {
  await platform?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe("one region rule for units (createOrg, updateOrg, moveOrg, import)", () => {
  const create = (parentId: string, name: string, regionCode: string) =>
    graphql<{ createOrg: { id: string } }>(
      platform.gatewayUrl,
      "mutation ($i: CreateOrgInput!) { createOrg(input: $i) { id regionCode } }",
      {
        variables: { i: { parentId, name, kind: "ASSOCIATION", level: "GRASSROOTS", regionCode } },
        token: platformAdmin,
      },
    );

  it("refuses 999999 on createOrg and updateOrg, with nothing written", async () => {
    const created = await create("org-cq-yuzhong", "区划测试科协甲", "999999");
    expect(code(created)).toBe("BAD_USER_INPUT");
    expect(created.errors?.[0]?.message).toContain("999999 不存在");
    const updated = await graphql(
      platform.gatewayUrl,
      `mutation { updateOrg(id: "org-cq-yuzhong", input: { regionCode: "999999" }) { regionCode } }`,
      { token: platformAdmin },
    );
    expect(code(updated)).toBe("BAD_USER_INPUT");
    const org = await platform.services.organizations.prisma.org.findUnique({ where: { id: "org-cq-yuzhong" } });
    expect(org?.regionCode).toBe("500103");
    expect(await platform.services.organizations.prisma.org.count({ where: { name: "区划测试科协甲" } })).toBe(0);
  });

  it("refuses a 长沙 code (430102) under a 重庆 unit on createOrg, updateOrg and moveOrg", async () => {
    const created = await create("org-cq-yuzhong", "区划测试科协乙", "430102");
    expect(code(created)).toBe("BAD_USER_INPUT");
    expect(created.errors?.[0]?.message).toContain("不在上级单位所在地区 500103");
    const updated = await graphql(
      platform.gatewayUrl,
      `mutation { updateOrg(id: "org-cq-yuzhong", input: { regionCode: "430102" }) { regionCode } }`,
      { token: platformAdmin },
    );
    expect(code(updated)).toBe("BAD_USER_INPUT");
    // 岳麓区科协 (430104) may not move under 重庆市科协, nor may its parent take a code outside 湖南.
    const moved = await graphql(
      platform.gatewayUrl,
      `mutation { moveOrg(id: "org-hn-changsha-yuelu", newParentId: "org-cq") { id } }`,
      { token: platformAdmin },
    );
    expect(code(moved)).toBe("BAD_USER_INPUT");
    const widened = await graphql(
      platform.gatewayUrl,
      `mutation { updateOrg(id: "org-hn-changsha", input: { regionCode: "500100" }) { regionCode } }`,
      { token: platformAdmin },
    );
    expect(code(widened)).toBe("BAD_USER_INPUT");
  });

  it("accepts a real code inside the parent's region", async () => {
    const created = await create("org-cq-yuzhong", "区划测试科协丙", "500103");
    expect(created.errors).toBeUndefined();
  });
});

const tokenAt = (org: string, roles: ("ORG_ADMIN" | "EDITOR" | "REVIEWER")[], sub = "demo-organizer") =>
  platform.signer.sign({ sub, name: sub, adm: false, mem: [{ org, roles }] }, 300);

const createNomination = `mutation ($i: CreateNominationInput!) { createNomination(input: $i) { id reviewingOrg { id } quotaCategory } }`;
const nominationInput = (overrides: Record<string, unknown> = {}) => ({
  campaignId: "cmp-2024-hn",
  kind: "UNIT",
  recommenderOrgId: "org-hn-changsha",
  orgId: "org-hn-csu",
  title: "中南大学科协",
  description: "开放实验室，组织师生科普志愿服务。",
  sessionsCount: 3,
  peopleServed: 900,
  contactName: "测试",
  contactPhone: "0731-60000999",
  ...overrides,
});
const nominationCount = () => platform.services.evaluations.prisma.nomination.count();

describe("createNomination derives the receiving unit and the quota category", () => {
  it("refuses a 重庆 county unit nominating 中南大学科协 to 北京市科协 inside 湖南's campaign", async () => {
    const yuzhong = await tokenAt("org-cq-yuzhong", ["ORG_ADMIN"]);
    const before = await nominationCount();
    // The old request: the receiving unit and the category are no longer inputs at all.
    const old = await graphql(platform.gatewayUrl, createNomination, {
      variables: {
        i: nominationInput({
          recommenderOrgId: "org-cq-yuzhong",
          reviewingOrgId: "org-bj",
          recommenderKind: "PROVINCIAL_SOCIETY",
        }),
      },
      token: yuzhong,
    });
    expect(old.errors?.[0]?.message).toMatch(/reviewingOrgId|recommenderKind/);
    const derived = await graphql(platform.gatewayUrl, createNomination, {
      variables: { i: nominationInput({ recommenderOrgId: "org-cq-yuzhong" }) },
      token: yuzhong,
    });
    expect(code(derived)).toBe("BAD_USER_INPUT");
    expect(derived.errors?.[0]?.message).toContain("推荐单位不在该活动届次的地区范围内");
    // Inside 湖南, a unit may nominate only what lies in its own subtree.
    const zhuzhou = await graphql(platform.gatewayUrl, createNomination, {
      variables: { i: nominationInput({ recommenderOrgId: "org-hn-zhuzhou" }) },
      token: await tokenAt("org-hn-zhuzhou", ["ORG_ADMIN"]),
    });
    expect(code(zhuzhou)).toBe("BAD_USER_INPUT");
    expect(zhuzhou.errors?.[0]?.message).toContain("只能推荐本单位或下级单位");
    expect(await nominationCount()).toBe(before);
  });

  it("computes the receiving unit (湖南省科协) and looks the category up (市州科协)", async () => {
    const created = await graphql<{ createNomination: { reviewingOrg: { id: string }; quotaCategory: string } }>(
      platform.gatewayUrl,
      createNomination,
      { variables: { i: nominationInput() }, token: await tokenAt("org-hn-changsha", ["ORG_ADMIN"]) },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createNomination).toMatchObject({ reviewingOrg: { id: "org-hn" }, quotaCategory: "市州科协" });
  });

  it("counts a 省级学会 against its own category whatever it would have declared", async () => {
    // 湖南省营养学会 used its one unit place in the demo data (nom-hn-soc-unit-nutrition).
    const again = await graphql(platform.gatewayUrl, createNomination, {
      variables: {
        i: nominationInput({
          recommenderOrgId: "org-hn-soc-nutrition",
          orgId: "org-hn-soc-nutrition",
          title: "再推荐",
        }),
      },
      token: await tokenAt("org-hn-soc-nutrition", ["ORG_ADMIN"]),
    });
    expect(code(again)).toBe("QUOTA_EXCEEDED");
    expect(again.errors?.[0]?.message).toMatch(/^省级学会：/);
  });

  it("takes exactly one of 8 concurrent nominations for a category's last place", async () => {
    const meteo = await tokenAt("org-hn-soc-meteo", ["ORG_ADMIN"]);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        graphql(platform.gatewayUrl, createNomination, {
          variables: {
            i: nominationInput({
              recommenderOrgId: "org-hn-soc-meteo",
              orgId: "org-hn-soc-meteo",
              title: `气象学会${i}`,
            }),
          },
          token: meteo,
        }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => code(r) === "QUOTA_EXCEEDED").length).toBe(7);
    expect(
      await platform.services.evaluations.prisma.nomination.count({ where: { recommenderOrgId: "org-hn-soc-meteo" } }),
    ).toBe(1);
  });
});

describe("createWork: the activity belongs to the work's owner or its subtree", () => {
  it("refuses a 重庆 unit's work attached to 湖南省科协's main-venue activity", async () => {
    const before = await platform.services.media.prisma.work.count();
    const result = await graphql(
      platform.gatewayUrl,
      "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
      {
        variables: {
          i: {
            ownerOrgId: "org-cq-yuzhong",
            campaignId: "cmp-2024-hn",
            content: {
              activityId: "act-2024-hn-main",
              title: "山城桥梁里的力学",
              kind: "SHORT_VIDEO",
              summary: "",
              creator: { kind: "PERSON", displayName: "渝中区科协" },
              topics: [],
              hashtags: [],
              licence: "CC_BY",
              fileAssetIds: [],
            },
          },
        },
        token: await tokenAt("org-cq-yuzhong", ["EDITOR"]),
      },
    );
    expect(code(result)).toBe("BAD_USER_INPUT");
    const sameCampaign = await graphql(
      platform.gatewayUrl,
      "mutation ($i: CreateWorkInput!) { createWork(input: $i) { id } }",
      {
        variables: {
          i: {
            ownerOrgId: "org-hn-changsha",
            campaignId: "cmp-2024-hn",
            content: {
              activityId: "act-2024-hn-main",
              title: "长沙的科普作品",
              kind: "SHORT_VIDEO",
              summary: "",
              creator: { kind: "PERSON", displayName: "长沙市科协" },
              topics: [],
              hashtags: [],
              licence: "CC_BY",
              fileAssetIds: [],
            },
          },
        },
        token: await tokenAt("org-hn-changsha", ["EDITOR"]),
      },
    );
    expect(code(sameCampaign)).toBe("BAD_USER_INPUT");
    expect(sameCampaign.errors?.[0]?.message).toContain("本单位或下级单位主办的活动");
    expect(await platform.services.media.prisma.work.count()).toBe(before);
  });
});

describe("createActivity: the campaign exists, the edition is its own, the host inside its region", () => {
  const create = "mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }";
  const activity = demoActivityInput;

  it("refuses a campaign that does not exist, an editionId sent, and a host outside a regional edition", async () => {
    const token = await tokenAt("org-cq-yuzhong", ["EDITOR"]);
    const before = await platform.services.activities.prisma.activity.count();
    const missing = await graphql(platform.gatewayUrl, create, {
      variables: { i: activity({ campaignId: "cmp-1999" }) },
      token,
    });
    expect(code(missing)).toBe("BAD_USER_INPUT");
    expect(missing.errors?.[0]?.message).toContain("活动届次不存在");
    const edition = await graphql(platform.gatewayUrl, create, {
      variables: { i: activity({ editionId: "cmp-2023" }) },
      token,
    });
    expect(edition.errors?.[0]?.message).toMatch(/editionId/);
    const elsewhere = await graphql(platform.gatewayUrl, create, {
      variables: { i: activity({ campaignId: "cmp-2024-hn" }) },
      token,
    });
    expect(code(elsewhere)).toBe("BAD_USER_INPUT");
    expect(await platform.services.activities.prisma.activity.count()).toBe(before);
  });

  it("stores the campaign's own edition", async () => {
    const created = await graphql<{ createActivity: { id: string } }>(platform.gatewayUrl, create, {
      variables: { i: activity() },
      token: await tokenAt("org-cq-yuzhong", ["EDITOR"]),
    });
    expect(created.errors).toBeUndefined();
    const row = await platform.services.activities.prisma.activity.findUniqueOrThrow({
      where: { id: created.data?.createActivity.id ?? "" },
    });
    expect(row.editionId).toBe("cmp-2024");
  });
});

describe("assignReviewers: real users, REVIEWER of the receiving unit, submitted nominations", () => {
  const assign =
    "mutation ($n: ID!, $r: [ID!]!) { assignReviewers(nominationId: $n, reviewerIds: $r) { reviewerIds } }";

  it("refuses an id that is no user, a user who is not REVIEWER there, and a DRAFT", async () => {
    const hunanAdmin = await tokenAt("org-hn", ["ORG_ADMIN"]);
    const assignments = () => platform.services.evaluations.prisma.assignment.count();
    const before = await assignments();
    const noUser = await graphql(platform.gatewayUrl, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: ["no-such-user"] },
      token: hunanAdmin,
    });
    expect(code(noUser)).toBe("BAD_USER_INPUT");
    expect(noUser.errors?.[0]?.message).toContain("no-such-user");
    // demo-organizer is a real user, ORG_ADMIN of 重庆市科协, but not REVIEWER of 湖南省科协.
    const notReviewer = await graphql(platform.gatewayUrl, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: ["demo-reviewer", "demo-organizer"] },
      token: hunanAdmin,
    });
    expect(code(notReviewer)).toBe("BAD_USER_INPUT");
    expect(notReviewer.errors?.[0]?.message).toContain("demo-organizer");
    const draft = await graphql<{ createNomination: { id: string } }>(platform.gatewayUrl, createNomination, {
      variables: { i: nominationInput({ orgId: "org-hn-changsha-yuelu", title: "岳麓区科协" }) },
      token: await tokenAt("org-hn-changsha", ["ORG_ADMIN"]),
    });
    expect(draft.errors).toBeUndefined();
    const onDraft = await graphql(platform.gatewayUrl, assign, {
      variables: { n: draft.data?.createNomination.id, r: ["demo-reviewer"] },
      token: hunanAdmin,
    });
    expect(code(onDraft)).toBe("CONFLICT");
    expect(await assignments()).toBe(before);
    const ok = await graphql(platform.gatewayUrl, assign, {
      variables: { n: "nom-hn-cs-unit-kaifu", r: ["demo-reviewer"] },
      token: hunanAdmin,
    });
    expect(ok.errors).toBeUndefined();
  });
});
