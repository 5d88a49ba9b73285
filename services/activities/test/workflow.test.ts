import type { Role } from "@kepu/auth";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import gcoord from "gcoord";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";

/**
 * Issue 9 §1–§2 on the activities service alone (fixture tree and campaigns): categories as campaign
 * data, derived facts (category kind, region within the host's, co-hosts, GCJ-02 → WGS-84), the
 * private contact, the workflow with its audit history, an edit of a published activity going back
 * to review while the public keeps the approved content, cancel and finish, and racing decisions.
 */
let service: RunningService;
let signer: TestTokenSigner;

const edition = "cmp-wf";
const regional = "cmp-wf-cq";
const other = "cmp-wf-other";
const district = "org-wf-yz"; // 渝中区 500103
const city = "org-wf-cq"; // 重庆市 500000

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        directory: staticOrgDirectory(
          [`/org-cast/${city}/`, `/org-cast/${city}/${district}/`, "/org-cast/org-wf-hn/"],
          {},
          {
            facts: {
              [city]: { kind: "ASSOCIATION", level: "PROVINCIAL", regionCode: "500000" },
              [district]: { kind: "ASSOCIATION", level: "COUNTY", regionCode: "500103" },
              "org-wf-hn": { kind: "ASSOCIATION", level: "PROVINCIAL", regionCode: "430000" },
            },
            campaigns: {
              [edition]: {},
              [regional]: { editionId: edition, lineageIds: [regional, edition], regionOrgId: city },
              [other]: {},
            },
          },
        ),
      }),
    seed,
  ));
  await service.prisma.activityCategory.createMany({
    data: [
      { id: "cat-wf-key", campaignId: edition, key: "EXHIBITIONS", kind: "KEY", nameZh: "千馆展览探未来", nameEn: "E" },
      { id: "cat-wf-women", campaignId: regional, key: "WOMEN", kind: "JOINT_ACTION", nameZh: "巾帼科普", nameEn: "W" },
      { id: "cat-wf-other", campaignId: other, key: "OTHER", kind: "KEY", nameZh: "别的届次", nameEn: "O" },
    ],
  });
});
afterAll(async () => {
  await service?.close();
});

const tokenFor = (memberships: { org: string; roles: Role[] }[], sub = `user-${memberships[0]?.org ?? "none"}`) =>
  signer.sign({ sub, name: "t", adm: false, mem: memberships, rv: 0 }, 60);
const editor = () => tokenFor([{ org: district, roles: ["EDITOR"] }]);
const cityAdmin = () => tokenFor([{ org: city, roles: ["ORG_ADMIN"] }]);

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a value");
  return value;
}

const input = (overrides: Record<string, unknown> = {}) => ({
  campaignId: regional,
  hostOrgId: district,
  title: "走进重庆科技馆动手搭建智能小车",
  summary: "青少年在科技馆动手搭建并编程一台智能小车。",
  categoryId: "cat-wf-women",
  forms: ["EXPERIMENT"],
  mode: "OFFLINE",
  startsAt: "2030-09-20T09:30:00+08:00",
  endsAt: "2030-09-20T11:00:00+08:00",
  venue: "重庆科技馆",
  address: "重庆市江北区江北城文星门街7号",
  regionCode: "500103",
  latitude: 29.5575,
  longitude: 106.5772,
  contactName: "陈老师",
  contactPhone: "13800000000",
  contactEmail: "chen@example.org",
  ...overrides,
});

const create = /* GraphQL */ `
  mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id status categoryKind category { key } } }
`;

async function created(token: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await graphql<{ createActivity: { id: string } }>(service.url, create, {
    variables: { input: input(overrides) },
    token,
  });
  expect(result.errors).toBeUndefined();
  return must(result.data?.createActivity.id);
}

const step = async (name: string, id: string, token: string, extra = "") =>
  graphql<Record<string, { status: string }>>(service.url, `mutation { ${name}(id: "${id}"${extra}) { id status } }`, {
    token,
  });

