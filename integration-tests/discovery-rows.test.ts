import { cardRelations, type RunningPlatform, readCards, startPlatform } from "@kepu/harness";
import { graphql, must } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Discovery's one-statement reading of cards (services/activities/src/discovery/rows.ts) gives
 * exactly what Prisma's findMany gives for the same ids and relations — every column's value and
 * type (Dates, enum lists, JSON, nulls), the sessions in time order with cancelled ones, the
 * category — in the order of the ids asked, skipping ids with no row; and a public page (its ids
 * and cards) is one statement. On PGlite and on PostgreSQL
 * (KEPU_TEST_POSTGRES_URL).
 */
let platform: RunningPlatform;
let db: RunningPlatform["services"]["activities"]["prisma"];
const sessionsInOrder = { orderBy: [{ startsAt: "asc" as const }, { id: "asc" as const }] };

beforeAll(async () => {
  platform = await startPlatform({ errorLog: () => {} });
  db = platform.services.activities.prisma;
  // Rows with every kind of value: a pending edit (JSON), reported results, arrays, a null point,
  // a cancelled session beside two live ones, and an activity without sessions.
  await db.activity.create({
    data: {
      id: "rows-full",
      campaignId: "cmp-2024",
      editionId: "cmp-2024",
      hostOrgId: "org-cast",
      hostPath: ["org-cast"],
      title: "行读取：完整",
      summary: "每种取值都有的一行",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      coHostOrgIds: ["org-a", "org-b"],
      programme: "科普中国·前沿讲坛",
      forms: ["LECTURE", "EXHIBITION"],
      mode: "HYBRID",
      topics: ["航天", "人工智能"],
      audiences: ["CHILDREN_AND_TEENAGERS", "GENERAL_PUBLIC"],
      startsAt: new Date("2030-09-20T01:30:00.123Z"),
      endsAt: new Date("2030-09-21T03:00:00Z"),
      regionCode: "500103",
      venue: "重庆科技馆",
      address: "江北区江北城文星门大街7号",
      latitude: 29.5689,
      longitude: 106.5755,
      livestreamUrl: "https://live.example/1",
      contactName: "张三",
      contactPhone: "023-12345678",
      status: "SUBMITTED",
      listed: true,
      pendingEdit: { title: "新标题", sessions: [{ sessionId: "x", startsAt: "2030-09-20T01:30:00Z" }], n: 1.5 },
      publishedAt: new Date("2030-08-01T00:00:00Z"),
      sessionsCount: 3,
      peopleServed: 1200,
      resultPhotoAssetIds: ["p1"],
      newsLinks: ["https://news.example/a"],
      sessions: {
        create: [
          {
            id: "rows-s2",
            startsAt: new Date("2030-09-21T01:30:00Z"),
            endsAt: new Date("2030-09-21T03:00:00Z"),
            capacity: 30,
            registrationRequired: true,
            confirmedCount: 30,
            waitlistCount: 2,
          },
          { id: "rows-s1", startsAt: new Date("2030-09-20T01:30:00.123Z"), endsAt: new Date("2030-09-20T03:00:00Z") },
          {
            id: "rows-s3",
            startsAt: new Date("2030-09-20T01:30:00.123Z"),
            endsAt: new Date("2030-09-20T02:00:00Z"),
            cancelledAt: new Date("2030-09-01T00:00:00Z"),
            cancelReason: "场地维修",
          },
        ],
      },
    },
  });
  await db.activity.create({
    data: {
      id: "rows-bare",
      campaignId: "cmp-2024",
      editionId: "cmp-2024",
      hostOrgId: "org-cast",
      title: "行读取：最少",
      summary: "只有必填的一行",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: [],
      mode: "ONLINE",
      startsAt: new Date("2030-09-22T01:30:00Z"),
      endsAt: new Date("2030-09-22T03:00:00Z"),
    },
  });
}, 240_000);

afterAll(async () => {
  await platform?.close();
});

