import { createTokenSigner, generateSigningKeys } from "@kepu/auth";
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

const tokenFor = (memberships: { org: string; roles: ("ORG_ADMIN" | "EDITOR" | "REVIEWER")[] }[]) =>
  signer.sign({ sub: "demo-organizer", name: "t", adm: false, mem: memberships }, 60);

describe("organizations subgraph", () => {
  it("resolves many Org references in one SQL statement", async () => {
    const ids = ["org-cast", "org-cq", "org-hn", "org-gd", "org-sz"];
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Org { id name } } }`;
    const before = service.statementCount();
    const result = await graphql<{ _entities: { id: string; name: string }[] }>(service.url, query, {
      variables: { r: ids.map((id) => ({ __typename: "Org", id })) },
    });
    expect(service.statementCount() - before).toBe(1);
    expect(result.data?._entities.map((org) => org.id)).toEqual(ids);
  });

  it("walks the tree: ancestors of a district and descendants of a province", async () => {
    const result = await graphql<{
      org: { ancestors: { id: string }[] };
      orgs: { edges: { node: { id: string } }[] };
    }>(
      service.url,
      `{ org(id: "org-cq-yuzhong") { ancestors { id } } orgs(under: "org-cq", first: 100) { edges { node { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.org.ancestors.map((o) => o.id)).toEqual(["org-cast", "org-cq"]);
    const descendants = result.data?.orgs.edges.map((e) => e.node.id) ?? [];
    expect(descendants).toContain("org-cq-yuzhong");
    expect(descendants).not.toContain("org-cq");
    expect(descendants).not.toContain("org-hn");
  });

  it("shows contacts to members and ancestors' admins only", async () => {
    const query = `{ org(id: "org-hn") { contacts { name phone } } }`;
    const asPublic = await graphql<{ org: { contacts: unknown } }>(service.url, query);
    expect(asPublic.data?.org.contacts).toBeNull();
    const sibling = await graphql<{ org: { contacts: unknown } }>(service.url, query, {
      token: await tokenFor([{ org: "org-cq", roles: ["ORG_ADMIN"] }]),
    });
    expect(sibling.data?.org.contacts).toBeNull();
    const ancestorAdmin = await graphql<{ org: { contacts: { phone: string }[] } }>(service.url, query, {
      token: await tokenFor([{ org: "org-cast", roles: ["ORG_ADMIN"] }]),
    });
    expect(ancestorAdmin.data?.org.contacts?.length).toBeGreaterThan(0);
  });

  it("signs in with the demo password, and refuses bad input clearly", async () => {
    const ok = await graphql<{ signIn: { accessToken: string; user: { displayName: string } } }>(
      service.url,
      `mutation { signIn(email: "organizer@kepu.example", password: "kepu-demo-2024") { accessToken user { displayName } } }`,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.signIn.accessToken.split(".")).toHaveLength(3);
    const me = await graphql<{ me: { email: string; memberships: { org: { id: string }; roles: string[] }[] } }>(
      service.url,
      "{ me { email memberships { roles org { id } } } }",
      { token: ok.data?.signIn.accessToken ?? "" },
    );
    expect(me.data?.me.email).toBe("organizer@kepu.example");
    expect(me.data?.me.memberships[0]?.roles).toContain("ORG_ADMIN");

    const badEmail = await graphql(
      service.url,
      `mutation { signIn(email: "not-an-email", password: "x") { accessToken } }`,
    );
    expect(badEmail.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const wrong = await graphql(
      service.url,
      `mutation { signIn(email: "nobody@kepu.example", password: "x") { accessToken } }`,
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers the public with no identity whatever headers claim one", async () => {
    const forged = await graphql<{ me: unknown }>(service.url, "{ me { id } }", {
      headers: { "x-user-id": "demo-admin", "x-viewer": '{"platformAdmin":true}' },
    });
    expect(forged.data?.me).toBeNull();
  });

  it("rejects a token from another key with UNAUTHENTICATED", async () => {
    const rogue = await createTokenSigner((await generateSigningKeys()).privateKeyPem);
    const token = await rogue.sign({ sub: "demo-admin", name: "x", adm: true, mem: [], rv: 0 }, 60);
    const result = await graphql(service.url, "{ me { id } }", { token });
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
