import { graphql } from "@kepu/testing/graphql";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../src/index.js";
import { bootOrganizations } from "./boot.js";

let service: RunningService;
let signer: TestTokenSigner;

beforeAll(async () => {
  ({ service, signer } = await bootOrganizations());
});
afterAll(async () => {
  await service?.close();
});

interface Row {
  id: string;
  name: string;
  regionCode: string | null;
}
interface Page {
  edges: { node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every row of a connection, read `size` at a time through its cursors. */
async function readAll(size: number, page: (after: string | null) => Promise<Page>): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await page(after);
    rows.push(...result.edges.map((e) => e.node));
    if (!result.pageInfo.hasNextPage) return rows;
    after = result.pageInfo.endCursor;
    if (rows.length > 10_000 || size <= 0) throw new Error("runaway pagination");
  }
}

/** Region code first (units without one after those with one), then name, then id. */
function byRegionThenName(a: Row, b: Row): number {
  if (a.regionCode !== b.regionCode) {
    if (a.regionCode === null) return 1;
    if (b.regionCode === null) return -1;
    return a.regionCode < b.regionCode ? -1 : 1;
  }
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}

const fields = "edges { node { id name regionCode } } pageInfo { hasNextPage endCursor }";

describe("sub-units are listed by region code, then name", () => {
  it("lists 重庆's sub-units by region code: 渝中区 (500103) third, not last", async () => {
    const result = await graphql<{ org: { children: Page }; orgs: Page }>(
      service.url,
      `{ org(id: "org-cq") { children(first: 100) { ${fields} } } orgs(under: "org-cq", first: 100) { ${fields} } }`,
    );
    expect(result.errors).toBeUndefined();
    const children = result.data?.org.children.edges.map((e) => e.node) ?? [];
    expect(children.length).toBeGreaterThan(40);
    expect(children.slice(0, 3).map((c) => c.name)).toEqual(["万州区科协", "涪陵区科协", "渝中区科协"]);
    expect(children).toEqual([...children].sort(byRegionThenName));
    // Units without a region code (new zones, museums, societies) come after the districts.
    expect(children.at(-1)?.regionCode).toBeNull();
    const subtree = result.data?.orgs.edges.map((e) => e.node) ?? [];
    expect(subtree.map((o) => o.name).indexOf("渝中区科协")).toBe(2);
    expect(subtree).toEqual([...subtree].sort(byRegionThenName));
  });

  it("pages through children and a subtree with a stable cursor: every unit once, in order", async () => {
    const children = await readAll(7, async (after) => {
      const r = await graphql<{ org: { children: Page } }>(
        service.url,
        `query ($after: String) { org(id: "org-cq") { children(first: 7, after: $after) { ${fields} } } }`,
        { variables: { after } },
      );
      expect(r.errors).toBeUndefined();
      return r.data?.org.children as Page;
    });
    const subtree = await readAll(13, async (after) => {
      const r = await graphql<{ orgs: Page }>(
        service.url,
        `query ($after: String) { orgs(under: "org-hn", first: 13, after: $after) { ${fields} } }`,
        { variables: { after } },
      );
      expect(r.errors).toBeUndefined();
      return r.data?.orgs as Page;
    });
    for (const rows of [children, subtree]) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      expect(rows).toEqual([...rows].sort(byRegionThenName));
    }
    const total = await graphql<{ orgs: { totalCount: number } }>(
      service.url,
      `{ orgs(under: "org-hn", first: 1) { totalCount } }`,
    );
    expect(subtree.length).toBe(total.data?.orgs.totalCount);
    // Units without a region code are paged through too (the cursor crosses the nulls).
    expect(subtree.filter((r) => r.regionCode === null).length).toBeGreaterThan(1);
  });
});

describe("members are listed by name", () => {
  it("orders a unit's members by display name, not by internal user id, across pages", async () => {
    // Ids in the opposite order of the names.
    const people = [
      ["u-order-3", "陈一"],
      ["u-order-2", "李二"],
      ["u-order-1", "王三"],
    ] as const;
    for (const [id, displayName] of people) {
      await service.prisma.user.create({
        data: { id, email: `${id}@example.org`, displayName, passwordHash: "x" },
      });
      await service.prisma.membership.create({ data: { userId: id, orgId: "org-cq-beibei", roles: ["EDITOR"] } });
    }
    const token = await signer.sign(
      { sub: "demo-organizer", name: "t", adm: false, mem: [{ org: "org-cq", roles: ["ORG_ADMIN"] }] },
      60,
    );
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result: {
        data?: {
          org: {
            members: {
              edges: { node: { user: { displayName: string } } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          };
        } | null;
        errors?: unknown;
      } = await graphql(
        service.url,
        `query ($after: String) { org(id: "org-cq-beibei") { members(first: 2, after: $after) {
            edges { node { user { displayName } } } pageInfo { hasNextPage endCursor } } } }`,
        { variables: { after }, token },
      );
      expect(result.errors).toBeUndefined();
      const members = result.data?.org.members;
      names.push(...(members?.edges.map((e) => e.node.user.displayName) ?? []));
      if (!members?.pageInfo.hasNextPage) break;
      after = members.pageInfo.endCursor;
    }
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(people.map(([, name]) => name)));
    // By id it would be 王三 (u-order-1) first.
    expect(names.slice(0, 2)).toEqual(["李二", "王三"]);
  });
});
