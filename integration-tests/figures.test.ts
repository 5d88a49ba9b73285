import type { Role } from "@kepu/auth";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Results and figures (issue 9 §6) through the gateway, on PGlite and on PostgreSQL
 * (`scripts/with-postgres.sh`): a 重庆 district's report attaches its photos in media (service to
 * service: the sweeper of unattached uploads leaves them), a foreign photo is refused with nothing
 * written on either side, the public sees the figures, photos and links as Asset entities, and
 * reports racing for one activity leave one consistent report with one event per report written;
 * the figures of a 重庆 district's activity rise for 重庆市科协 and 中国科协 (their subtrees, live) but
 * not for 湖南省科协, and the campaign's public big numbers rise.
 */
let platform: RunningPlatform;
const district = "org-cq-yuzhong";
let seq = 0;

beforeAll(async () => {
  platform = await startPlatform();
}, 300_000);
afterAll(async () => {
  await platform?.close();
});

/** A token with one membership; the subject is a demo account (the gateway checks its rights version). */
const token = (org: string, roles: Role[], sub = "demo-organizer") =>
  platform.signer.sign({ sub, name: `${org}的用户`, adm: false, mem: [{ org, roles }] }, 600);
const acts = () => platform.services.activities.prisma;
const media = () => platform.services.media.prisma;

/** A published activity of `host` in 重庆's 2024 edition that ended (or not), written directly. */
async function endedActivity(
  host = district,
  options: { regionCode?: string; startsAt?: Date; status?: "PUBLISHED" | "FINISHED" } = {},
) {
  seq += 1;
  const startsAt = options.startsAt ?? new Date("2024-09-20T01:30:00Z");
  const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
  const row = await acts().activity.create({
    data: {
      id: `act-fig-${platform.databaseKind}-${seq}`,
      campaignId: "cmp-2024-cq",
      editionId: "cmp-2024",
      hostOrgId: host,
      title: `渝中区科普讲座${seq}`,
      summary: "讲座",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: ["LECTURE"],
      mode: "OFFLINE",
      startsAt,
      endsAt,
      regionCode: options.regionCode ?? "500103",
      status: options.status ?? "PUBLISHED",
      listed: true,
      publishedAt: new Date("2024-09-01T00:00:00Z"),
      sessions: { create: { startsAt, endsAt, capacity: 100, registrationRequired: true, confirmedCount: 40 } },
    },
  });
  return row.id;
}

