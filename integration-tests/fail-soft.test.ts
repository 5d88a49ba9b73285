import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Cross-subgraph fields fail soft (issue 7 §1): a reference that no longer resolves (a deleted or
 * moved row) makes that one field null with an error carrying its path and the missing key; the rest
 * of the page is intact. On the old main a list selecting `campaign { name }` over such a row
 * answered `{"data": null}` with no error at all. One case per kind of reference: host org,
 * campaign, activity, owner.
 */
let platform: RunningPlatform;
let admin: string;

beforeAll(async () => {
  platform = await startPlatform();
  admin = await platform.signer.sign({ sub: "demo-admin", name: "admin", adm: true, mem: [] }, 300);
  const activities = platform.services.activities.prisma;
  const base = await activities.activity.findUniqueOrThrow({ where: { id: "act-2024-hn-main" } });
  const { id: _id, createdAt: _c, updatedAt: _u, pendingEdit: _edit, ...copy } = base;
  await activities.activity.create({
    data: {
      ...copy,
      id: "act-orphan",
      title: "孤儿活动",
      campaignId: "cmp-deleted",
      editionId: "cmp-deleted",
      hostOrgId: "org-deleted",
      startsAt: new Date("2024-09-15T00:00:00Z"),
    },
  });
  const orphan = {
    title: "孤儿作品",
    kind: "ARTICLE" as const,
    creatorName: "作者",
    summary: "",
    ownerOrgId: "org-deleted",
    activityId: "act-deleted",
    campaignId: "cmp-deleted",
    publishedAt: new Date("2099-01-01T00:00:00Z"),
  };
  await platform.services.media.prisma.work.create({ data: { id: "work-orphan", ...orphan, status: "PUBLISHED" } });
  await platform.services.media.prisma.workVersion.create({
    data: {
      id: "v-work-orphan",
      workId: "work-orphan",
      live: true,
      ...orphan,
      creatorKind: "PERSON",
      licence: "CC_BY",
      ownerPath: ["org-deleted"],
      editionId: "cmp-deleted",
      topics: [],
      hashtags: [],
      fileAssetIds: [],
    },
  });
  await platform.services.media.prisma.work.update({
    where: { id: "work-orphan" },
    data: { liveVersionId: "v-work-orphan" },
  });
});
afterAll(async () => {
  await platform?.close();
});

interface Failure {
  path?: (string | number)[];
  extensions?: { code?: string; key?: { id: string }; typename?: string };
}

/** The errors that name `key`, with their paths. */
const about = (errors: Failure[] | undefined, key: string) =>
  (errors ?? []).filter((e) => e.extensions?.key?.id === key);

describe("cross-subgraph references fail soft", () => {
  it("nulls a deleted campaign and host on one activity and keeps the page", async () => {
    const result = await graphql<{
      activities: {
        edges: { node: { id: string; campaign: { name: string } | null; host: { name: string } | null } }[];
      };
    }>(platform.gatewayUrl, "{ activities(first: 100) { edges { node { id campaign { name } host { name } } } } }", {
      token: admin,
    });
    const edges = result.data?.activities.edges ?? [];
    expect(edges.length).toBeGreaterThan(10);
    const index = edges.findIndex((e) => e.node.id === "act-orphan");
    expect(index).toBeGreaterThanOrEqual(0);
    expect(edges[index]?.node).toEqual({ id: "act-orphan", campaign: null, host: null });
    expect(edges.filter((e) => e.node.id !== "act-orphan").every((e) => e.node.campaign && e.node.host)).toBe(true);
    const campaign = about(result.errors as Failure[], "cmp-deleted");
    expect(campaign[0]?.extensions).toMatchObject({ code: "NOT_FOUND", typename: "Campaign" });
    expect(campaign[0]?.path).toEqual(["activities", "edges", index, "node", "campaign"]);
    const host = about(result.errors as Failure[], "org-deleted");
    expect(host[0]?.extensions).toMatchObject({ code: "NOT_FOUND", typename: "Org" });
    expect(host[0]?.path).toEqual(["activities", "edges", index, "node", "host"]);
  });

  it("nulls a deleted owner and activity on one work and keeps the page", async () => {
    const result = await graphql<{
      works: { edges: { node: { id: string; owner: { name: string } | null; activity: { title: string } | null } }[] };
    }>(platform.gatewayUrl, "{ works(first: 100) { edges { node { id owner { name } activity { title } } } } }");
    const edges = result.data?.works.edges ?? [];
    expect(edges.length).toBeGreaterThan(3);
    const index = edges.findIndex((e) => e.node.id === "work-orphan");
    expect(edges[index]?.node).toEqual({ id: "work-orphan", owner: null, activity: null });
    expect(edges.filter((e) => e.node.id !== "work-orphan").every((e) => e.node.owner)).toBe(true);
    const owner = about(result.errors as Failure[], "org-deleted");
    expect(owner[0]?.path).toEqual(["works", "edges", index, "node", "owner"]);
    const activity = about(result.errors as Failure[], "act-deleted");
    expect(activity[0]?.extensions).toMatchObject({ code: "NOT_FOUND", typename: "Activity" });
    expect(activity[0]?.path).toEqual(["works", "edges", index, "node", "activity"]);
  });
});
