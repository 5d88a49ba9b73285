import {
  liveMapCells,
  maxPreAggregatedZoom,
  preAggregatedMapCells,
  type RunningPlatform,
  startPlatform,
} from "@kepu/harness";
import { graphql, must } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The public map's cells kept by the database (issue 9 §4, migration 20261204020000_activity_map_cells)
 * equal the live aggregation of the public activities at every kept zoom, after each way a row enters,
 * moves in or leaves the public map: a bulk insert, publishing, moving within a cell and to another
 * city, cancelling, unlisting, deleting, losing and regaining a point, an update that changes nothing
 * the map shows, and concurrent publications. The clusters are a function of the cells
 * (supercluster over them), so equal cells give equal clusters; the map's answer through the gateway
 * is checked too. On PGlite and on PostgreSQL (KEPU_TEST_POSTGRES_URL).
 */
let platform: RunningPlatform;
let db: RunningPlatform["services"]["activities"]["prisma"];

const boxes = {
  china: { west: 73, south: 18, east: 135, north: 54 },
  chongqing: { west: 106.3, south: 29.3, east: 106.9, north: 29.8 },
  lhasa: { west: 90.5, south: 29.3, east: 91.5, north: 30 },
};

/** Kept and live cells agree in every box at every kept zoom. */
async function expectKeptEqualsLive(): Promise<void> {
  for (const box of Object.values(boxes)) {
    for (let zoom = 0; zoom <= maxPreAggregatedZoom; zoom++) {
      const kept = await preAggregatedMapCells(db, box, zoom);
      const live = await liveMapCells(db, box, zoom, null, new Date());
      expect({ zoom, box, cells: kept }).toEqual({ zoom, box, cells: live });
    }
  }
}

const base = {
  campaignId: "cmp-2024",
  editionId: "cmp-2024",
  hostOrgId: "org-cast",
  summary: "地图格子测试",
  categoryId: "cat-cmp-2024-exhibitions",
  categoryKind: "KEY" as const,
  mode: "OFFLINE" as const,
  startsAt: new Date("2030-09-20T01:30:00Z"),
  endsAt: new Date("2030-09-20T03:00:00Z"),
};

/** Spread around 解放碑 (deterministic). */
const near = (i: number) => ({
  latitude: 29.5576 + ((i * 37) % 101) / 1000,
  longitude: 106.5775 + ((i * 53) % 97) / 1000,
});

beforeAll(async () => {
  platform = await startPlatform({ errorLog: () => {} });
  db = platform.services.activities.prisma;
}, 300_000);
afterAll(async () => {
  await platform?.close();
});

describe("the map's kept cells equal the live aggregation", () => {
  it("for the demo data as migrated and seeded", async () => {
    expect((await preAggregatedMapCells(db, boxes.china, 4)).length).toBeGreaterThan(0);
    await expectKeptEqualsLive();
  });

  it("after a bulk insert of published, draft, cancelled and pointless rows in one statement", async () => {
    await db.activity.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        ...base,
        id: `act-cells-${i}`,
        title: `地图格子第${i}场`,
        ...near(i),
        status: i % 10 === 0 ? ("DRAFT" as const) : i % 10 === 1 ? ("CANCELLED" as const) : ("PUBLISHED" as const),
        listed: i % 10 !== 0,
        ...(i % 10 === 2 ? { latitude: null, longitude: null } : {}),
      })),
    });
    await expectKeptEqualsLive();
  });

  it("after publishing, moving, cancelling, unlisting, deleting, and losing and regaining a point", async () => {
    await db.activity.update({ where: { id: "act-cells-10" }, data: { status: "PUBLISHED", listed: true } });
    await expectKeptEqualsLive();
    // A move of a few metres (the same cell at low zooms, another at high ones) and one to 拉萨.
    await db.activity.update({ where: { id: "act-cells-3" }, data: { latitude: near(3).latitude + 0.00002 } });
    await db.activity.update({ where: { id: "act-cells-4" }, data: { latitude: 29.65, longitude: 91.1 } });
    await expectKeptEqualsLive();
    await db.activity.update({ where: { id: "act-cells-5" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    await db.activity.update({ where: { id: "act-cells-6" }, data: { listed: false } });
    await db.activity.delete({ where: { id: "act-cells-7" } });
    await expectKeptEqualsLive();
    await db.activity.update({ where: { id: "act-cells-8" }, data: { latitude: null, longitude: null } });
    await db.activity.update({ where: { id: "act-cells-12" }, data: { ...near(500) } });
    await expectKeptEqualsLive();
    // An edit in review keeps the activity public (SUBMITTED, listed); finishing and reporting too.
    await db.activity.updateMany({
      where: { id: { in: ["act-cells-13", "act-cells-14", "act-cells-15"] } },
      data: { status: "SUBMITTED" },
    });
    await db.activity.update({ where: { id: "act-cells-14" }, data: { status: "FINISHED" } });
    await db.activity.update({ where: { id: "act-cells-15" }, data: { status: "REPORTED" } });
    // Nothing the map shows: no cell changes.
    const before = await db.activityMapCell.findMany({ orderBy: [{ zoom: "asc" }, { x: "asc" }, { y: "asc" }] });
    await db.activity.updateMany({ where: { id: { startsWith: "act-cells-" } }, data: { summary: "改过的简介" } });
    expect(await db.activityMapCell.findMany({ orderBy: [{ zoom: "asc" }, { x: "asc" }, { y: "asc" }] })).toEqual(
      before,
    );
    await expectKeptEqualsLive();
  });

  it("a cell left with one activity names it (the other of two was taken away)", async () => {
    await db.activity.createMany({
      data: [
        {
          ...base,
          id: "act-cells-lhasa-a",
          title: "拉萨甲",
          latitude: 29.6501,
          longitude: 91.1001,
          status: "PUBLISHED",
          listed: true,
        },
        {
          ...base,
          id: "act-cells-lhasa-b",
          title: "拉萨乙",
          latitude: 29.6502,
          longitude: 91.1002,
          status: "PUBLISHED",
          listed: true,
        },
      ],
    });
    await db.activity.update({ where: { id: "act-cells-4" }, data: { status: "CANCELLED" } });
    await db.activity.update({ where: { id: "act-cells-lhasa-a" }, data: { listed: false } });
    const cells = await preAggregatedMapCells(db, boxes.lhasa, 10);
    expect(cells).toEqual([expect.objectContaining({ count: 1, activityId: "act-cells-lhasa-b" })]);
    await expectKeptEqualsLive();
    const answer = await graphql<{
      activityMap: { total: number; features: { count: number; activityId: string | null }[] };
    }>(
      platform.gatewayUrl,
      `query ($bbox: BoundingBoxInput!) { activityMap(bbox: $bbox, zoom: 10) { total features { count activityId } } }`,
      { variables: { bbox: boxes.lhasa } },
    );
    expect(must(answer.data).activityMap).toEqual({
      total: 1,
      features: [{ count: 1, activityId: "act-cells-lhasa-b" }],
    });
  });

  it("after 20 publications committed concurrently", async () => {
    await db.activity.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        ...base,
        id: `act-cells-c${i}`,
        title: `并发发布第${i}场`,
        ...near(1000 + i),
        status: "SUBMITTED" as const,
      })),
    });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction([
          db.activity.update({ where: { id: `act-cells-c${i}` }, data: { status: "PUBLISHED", listed: true } }),
        ]),
      ),
    );
    await expectKeptEqualsLive();
  });
});
