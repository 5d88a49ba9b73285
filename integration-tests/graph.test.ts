import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Black-box tests through the one public endpoint: every query here crosses subgraphs the way a
 * browser's would, on real (embedded or server) PostgreSQL databases with the demo data.
 */
let platform: RunningPlatform;

beforeAll(async () => {
  platform = await startPlatform();
  // CI runs this suite twice: on embedded PGlite, then with KEPU_TEST_POSTGRES_URL on a real server.
  expect(platform.databaseKind).toBe(process.env.KEPU_TEST_POSTGRES_URL ? "postgresql" : "pglite");
});
afterAll(async () => {
  await platform?.close();
});

const activityPage = /* GraphQL */ `
  query ActivityPage($first: Int!, $campaignId: ID) {
    activities(first: $first, campaignId: $campaignId) {
      edges {
        node {
          id
          title
          startsAt
          host { id name kind level }
          campaign { id name theme }
          works { id title postings { platform { nameZh } } }
          nominations { id kind title }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface ActivityNode {
  id: string;
  title: string;
  host: { id: string; name: string };
  campaign: { id: string; name: string; theme: string };
  works: { id: string }[];
  nominations: { id: string; kind: string; title: string }[];
}
type ActivityPage = { activities: { edges: { node: ActivityNode }[] } };

describe("one graph over four subgraphs", () => {
  it("returns an activity with its host org, its works and its nominations (all four subgraphs)", async () => {
    const token = await signIn(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
    const result = await graphql<ActivityPage>(platform.gatewayUrl, activityPage, { variables: { first: 100 }, token });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.activities.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) {
      expect(node.host.name, `host of ${node.id}`).toMatch(/\S/);
      expect(node.campaign.theme, `theme of ${node.campaign.id}`).toMatch(/提升全民科学素质/);
    }
    expect(nodes.some((node) => node.works.length > 0)).toBe(true);
    expect(nodes.some((node) => node.nominations.length > 0)).toBe(true);
  });

  it("lists an edition's activities with its regional editions' ones", async () => {
    const result = await graphql<ActivityPage>(platform.gatewayUrl, activityPage, {
      variables: { first: 100, campaignId: "cmp-2024" },
    });
    const campaigns = new Set(result.data?.activities.edges.map((edge) => edge.node.campaign.id));
    expect(campaigns.has("cmp-2024")).toBe(true);
    expect([...campaigns].some((id) => id.startsWith("cmp-2024-"))).toBe(true);
    expect(campaigns.has("cmp-2023")).toBe(false);
  });

  it("issues the same number of SQL statements for a page of 50 activities as for a page of 5", async () => {
    const token = await signIn(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
    const measure = async (first: number) => {
      const before = platform.statementCount();
      const result = await graphql<ActivityPage>(platform.gatewayUrl, activityPage, { variables: { first }, token });
      expect(result.errors).toBeUndefined();
      expect(result.data?.activities.edges.length).toBe(first);
      return platform.statementCount() - before;
    };
    await measure(5); // warm-up: first-use statements (type introspection, prepared plans)
    const small = await measure(5);
    const large = await measure(50);
    expect(large).toBe(small);
    // A fixed handful per subgraph (page, entity batches, nested selections), not 50 of anything.
    expect(large).toBeLessThanOrEqual(25);
  });

  it("shows the current campaign with its theme and co-hosts", async () => {
    const result = await graphql<{
      campaign: { name: string; theme: string; hosts: { role: string; org: { name: string } }[] };
    }>(platform.gatewayUrl, `{ campaign(id: "cmp-2024") { name theme hosts { role org { name } } } }`);
    expect(result.data?.campaign.theme).toBe("提升全民科学素质，协力建设科技强国");
    expect(result.data?.campaign.hosts.filter((h) => ["LEAD", "CO_HOST"].includes(h.role))).toHaveLength(21);
    expect(result.data?.campaign.hosts.find((h) => h.role === "LEAD")?.org.name).toBe("中国科协");
  });

  it("resolves Org.activities, contributed by the activities subgraph", async () => {
    const result = await graphql<{ org: { name: string; activities: { edges: { node: { title: string } }[] } } }>(
      platform.gatewayUrl,
      `{ org(id: "org-cq") { name activities(first: 10) { edges { node { title } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.org.name).toBe("重庆市科协");
    expect(result.data?.org.activities.edges.length).toBeGreaterThan(0);
  });
});

