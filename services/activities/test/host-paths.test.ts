import type { OrgDirectory } from "@kepu/subgraph";
import { staticOrgDirectory } from "@kepu/testing/org-directory";
import { bootService } from "@kepu/testing/service";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningService, seed, start } from "../src/index.js";
import { hostPathRefresher } from "../src/lifecycle/clock.js";

/**
 * Activities keep their host's place (hostPath) for queues and figures rolled up the tree; when a
 * unit moves, the clock's refresher rewrites it (issue 9 §2, §6: figures follow the tree as it is).
 * Three districts sit under 重庆; 渝中 then moves under 湖南 (a test move, not a real one).
 */
let service: RunningService;
const before = staticOrgDirectory([
  "/org-cast/org-hp-cq/",
  "/org-cast/org-hp-cq/org-hp-a/",
  "/org-cast/org-hp-cq/org-hp-b/",
  "/org-cast/org-hp-cq/org-hp-c/",
  "/org-cast/org-hp-hn/",
]);
const after = staticOrgDirectory([
  "/org-cast/org-hp-cq/",
  "/org-cast/org-hp-hn/org-hp-a/",
  "/org-cast/org-hp-cq/org-hp-b/",
  "/org-cast/org-hp-cq/org-hp-c/",
  "/org-cast/org-hp-hn/",
]);
let current: OrgDirectory = before;
/** The directory as the tree is now: `current` decides where each unit sits. */
const directory: OrgDirectory = new Proxy(before, {
  get: (_target, key) => Reflect.get(current, key, current),
});

beforeAll(async () => {
  ({ service } = await bootService((base) => start({ ...base, directory }), seed));
  await service.prisma.activityCategory.create({
    data: { id: "cat-hp", campaignId: "cmp-hp", key: "LECTURES", kind: "KEY", nameZh: "报告", nameEn: "Talks" },
  });
  for (const host of ["org-hp-a", "org-hp-a", "org-hp-b", "org-hp-c"]) {
    const startsAt = new Date("2030-09-20T01:30:00Z");
    await service.prisma.activity.create({
      data: {
        campaignId: "cmp-hp",
        editionId: "cmp-hp",
        hostOrgId: host,
        hostPath: ["org-cast", "org-hp-cq", host],
        title: `路径测试${host}`,
        summary: "简介",
        categoryId: "cat-hp",
        categoryKind: "KEY",
        forms: ["LECTURE"],
        mode: "OFFLINE",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        status: "PUBLISHED",
        listed: true,
      },
    });
  }
});
afterAll(async () => {
  await service?.close();
});

const pathsOf = async () =>
  Object.fromEntries(
    (
      await service.prisma.activity.findMany({
        where: { campaignId: "cmp-hp" },
        select: { hostOrgId: true, hostPath: true },
        distinct: ["hostOrgId"],
      })
    ).map((row) => [row.hostOrgId, row.hostPath.join("/")]),
  );

describe("hostPath follows a unit that moves", () => {
  it("rewrites nothing while nobody moves, then the moved host's activities only, in rotating batches", async () => {
    const refresh = hostPathRefresher(service.prisma, directory, 2);
    // The demo data's hosts are here too (unknown to this directory: left alone), so a full sweep
    // in batches of two takes this many calls, from wherever the last one stopped.
    const hosts = (await service.prisma.activity.findMany({ distinct: ["hostOrgId"], select: { id: true } })).length;
    const sweep = async () => {
      let rewritten = 0;
      for (let call = 0; call <= Math.ceil(hosts / 2); call += 1) rewritten += await refresh();
      return rewritten;
    };
    expect(await sweep()).toBe(0);

    current = after;
    expect(await sweep()).toBe(1);
    expect(await pathsOf()).toEqual({
      "org-hp-a": "org-cast/org-hp-hn/org-hp-a",
      "org-hp-b": "org-cast/org-hp-cq/org-hp-b",
      "org-hp-c": "org-cast/org-hp-cq/org-hp-c",
    });
    const both = await service.prisma.activity.findMany({ where: { hostOrgId: "org-hp-a" } });
    expect(both.map((row) => row.hostPath.join("/"))).toEqual([
      "org-cast/org-hp-hn/org-hp-a",
      "org-cast/org-hp-hn/org-hp-a",
    ]);
    expect(await sweep()).toBe(0);
  });
});
