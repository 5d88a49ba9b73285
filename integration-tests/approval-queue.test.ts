import type { Role } from "@kepu/auth";
import { type RunningPlatform, startPlatform, submitDemoActivity } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The approval queue stays right when a unit is moved in the tree (issue 9 §2): "waiting for me" is
 * computed from where units sit now (the organizations subgraph), not from where they sat when the
 * activity was submitted. 长沙高新区科协 (a park's 科协 without a region code of its own) submits an
 * activity; it is then moved from 长沙市科协 to 株洲市科协.
 */
let platform: RunningPlatform;
const ttlMs = 200;

beforeAll(async () => {
  // Reads may use a place for ttlMs after learning it (30 s in production).
  platform = await startPlatform({ orgDirectoryTtlMs: ttlMs });
});
afterAll(async () => {
  await platform?.close();
});

const token = (org: string, roles: Role[], adm = false) =>
  platform.signer.sign(
    { sub: "demo-organizer", name: `${org} ${roles.join()}`, adm, mem: adm ? [] : [{ org, roles }] },
    600,
  );

type Queue = {
  activityApprovalQueue: { edges: { node: { id: string } }[] };
  activityApprovalCounts: { waiting: number };
};
async function queueOf(bearer: string): Promise<string[]> {
  const result = await graphql<Queue>(
    platform.gatewayUrl,
    "{ activityApprovalQueue(first: 100) { edges { node { id } } } activityApprovalCounts { waiting } }",
    { token: bearer },
  );
  expect(result.errors).toBeUndefined();
  const ids = result.data?.activityApprovalQueue.edges.map((edge) => edge.node.id) ?? [];
  expect(result.data?.activityApprovalCounts.waiting).toBe(ids.length);
  return ids;
}

describe("the approval queue when a unit moves", () => {
  it("leaves the old level above and reaches the new one, for the list, the counts and the decision", async () => {
    const park = "org-hn-changsha-park";
    const editor = await token(park, ["EDITOR"]);
    const id = await submitDemoActivity(platform.gatewayUrl, editor, {
      campaignId: "cmp-2024-hn",
      hostOrgId: park,
      title: "麓谷园区企业科普开放日",
      regionCode: "430104",
      venue: "长沙高新区麓谷企业广场",
      address: "湖南省长沙市岳麓区麓谷",
      latitude: 28.2269,
      longitude: 112.8876,
    });

    const changsha = await token("org-hn-changsha", ["ORG_ADMIN"]);
    const zhuzhou = await token("org-hn-zhuzhou", ["ORG_ADMIN"]);
    expect(await queueOf(changsha)).toContain(id);
    expect(await queueOf(zhuzhou)).not.toContain(id);

    const moved = await graphql(
      platform.gatewayUrl,
      `mutation { moveOrg(id: "${park}", newParentId: "org-hn-zhuzhou") { id } }`,
      { token: await token("org-cast", ["ORG_ADMIN"], true) },
    );
    expect(moved.errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, ttlMs * 2));

    expect(await queueOf(changsha)).not.toContain(id);
    expect(await queueOf(zhuzhou)).toContain(id);
    // The decision follows the tree as it is now, whatever any cache holds: 长沙 no longer sees it.
    const step = (name: string, bearer: string) =>
      graphql<Record<string, { status: string }>>(
        platform.gatewayUrl,
        `mutation ($id: ID!) { ${name}(id: $id) { status } }`,
        { variables: { id }, token: bearer },
      );
    const refused = await step("approveActivity", changsha);
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const approved = await step("approveActivity", zhuzhou);
    expect(approved.errors).toBeUndefined();
    expect(await queueOf(zhuzhou)).not.toContain(id);
  });
});