describe("identity", () => {
  const privateQuery = `{ me { id } nominations(first: 5) { edges { node { id contactPhone } } } }`;

  it("signs in through the gateway and carries the token to every subgraph", async () => {
    const token = await signIn(platform.gatewayUrl, "reviewer@kepu.example", "kepu-demo-2024");
    const result = await graphql<{
      me: { displayName: string; memberships: { org: { name: string }; roles: string[] }[] };
    }>(platform.gatewayUrl, "{ me { displayName memberships { roles org { name } } } }", { token });
    expect(result.data?.me.memberships[0]?.roles).toContain("REVIEWER");
    const nominations = await graphql<{ nominations: { edges: unknown[] } }>(
      platform.gatewayUrl,
      "{ nominations(first: 50) { edges { node { id title org { name } } } } }",
      { token },
    );
    expect(nominations.errors).toBeUndefined();
    expect(nominations.data?.nominations.edges.length).toBeGreaterThan(0);
  });

  it("refuses a wrong password with a clear error", async () => {
    const result = await graphql(
      platform.gatewayUrl,
      `mutation { signIn(email: "organizer@kepu.example", password: "wrong") { accessToken } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.errors?.[0]?.message).toBe("邮箱或密码错误");
  });

  it("gives a forged identity header sent straight to each subgraph no more than the public gets", async () => {
    const forged = {
      "x-user-id": "admin",
      "x-viewer": JSON.stringify({ userId: "admin", platformAdmin: true }),
      "x-kepu-roles": "PLATFORM_ADMIN",
    };
    let checked = 0;
    for (const url of Object.values(platform.subgraphUrls)) {
      const sdl = await graphql<{ _service: { sdl: string } }>(url, "{ _service { sdl } }");
      const fields = ["me", "nominations"].filter((field) => sdl.data?._service.sdl.includes(`  ${field}`));
      for (const field of fields) {
        const query = field === "me" ? "{ me { id } }" : "{ nominations(first: 5) { edges { node { id } } } }";
        const asPublic = await graphql(url, query);
        const asForger = await graphql(url, query, { headers: forged });
        expect(asForger.data ?? null, `${url} ${field}`).toEqual(asPublic.data ?? null);
        expect(asForger.errors?.map((e) => e.extensions?.code)).toEqual(
          asPublic.errors?.map((e) => e.extensions?.code),
        );
        checked += 1;
      }
    }
    expect(checked, "organizations' me and evaluations' nominations were probed").toBe(2);
    // And through the gateway, a forged header on top of no token changes nothing either.
    const viaGateway = await graphql(platform.gatewayUrl, privateQuery, { headers: forged });
    expect(viaGateway.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("rejects a token signed by anyone but the organizations service", async () => {
    const { generateSigningKeys, createTokenSigner } = await import("@kepu/auth");
    const rogue = await createTokenSigner((await generateSigningKeys()).privateKeyPem);
    const token = await rogue.sign({ sub: "x", name: "x", adm: true, mem: [], rv: 0 }, 60);
    const result = await graphql(platform.gatewayUrl, "{ me { id } }", { token });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.data?.me ?? null).toBeNull();
  });

  it("never sends a phone number or e-mail address to the public", async () => {
    const result = await graphql(
      platform.gatewayUrl,
      `{ org(id: "org-hn") { name address contacts { name phone email } }
         activities(first: 100) { edges { node { host { contacts { phone email } } nominations { contactPhone } } } } }`,
    );
    const body = JSON.stringify(result);
    expect(body).not.toMatch(/\d{3,4}-\d{7,8}/);
    expect(body).not.toMatch(/@example\.org/);
    expect(body).not.toMatch(/1[3-9]\d{9}/);
  });
});
