import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Issue 7 §1, through the gateway: every id in an input is checked for existence and for the
 * relationship that gives it meaning, and facts that follow from the tree or the campaign are
 * computed by the server. Each case was accepted by the old main.
 */
let platform: RunningPlatform;
let platformAdmin: string;

beforeAll(async () => {
  platform = await startPlatform();
  platformAdmin = await platform.signer.sign({ sub: "demo-admin", name: "admin", adm: true, mem: [] }, 300);
});
afterAll(async () => {
  await platform?.close();
});

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe("one region rule for units (createOrg, updateOrg, moveOrg, import)", () => {
  const create = (parentId: string, name: string, regionCode: string) =>
    graphql<{ createOrg: { id: string } }>(
      platform.gatewayUrl,
      "mutation ($i: CreateOrgInput!) { createOrg(input: $i) { id regionCode } }",
      {
        variables: { i: { parentId, name, kind: "ASSOCIATION", level: "GRASSROOTS", regionCode } },
        token: platformAdmin,
      },
    );

  it("refuses 999999 on createOrg and updateOrg, with nothing written", async () => {
    const created = await create("org-cq-yuzhong", "区划测试科协甲", "999999");
    expect(code(created)).toBe("BAD_USER_INPUT");
    expect(created.errors?.[0]?.message).toContain("999999 不存在");
    const updated = await graphql(
      platform.gatewayUrl,
      `mutation { updateOrg(id: "org-cq-yuzhong", input: { regionCode: "999999" }) { regionCode } }`,
      { token: platformAdmin },
    );
    expect(code(updated)).toBe("BAD_USER_INPUT");
    const org = await platform.services.organizations.prisma.org.findUnique({ where: { id: "org-cq-yuzhong" } });
    expect(org?.regionCode).toBe("500103");
    expect(await platform.services.organizations.prisma.org.count({ where: { name: "区划测试科协甲" } })).toBe(0);
  });

  it("refuses a 长沙 code (430102) under a 重庆 unit on createOrg, updateOrg and moveOrg", async () => {
    const created = await create("org-cq-yuzhong", "区划测试科协乙", "430102");
    expect(code(created)).toBe("BAD_USER_INPUT");
    expect(created.errors?.[0]?.message).toContain("不在上级单位所在地区 500103");
    const updated = await graphql(
      platform.gatewayUrl,
      `mutation { updateOrg(id: "org-cq-yuzhong", input: { regionCode: "430102" }) { regionCode } }`,
      { token: platformAdmin },
    );
    expect(code(updated)).toBe("BAD_USER_INPUT");
    // 岳麓区科协 (430104) may not move under 重庆市科协, nor may its parent take a code outside 湖南.
    const moved = await graphql(
      platform.gatewayUrl,
      `mutation { moveOrg(id: "org-hn-changsha-yuelu", newParentId: "org-cq") { id } }`,
      { token: platformAdmin },
    );
    expect(code(moved)).toBe("BAD_USER_INPUT");
    const widened = await graphql(
      platform.gatewayUrl,
      `mutation { updateOrg(id: "org-hn-changsha", input: { regionCode: "500100" }) { regionCode } }`,
      { token: platformAdmin },
    );
    expect(code(widened)).toBe("BAD_USER_INPUT");
  });

  it("accepts a real code inside the parent's region", async () => {
    const created = await create("org-cq-yuzhong", "区划测试科协丙", "500103");
    expect(created.errors).toBeUndefined();
  });
});
