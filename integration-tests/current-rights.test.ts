import { type RunningPlatform, startPlatform, submitDemoActivity } from "@kepu/harness";
import { graphql, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Rights that change take effect at once (issue 7 §3), through the gateway: a token signed before
 * the holder's memberships changed is refused for every write in every subgraph (UNAUTHENTICATED,
 * reason RIGHTS_CHANGED), the client renews it once and acts on what the person holds now.
 */
let platform: RunningPlatform;
let platformAdmin: string;

beforeAll(async () => {
  platform = await startPlatform();
  platformAdmin = await signIn(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
});
afterAll(async () => {
  await platform?.close();
});

interface Tokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}
const tokenFields = "accessToken refreshToken user { id }";
type Role = "ORG_ADMIN" | "EDITOR" | "REVIEWER";

const inviteMutation = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { link } }`;
const acceptMutation = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${tokenFields} } }`;
const refreshMutation = `mutation ($t: String!) { refreshAuthSession(refreshToken: $t) { ${tokenFields} } }`;

const invite = (token: string, orgId: string, roles: Role[], email?: string) =>
  graphql<{ inviteMember: { link: string } }>(platform.gatewayUrl, inviteMutation, {
    variables: { input: { orgId, roles, ...(email ? { email } : {}) } },
    token,
  });

const secretOf = (link: string) => new URL(link, "http://x").searchParams.get("token") ?? "";

/** A new account that joins `orgId` with `roles`, invited by the platform admin; its sign-in tokens. */
async function newMember(name: string, orgId: string, roles: Role[]): Promise<Tokens> {
  const email = `member-${Math.random().toString(36).slice(2, 10)}@kepu.example`;
  const invited = await invite(platformAdmin, orgId, roles, email);
  if (!invited.data) throw new Error(JSON.stringify(invited.errors));
  const accepted = await graphql<{ acceptInvitation: Tokens }>(platform.gatewayUrl, acceptMutation, {
    variables: {
      input: {
        token: secretOf(invited.data?.inviteMember.link ?? ""),
        displayName: name,
        password: "long-enough-pw-1",
      },
    },
  });
  if (!accepted.data) throw new Error(JSON.stringify(accepted.errors));
  return accepted.data.acceptInvitation;
}

const refresh = (refreshToken: string) =>
  graphql<{ refreshAuthSession: Tokens }>(platform.gatewayUrl, refreshMutation, { variables: { t: refreshToken } });

const setRoles = (orgId: string, userId: string, roles: Role[]) =>
  graphql(
    platform.gatewayUrl,
    "mutation ($o: ID!, $u: ID!, $r: [Role!]!) { setMemberRoles(orgId: $o, userId: $u, roles: $r) { roles } }",
    {
      variables: { o: orgId, u: userId, r: roles },
      token: platformAdmin,
    },
  );

function expectRightsChanged(result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  expect(result.errors?.[0]?.extensions?.reason).toBe("RIGHTS_CHANGED");
  expect(result.errors?.[0]?.message).toBe("您的权限已变更，请重新登录");
}

