import type { Role } from "@kepu/auth";
import { userError } from "@kepu/subgraph";
import { graphql } from "@kepu/testing/graphql";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ActivityAssetSet, MediaAssets } from "../src/assets/media-assets.js";
import { type RunningService, seed, start } from "../src/index.js";
import { finishEndedActivities, finishedByClockNote } from "../src/lifecycle/clock.js";

/**
 * Issue 9 §6 on the activities service alone: the clock finishes what has ended (once, with one
 * event, on several replicas at once), the host reports results and corrects them (audited), the
 * public sees the figures, photos and links but not the summary, and every refusal (anonymous,
 * another unit, not ended, bad figures and links, a foreign or missing photo or cover) writes
 * nothing here or in media. Media is a fake that judges files as media does (files/attachments.ts).
 */
let service: RunningService;
let signer: TestTokenSigner;

const edition = "cmp-rs";
const city = "org-rs-cq";
const district = "org-rs-yz";
const hunan = "org-rs-hn";

/** Files media holds: owner and purpose; what each activity has attached. */
const files = new Map<string, { owner: string; purpose: string; attachedTo: string | null }>();
const calls: { activityId: string; set: ActivityAssetSet }[] = [];

const fakeMedia: MediaAssets = {
  async attach(activity, set) {
    calls.push({ activityId: activity.id, set });
    const target = `activity:${activity.id}`;
    const slots = [
      { field: "coverAssetId", ids: set.coverAssetIds, purpose: "ACTIVITY_COVER" },
      { field: "photoAssetIds", ids: set.resultPhotoAssetIds, purpose: "RESULT_PHOTO" },
    ];
    for (const slot of slots) {
      for (const id of slot.ids) {
        const file = files.get(id);
        const problem = !file
          ? `文件不存在：${id}`
          : file.owner !== activity.hostOrgId
            ? "只能使用本单位上传的文件"
            : file.purpose !== slot.purpose
              ? "文件用途不符"
              : file.attachedTo && file.attachedTo !== target
                ? "该文件已用于其他内容"
                : null;
        if (problem) throw userError("BAD_USER_INPUT", problem, { field: slot.field });
      }
    }
    const wanted = new Set([...set.coverAssetIds, ...set.resultPhotoAssetIds]);
    for (const [id, file] of files) {
      if (wanted.has(id)) file.attachedTo = target;
      else if (file.attachedTo === target) file.attachedTo = null;
    }
  },
};

beforeAll(async () => {
  ({ service, signer } = await bootService(
    (base) =>
      start({
        ...base,
        media: fakeMedia,
        directory: staticOrgDirectory(
          [`/org-cast/${city}/`, `/org-cast/${city}/${district}/`, `/org-cast/${hunan}/`],
          {},
          {
            facts: {
              [city]: { kind: "ASSOCIATION", level: "PROVINCIAL", regionCode: "500000" },
              [district]: { kind: "ASSOCIATION", level: "COUNTY", regionCode: "500103" },
              [hunan]: { kind: "ASSOCIATION", level: "PROVINCIAL", regionCode: "430000" },
            },
            campaigns: { [edition]: {} },
          },
        ),
      }),
    seed,
  ));
  await service.prisma.activityCategory.create({
    data: { id: "cat-rs", campaignId: edition, key: "LECTURES", kind: "KEY", nameZh: "万场报告话前沿", nameEn: "L" },
  });
});
afterAll(async () => {
  await service?.close();
});
beforeEach(() => {
  files.clear();
  calls.length = 0;
});

const tokenFor = (org: string, roles: Role[], sub = `user-${org}-${roles.join("-")}`) =>
  signer.sign({ sub, name: "t", adm: false, mem: [{ org, roles }], rv: 0 }, 60);
const editor = () => tokenFor(district, ["EDITOR"]);

let seq = 0;
/** An activity of the district as the workflow leaves it, written directly (times in the past or future). */
async function activity(
  status: "DRAFT" | "SUBMITTED" | "PUBLISHED" | "REJECTED" | "FINISHED" | "REPORTED" | "CANCELLED",
  options: { ended?: boolean; listed?: boolean; mode?: "ONLINE" | "OFFLINE"; pendingEndsAt?: Date } = {},
) {
  seq += 1;
  const ended = options.ended ?? true;
  const startsAt = ended ? new Date("2024-09-20T01:30:00Z") : new Date("2030-09-20T01:30:00Z");
  const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
  const row = await service.prisma.activity.create({
    data: {
      campaignId: edition,
      editionId: edition,
      hostOrgId: district,
      title: `成效测试活动${seq}`,
      summary: "活动简介",
      categoryId: "cat-rs",
      categoryKind: "KEY",
      forms: ["LECTURE"],
      mode: options.mode ?? "OFFLINE",
      startsAt,
      endsAt,
      venue: "重庆科技馆",
      status,
      listed: options.listed ?? ["PUBLISHED", "FINISHED", "REPORTED"].includes(status),
      ...(options.pendingEndsAt
        ? { pendingEdit: { endsAt: options.pendingEndsAt.toISOString(), startsAt: startsAt.toISOString() } }
        : {}),
      sessions: { create: { startsAt, endsAt, capacity: 50, registrationRequired: true } },
    },
  });
  return row.id;
}

