import { createHmac } from "node:crypto";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Check-in trails (联动打卡, issue 9 §5) through the gateway, on PGlite and on PostgreSQL
 * (`scripts/with-postgres.sh`): a unit's editors make and publish a trail of activities and venues;
 * the venue screen shows a code that rotates every minute; people check in with it. A wrong code, a
 * code from an earlier window (a photo used later), an unpublished trail and a stop outside its
 * activity's time are refused; a person checking in twice at once gets one row; completion is written
 * once; code guessing is throttled in the database; another unit cannot edit the trail; the public
 * sees the trail and its stops and nothing personal.
 */
let platform: RunningPlatform;
const hostOrgId = "org-cq-yuzhong";
const campaignId = "cmp-2024-cq";
const now = Date.now();
const nowActivity = "act-trail-now";
const laterActivity = "act-trail-later";
const draftActivity = "act-trail-draft";
const otherCampaignActivity = "act-trail-2023";
const beibeiActivity = "act-trail-beibei";

async function fixtureActivity(
  id: string,
  campaign: { campaignId: string; editionId: string },
  startsAt: Date,
  endsAt: Date,
  published = true,
  host = hostOrgId,
) {
  await platform.services.activities.prisma.activity.create({
    data: {
      id,
      ...campaign,
      hostOrgId: host,
      title: `走进重庆科技馆动手搭建智能小车 ${id}`,
      summary: "动手搭建并编程一台小车。",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: ["EXPERIMENT"],
      mode: "OFFLINE",
      venue: "重庆科技馆",
      address: "重庆市江北区江北城文星门街7号",
      latitude: 29.5647,
      longitude: 106.5759,
      startsAt,
      endsAt,
      status: published ? "PUBLISHED" : "DRAFT",
      listed: published,
      sessions: { create: { startsAt, endsAt } },
    },
  });
}

beforeAll(async () => {
  platform = await startPlatform();
  const cq = { campaignId, editionId: "cmp-2024" };
  await fixtureActivity(nowActivity, cq, new Date(now - 3_600_000), new Date(now + 7_200_000));
  await fixtureActivity(laterActivity, cq, new Date(now + 86_400_000), new Date(now + 90_000_000));
  await fixtureActivity(draftActivity, cq, new Date(now - 3_600_000), new Date(now + 7_200_000), false);
  await fixtureActivity(
    beibeiActivity,
    cq,
    new Date(now - 3_600_000),
    new Date(now + 7_200_000),
    true,
    "org-cq-beibei",
  );
  await fixtureActivity(
    otherCampaignActivity,
    { campaignId: "cmp-2023", editionId: "cmp-2023" },
    new Date(now - 3_600_000),
    new Date(now + 7_200_000),
  );
}, 300_000);
afterAll(async () => {
  await platform?.close();
});

/** Accounts in the organizations database (so their rights version is current), with tokens. */
let userSeq = 0;
async function account(memberships: { org: string; roles: ("EDITOR" | "ORG_ADMIN" | "REVIEWER")[] }[] = []) {
  userSeq += 1;
  const id = `user-trail-${platform.databaseKind}-${userSeq}`;
  await platform.services.organizations.prisma.user.create({
    data: {
      id,
      email: `${id}@example.org`,
      displayName: `打卡者${userSeq}`,
      passwordHash: "unused",
      memberships: { create: memberships.map((m) => ({ orgId: m.org, roles: m.roles })) },
    },
  });
  return platform.signer.sign(
    {
      sub: id,
      name: id,
      adm: false,
      mem: memberships.map((m) => ({ org: m.org, roles: m.roles })),
      eml: `${id}@example.org`,
    },
    600,
  );
}
let editorToken: string;
const editor = async () => {
  editorToken ??= await account([{ org: hostOrgId, roles: ["EDITOR"] }]);
  return editorToken;
};

interface TrailView {
  id: string;
  status: string;
  stops: { id: string; position: number; title: string | null; venue: string | null }[];
}
const trailFields = "id status title stops { id position title venue address latitude longitude activity { id } }";

