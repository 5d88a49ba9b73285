import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The national 科协 tree as the public reaches it through the gateway (timings: pnpm bench:tree). */
let platform: RunningPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const count = async (filter: string) => {
  const result = await graphql<{ orgs: { totalCount: number } }>(
    platform.gatewayUrl,
    `{ orgs(under: "org-cast"${filter}, first: 1) { totalCount } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data?.orgs.totalCount ?? 0;
};

const ancestorNames = async (id: string) => {
  const result = await graphql<{ org: { name: string; ancestors: { name: string }[] } }>(
    platform.gatewayUrl,
    `{ org(id: "${id}") { name ancestors { name } } }`,
  );
  expect(result.errors).toBeUndefined();
  return [...(result.data?.org.ancestors.map((a) => a.name) ?? []), result.data?.org.name];
};

describe("the national 科协 tree", () => {
  it("holds every provincial, prefectural and county 科协 under 中国科协, plus the other units", async () => {
    // 31 provincial-level divisions of the mainland plus 新疆生产建设兵团科协.
    expect(await count(", kind: ASSOCIATION, level: PROVINCIAL")).toBe(32);
    // 333 prefecture-level divisions plus the 11 cities run by the 兵团.
    expect(await count(", kind: ASSOCIATION, level: PREFECTURAL")).toBe(344);
    const counties = await count(", kind: ASSOCIATION, level: COUNTY");
    expect(counties).toBeGreaterThan(2800);
    const associations = await count(", kind: ASSOCIATION");
    expect(associations).toBeGreaterThan(3200);
    expect(await count("")).toBeGreaterThan(associations);
  });

  it("gives a county its city, province and 中国科协 as ancestors", async () => {
    expect(await ancestorNames("org-130102")).toEqual(["中国科协", "河北省科协", "石家庄市科协", "长安区科协"]);
    expect(await ancestorNames("org-hn-changsha-yuelu")).toEqual([
      "中国科协",
      "湖南省科协",
      "长沙市科协",
      "岳麓区科协",
    ]);
    // A municipality's districts sit right under it; the 兵团's cities under the 兵团.
    expect(await ancestorNames("org-cq-yuzhong")).toEqual(["中国科协", "重庆市科协", "渝中区科协"]);
    expect(await ancestorNames("org-659001")).toEqual(["中国科协", "新疆生产建设兵团科协", "石河子市科协"]);
  });

  it("searches and pages a province's subtree", async () => {
    const result = await graphql<{
      orgs: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      platform.gatewayUrl,
      `{ orgs(under: "org-hn", search: "长沙", first: 5) { totalCount edges { node { name } } pageInfo { hasNextPage } } }`,
    );
    expect(result.data?.orgs.edges[0]?.node.name).toBe("长沙市科协");
    expect(result.data?.orgs.edges.every((e) => e.node.name.includes("长沙"))).toBe(true);
    const all = await graphql<{ orgs: { totalCount: number } }>(
      platform.gatewayUrl,
      `{ orgs(under: "org-hn", first: 1) { totalCount } }`,
    );
    expect(all.data?.orgs.totalCount).toBeGreaterThan(130);
  });
});