const report = /* GraphQL */ `
  mutation ($id: ID!, $input: ActivityResultsInput!) {
    reportActivityResults(id: $id, input: $input) {
      id status results { sessionsHeld peopleServed newsLinks summary photos { id } }
    }
  }
`;
type Reported = {
  reportActivityResults: {
    status: string;
    results: { sessionsHeld: number; peopleServed: number; newsLinks: string[]; summary: string | null } | null;
  } | null;
};
const good = {
  sessionsHeld: 2,
  peopleServed: 180,
  newsLinks: ["HTTPS://News.Example.CN:443/a/../2024/0920.html#top", "https://news.example.cn/2024/0920.html"],
  summary: "两场讲座，ＡＩ主题，座无虚席。",
};
const reportAs = (token: string | undefined, id: string, input: Record<string, unknown> = good) =>
  graphql<Reported>(service.url, report, { variables: { id, input }, ...(token ? { token } : {}) });

/** Everything the service holds about an activity that a refused report must leave as it was. */
async function snapshot(id: string) {
  const row = await service.prisma.activity.findUniqueOrThrow({ where: { id } });
  const events = await service.prisma.activityEvent.count({ where: { activityId: id } });
  return { row: { ...row, updatedAt: row.updatedAt.toISOString() }, events };
}

describe("the clock finishes what has ended", () => {
  it("finishes each ended published activity once, with one event, even on several replicas at once", async () => {
    const endedIds = await Promise.all([activity("PUBLISHED"), activity("PUBLISHED"), activity("PUBLISHED")]);
    const future = await activity("PUBLISHED", { ended: false });
    const draft = await activity("DRAFT");
    const neverPublished = await activity("REJECTED", { listed: false });
    const editSentBack = await activity("REJECTED", { listed: true });
    const editWaiting = await activity("SUBMITTED", { listed: true, pendingEndsAt: new Date("2030-01-01T00:00:00Z") });
    const cancelled = await activity("CANCELLED", { listed: true });
    const runs = await Promise.all([
      finishEndedActivities(service.prisma),
      finishEndedActivities(service.prisma),
      finishEndedActivities(service.prisma),
    ]);
    const finished = runs.flat();
    expect(new Set(finished).size).toBe(finished.length);
    expect(finished).toEqual(expect.arrayContaining([...endedIds, editSentBack]));
    for (const id of [future, draft, neverPublished, editWaiting, cancelled]) expect(finished).not.toContain(id);
    const rows = await service.prisma.activity.findMany({ where: { id: { in: [...endedIds, editSentBack] } } });
    expect(rows.map((row) => [row.status, row.pendingEdit])).toEqual(rows.map(() => ["FINISHED", null]));
    const events = await service.prisma.activityEvent.findMany({ where: { activityId: { in: endedIds } } });
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ action: "FINISH", fromStatus: "PUBLISHED", toStatus: "FINISHED", actorId: null });
    expect(events[0]?.note).toBe(finishedByClockNote);
    expect(await finishEndedActivities(service.prisma)).toEqual([]);
    expect((await service.prisma.activity.findUniqueOrThrow({ where: { id: future } })).status).toBe("PUBLISHED");
  });
});