describe("rights that change take effect at once", () => {
  it("refuses a removed admin's token in hand: no self re-invite, no new token, no invitation of theirs left open", async () => {
    const removed = await newMember("被移除的管理员", "org-cq-yuzhong", ["ORG_ADMIN"]);
    // While still admin, they leave a link invitation behind for later.
    const leftOpen = await invite(removed.accessToken, "org-cq-yuzhong", ["ORG_ADMIN"]);
    expect(leftOpen.errors).toBeUndefined();

    const removal = await graphql(
      platform.gatewayUrl,
      'mutation ($u: ID!) { removeMember(orgId: "org-cq-yuzhong", userId: $u) }',
      { variables: { u: removed.user.id }, token: platformAdmin },
    );
    expect(removal.errors).toBeUndefined();

    // The attack of the issue: invite themselves back as ORG_ADMIN with the token still in hand.
    const reinvite = await invite(removed.accessToken, "org-cq-yuzhong", ["ORG_ADMIN"]);
    expectRightsChanged(reinvite);
    expect(reinvite.data?.inviteMember ?? null).toBeNull();

    // Nor can they renew the token: removal ended their sign-ins.
    const renewed = await refresh(removed.refreshToken);
    expect(renewed.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // The link they made while admin no longer admits anyone: its inviter no longer administers the unit.
    const accepted = await graphql(platform.gatewayUrl, acceptMutation, {
      variables: {
        input: {
          token: secretOf(leftOpen.data?.inviteMember.link ?? ""),
          displayName: "同伙",
          password: "long-enough-pw-1",
          email: `accomplice-${Date.now()}@kepu.example`,
        },
      },
    });
    expect(accepted.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const memberships = await platform.services.organizations.prisma.membership.findMany({
      where: { orgId: "org-cq-yuzhong", user: { displayName: { in: ["被移除的管理员", "同伙"] } } },
    });
    expect(memberships).toEqual([]);
  });

  it("refuses a demoted admin's old token on a write in another subgraph (approveActivity)", async () => {
    // An admin of 重庆市科协 approves what 渝中区科协 submits; the editor is a fabricated current token.
    const admin = await newMember("将被降级的管理员", "org-cq", ["ORG_ADMIN"]);
    const editor = await platform.signer.sign(
      { sub: "demo-organizer", name: "渝中编辑", adm: false, mem: [{ org: "org-cq-yuzhong", roles: ["EDITOR"] }] },
      300,
    );
    const activityId = await submittedActivity(editor);

    expect((await setRoles("org-cq", admin.user.id, ["EDITOR"])).errors).toBeUndefined();
    const approve = "mutation ($id: ID!) { approveActivity(id: $id) { id status } }";
    const withOldToken = await graphql(platform.gatewayUrl, approve, {
      variables: { id: activityId },
      token: admin.accessToken,
    });
    expectRightsChanged(withOldToken);

    // Renewed, the token says EDITOR: the approval is refused for what they are now.
    const renewed = await refresh(admin.refreshToken);
    const withNewToken = await graphql<{ approveActivity: { status: string } }>(platform.gatewayUrl, approve, {
      variables: { id: activityId },
      token: renewed.data?.refreshAuthSession.accessToken ?? "",
    });
    // Refused for what they are now (an editor of 重庆市科协 does not even see 渝中's submission).
    expect(withNewToken.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    const stored = await platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id: activityId } });
    expect(stored.status).toBe("SUBMITTED");
  });

  it("gives a member whose rights grew the new rights after one renewal", async () => {
    const member = await newMember("升为管理员的编辑", "org-cq-shapingba", ["EDITOR"]);
    expect((await setRoles("org-cq-shapingba", member.user.id, ["EDITOR", "ORG_ADMIN"])).errors).toBeUndefined();

    const withOldToken = await invite(member.accessToken, "org-cq-shapingba", ["EDITOR"]);
    // Not FORBIDDEN (which a client shows as such), but a refusal the client answers by renewing.
    expectRightsChanged(withOldToken);
    const renewed = await refresh(member.refreshToken);
    expect(renewed.errors).toBeUndefined();
    const withNewToken = await invite(renewed.data?.refreshAuthSession.accessToken ?? "", "org-cq-shapingba", [
      "EDITOR",
    ]);
    expect(withNewToken.errors).toBeUndefined();
    expect(withNewToken.data?.inviteMember.link).toMatch(/^\/organizers\/invite\?token=/);
  });

  it("keeps reads and sign-in mutations working with a token whose rights changed", async () => {
    const member = await newMember("只读的成员", "org-cq-shapingba", ["EDITOR"]);
    expect((await setRoles("org-cq-shapingba", member.user.id, ["REVIEWER"])).errors).toBeUndefined();
    const me = await graphql<{ me: { id: string } }>(platform.gatewayUrl, "{ me { id } }", {
      token: member.accessToken,
    });
    expect(me.data?.me.id).toBe(member.user.id);
    // Renewing and signing out carry no rights: a stale token in the header does not block them.
    const renewed = await graphql<{ refreshAuthSession: Tokens }>(platform.gatewayUrl, refreshMutation, {
      variables: { t: member.refreshToken },
      token: member.accessToken,
    });
    expect(renewed.errors).toBeUndefined();
  });
});

async function submittedActivity(editorToken: string): Promise<string> {
  return submitDemoActivity(platform.gatewayUrl, editorToken, { title: "渝中区科学之夜（权限测试）" });
}