async function published(overrides: Record<string, unknown> = {}): Promise<string> {
  const id = await created(await editor(), overrides);
  expect((await step("submitActivity", id, await editor())).errors).toBeUndefined();
  expect((await step("approveActivity", id, await cityAdmin())).errors).toBeUndefined();
  return id;
}

describe("categories are campaign data", () => {
  it("lists a regional edition's own categories, then its national edition's", async () => {
    const result = await graphql<{ activityCategories: { id: string; kind: string }[] }>(
      service.url,
      `{ activityCategories(campaignId: "${regional}") { id kind } }`,
    );
    expect(result.data?.activityCategories.map((c) => c.id)).toEqual(["cat-wf-women", "cat-wf-key"]);
  });

  it("derives the kind from the category, inherited ones included", async () => {
    const token = await editor();
    const own = await graphql<{ createActivity: { categoryKind: string } }>(service.url, create, {
      variables: { input: input() },
      token,
    });
    expect(own.data?.createActivity.categoryKind).toBe("JOINT_ACTION");
    const inherited = await graphql<{ createActivity: { categoryKind: string } }>(service.url, create, {
      variables: { input: input({ categoryId: "cat-wf-key" }) },
      token,
    });
    expect(inherited.data?.createActivity.categoryKind).toBe("KEY");
  });

  it("refuses another campaign's category, naming the field, with nothing written", async () => {
    const before = await service.prisma.activity.count();
    const result = await graphql(service.url, create, {
      variables: { input: input({ categoryId: "cat-wf-other" }) },
      token: await editor(),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "categoryId" });
    expect(await service.prisma.activity.count()).toBe(before);
  });

  it("lets the regional edition's lead add one (as a row, no code), and nobody else", async () => {
    const add = `mutation ($i: CreateActivityCategoryInput!) { createActivityCategory(input: $i) { id key kind } }`;
    const category = {
      campaignId: regional,
      key: "GRASSROOTS",
      kind: "JOINT_ACTION",
      nameZh: "基层科普行动",
      nameEn: "Grassroots",
    };
    const byEditor = await graphql(service.url, add, { variables: { i: category }, token: await editor() });
    expect(byEditor.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byLead = await graphql<{ createActivityCategory: { key: string } }>(service.url, add, {
      variables: { i: category },
      token: await cityAdmin(),
    });
    expect(byLead.data?.createActivityCategory.key).toBe("GRASSROOTS");
    const again = await graphql(service.url, add, { variables: { i: category }, token: await cityAdmin() });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "key" });
  });
});

describe("what an activity names is checked and derived", () => {
  it.each([
    ["a 湖南 region code for a 渝中区 host", { regionCode: "430105" }, "regionCode", /主办单位所在地区/],
    ["a code of no province", { regionCode: "990101" }, "regionCode", /不存在/],
    ["a co-host that does not exist", { coHostOrgIds: ["org-nowhere"] }, "coHostOrgIds", /org-nowhere/],
    ["the host as its own co-host", { coHostOrgIds: [district] }, "coHostOrgIds", /不必/],
    [
      "a co-host outside the regional edition's territory (湖南's 科协 for 重庆's edition)",
      { coHostOrgIds: [city, "org-wf-hn"] },
      "coHostOrgIds",
      /联合主办单位不在该地方科普日的地区范围内：org-wf-hn/,
    ],
    [
      "a 渝中区 point in Beijing",
      { latitude: 39.9087, longitude: 116.3975 },
      "latitude",
      /不在行政区划 500103 所属的重庆市范围内/,
    ],
    [
      "a 渝中区 point in Beijing picked on a Chinese map (GCJ-02)",
      { latitude: 39.9101, longitude: 116.4037, coordinateSystem: "GCJ02" },
      "latitude",
      /重庆市范围内/,
    ],
    ["a 渝中区 point in 长沙 (湖南)", { latitude: 28.2282, longitude: 112.9388 }, "latitude", /重庆市范围内/],
    ["a latitude without a longitude", { longitude: null }, "longitude", /同时/],
    ["a latitude of 106 (swapped)", { latitude: 106, longitude: 29.5 }, "latitude", /纬度/],
    ["a livestream link that is no web address", { livestreamUrl: "javascript:alert(1)" }, "livestreamUrl", /直播/],
    ["a phone nobody can call", { contactPhone: "12345" }, "contactPhone", /电话/],
  ])("refuses %s with the field at fault and nothing written", async (_label, overrides, field, message) => {
    const before = await service.prisma.activity.count();
    const result = await graphql(service.url, create, {
      variables: { input: input(overrides) },
      token: await editor(),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toContain(field);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await service.prisma.activity.count()).toBe(before);
  });

  it("accepts a city's district code for the city's own 科协 and co-hosts that exist", async () => {
    const id = await created(await cityAdmin(), { hostOrgId: city, regionCode: "500106", coHostOrgIds: [district] });
    const row = await service.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ regionCode: "500106", coHostOrgIds: [district] });
  });

  it("stores a point picked on a Chinese map (GCJ-02) in WGS-84", async () => {
    const wgs: [number, number] = [106.5772, 29.5575];
    const [gcjLng, gcjLat] = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02);
    expect(Math.abs(gcjLng - wgs[0]) + Math.abs(gcjLat - wgs[1])).toBeGreaterThan(0.003); // hundreds of metres apart
    const id = await created(await editor(), { latitude: gcjLat, longitude: gcjLng, coordinateSystem: "GCJ02" });
    const row = await service.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(must(row.longitude)).toBeCloseTo(wgs[0], 5);
    expect(must(row.latitude)).toBeCloseTo(wgs[1], 5);
  });
});