describe("reporting results", () => {
  it("reports an ended activity (finished on the way), normalizes links and text, and audits a correction", async () => {
    const id = await activity("PUBLISHED");
    files.set("photo-1", { owner: district, purpose: "RESULT_PHOTO", attachedTo: null });
    files.set("photo-2", { owner: district, purpose: "RESULT_PHOTO", attachedTo: null });
    const first = await reportAs(await editor(), id, { ...good, photoAssetIds: ["photo-1", "photo-2"] });
    expect(first.errors).toBeUndefined();
    expect(first.data?.reportActivityResults).toMatchObject({
      status: "REPORTED",
      results: {
        sessionsHeld: 2,
        peopleServed: 180,
        newsLinks: ["https://news.example.cn/2024/0920.html"],
        summary: "两场讲座,AI主题,座无虚席。",
      },
    });
    expect(files.get("photo-1")?.attachedTo).toBe(`activity:${id}`);
    // A correction: one photo fewer (let go of in media), more people; audited as a REPORT step.
    const corrected = await reportAs(await editor(), id, { ...good, peopleServed: 210, photoAssetIds: ["photo-2"] });
    expect(corrected.data?.reportActivityResults?.results?.peopleServed).toBe(210);
    expect(files.get("photo-1")?.attachedTo).toBeNull();
    const history = await service.prisma.activityEvent.findMany({ where: { activityId: id }, orderBy: { at: "asc" } });
    expect(history.map((e) => [e.action, e.fromStatus, e.toStatus, e.note])).toEqual([
      ["FINISH", "PUBLISHED", "FINISHED", finishedByClockNote],
      ["REPORT", "FINISHED", "REPORTED", null],
      ["REPORT", "REPORTED", "REPORTED", "更正已报送的成效"],
    ]);
    const row = await service.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.reportedAt?.getTime()).toBeLessThan(row.resultsUpdatedAt?.getTime() ?? 0);
    // The public: figures, photos and links; never the summary.
    const pub = await graphql<{ activity: { results: Record<string, unknown> | null } }>(
      service.url,
      `{ activity(id: "${id}") { status results { sessionsHeld peopleServed newsLinks summary photos { id } } } }`,
    );
    expect(pub.data?.activity.results).toEqual({
      sessionsHeld: 2,
      peopleServed: 210,
      newsLinks: ["https://news.example.cn/2024/0920.html"],
      summary: null,
      photos: [{ id: "photo-2" }],
    });
  });

  it("lets the level above's admin report for the unit, and shows the button to those who may", async () => {
    const id = await activity("FINISHED");
    const read = `{ activity(id: "${id}") { viewerCan { report } } }`;
    const can = async (token: string) =>
      (await graphql<{ activity: { viewerCan: { report: boolean } } }>(service.url, read, { token })).data?.activity
        .viewerCan.report;
    expect(await can(await editor())).toBe(true);
    expect(await can(await tokenFor(hunan, ["ORG_ADMIN"]))).toBe(false);
    expect((await reportAs(await tokenFor(city, ["ORG_ADMIN"]), id)).errors).toBeUndefined();
  });

  it("refuses the wrong people, an activity not ended, bad figures and links, and writes nothing", async () => {
    const id = await activity("FINISHED");
    const future = await activity("PUBLISHED", { ended: false });
    const draft = await activity("DRAFT");
    const before = await snapshot(id);
    const cases: [string | undefined, string, Record<string, unknown>, string, RegExp?][] = [
      [undefined, id, good, "UNAUTHENTICATED"],
      [await tokenFor(hunan, ["ORG_ADMIN"]), id, good, "FORBIDDEN"],
      [await tokenFor(hunan, ["EDITOR"]), id, good, "FORBIDDEN"],
      [await tokenFor(district, ["REVIEWER"]), id, good, "FORBIDDEN"],
      [await editor(), future, good, "CONFLICT", /尚未结束/],
      [await editor(), draft, good, "CONFLICT", /草稿/],
      [await tokenFor(hunan, ["EDITOR"]), draft, good, "NOT_FOUND"],
      [await editor(), id, { ...good, peopleServed: -1 }, "BAD_USER_INPUT", /服务人数不能小于0/],
      [await editor(), id, { ...good, sessionsHeld: 0 }, "BAD_USER_INPUT", /活动场数不能小于1/],
      [await editor(), id, { ...good, sessionsHeld: 1001 }, "BAD_USER_INPUT", /活动场数不能超过/],
      [await editor(), id, { ...good, peopleServed: 2_000_000 }, "BAD_USER_INPUT", /线下活动服务人数不能超过/],
      [await editor(), id, { ...good, newsLinks: ["javascript:alert(1)"] }, "BAD_USER_INPUT", /新闻链接/],
      [await editor(), id, { ...good, newsLinks: ["ftp://news.example.cn/a"] }, "BAD_USER_INPUT", /新闻链接/],
      [await editor(), id, { ...good, summary: "长".repeat(2001) }, "BAD_USER_INPUT", /2000/],
    ];
    for (const [token, target, input, code, message] of cases) {
      const result = await reportAs(token, target, input);
      expect(result.errors?.[0]?.extensions?.code, `${code} ${JSON.stringify(input).slice(0, 60)}`).toBe(code);
      if (message) expect(result.errors?.[0]?.message).toMatch(message);
    }
    // A fractional figure is not even an Int.
    expect((await reportAs(await editor(), id, { ...good, peopleServed: 1.5 })).errors).toBeDefined();
    expect(await snapshot(id)).toEqual(before);
    expect((await service.prisma.activity.findUniqueOrThrow({ where: { id: draft } })).status).toBe("DRAFT");
    expect(calls).toEqual([]);
  });

  it("refuses a foreign, missing or wrong-purpose photo with the field, and writes nothing on either side", async () => {
    const id = await activity("FINISHED");
    files.set("mine", { owner: district, purpose: "RESULT_PHOTO", attachedTo: null });
    files.set("hunan-photo", { owner: hunan, purpose: "RESULT_PHOTO", attachedTo: null });
    files.set("a-cover", { owner: district, purpose: "ACTIVITY_COVER", attachedTo: null });
    files.set("used", { owner: district, purpose: "RESULT_PHOTO", attachedTo: "activity:another" });
    const before = await snapshot(id);
    for (const [photo, message] of [
      ["hunan-photo", /只能使用本单位上传的文件/],
      ["missing", /文件不存在/],
      ["a-cover", /用途不符/],
      ["used", /已用于其他内容/],
    ] as const) {
      const result = await reportAs(await editor(), id, { ...good, photoAssetIds: ["mine", photo] });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "photoAssetIds" });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await snapshot(id)).toEqual(before);
    expect(files.get("mine")?.attachedTo).toBeNull();
  });

  it("attaches a cover at creation and refuses another unit's cover with nothing written", async () => {
    files.set("cover-mine", { owner: district, purpose: "ACTIVITY_COVER", attachedTo: null });
    files.set("cover-hunan", { owner: hunan, purpose: "ACTIVITY_COVER", attachedTo: null });
    const create = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id cover { id } } }`;
    const input = (coverAssetId: string) => ({
      campaignId: edition,
      hostOrgId: district,
      title: "带封面的活动",
      summary: "活动简介",
      categoryId: "cat-rs",
      forms: ["LECTURE"],
      mode: "OFFLINE",
      startsAt: "2030-09-20T09:30:00+08:00",
      endsAt: "2030-09-20T11:00:00+08:00",
      coverAssetId,
    });
    const count = await service.prisma.activity.count();
    const refused = await graphql(service.url, create, {
      variables: { input: input("cover-hunan") },
      token: await editor(),
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "coverAssetId" });
    expect(await service.prisma.activity.count()).toBe(count);
    expect(files.get("cover-hunan")?.attachedTo).toBeNull();
    const made = await graphql<{ createActivity: { id: string; cover: { id: string } } }>(service.url, create, {
      variables: { input: input("cover-mine") },
      token: await editor(),
    });
    expect(made.errors).toBeUndefined();
    const id = made.data?.createActivity.id;
    expect(made.data?.createActivity.cover).toEqual({ id: "cover-mine" });
    expect(files.get("cover-mine")?.attachedTo).toBe(`activity:${id}`);
    const row = await service.prisma.activity.findUniqueOrThrow({ where: { id: id ?? "" } });
    expect(row.hostPath).toEqual(["org-cast", city, district]);
  });
});

describe("结果填报's list", () => {
  it("pages through every ended activity that took place, most recently ended first, steady while reporting", async () => {
    const listed = new Set(
      await Promise.all([
        activity("PUBLISHED"),
        activity("FINISHED"),
        activity("REPORTED"),
        activity("PUBLISHED"),
        activity("FINISHED"),
      ]),
    );
    const left = new Set(
      await Promise.all([
        activity("PUBLISHED", { ended: false }),
        activity("DRAFT"),
        activity("CANCELLED", { listed: true }),
        activity("REJECTED", { listed: false }),
      ]),
    );
    const page = /* GraphQL */ `
      query ($after: String) {
        myActivities(orgId: "${district}", reportable: true, first: 2, after: $after) {
          edges { node { id endsAt viewerCan { report } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    `;
    type Page = {
      myActivities: {
        edges: { node: { id: string; endsAt: string; viewerCan: { report: boolean } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const token = await editor();
    const seen: { id: string; endsAt: string; report: boolean }[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const answer: { data?: Page | null; errors?: unknown } = await graphql<Page>(service.url, page, {
        variables: { after },
        token,
      });
      expect(answer.errors).toBeUndefined();
      const connection: Page["myActivities"] | undefined = answer.data?.myActivities;
      seen.push(
        ...(connection?.edges ?? []).map(({ node }) => ({
          id: node.id,
          endsAt: node.endsAt,
          report: node.viewerCan.report,
        })),
      );
      // Reporting one on the way does not move the rest (ordered by end, not by change).
      if (pages === 0) expect((await reportAs(token, connection?.edges[0]?.node.id ?? "")).errors).toBeUndefined();
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const ids = seen.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of listed) expect(ids).toContain(id);
    for (const id of left) expect(ids).not.toContain(id);
    expect(seen.every((row) => row.report)).toBe(true);
    const ends = seen.map((row) => row.endsAt);
    expect([...ends].sort().reverse()).toEqual(ends);
  });
});