describe("cards read in one statement", () => {
  const ids = ["rows-bare", "rows-missing", "rows-full"];

  it("equal Prisma's findMany for every include a card makes", async () => {
    for (const include of [
      undefined,
      { category: true },
      { sessions: sessionsInOrder },
      { category: true, sessions: sessionsInOrder },
    ]) {
      const query: { include?: { category?: boolean; sessions?: typeof sessionsInOrder } } = include ? { include } : {};
      const fast = await readCards(db, ids, query);
      const prisma = await db.activity.findMany({ ...query, where: { id: { in: ids } } });
      const byId = new Map(prisma.map((row) => [row.id, row]));
      expect(fast).toStrictEqual(["rows-bare", "rows-full"].map((id) => byId.get(id)));
    }
    const full = must(await readCards(db, ["rows-full"], { include: { sessions: sessionsInOrder } }))[0] as unknown as {
      sessions: { id: string; startsAt: Date }[];
    };
    expect(full.sessions.map((session) => session.id)).toEqual(["rows-s1", "rows-s3", "rows-s2"]);
    expect(full.sessions[0]?.startsAt).toBeInstanceOf(Date);
  });

  it("leaves any other selection to Prisma", () => {
    expect(cardRelations({ include: { category: true } })).toEqual({ sessions: false, category: true });
    expect(cardRelations({ select: { id: true } })).toBeNull();
    expect(cardRelations({ include: { events: true } })).toBeNull();
    expect(
      cardRelations({ include: { sessions: { include: { registrations: true }, ...sessionsInOrder } } }),
    ).toBeNull();
    expect(cardRelations({ include: { sessions: { orderBy: [{ startsAt: "desc" }] } } })).toBeNull();
    expect(cardRelations({ include: { category: true }, where: { id: "x" } })).toBeNull();
  });

  it("answers a public page in one statement, with the same answer as Prisma", async () => {
    const card =
      "id title venue startsAt status forms audiences latitude category { nameZh } sessions { id placesLeft cancelled startsAt }";
    const query = `query ($first: Int!) { publicActivities(filter: { text: "行读取" }, first: $first) { edges { node { ${card} } } } }`;
    const before = platform.statementCount();
    const page = await graphql<{ publicActivities: { edges: { node: { id: string; sessions: { id: string }[] } }[] } }>(
      platform.subgraphUrls.activities,
      query,
      { variables: { first: 10 } },
    );
    expect(page.errors).toBeUndefined();
    expect(platform.statementCount() - before).toBe(1);
    const nodes = must(page.data).publicActivities.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id)).toEqual(["rows-full"]);
    expect(nodes[0]?.sessions.map((session) => session.id)).toEqual(["rows-s1", "rows-s3", "rows-s2"]);
    expect(nodes[0]).toMatchObject({
      status: "PUBLISHED",
      forms: ["LECTURE", "EXHIBITION"],
      category: { nameZh: expect.any(String) },
    });
  });

  it("reads a page whose cards ask for more through Prisma, with the same page", async () => {
    const query = `{ publicActivities(filter: { text: "行读取" }, first: 5) { edges { node { id title sessions { id activity { id } } trailStops(first: 1) { edges { node { id } } } } } } }`;
    const before = platform.statementCount();
    const page = await graphql<{
      publicActivities: { edges: { node: { id: string; sessions: { id: string; activity: { id: string } }[] } }[] };
    }>(platform.subgraphUrls.activities, query);
    expect(page.errors).toBeUndefined();
    expect(platform.statementCount() - before).toBeGreaterThan(1);
    const nodes = must(page.data).publicActivities.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id)).toEqual(["rows-full"]);
    expect(nodes[0]?.sessions.map((session) => [session.id, session.activity.id])).toEqual([
      ["rows-s1", "rows-full"],
      ["rows-s3", "rows-full"],
      ["rows-s2", "rows-full"],
    ]);
  });
});
