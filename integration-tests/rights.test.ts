import type { Role } from "@kepu/auth";
import { demoActivityInput, type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The authorization rules of @kepu/auth policy.ts, proved through the gateway in every subgraph that
 * applies them: role × relation in the tree × operation. The target unit is 渝中区科协
 * (org-cq-yuzhong, under 重庆市科协 under 中国科协); each actor holds one role somewhere.
 */
let platform: RunningPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.close();
});

const actors = {
  platformAdmin: { adm: true, mem: [] },
  nationalAdmin: { adm: false, mem: [{ org: "org-cast", roles: ["ORG_ADMIN"] }] },
  provinceAdmin: { adm: false, mem: [{ org: "org-cq", roles: ["ORG_ADMIN"] }] },
  ownAdmin: { adm: false, mem: [{ org: "org-cq-yuzhong", roles: ["ORG_ADMIN"] }] },
  ownEditor: { adm: false, mem: [{ org: "org-cq-yuzhong", roles: ["EDITOR"] }] },
  ownReviewer: { adm: false, mem: [{ org: "org-cq-yuzhong", roles: ["REVIEWER"] }] },
  siblingAdmin: { adm: false, mem: [{ org: "org-cq-shapingba", roles: ["ORG_ADMIN"] }] },
  otherProvinceAdmin: { adm: false, mem: [{ org: "org-hn", roles: ["ORG_ADMIN"] }] },
  provinceEditor: { adm: false, mem: [{ org: "org-cq", roles: ["EDITOR"] }] },
  anonymous: null,
} satisfies Record<string, { adm: boolean; mem: { org: string; roles: Role[] }[] } | null>;
type Actor = keyof typeof actors;

async function tokenOf(actor: Actor): Promise<string | undefined> {
  const claims = actors[actor];
  // demo-organizer is a real user, so rows that record who acted keep their foreign keys.
  return claims ? platform.signer.sign({ sub: "demo-organizer", name: actor, ...claims }, 300) : undefined;
}

const target = "org-cq-yuzhong";
const activityInput = demoActivityInput();

/** A submitted activity of the target, made by its own editor, for each approval attempt. */
async function submittedActivity(): Promise<string> {
  const token = await tokenOf("ownEditor");
  const created = await graphql<{ createActivity: { id: string } }>(
    platform.gatewayUrl,
    "mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }",
    { variables: { i: activityInput }, token },
  );
  const id = created.data?.createActivity.id ?? "";
  await graphql(platform.gatewayUrl, "mutation ($id: ID!) { submitActivity(id: $id) { id } }", {
    variables: { id },
    token,
  });
  return id;
}

/** Submits a work for the target unit (each with its own link, as links are unique per owner). */
function submitWork(token: string | undefined) {
  return graphql<{ submitWork: { id: string } }>(
    platform.gatewayUrl,
    "mutation ($i: SubmitWorkInput!) { submitWork(input: $i) { id } }",
    {
      variables: {
        i: {
          ownerOrgId: target,
          campaignId: "cmp-2024-cq",
          title: "山城桥梁里的力学",
          kind: "SHORT_VIDEO",
          authorName: "渝中区科协",
          platform: "抖音",
          url: `https://example.org/${Math.random().toString(36).slice(2)}`,
          publishedAt: "2024-09-20T10:00:00+08:00",
        },
      },
      token,
    },
  );
}

async function pendingWork(): Promise<string> {
  const created = await submitWork(await tokenOf("ownEditor"));
  return created.data?.submitWork.id ?? "";
}

/** Each operation returns whether it was allowed; a refusal must be FORBIDDEN or UNAUTHENTICATED. */
const operations: Record<string, (token: string | undefined) => Promise<boolean>> = {
  async seeContacts(token) {
    const r = await graphql<{ org: { contacts: unknown[] | null } }>(
      platform.gatewayUrl,
      `{ org(id: "${target}") { contacts { phone } } }`,
      { token },
    );
    return r.data?.org.contacts !== null;
  },
  async editUnit(token) {
    return allowed(
      await graphql(
        platform.gatewayUrl,
        `mutation { updateOrg(id: "${target}", input: { address: "重庆市渝中区" }) { id } }`,
        { token },
      ),
    );
  },
  async editParent(token) {
    return allowed(
      await graphql(
        platform.gatewayUrl,
        `mutation { updateOrg(id: "org-cq", input: { address: "重庆市渝北区" }) { id } }`,
        { token },
      ),
    );
  },
  async inviteMember(token) {
    return allowed(
      await graphql(
        platform.gatewayUrl,
        `mutation { inviteMember(input: { orgId: "${target}", roles: [EDITOR] }) { link } }`,
        { token },
      ),
    );
  },
  async createActivity(token) {
    return allowed(
      await graphql(platform.gatewayUrl, "mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }", {
        variables: { i: activityInput },
        token,
      }),
    );
  },
  async approveActivity(token) {
    const id = await submittedActivity();
    return allowed(
      await graphql(platform.gatewayUrl, "mutation ($id: ID!) { approveActivity(id: $id) { status } }", {
        variables: { id },
        token,
      }),
    );
  },
  async submitWork(token) {
    return allowed(await submitWork(token));
  },
  async moderateWork(token) {
    const id = await pendingWork();
    return allowed(
      await graphql(platform.gatewayUrl, "mutation ($id: ID!) { reviewWork(id: $id, decision: APPROVE) { status } }", {
        variables: { id },
        token,
      }),
    );
  },
};
type Operation = keyof typeof operations;