/** An uploaded, checked image of `owner` in media (as the upload route leaves it), not attached. */
async function photo(owner: string, purpose: "RESULT_PHOTO" | "ACTIVITY_COVER" = "RESULT_PHOTO") {
  seq += 1;
  const asset = await media().asset.create({
    data: {
      id: `asset-fig-${platform.databaseKind}-${seq}`,
      purpose,
      status: "READY",
      ownerOrgId: owner,
      uploadedById: "user-fig",
      fileName: "现场.jpg",
      declaredBytes: 1000,
      bytes: 1000,
      mime: "image/webp",
      width: 1600,
      height: 900,
      variants: ["original", "web", "thumb"],
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return asset.id;
}

const reportMutation = `mutation ($id: ID!, $input: ActivityResultsInput!) {
  reportActivityResults(id: $id, input: $input) { id status results { sessionsHeld peopleServed } }
}`;
const report = async (id: string, input: Record<string, unknown>, as?: string) =>
  graphql<{ reportActivityResults: { status: string } | null }>(platform.gatewayUrl, reportMutation, {
    variables: { id, input: { sessionsHeld: 1, peopleServed: 100, ...input } },
    token: as ?? (await token(district, ["EDITOR"])),
  });

describe("reporting results with photos attached in media", () => {
  it("attaches the host's photos, shows them to the public as assets, and lets go of a replaced one", async () => {
    const id = await endedActivity();
    const [first, second, third] = [await photo(district), await photo(district), await photo(district)];
    const reported = await report(id, {
      peopleServed: 320,
      photoAssetIds: [first, second],
      newsLinks: ["https://www.cqkx.gov.cn/news/2024/0920.html"],
    });
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.reportActivityResults?.status).toBe("REPORTED");
    const attached = await media().asset.findMany({ where: { id: { in: [first, second] } } });
    expect(attached.map((a) => [a.attachedTo, a.expiresAt, a.public])).toEqual([
      [`activity:${id}`, null, true],
      [`activity:${id}`, null, true],
    ]);
    const pub = await graphql<{
      activity: {
        results: { peopleServed: number; newsLinks: string[]; photos: ({ id: string; url: string } | null)[] };
      };
    }>(platform.gatewayUrl, `{ activity(id: "${id}") { results { peopleServed newsLinks photos { id url } } } }`);
    expect(pub.errors).toBeUndefined();
    expect(pub.data?.activity.results.peopleServed).toBe(320);
    expect(pub.data?.activity.results.photos.map((p) => p?.id)).toEqual([first, second]);
    expect(pub.data?.activity.results.photos[0]?.url).toMatch(new RegExp(`/files/${first}/web`));
    // A correction replaces one photo: media lets go of it (back to expiry, out of view).
    expect((await report(id, { peopleServed: 330, photoAssetIds: [second, third] })).errors).toBeUndefined();
    const released = await media().asset.findUniqueOrThrow({ where: { id: first } });
    expect([released.attachedTo, released.public, released.expiresAt !== null]).toEqual([null, false, true]);
    expect((await media().asset.findUniqueOrThrow({ where: { id: third } })).attachedTo).toBe(`activity:${id}`);
  });

  it("refuses another unit's or a missing photo with the field, writing nothing in activities or media", async () => {
    const id = await endedActivity(district, { status: "FINISHED" });
    const mine = await photo(district);
    const hunans = await photo("org-hn");
    const cover = await photo(district, "ACTIVITY_COVER");
    const before = await acts().activity.findUniqueOrThrow({ where: { id } });
    for (const [ids, message] of [
      [[mine, hunans], /只能使用本单位上传的文件/],
      [[mine, "asset-does-not-exist"], /文件不存在/],
      [[mine, cover], /此处需要活动成效照片/],
    ] as const) {
      const refused = await report(id, { photoAssetIds: ids });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "photoAssetIds" });
      expect(refused.errors?.[0]?.message).toMatch(message);
    }
    expect(await acts().activity.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await acts().activityEvent.count({ where: { activityId: id, action: "REPORT" } })).toBe(0);
    const untouched = await media().asset.findMany({ where: { id: { in: [mine, hunans, cover] } } });
    expect(untouched.map((a) => a.attachedTo)).toEqual([null, null, null]);
    // 湖南's editor cannot report 渝中区's activity at all.
    const foreign = await report(id, {}, await token("org-hn", ["EDITOR"]));
    expect(foreign.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("keeps one consistent report when reports race: one event per report written, the rest CONFLICT", async () => {
    const id = await endedActivity();
    await report(id, { peopleServed: 1 });
    const racing = await Promise.all(
      Array.from({ length: 8 }, (_, i) => report(id, { peopleServed: 500 + i, sessionsHeld: 1 + i })),
    );
    const won = racing.filter((r) => !r.errors);
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const lost of racing.filter((r) => r.errors)) expect(lost.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const row = await acts().activity.findUniqueOrThrow({ where: { id } });
    expect(row.peopleServed).toBe(Number(row.sessionsCount) + 499);
    expect(await acts().activityEvent.count({ where: { activityId: id, action: "REPORT" } })).toBe(1 + won.length);
    expect(must(row.status)).toBe("REPORTED");
  });
});

interface FigureTotals {
  activities: number;
  sessions: number;
  peopleServed: number;
  registrations: number;
  reported: number;
}
interface FigureRow {
  key: string | null;
  name: string | null;
  org: { id: string; name: string } | null;
  figures: FigureTotals;
}
interface Figures {
  total: FigureTotals;
  byCategory: FigureRow[];
  byRegion: FigureRow[];
  byDay: FigureRow[];
  byOrg: FigureRow[];
}
const figuresQuery = `query ($org: ID!, $campaign: ID!) {
  activityFigures(orgId: $org, campaignId: $campaign) {
    total { activities sessions peopleServed registrations reported }
    byCategory { key name figures { activities } }
    byRegion { key name figures { activities peopleServed } }
    byDay { key figures { activities registrations } }
    byOrg { key org { id name } figures { activities peopleServed } }
  }
}`;
async function figures(org: string, as: string, campaign = "cmp-2024") {
  const result = await graphql<{ activityFigures: Figures }>(platform.gatewayUrl, figuresQuery, {
    variables: { org, campaign },
    token: as,
  });
  return result;
}
const adminOf = (org: string) => token(org, ["ORG_ADMIN"]);
const bigNumbers = async () =>
  must(
    (
      await graphql<{
        campaign: { figures: Record<"activities" | "peopleServed" | "registrations" | "regionsCovered", number> };
      }>(
        platform.gatewayUrl,
        `{ campaign(id: "cmp-2024") { figures { activities peopleServed registrations regionsCovered } } }`,
      )
    ).data?.campaign.figures,
  );

describe("figures rolled up the org tree, live", () => {
  it("rise for 重庆市科协 and 中国科协 but not 湖南省科协 when a 渝中区 activity reports", async () => {
    const [cq, cast, hn] = [await adminOf("org-cq"), await adminOf("org-cast"), await adminOf("org-hn")];
    const before = {
      cq: must((await figures("org-cq", cq)).data).activityFigures,
      cast: must((await figures("org-cast", cast)).data).activityFigures,
      hn: must((await figures("org-hn", hn)).data).activityFigures,
      public: await bigNumbers(),
    };
    // Starts 2024-09-20 01:00 in Shanghai (2024-09-19 17:00 UTC): the Shanghai day counts.
    const id = await endedActivity(district, { startsAt: new Date("2024-09-19T17:00:00Z") });
    const reported = await report(id, { sessionsHeld: 2, peopleServed: 320 });
    expect(reported.errors).toBeUndefined();
    const after = {
      cq: must((await figures("org-cq", cq)).data).activityFigures,
      cast: must((await figures("org-cast", cast)).data).activityFigures,
      hn: must((await figures("org-hn", hn)).data).activityFigures,
      public: await bigNumbers(),
    };
    const rise = { activities: 1, sessions: 2, peopleServed: 320, registrations: 40, reported: 1 };
    for (const unit of ["cq", "cast"] as const) {
      const delta = Object.fromEntries(
        Object.entries(after[unit].total).map(([k, v]) => [k, v - before[unit].total[k as keyof FigureTotals]]),
      );
      expect(delta, unit).toEqual(rise);
    }
    expect(after.hn.total).toEqual(before.hn.total);
    expect(after.public.activities - before.public.activities).toBe(1);
    expect(after.public.peopleServed - before.public.peopleServed).toBe(320);
    expect(after.public.registrations - before.public.registrations).toBe(40);
    // Breakdowns: 渝中区 under 重庆 (districts of a municipality), 重庆市 under the nation, the unit below.
    const row = (rows: FigureRow[], key: string) => rows.find((r) => r.key === key);
    expect(row(after.cq.byRegion, "500103")?.name).toBe("渝中区");
    expect(row(after.cast.byRegion, "500000")?.name).toBe("重庆市");
    expect(row(after.cq.byOrg, district)?.org?.name).toBe("渝中区科协");
    expect(row(after.cast.byOrg, "org-cq")?.figures.peopleServed).toBeGreaterThanOrEqual(320);
    expect(row(after.cq.byDay, "2024-09-20")?.figures.activities).toBeGreaterThanOrEqual(1);
    expect(row(after.cq.byCategory, "cat-cmp-2024-exhibitions")?.name).toBeTruthy();
  });

  it("is for the unit's members and whoever administers it, never another region or the public", async () => {
    expect((await figures("org-cq", await adminOf("org-hn"))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await figures("org-cq", await token(district, ["EDITOR"]))).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await figures(district, await token(district, ["EDITOR"]))).errors).toBeUndefined();
    expect((await figures(district, await adminOf("org-cq"))).errors).toBeUndefined();
    const anonymous = await graphql(platform.gatewayUrl, figuresQuery, {
      variables: { org: "org-cq", campaign: "cmp-2024" },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("attaching files to an activity, service to service", () => {
  it("refuses another unit's editor who names its own unit as the host of someone else's activity, straight at media", async () => {
    const id = await endedActivity();
    const squatter = "org-cq-beibei";
    const theirs = await photo(squatter);
    const attach = await graphql<{ attachActivityAssets: boolean }>(
      `${platform.subgraphUrls.media}`,
      "mutation ($input: AttachActivityAssetsInput!) { attachActivityAssets(input: $input) }",
      {
        variables: { input: { activityId: id, hostOrgId: squatter, coverAssetIds: [], resultPhotoAssetIds: [theirs] } },
        token: await token(squatter, ["EDITOR"]),
      },
    );
    expect(attach.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await media().asset.findUnique({ where: { id: theirs } })).toMatchObject({
      attachedTo: null,
      public: false,
    });
    // The host still attaches its own.
    const own = await photo(district);
    expect((await report(id, { photoAssetIds: [own] })).errors).toBeUndefined();
    expect(await media().asset.findUnique({ where: { id: own } })).toMatchObject({ attachedTo: `activity:${id}` });
  });
});