const readQuery = (id: string) => /* GraphQL */ `{ activity(id: "${id}") {
  title status hasPendingChanges contact { name phone email } pendingEdit { title } history { action fromStatus toStatus }
} }`;
interface Read {
  activity: {
    title: string;
    status: string;
    hasPendingChanges: boolean;
    contact: { name: string; phone: string; email: string } | null;
    pendingEdit: { title: string } | null;
    history: { action: string; fromStatus: string | null; toStatus: string }[];
  } | null;
}

describe("workflow, audited", () => {
  it("never shows the private contact or history to the public, and does to the host and the level above", async () => {
    const id = await published();
    const anonymous = await graphql<Read>(service.url, readQuery(id));
    expect(anonymous.data?.activity).toMatchObject({ status: "PUBLISHED", contact: null, history: [] });
    expect(JSON.stringify(anonymous.data)).not.toMatch(/13800000000|chen@example/);
    const otherUnit = await graphql<Read>(service.url, readQuery(id), {
      token: await tokenFor([{ org: "org-wf-hn", roles: ["ORG_ADMIN"] }]),
    });
    expect(otherUnit.data?.activity?.contact).toBeNull();
    for (const token of [await editor(), await cityAdmin()]) {
      const entitled = await graphql<Read>(service.url, readQuery(id), { token });
      expect(entitled.data?.activity?.contact).toEqual({
        name: "陈老师",
        phone: "13800000000",
        email: "chen@example.org",
      });
      expect(entitled.data?.activity?.history.map((e) => `${e.action}:${e.toStatus}`)).toEqual([
        "CREATE:DRAFT",
        "SUBMIT:SUBMITTED",
        "APPROVE:PUBLISHED",
      ]);
    }
  });

  it.each([
    ["a co-host outside the regional edition's territory", { coHostOrgIds: ["org-wf-hn"] }, "coHostOrgIds", /地区范围/],
    ["a 渝中区 point moved to Beijing", { latitude: 39.9087, longitude: 116.3975 }, "latitude", /重庆市范围内/],
  ])(
    "refuses an edit of a draft and of a published activity with %s, writing nothing",
    async (_label, overrides, field, message) => {
      const update = `mutation ($id: ID!, $input: ActivityContentInput!) { updateActivity(id: $id, input: $input) { status } }`;
      const { campaignId: _c, hostOrgId: _h, startsAt: _s, endsAt: _e, ...content } = input(overrides);
      for (const id of [await created(await editor()), await published()]) {
        const before = await service.prisma.activity.findUniqueOrThrow({ where: { id } });
        const result = await graphql(service.url, update, { variables: { id, input: content }, token: await editor() });
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(await service.prisma.activity.findUniqueOrThrow({ where: { id } })).toEqual(before);
      }
    },
  );

  it("sends an edit of a published activity's content back to review while the public keeps the approved version", async () => {
    const id = await published();
    const update = `mutation ($id: ID!, $input: ActivityContentInput!) { updateActivity(id: $id, input: $input) { status } }`;
    const {
      campaignId: _c,
      hostOrgId: _h,
      startsAt: _s,
      endsAt: _e,
      ...content
    } = input({ title: "改期后的智能小车营", venue: "重庆市少年宫" });
    const edited = await graphql<{ updateActivity: { status: string } }>(service.url, update, {
      variables: { id, input: content },
      token: await editor(),
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateActivity.status).toBe("SUBMITTED");

    const publicView = await graphql<Read>(service.url, readQuery(id));
    expect(publicView.data?.activity).toMatchObject({
      title: "走进重庆科技馆动手搭建智能小车",
      status: "PUBLISHED",
      hasPendingChanges: false,
      pendingEdit: null,
    });
    const list = await graphql<{ activities: { edges: { node: { id: string; title: string; venue: string } }[] } }>(
      service.url,
      `{ activities(first: 100, campaignId: "${regional}") { edges { node { id title venue } } } }`,
    );
    expect(list.data?.activities.edges.find((e) => e.node.id === id)?.node).toMatchObject({ venue: "重庆科技馆" });

    const hostView = await graphql<Read>(service.url, readQuery(id), { token: await editor() });
    expect(hostView.data?.activity).toMatchObject({
      status: "SUBMITTED",
      hasPendingChanges: true,
      pendingEdit: { title: "改期后的智能小车营" },
    });

    // Sent back: the public still sees the approved version; approved again: the edit is public.
    const rejected = await step("rejectActivity", id, await cityAdmin(), ', note: "场地需补充消防说明"');
    expect(rejected.data?.rejectActivity?.status).toBe("REJECTED");
    expect((await graphql<Read>(service.url, readQuery(id))).data?.activity).toMatchObject({
      title: "走进重庆科技馆动手搭建智能小车",
      status: "PUBLISHED",
    });
    expect((await step("submitActivity", id, await editor())).data?.submitActivity?.status).toBe("SUBMITTED");
    expect((await step("approveActivity", id, await cityAdmin())).data?.approveActivity?.status).toBe("PUBLISHED");
    const after = await graphql<Read>(service.url, readQuery(id), { token: await editor() });
    expect(after.data?.activity).toMatchObject({ title: "改期后的智能小车营", hasPendingChanges: false });
    expect(after.data?.activity?.history.map((e) => e.action)).toEqual([
      "CREATE",
      "SUBMIT",
      "APPROVE",
      "SUBMIT",
      "REJECT",
      "SUBMIT",
      "APPROVE",
    ]);
  });

  it("drops an edit on withdrawal: published again as approved", async () => {
    const id = await published();
    const { campaignId: _c, hostOrgId: _h, startsAt: _s, endsAt: _e, ...content } = input({ title: "撤回的修改" });
    await graphql(
      service.url,
      `mutation ($id: ID!, $input: ActivityContentInput!) { updateActivity(id: $id, input: $input) { id } }`,
      {
        variables: { id, input: content },
        token: await editor(),
      },
    );
    expect((await step("withdrawActivity", id, await editor())).data?.withdrawActivity?.status).toBe("PUBLISHED");
    const row = await service.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "PUBLISHED",
      listed: true,
      pendingEdit: null,
      title: "走进重庆科技馆动手搭建智能小车",
    });
  });

  it("changes only the private contact of a published activity without review", async () => {
    const id = await published();
    const { campaignId: _c, hostOrgId: _h, startsAt: _s, endsAt: _e, ...content } = input({ contactName: "王老师" });
    const result = await graphql<{ updateActivity: { status: string } }>(
      service.url,
      `mutation ($id: ID!, $input: ActivityContentInput!) { updateActivity(id: $id, input: $input) { status } }`,
      { variables: { id, input: content }, token: await editor() },
    );
    expect(result.data?.updateActivity.status).toBe("PUBLISHED");
    expect((await service.prisma.activity.findUniqueOrThrow({ where: { id } })).contactName).toBe("王老师");
  });

  it("cancels with a reason: still readable by id as cancelled, out of the public lists", async () => {
    const id = await published();
    const noReason = await step("cancelActivity", id, await editor(), ', reason: " "');
    expect(noReason.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const stranger = await step(
      "cancelActivity",
      id,
      await tokenFor([{ org: "org-wf-hn", roles: ["ORG_ADMIN"] }]),
      ', reason: "不办了"',
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const cancelled = await step("cancelActivity", id, await editor(), ', reason: "因台风预警取消"');
    expect(cancelled.data?.cancelActivity?.status).toBe("CANCELLED");
    const publicView = await graphql<{ activity: { status: string; cancelReason: string } }>(
      service.url,
      `{ activity(id: "${id}") { status cancelReason } }`,
    );
    expect(publicView.data?.activity).toEqual({ status: "CANCELLED", cancelReason: "因台风预警取消" });
    const list = await graphql<{ activities: { edges: { node: { id: string } }[] } }>(
      service.url,
      `{ activities(first: 100, campaignId: "${regional}") { edges { node { id } } } }`,
    );
    expect(list.data?.activities.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it("finishes only once it has ended", async () => {
    const id = await published();
    const early = await step("finishActivity", id, await editor());
    expect(early.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await service.prisma.activity.update({
      where: { id },
      data: { startsAt: new Date("2024-09-20T01:30:00Z"), endsAt: new Date("2024-09-20T03:00:00Z") },
    });
    expect((await step("finishActivity", id, await editor())).data?.finishActivity?.status).toBe("FINISHED");
    expect((await graphql<Read>(service.url, readQuery(id))).data?.activity?.status).toBe("FINISHED");
  });

  it("lets exactly one of an approval and a withdrawal racing win, with one step in the history", async () => {
    const id = await created(await editor());
    await step("submitActivity", id, await editor());
    const [approve, withdraw] = await Promise.all([
      step("approveActivity", id, await cityAdmin()),
      step("withdrawActivity", id, await editor()),
    ]);
    const outcomes = [approve, withdraw].map((r) => (r.errors ? String(r.errors[0]?.extensions?.code) : "OK"));
    expect(outcomes.filter((o) => o === "OK")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "CONFLICT")).toHaveLength(1);
    const events = await service.prisma.activityEvent.findMany({ where: { activityId: id } });
    expect(events.filter((e) => e.action === "APPROVE" || e.action === "WITHDRAW")).toHaveLength(1);
  });
});

describe("the approval queue", () => {
  it("shows the level above what waits for it, with counts, and nothing to the host or another region", async () => {
    const id = await created(await editor());
    await step("submitActivity", id, await editor());
    const queue = `{ activityApprovalQueue(first: 100) { edges { node { id } } } activityApprovalCounts { waiting approvedToday } }`;
    type Queue = {
      activityApprovalQueue: { edges: { node: { id: string } }[] };
      activityApprovalCounts: { waiting: number };
    };
    const above = await graphql<Queue>(service.url, queue, { token: await cityAdmin() });
    const ids = above.data?.activityApprovalQueue.edges.map((e) => e.node.id) ?? [];
    expect(ids).toContain(id);
    expect(above.data?.activityApprovalCounts.waiting).toBe(ids.length);
    for (const token of [
      await tokenFor([{ org: district, roles: ["ORG_ADMIN"] }]),
      await tokenFor([{ org: "org-wf-hn", roles: ["ORG_ADMIN"] }]),
    ]) {
      const none = await graphql<Queue>(service.url, queue, { token });
      expect(none.data?.activityApprovalQueue.edges).toEqual([]);
      expect(none.data?.activityApprovalCounts.waiting).toBe(0);
    }
    const anonymous = await graphql(service.url, queue);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