function allowed(result: { errors?: { extensions?: { code?: string } }[] }): boolean {
  const code = result.errors?.[0]?.extensions?.code;
  if (!code) return true;
  if (code === "FORBIDDEN" || code === "UNAUTHENTICATED" || code === "NOT_FOUND") return false;
  throw new Error(`unexpected ${code}: ${JSON.stringify(result.errors)}`);
}

const everything: Operation[] = Object.keys(operations);
const expected: Record<Actor, Operation[]> = {
  platformAdmin: everything,
  nationalAdmin: [
    "seeContacts",
    "editUnit",
    "editParent",
    "inviteMember",
    "createActivity",
    "approveActivity",
    "submitWork",
    "moderateWork",
  ],
  provinceAdmin: [
    "seeContacts",
    "editUnit",
    "editParent",
    "inviteMember",
    "createActivity",
    "approveActivity",
    "submitWork",
    "moderateWork",
  ],
  ownAdmin: ["seeContacts", "editUnit", "inviteMember", "createActivity", "submitWork"],
  ownEditor: ["seeContacts", "createActivity", "submitWork"],
  ownReviewer: ["seeContacts"],
  siblingAdmin: [],
  otherProvinceAdmin: [],
  provinceEditor: [],
  anonymous: [],
};

describe("authorization matrix through the gateway", () => {
  for (const actor of Object.keys(actors) as Actor[]) {
    it(`${actor} may ${expected[actor].length ? expected[actor].join(", ") : "do none of it"}`, async () => {
      const token = await tokenOf(actor);
      const granted: Operation[] = [];
      for (const operation of everything) if (await operations[operation]?.(token)) granted.push(operation);
      expect(granted).toEqual(expected[actor]);
    });
  }
});

describe("approval by a campaign-designated approver", () => {
  it("lets 湖南's 纲要办 approve a Hunan unit's activity once the regional edition designates it", async () => {
    const hnEditor = await platform.signer.sign(
      { sub: "demo-organizer", name: "e", adm: false, mem: [{ org: "org-hn-changsha", roles: ["EDITOR"] }] },
      300,
    );
    const gangyao = await platform.signer.sign(
      { sub: "demo-organizer", name: "g", adm: false, mem: [{ org: "org-hn-gangyao", roles: ["ORG_ADMIN"] }] },
      300,
    );
    const input = { ...activityInput, hostOrgId: "org-hn-changsha", campaignId: "cmp-2024-hn" };
    const created = await graphql<{ createActivity: { id: string } }>(
      platform.gatewayUrl,
      "mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }",
      { variables: { i: input }, token: hnEditor },
    );
    const id = created.data?.createActivity.id ?? "";
    await graphql(platform.gatewayUrl, "mutation ($id: ID!) { submitActivity(id: $id) { id } }", {
      variables: { id },
      token: hnEditor,
    });
    const approve = "mutation ($id: ID!) { approveActivity(id: $id) { status } }";
    const hnAdmin = await platform.signer.sign(
      { sub: "demo-organizer", name: "h", adm: false, mem: [{ org: "org-hn", roles: ["ORG_ADMIN"] }] },
      300,
    );
    const designated = await graphql(
      platform.gatewayUrl,
      `mutation { updateCampaign(id: "cmp-2024-hn", input: { approverOrgId: "org-hn-gangyao" }) { id } }`,
      { token: hnAdmin },
    );
    expect(designated.errors).toBeUndefined();
    const after = await graphql<{ approveActivity: { status: string } }>(platform.gatewayUrl, approve, {
      variables: { id },
      token: gangyao,
    });
    expect(after.errors).toBeUndefined();
    expect(after.data?.approveActivity.status).toBe("PUBLISHED");

    // The designation covers 湖南 only: 重庆's submissions stay with 重庆's level above, and are not
    // even visible to 湖南's 纲要办.
    const chongqing = await submittedActivity();
    const outside = await graphql(platform.gatewayUrl, approve, { variables: { id: chongqing }, token: gangyao });
    expect(outside.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
