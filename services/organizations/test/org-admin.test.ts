import type { Role } from "@kepu/auth";
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

const tokenAs = (org: string, roles: Role[]) =>
  signer.sign({ sub: "demo-organizer", name: "t", adm: false, mem: [{ org, roles }] }, 60);

const update = `mutation ($id: ID!, $input: UpdateOrgInput!) { updateOrg(id: $id, input: $input) { id name address } }`;
const create = `mutation ($input: CreateOrgInput!) { createOrg(input: $input) { id name ancestorIds parent { id } } }`;
const contacts = `mutation ($id: ID!, $c: [ContactInput!]!) { setOrgContacts(orgId: $id, contacts: $c) { contacts { name phone } } }`;

describe("editing units", () => {
  it("lets an admin edit their unit and every unit below, nothing above or beside", async () => {
    const cqAdmin = await tokenAs("org-cq", ["ORG_ADMIN"]);
    const own = await graphql(service.url, update, {
      variables: { id: "org-cq", input: { address: "重庆市渝北区" } },
      token: cqAdmin,
    });
    expect(own.errors).toBeUndefined();
    const below = await graphql<{ updateOrg: { name: string } }>(service.url, update, {
      variables: { id: "org-cq-yuzhong", input: { name: "重庆市渝中区科学技术协会" } },
      token: cqAdmin,
    });
    expect(below.data?.updateOrg.name).toBe("重庆市渝中区科学技术协会");

    // 湖南省科协's admin cannot edit 重庆's units.
    const hnAdmin = await tokenAs("org-hn", ["ORG_ADMIN"]);
    for (const id of ["org-cq", "org-cq-yuzhong"]) {
      const other = await graphql(service.url, update, {
        variables: { id, input: { address: "x市" } },
        token: hnAdmin,
      });
      expect(other.errors?.[0]?.extensions?.code, id).toBe("FORBIDDEN");
    }
    // A county admin cannot edit its parent.
    const countyAdmin = await tokenAs("org-cq-yuzhong", ["ORG_ADMIN"]);
    const upwards = await graphql(service.url, update, {
      variables: { id: "org-cq", input: { address: "x市" } },
      token: countyAdmin,
    });
    expect(upwards.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Editors and reviewers do not administer.
    for (const role of ["EDITOR", "REVIEWER"] as const) {
      const r = await graphql(service.url, update, {
        variables: { id: "org-cq", input: { address: "x市" } },
        token: await tokenAs("org-cq", [role]),
      });
      expect(r.errors?.[0]?.extensions?.code, role).toBe("FORBIDDEN");
    }
    const unchanged = await service.prisma.org.findUniqueOrThrow({ where: { id: "org-cq" } });
    expect(unchanged.address).toBe("重庆市渝北区");
    const badName = await graphql(service.url, update, {
      variables: { id: "org-cq", input: { name: "x" } },
      token: cqAdmin,
    });
    expect(badName.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badCode = await graphql(service.url, update, {
      variables: { id: "org-cq", input: { regionCode: "5000" } },
      token: cqAdmin,
    });
    expect(badCode.errors?.[0]?.message).toMatch(/6位数字/);
  });

  it("creates a sub-unit in the tree, refusing duplicates and bad input", async () => {
    const token = await tokenAs("org-cq", ["ORG_ADMIN"]);
    const input = { parentId: "org-cq-yuzhong", name: "渝中区某某中学科协", kind: "OTHER", level: "GRASSROOTS" };
    const created = await graphql<{ createOrg: { id: string; ancestorIds: string[]; parent: { id: string } } }>(
      service.url,
      create,
      {
        variables: { input },
        token,
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrg.ancestorIds).toEqual(["org-cast", "org-cq", "org-cq-yuzhong"]);
    const twin = await graphql(service.url, create, { variables: { input }, token });
    expect(twin.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const bad = await graphql(service.url, create, {
      variables: { input: { ...input, name: "x", regionCode: "12" } },
      token,
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const elsewhere = await graphql(service.url, create, {
      variables: { input: { ...input, parentId: "org-hn" } },
      token,
    });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("replaces contacts after validating phones and e-mails, logging only the count", async () => {
    const token = await tokenAs("org-cq", ["ORG_ADMIN"]);
    const bad = await graphql(service.url, contacts, {
      variables: { id: "org-cq-yuzhong", c: [{ name: "陈刚", phone: "12345" }] },
      token,
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const ok = await graphql<{ setOrgContacts: { contacts: { name: string; phone: string }[] } }>(
      service.url,
      contacts,
      {
        variables: {
          id: "org-cq-yuzhong",
          c: [
            { name: "陈刚", phone: "023-60000211" },
            { name: "王敏", email: "wm@example.org" },
          ],
        },
        token,
      },
    );
    expect(ok.data?.setOrgContacts.contacts.map((c) => c.name)).toEqual(["王敏", "陈刚"]);
    const sibling = await graphql(service.url, contacts, {
      variables: { id: "org-cq-yuzhong", c: [] },
      token: await tokenAs("org-cq-shapingba", ["ORG_ADMIN"]),
    });
    expect(sibling.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const log = await service.prisma.auditEvent.findFirstOrThrow({
      where: { action: "CONTACTS_CHANGED", orgId: "org-cq-yuzhong" },
    });
    expect(log.detail).toEqual({ count: 2 });
  });
});

describe("moving a unit", () => {
  const move = `mutation ($id: ID!, $to: ID!) { moveOrg(id: $id, newParentId: $to) { id ancestorIds } }`;

  it("moves a unit with its subtree under another parent the viewer administers", async () => {
    const token = await tokenAs("org-cq", ["ORG_ADMIN"]);
    // 重庆大学科协 sits under 沙坪坝区科协; a unit below it comes along.
    await graphql(service.url, create, {
      variables: {
        input: { parentId: "org-cq-cqu", name: "重庆大学物理学院科协", kind: "UNIVERSITY", level: "GRASSROOTS" },
      },
      token,
    });
    const moved = await graphql<{ moveOrg: { ancestorIds: string[] } }>(service.url, move, {
      variables: { id: "org-cq-cqu", to: "org-cq-yuzhong" },
      token,
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveOrg.ancestorIds).toEqual(["org-cast", "org-cq", "org-cq-yuzhong"]);
    const child = await service.prisma.org.findFirstOrThrow({ where: { name: "重庆大学物理学院科协" } });
    expect(child.path).toBe(`/org-cast/org-cq/org-cq-yuzhong/org-cq-cqu/${child.id}/`);
    const under = await graphql<{ orgs: { edges: { node: { id: string } }[] } }>(
      service.url,
      `{ orgs(under: "org-cq-shapingba", first: 50) { edges { node { id } } } }`,
    );
    expect(under.data?.orgs.edges.map((e) => e.node.id)).not.toContain("org-cq-cqu");
    const log = await service.prisma.auditEvent.findFirstOrThrow({
      where: { action: "ORG_MOVED", orgId: "org-cq-cqu" },
    });
    expect(log.detail).toMatchObject({ fromParentId: "org-cq-shapingba", toParentId: "org-cq-yuzhong", units: 2 });
  });

  it("refuses cycles, moves out of or into another's subtree, and moves by the unit's own admin", async () => {
    const cqAdmin = await tokenAs("org-cq", ["ORG_ADMIN"]);
    const cycle = await graphql(service.url, move, {
      variables: { id: "org-cq", to: "org-cq-yuzhong" },
      token: await tokenAs("org-cast", ["ORG_ADMIN"]),
    });
    expect(cycle.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const intoHunan = await graphql(service.url, move, {
      variables: { id: "org-cq-beibei", to: "org-hn" },
      token: cqAdmin,
    });
    expect(intoHunan.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ownAdmin = await graphql(service.url, move, {
      variables: { id: "org-cq-beibei", to: "org-cq-yuzhong" },
      token: await tokenAs("org-cq-beibei", ["ORG_ADMIN"]),
    });
    expect(ownAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const beibei = await service.prisma.org.findUniqueOrThrow({ where: { id: "org-cq-beibei" } });
    expect(beibei.parentId).toBe("org-cq");
  });
});

describe("campaign set-up", () => {
  const updateCampaign = `mutation ($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { theme startsOn endsOn approverOrg { id } } }`;

  it("belongs to the region's and the lead host's admins", async () => {
    const hnAdmin = await tokenAs("org-hn", ["ORG_ADMIN"]);
    const ok = await graphql<{ updateCampaign: { theme: string; approverOrg: { id: string } } }>(
      service.url,
      updateCampaign,
      {
        variables: { id: "cmp-2024-hn", input: { approverOrgId: "org-hn-gangyao", endsOn: "2024-09-30" } },
        token: hnAdmin,
      },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.updateCampaign.approverOrg.id).toBe("org-hn-gangyao");
    expect(ok.data?.updateCampaign.theme).toBe("提升全民科学素质，协力建设科技强国");
    const cq = await graphql(service.url, updateCampaign, {
      variables: { id: "cmp-2024-hn", input: { theme: "x" } },
      token: await tokenAs("org-cq", ["ORG_ADMIN"]),
    });
    expect(cq.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const national = await graphql(service.url, updateCampaign, {
      variables: { id: "cmp-2024", input: { theme: "x" } },
      token: hnAdmin,
    });
    expect(national.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const backwards = await graphql(service.url, updateCampaign, {
      variables: { id: "cmp-2024-hn", input: { startsOn: "2024-10-01" } },
      token: hnAdmin,
    });
    expect(backwards.errors?.[0]?.message).toBe("结束日期不能早于开始日期");
  });

  it("replaces the host list with exactly one lead", async () => {
    const token = await tokenAs("org-sz", ["ORG_ADMIN"]);
    const set = `mutation ($id: ID!, $h: [CampaignHostInput!]!) { setCampaignHosts(campaignId: $id, hosts: $h) { hosts { role org { id } } } }`;
    const otherCity = await graphql(service.url, set, {
      variables: { id: "cmp-2024-sz", h: [{ orgId: "org-sz", role: "LEAD" }] },
      token: await tokenAs("org-gz", ["ORG_ADMIN"]),
    });
    expect(otherCity.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noLead = await graphql(service.url, set, {
      variables: { id: "cmp-2024-sz", h: [{ orgId: "org-sz", role: "CO_HOST" }] },
      token,
    });
    expect(noLead.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const ok = await graphql<{ setCampaignHosts: { hosts: { role: string; org: { id: string } }[] } }>(
      service.url,
      set,
      {
        variables: {
          id: "cmp-2024-sz",
          h: [
            { orgId: "org-sz-lianxi", role: "LEAD" },
            { orgId: "org-sz", role: "CO_HOST" },
          ],
        },
        token,
      },
    );
    expect(ok.data?.setCampaignHosts.hosts).toEqual([
      { role: "LEAD", org: { id: "org-sz-lianxi" } },
      { role: "CO_HOST", org: { id: "org-sz" } },
    ]);
  });
});