async function createTrail(stops: Record<string, unknown>[], token?: string) {
  return graphql<{ createTrail: TrailView }>(
    platform.gatewayUrl,
    `mutation ($i: CreateTrailInput!) { createTrail(input: $i) { ${trailFields} } }`,
    {
      variables: { i: { campaignId, hostOrgId, title: "渝中 科普 联动打卡", summary: "走遍三站，集齐印章。", stops } },
      token: token ?? (await editor()),
    },
  );
}
async function publishedTrail(stops: Record<string, unknown>[]): Promise<TrailView> {
  const created = await createTrail(stops);
  expect(created.errors).toBeUndefined();
  const trail = must(created.data).createTrail;
  const published = await graphql(platform.gatewayUrl, "mutation ($id: ID!) { publishTrail(id: $id) { id status } }", {
    variables: { id: trail.id },
    token: await editor(),
  });
  expect(published.errors).toBeUndefined();
  return trail;
}

const venueCode = async (stopId: string, token?: string) =>
  graphql<{ trailStopCode: { code: string; rotatesAt: string; stepSeconds: number; checkInUrl: string } }>(
    platform.gatewayUrl,
    "query ($s: ID!) { trailStopCode(stopId: $s) { code rotatesAt stepSeconds checkInUrl } }",
    { variables: { s: stopId }, ...(token ? { token } : {}) },
  );
const liveCode = async (stopId: string) => must((await venueCode(stopId, await editor())).data).trailStopCode.code;

interface CheckInView {
  at: string;
  alreadyCheckedIn: boolean;
  progress: { done: number; total: number; completed: boolean; completedAt: string | null };
}
const checkIn = (token: string | undefined, stopId: string, code: string) =>
  graphql<{ checkIn: CheckInView }>(
    platform.gatewayUrl,
    "mutation ($s: ID!, $c: String!) { checkIn(stopId: $s, code: $c) { at alreadyCheckedIn progress { done total completed completedAt } } }",
    { variables: { s: stopId, c: code }, ...(token ? { token } : {}) },
  );

/** An independent derivation of a stop's code (HMAC-SHA-256 over the minute, RFC 4226 truncation). */
function codeOfWindow(secret: string, window: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(window));
  const mac = createHmac("sha256", Buffer.from(secret, "base64url")).update(counter).digest();
  const offset = (mac.at(-1) ?? 0) & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}
const secretOf = async (stopId: string) =>
  (await platform.services.activities.prisma.trailStop.findUniqueOrThrow({ where: { id: stopId } })).secret;

