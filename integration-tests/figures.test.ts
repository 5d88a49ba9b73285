import type { Role } from "@kepu/auth";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Results and figures (issue 9 §6) through the gateway, on PGlite and on PostgreSQL
 * (`scripts/with-postgres.sh`): a 重庆 district's report attaches its photos in media (service to
 * service: the sweeper of unattached uploads leaves them), a foreign photo is refused with nothing
 * written on either side, the public sees the figures, photos and links as Asset entities, and
 * reports racing for one activity leave one consistent report with one event per report written.
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