describe("making a trail", () => {
  it("takes published activities of the campaign and venues; refuses a draft, another campaign's and an unknown activity", async () => {
    for (const [activityId, message] of [
      [draftActivity, /已发布/],
      [otherCampaignActivity, /不属于本路线的科普日/],
      ["act-nowhere", /不存在/],
    ] as const) {
      const refused = await createTrail([{ title: "解放碑科普长廊" }, { activityId }]);
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.message).toMatch(message);
      expect(refused.errors?.[0]?.extensions?.field).toBe("stops.1.activityId");
    }
    const stopsBefore = await platform.services.activities.prisma.trailStop.count();
    const created = await createTrail([
      { activityId: nowActivity },
      { title: "解放碑科普长廊", venue: "解放碑步行街" },
    ]);
    expect(created.errors).toBeUndefined();
    const trail = must(created.data).createTrail;
    expect(trail.status).toBe("DRAFT");
    expect(trail.stops.map((stop) => [stop.position, stop.title?.slice(0, 6), stop.venue])).toEqual([
      [1, "走进重庆科技", "重庆科技馆"],
      [2, "解放碑科普长", "解放碑步行街"],
    ]);
    expect(await platform.services.activities.prisma.trailStop.count()).toBe(stopsBefore + 2);
    // A national edition's trail may name a regional edition's activity.
    const national = await graphql(
      platform.gatewayUrl,
      `mutation ($i: CreateTrailInput!) { createTrail(input: $i) { id } }`,
      {
        variables: {
          i: {
            campaignId: "cmp-2024",
            hostOrgId,
            title: "全国联动打卡",
            summary: "",
            stops: [{ activityId: nowActivity }],
          },
        },
        token: await editor(),
      },
    );
    expect(national.errors).toBeUndefined();
  });

  it("lets only the host's editors and those above edit it: another unit's editor and a member of the public are refused", async () => {
    const trail = must((await createTrail([{ title: "洪崖洞科普驿站" }])).data).createTrail;
    const update = (token: string | undefined) =>
      graphql<{ updateTrail: TrailView }>(
        platform.gatewayUrl,
        `mutation ($id: ID!, $i: TrailContentInput!) { updateTrail(id: $id, input: $i) { ${trailFields} } }`,
        {
          variables: { id: trail.id, i: { title: "改过的路线", summary: "", stops: [{ title: "别处" }] } },
          ...(token ? { token } : {}),
        },
      );
    const sibling = await account([{ org: "org-cq-beibei", roles: ["EDITOR", "ORG_ADMIN"] }]);
    const hunan = await account([{ org: "org-hn", roles: ["ORG_ADMIN"] }]);
    const reviewer = await account([{ org: hostOrgId, roles: ["REVIEWER"] }]);
    expect((await update(sibling)).errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect((await update(hunan)).errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect((await update(reviewer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await update(undefined)).errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|UNAUTHENTICATED/);
    for (const token of [sibling, hunan]) {
      const publish = await graphql(platform.gatewayUrl, "mutation ($id: ID!) { publishTrail(id: $id) { id } }", {
        variables: { id: trail.id },
        token,
      });
      expect(publish.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
      const created = await createTrail([{ title: "冒名路线" }], token);
      expect(created.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const stored = await platform.services.activities.prisma.trail.findUniqueOrThrow({ where: { id: trail.id } });
    expect(stored.title).toBe("渝中 科普 联动打卡");
    expect(stored.status).toBe("DRAFT");
    // 重庆市科协's admin administers 渝中区 and may.
    const cq = await account([{ org: "org-cq", roles: ["ORG_ADMIN"] }]);
    const byAbove = await update(cq);
    expect(byAbove.errors).toBeUndefined();
    expect(must(byAbove.data).updateTrail.stops.map((stop) => stop.title)).toEqual(["别处"]);
  });
});

describe("checking in", () => {
  it("refuses an unpublished trail, a wrong code, an old code and a stop outside its activity's time", async () => {
    const created = must(
      (await createTrail([{ activityId: nowActivity }, { activityId: laterActivity }])).data,
    ).createTrail;
    const [nowStop, laterStop] = created.stops.map((stop) => stop.id);
    const person = await account();
    const unpublished = await checkIn(person, must(nowStop), await liveCode(must(nowStop)));
    expect(unpublished.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(unpublished.errors?.[0]?.message).toMatch(/尚未发布/);
    await graphql(platform.gatewayUrl, "mutation ($id: ID!) { publishTrail(id: $id) { id } }", {
      variables: { id: created.id },
      token: await editor(),
    });

    const code = await liveCode(must(nowStop));
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const wrongResult = await checkIn(person, must(nowStop), wrong);
    expect(wrongResult.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrongResult.errors?.[0]?.message).toMatch(/打卡码不正确/);

    // A photo of the screen taken five minutes ago, typed at home now.
    const secret = await secretOf(must(nowStop));
    const window = Math.floor(Date.now() / 60_000);
    const old = codeOfWindow(secret, window - 5);
    // The venue screen shows what the independent derivation gives (this minute's, or the last one's at a turn).
    const shown = await liveCode(must(nowStop));
    const minute = Math.floor(Date.now() / 60_000);
    expect([codeOfWindow(secret, minute), codeOfWindow(secret, minute - 1)]).toContain(shown);
    const oldResult = await checkIn(person, must(nowStop), old);
    expect(oldResult.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(oldResult.errors?.[0]?.message).toMatch(/已过期/);
    // The previous window's code is still taken (read at :59, typed at :01).
    const previous = await checkIn(person, must(nowStop), codeOfWindow(secret, Math.floor(Date.now() / 60_000) - 1));
    expect(previous.errors).toBeUndefined();

    const later = await checkIn(person, must(laterStop), await liveCode(must(laterStop)));
    expect(later.errors?.[0]?.message).toMatch(/尚未开始/);
    expect(await platform.services.activities.prisma.trailCheckIn.count({ where: { trailId: created.id } })).toBe(1);

    const anonymous = await checkIn(undefined, must(nowStop), await liveCode(must(nowStop)));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("a person checking in twice at once gets one row; completion is written once, by the last stop", async () => {
    const trail = await publishedTrail([
      { title: "一号站 科技馆" },
      { activityId: nowActivity },
      { title: "三号站 图书馆" },
    ]);
    const [first, second, third] = trail.stops.map((stop) => must(stop.id));
    const person = await account();
    const codes = await Promise.all([first, second, third].map((stop) => liveCode(must(stop))));

    const twice = await Promise.all(Array.from({ length: 8 }, () => checkIn(person, must(first), must(codes[0]))));
    expect(twice.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(twice.filter((r) => !must(r.data).checkIn.alreadyCheckedIn)).toHaveLength(1);
    expect(new Set(twice.map((r) => must(r.data).checkIn.at)).size).toBe(1);
    expect(await platform.services.activities.prisma.trailCheckIn.count({ where: { stopId: first } })).toBe(1);

    // The last two stops at once (two phones, or a double tap on a slow network).
    const lastTwo = await Promise.all([
      checkIn(person, must(second), must(codes[1])),
      checkIn(person, must(third), must(codes[2])),
      checkIn(person, must(third), must(codes[2])),
    ]);
    expect(lastTwo.flatMap((r) => r.errors ?? [])).toEqual([]);
    const progress = await platform.services.activities.prisma.trailProgress.findUniqueOrThrow({
      where: { trailId_userId: { trailId: trail.id, userId: `user-trail-${platform.databaseKind}-${userSeq}` } },
    });
    expect(progress.completedAt).not.toBeNull();
    expect(progress.checkIns).toBe(3);
    const mine = await graphql<{
      myTrailProgress: {
        done: number;
        total: number;
        completed: boolean;
        completedAt: string;
        nextStop: null;
        stops: { checkedInAt: string | null }[];
      };
    }>(
      platform.gatewayUrl,
      "query ($t: ID!) { myTrailProgress(trailId: $t) { done total completed completedAt nextStop { id } stops { checkedInAt } } }",
      { variables: { t: trail.id }, token: person },
    );
    expect(mine.data?.myTrailProgress).toMatchObject({ done: 3, total: 3, completed: true, nextStop: null });
    expect(new Date(must(mine.data).myTrailProgress.completedAt).getTime()).toBe(must(progress.completedAt).getTime());
    // Checking in again later changes nothing.
    const again = await checkIn(person, must(third), await liveCode(must(third)));
    expect(again.data?.checkIn).toMatchObject({ alreadyCheckedIn: true, progress: { completed: true } });
    const after = await platform.services.activities.prisma.trailProgress.findUniqueOrThrow({
      where: { trailId_userId: { trailId: trail.id, userId: progress.userId } },
    });
    expect(after.completedAt?.getTime()).toBe(progress.completedAt?.getTime());
    expect(after.checkIns).toBe(3);

    // Another person's progress is their own: nothing done.
    const other = await account();
    const theirs = await graphql<{ myTrailProgress: { done: number; nextStop: { id: string } } }>(
      platform.gatewayUrl,
      "query ($t: ID!) { myTrailProgress(trailId: $t) { done nextStop { id } } }",
      { variables: { t: trail.id }, token: other },
    );
    expect(theirs.data?.myTrailProgress).toEqual({ done: 0, nextStop: { id: first } });
    const anonymous = await graphql(platform.gatewayUrl, "query ($t: ID!) { myTrailProgress(trailId: $t) { done } }", {
      variables: { t: trail.id },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("throttles code guessing per person and stop, counted in the database even when the guesses come at once", async () => {
    const trail = await publishedTrail([{ title: "猜码站" }]);
    const stop = must(trail.stops[0]).id;
    const guesser = await account();
    const code = await liveCode(stop);
    const wrong = (i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0");
    const guesses = await Promise.all(Array.from({ length: 14 }, (_, i) => checkIn(guesser, stop, wrong(i))));
    const codes = guesses.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === "BAD_USER_INPUT")).toHaveLength(10);
    expect(codes.filter((c) => c === "TOO_MANY_ATTEMPTS")).toHaveLength(4);
    // Now even the right code waits for the window to pass.
    const right = await checkIn(guesser, stop, await liveCode(stop));
    expect(right.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ATTEMPTS");
    expect(right.errors?.[0]?.message).toMatch(/10分钟后再试/);
    // Another person at the same stop is not held back.
    const other = await checkIn(await account(), stop, await liveCode(stop));
    expect(other.errors).toBeUndefined();
  });
});

describe("who sees what", () => {
  it("the public sees published trails and stops with no personal data, never a code; the venue screen is the host's", async () => {
    const trail = await publishedTrail([{ activityId: nowActivity }, { title: "公开站", address: "渝中区民族路" }]);
    const stop = must(trail.stops[0]).id;
    const person = await account();
    expect((await checkIn(person, stop, await liveCode(stop))).errors).toBeUndefined();
    const draft = must((await createTrail([{ title: "草稿站" }])).data).createTrail;

    const list = await graphql<{ trails: { edges: { node: { id: string } }[] } }>(
      platform.gatewayUrl,
      "query ($c: ID!) { trails(campaignId: $c, first: 100) { edges { node { id } } } }",
      { variables: { c: "cmp-2024" } },
    );
    const ids = must(list.data).trails.edges.map((edge) => edge.node.id);
    expect(ids).toContain(trail.id);
    expect(ids).not.toContain(draft.id);
    const page = await graphql(
      platform.gatewayUrl,
      `query ($id: ID!, $d: ID!) {
        trail(id: $id) { id title summary status publishedAt stopCount viewerCanManage host { id name } campaign { id }
          stops { id position title venue address latitude longitude activity { id title } } }
        draft: trail(id: $d) { id }
      }`,
      { variables: { id: trail.id, d: draft.id } },
    );
    expect(page.errors).toBeUndefined();
    const text = JSON.stringify(page.data);
    expect(text).toContain("公开站");
    expect(text).not.toMatch(/user-trail|example\.org|打卡者|secret/);
    expect(text).not.toContain(await secretOf(stop));
    expect((page.data as { draft: unknown }).draft).toBeNull();
    // Drafts for the host's members.
    const asMember = await graphql<{ trail: { id: string; viewerCanManage: boolean } }>(
      platform.gatewayUrl,
      "query ($d: ID!) { trail(id: $d) { id viewerCanManage } }",
      { variables: { d: draft.id }, token: await editor() },
    );
    expect(asMember.data?.trail).toEqual({ id: draft.id, viewerCanManage: true });

    expect((await venueCode(stop)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await venueCode(stop, person)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const sibling = await account([{ org: "org-cq-beibei", roles: ["ORG_ADMIN"] }]);
    expect((await venueCode(stop, sibling)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const staff = await account([{ org: hostOrgId, roles: ["REVIEWER"] }]);
    const screen = await venueCode(stop, staff);
    expect(screen.errors).toBeUndefined();
    expect(must(screen.data).trailStopCode).toMatchObject({ code: expect.stringMatching(/^\d{6}$/), stepSeconds: 60 });
    expect(must(screen.data).trailStopCode.checkInUrl).toContain(`/trails/${trail.id}/check-in?stop=${stop}&code=`);
  });
});

describe("found in review", () => {
  it("keeps check-in open and the stop addable while an edit of the activity waits for review", async () => {
    const id = "act-trail-editing";
    await fixtureActivity(
      id,
      { campaignId, editionId: "cmp-2024" },
      new Date(now - 3_600_000),
      new Date(now + 7_200_000),
    );
    const trail = await publishedTrail([{ activityId: id }, { title: "解放碑科普集市", venue: "解放碑" }]);
    // The host edits the published activity: it waits for review while the public keeps it.
    await platform.services.activities.prisma.activity.update({ where: { id }, data: { status: "SUBMITTED" } });
    const stop = must(trail.stops[0]);
    const visitor = await account();
    const done = await checkIn(visitor, stop.id, await liveCode(stop.id));
    expect(done.errors).toBeUndefined();
    expect(must(done.data).checkIn.progress.done).toBe(1);
    const again = await createTrail([{ activityId: id }]);
    expect(again.errors).toBeUndefined();
  });

  it("shows nothing of a trail taken back to draft, even to someone who checked in there before", async () => {
    const trail = await publishedTrail([
      { title: "重庆自然博物馆", venue: "北碚区" },
      { title: "缙云山", venue: "北碚区" },
    ]);
    const stop = must(trail.stops[0]);
    const visitor = await account();
    expect((await checkIn(visitor, stop.id, await liveCode(stop.id))).errors).toBeUndefined();
    const unpublished = await graphql(platform.gatewayUrl, "mutation ($id: ID!) { unpublishTrail(id: $id) { id } }", {
      variables: { id: trail.id },
      token: await editor(),
    });
    expect(unpublished.errors).toBeUndefined();
    const leak = await graphql<{ checkIn: unknown }>(
      platform.gatewayUrl,
      'mutation ($s: ID!) { checkIn(stopId: $s, code: "000000") { alreadyCheckedIn stop { trail { status title } } } }',
      { variables: { s: stop.id }, token: visitor },
    );
    expect(leak.data?.checkIn ?? null).toBeNull();
    expect(leak.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(JSON.stringify(leak)).not.toContain("DRAFT");
    expect(JSON.stringify(leak)).not.toContain("联动打卡");
  });

  it("takes only activities of the trail's host or units under it; another unit's activity is refused", async () => {
    const refused = await createTrail([{ title: "解放碑站" }, { activityId: beibeiActivity }]);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.extensions?.field).toBe("stops.1.activityId");
    // 重庆市科协 links the activities of its subtree (渝中 and 北碚 both).
    const cityEditor = await account([{ org: "org-cq", roles: ["EDITOR"] }]);
    const cityTrail = await graphql<{ createTrail: TrailView }>(
      platform.gatewayUrl,
      `mutation ($i: CreateTrailInput!) { createTrail(input: $i) { ${trailFields} } }`,
      {
        variables: {
          i: {
            campaignId,
            hostOrgId: "org-cq",
            title: "重庆 联动打卡",
            summary: "",
            stops: [{ activityId: nowActivity }, { activityId: beibeiActivity }],
          },
        },
        token: cityEditor,
      },
    );
    expect(cityTrail.errors).toBeUndefined();
    // A member of the activity's host sees a stop's code only once the trail is published.
    const stop = must(must(cityTrail.data).createTrail.stops[0]);
    const venueStaff = await account([{ org: hostOrgId, roles: ["REVIEWER"] }]);
    expect((await venueCode(stop.id, venueStaff)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const published = await graphql(platform.gatewayUrl, "mutation ($id: ID!) { publishTrail(id: $id) { id } }", {
      variables: { id: must(cityTrail.data).createTrail.id },
      token: cityEditor,
    });
    expect(published.errors).toBeUndefined();
    expect((await venueCode(stop.id, venueStaff)).errors).toBeUndefined();
  });

  /** Replaces a trail's stops (title 换站, no summary) as the host's editor. */
  const replaceStops = async (trailId: string, stops: Record<string, unknown>[]) =>
    graphql(
      platform.gatewayUrl,
      "mutation ($id: ID!, $i: TrailContentInput!) { updateTrail(id: $id, input: $i) { id } }",
      {
        variables: { id: trailId, i: { title: "换站", summary: "", stops } },
        token: await editor(),
      },
    );

  it("keeps every check-in accepted while an editor removes its stop at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const trail = await publishedTrail([{ title: `站一-${round}` }, { title: `站二-${round}` }]);
      const [first, second] = trail.stops.map((stop) => stop.id);
      const code = await liveCode(must(second));
      const people = await Promise.all(Array.from({ length: 4 }, () => account()));
      const [edit, ...checkIns] = await Promise.all([
        replaceStops(trail.id, [{ id: first, title: `站一-${round}` }]),
        ...people.map((person) => checkIn(person, must(second), code)),
      ]);
      const accepted = checkIns.filter((result) => !result.errors).length;
      const stored = await platform.services.activities.prisma.trailCheckIn.count({ where: { trailId: trail.id } });
      expect(stored).toBe(accepted);
      // Either the edit went first (no check-in) or it was refused because people had checked in.
      if (accepted > 0) expect(edit.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      else expect(edit.errors).toBeUndefined();
    }
  });

  it("refuses to move a stop people have checked in at to another place or activity; renaming it is fine", async () => {
    const trail = await publishedTrail([{ title: "场馆一", venue: "解放碑" }, { title: "场馆二" }]);
    const [first, second] = trail.stops.map((stop) => must(stop.id));
    expect((await checkIn(await account(), must(first), await liveCode(must(first)))).errors).toBeUndefined();
    const moved = await replaceStops(trail.id, [
      { id: first, activityId: nowActivity },
      { id: second, title: "场馆二" },
    ]);
    expect(moved.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(moved.errors?.[0]?.extensions?.field).toBe("stops.0");
    const renamed = await replaceStops(trail.id, [
      { id: first, title: "场馆一（北门）", venue: "解放碑" },
      { id: second, title: "场馆二" },
    ]);
    expect(renamed.errors).toBeUndefined();
  });
});
