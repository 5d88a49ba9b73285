import type { Role } from "@kepu/auth";
import { memoryMailer } from "@kepu/server";
import { graphql } from "@kepu/testing/graphql";
import type { TestTokenSigner } from "@kepu/testing/signer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../src/index.js";
import { bootOrganizations } from "./boot.js";

let service: RunningService;
let signer: TestTokenSigner;
const mailer = memoryMailer();

beforeAll(async () => {
  ({ service, signer } = await bootOrganizations({ mailer, webUrl: "https://kepu.example" }));
});
afterAll(async () => {
  await service?.close();
});

/** A token for a real seeded user (so foreign keys hold) with the memberships a case needs. */
const tokenAs = (sub: string, mem: { org: string; roles: Role[] }[]) =>
  signer.sign({ sub, name: sub, adm: false, mem }, 60);
const cqAdmin = () => tokenAs("demo-organizer", [{ org: "org-cq", roles: ["ORG_ADMIN"] }]);
const hnAdmin = () => tokenAs("demo-reviewer", [{ org: "org-hn", roles: ["ORG_ADMIN"] }]);

interface AuthSessionTokens {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}
const tokenFields = "accessToken refreshToken expiresInSeconds user { id }";

async function signIn(email: string, password: string) {
  return graphql<{ signIn: AuthSessionTokens }>(
    service.url,
    `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { ${tokenFields} } }`,
    { variables: { e: email, p: password } },
  );
}

const refresh = (refreshToken: string) =>
  graphql<{ refreshAuthSession: AuthSessionTokens }>(
    service.url,
    `mutation ($t: String!) { refreshAuthSession(refreshToken: $t) { ${tokenFields} } }`,
    { variables: { t: refreshToken } },
  );

describe("sign-in sessions (AuthSession)", () => {
  it("rotates the refresh token; the old one again at once gets the same successor, later it ends the sign-in", async () => {
    const first = (await signIn("organizer@kepu.example", "kepu-demo-2024")).data?.signIn as AuthSessionTokens;
    expect(first.refreshToken.length).toBeGreaterThan(40);
    const second = (await refresh(first.refreshToken)).data?.refreshAuthSession as AuthSessionTokens;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken.split(".")).toHaveLength(3);
    // Within the grace window (a second tab, a retry after a lost answer): the same successor.
    const again = (await refresh(first.refreshToken)).data?.refreshAuthSession as AuthSessionTokens;
    expect(again.refreshToken).toBe(second.refreshToken);

    // The rotation moved back past the 20 s window instead of waiting for it.
    await service.prisma.refreshToken.updateMany({
      where: { userId: "demo-organizer", rotatedAt: { not: null } },
      data: { rotatedAt: new Date(Date.now() - 60_000) },
    });
    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // The replay revoked the family: the legitimate newest token is dead too.
    const after = await refresh(second.refreshToken);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs out one sign-in, and everywhere", async () => {
    const a = (await signIn("organizer@kepu.example", "kepu-demo-2024")).data?.signIn as AuthSessionTokens;
    const b = (await signIn("organizer@kepu.example", "kepu-demo-2024")).data?.signIn as AuthSessionTokens;
    const out = await graphql<{ signOut: boolean }>(
      service.url,
      `mutation ($t: String!) { signOut(refreshToken: $t) }`,
      {
        variables: { t: a.refreshToken },
      },
    );
    expect(out.data?.signOut).toBe(true);
    expect((await refresh(a.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await refresh(b.refreshToken)).errors).toBeUndefined();

    const c = (await signIn("organizer@kepu.example", "kepu-demo-2024")).data?.signIn as AuthSessionTokens;
    const everywhere = await graphql<{ signOutEverywhere: number }>(service.url, "mutation { signOutEverywhere }", {
      token: c.accessToken,
    });
    expect(everywhere.data?.signOutEverywhere).toBeGreaterThanOrEqual(2);
    expect((await refresh(c.refreshToken)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await service.prisma.authSession.count({ where: { userId: "demo-organizer", endedAt: null } })).toBe(0);
    expect(
      await service.prisma.auditEvent.count({
        where: { action: "AUTH_SESSIONS_ENDED", subjectUserId: "demo-organizer" },
      }),
    ).toBe(1);
    const anonymous = await graphql(service.url, "mutation { signOutEverywhere }");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("locks an account after five wrong passwords, even for the right one, and logs it", async () => {
    for (let i = 0; i < 5; i++) {
      const wrong = await signIn("reviewer@kepu.example", "wrong-password");
      expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const locked = await signIn("reviewer@kepu.example", "kepu-demo-2024");
    expect(locked.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ATTEMPTS");
    expect(locked.errors?.[0]?.message).toMatch(/分钟后再试/);
    expect(
      await service.prisma.auditEvent.count({ where: { action: "ACCOUNT_LOCKED", subjectUserId: "demo-reviewer" } }),
    ).toBe(1);
    // After the wait the right password works and clears the count.
    await service.prisma.signInThrottle.update({
      where: { email: "reviewer@kepu.example" },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect((await signIn("reviewer@kepu.example", "kepu-demo-2024")).errors).toBeUndefined();
    expect(await service.prisma.signInThrottle.count({ where: { email: "reviewer@kepu.example" } })).toBe(0);
  });
});

const invite = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { link invitation { id status email roles } } }`;
const accept = `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${tokenFields} } }`;
const tokenOf = (link: string) => new URL(link, "https://kepu.example").searchParams.get("token") ?? "";

describe("invitations and members", () => {
  it("invites by e-mail to a sub-unit; the invitee creates an account, joins and signs in", async () => {
    const sent = mailer.sent.length;
    const created = await graphql<{ inviteMember: { link: string; invitation: { id: string; status: string } } }>(
      service.url,
      invite,
      {
        variables: { input: { orgId: "org-cq-yuzhong", email: "New.Editor@Example.org", roles: ["EDITOR"] } },
        token: await cqAdmin(),
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.inviteMember.invitation.status).toBe("PENDING");
    const link = created.data?.inviteMember.link ?? "";
    expect(mailer.sent.length).toBe(sent + 1);
    expect(mailer.sent.at(-1)?.to).toBe("new.editor@example.org");
    expect(mailer.sent.at(-1)?.text).toContain(`https://kepu.example${link}`);

    const preview = await graphql<{ invitation: { orgName: string; roles: string[]; status: string } }>(
      service.url,
      `query ($t: String!) { invitation(token: $t) { orgName roles status } }`,
      { variables: { t: tokenOf(link) } },
    );
    expect(preview.data?.invitation).toEqual({ orgName: "渝中区科协", roles: ["EDITOR"], status: "PENDING" });

    const weak = await graphql(service.url, accept, {
      variables: { input: { token: tokenOf(link), displayName: "新编辑", password: "short" } },
    });
    expect(weak.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const joined = await graphql<{ acceptInvitation: AuthSessionTokens }>(service.url, accept, {
      variables: { input: { token: tokenOf(link), displayName: "新编辑", password: "a-long-password-1" } },
    });
    expect(joined.errors).toBeUndefined();
    const again = await graphql(service.url, accept, {
      variables: { input: { token: tokenOf(link), displayName: "别人", password: "a-long-password-2" } },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const signedIn = await signIn("new.editor@example.org", "a-long-password-1");
    const me = await graphql<{ me: { memberships: { roles: string[]; org: { id: string } }[] } }>(
      service.url,
      "{ me { memberships { roles org { id } } } }",
      { token: signedIn.data?.signIn.accessToken ?? "" },
    );
    expect(me.data?.me.memberships).toEqual([{ roles: ["EDITOR"], org: { id: "org-cq-yuzhong" } }]);
    const actions = await service.prisma.auditEvent.findMany({
      where: { orgId: "org-cq-yuzhong" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "INVITATION_ACCEPTED",
      "INVITATION_CREATED",
      "MEMBERSHIP_GRANTED",
    ]);
  });

  it("lets a signed-in user accept a link invitation, adding roles to what they hold", async () => {
    const created = await graphql<{ inviteMember: { link: string } }>(service.url, invite, {
      variables: { input: { orgId: "org-cq", roles: ["REVIEWER"] } },
      token: await cqAdmin(),
    });
    const me = (await signIn("admin@kepu.example", "kepu-demo-2024")).data?.signIn as AuthSessionTokens;
    const joined = await graphql(service.url, accept, {
      variables: { input: { token: tokenOf(created.data?.inviteMember.link ?? "") } },
      token: me.accessToken,
    });
    expect(joined.errors).toBeUndefined();
    const membership = await service.prisma.membership.findUniqueOrThrow({
      where: { userId_orgId: { userId: "demo-admin", orgId: "org-cq" } },
    });
    expect(membership.roles).toEqual(["REVIEWER"]);
  });

  it("refuses invitations and role changes outside the viewer's subtree", async () => {
    const sibling = await graphql(service.url, invite, {
      variables: { input: { orgId: "org-cq-yuzhong", email: "x@example.org", roles: ["EDITOR"] } },
      token: await hnAdmin(),
    });
    expect(sibling.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const countyAdmin = await tokenAs("demo-organizer", [{ org: "org-cq-yuzhong", roles: ["ORG_ADMIN"] }]);
    const upwards = await graphql(service.url, invite, {
      variables: { input: { orgId: "org-cq", email: "x@example.org", roles: ["ORG_ADMIN"] } },
      token: countyAdmin,
    });
    expect(upwards.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const roles = await graphql(
      service.url,
      `mutation { setMemberRoles(orgId: "org-cq", userId: "demo-admin", roles: [EDITOR]) { roles } }`,
      {
        token: await hnAdmin(),
      },
    );
    expect(roles.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const noRoles = await graphql(service.url, invite, {
      variables: { input: { orgId: "org-cq", roles: [] } },
      token: await cqAdmin(),
    });
    expect(noRoles.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("lists members with e-mails for admins only, changes roles and removes, with an audit trail", async () => {
    const query = `{ org(id: "org-cq") { viewerCanAdminister members(first: 50) { edges { node { roles user { id email } } } } invitations { id } } }`;
    const asAdmin = await graphql<{
      org: {
        viewerCanAdminister: boolean;
        members: { edges: { node: { roles: string[]; user: { id: string; email: string | null } } }[] };
      };
    }>(service.url, query, { token: await cqAdmin() });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.org.viewerCanAdminister).toBe(true);
    const admin = asAdmin.data?.org.members.edges.find((e) => e.node.user.id === "demo-admin");
    expect(admin?.node.user.email).toBe("admin@kepu.example");
    const asOther = await graphql<{ org: { viewerCanAdminister: boolean; members: unknown; invitations: unknown } }>(
      service.url,
      query,
      {
        token: await hnAdmin(),
      },
    );
    expect(asOther.data?.org).toEqual({ viewerCanAdminister: false, members: null, invitations: null });

    const self = await graphql(
      service.url,
      `mutation { setMemberRoles(orgId: "org-cq", userId: "demo-organizer", roles: [EDITOR]) { roles } }`,
      {
        token: await cqAdmin(),
      },
    );
    expect(self.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const changed = await graphql<{ setMemberRoles: { roles: string[] } }>(
      service.url,
      `mutation { setMemberRoles(orgId: "org-cq", userId: "demo-admin", roles: [EDITOR, REVIEWER, EDITOR]) { roles } }`,
      { token: await cqAdmin() },
    );
    expect(changed.data?.setMemberRoles.roles).toEqual(["EDITOR", "REVIEWER"]);
    const removed = await graphql(service.url, `mutation { removeMember(orgId: "org-cq", userId: "demo-admin") }`, {
      token: await cqAdmin(),
    });
    expect(removed.errors).toBeUndefined();
    const log = await graphql<{ org: { auditEvents: { edges: { node: { action: string; detail: string } }[] } } }>(
      service.url,
      `{ org(id: "org-cq") { auditEvents(first: 3) { edges { node { action detail } } } } }`,
      { token: await cqAdmin() },
    );
    expect(log.data?.org.auditEvents.edges.map((e) => e.node.action)).toEqual([
      "MEMBERSHIP_REVOKED",
      "ROLES_CHANGED",
      "MEMBERSHIP_GRANTED",
    ]);
    expect(JSON.parse(log.data?.org.auditEvents.edges[1]?.node.detail ?? "{}")).toEqual({
      before: ["REVIEWER"],
      after: ["EDITOR", "REVIEWER"],
    });
  });

  describe("invitation and member guards", () => {
    it("revokes a pending invitation for the unit's admins only, once", async () => {
      const created = await graphql<{ inviteMember: { invitation: { id: string } } }>(service.url, invite, {
        variables: { input: { orgId: "org-cq-beibei", email: "someone@example.org", roles: ["EDITOR"] } },
        token: await cqAdmin(),
      });
      const id = created.data?.inviteMember.invitation.id;
      const revoke = `mutation ($id: ID!) { revokeInvitation(id: $id) { status } }`;
      const other = await graphql(service.url, revoke, { variables: { id }, token: await hnAdmin() });
      expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const ok = await graphql<{ revokeInvitation: { status: string } }>(service.url, revoke, {
        variables: { id },
        token: await cqAdmin(),
      });
      expect(ok.data?.revokeInvitation.status).toBe("REVOKED");
      const again = await graphql(service.url, revoke, { variables: { id }, token: await cqAdmin() });
      expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    });

    it("lets only the invited address accept an e-mail invitation", async () => {
      const created = await graphql<{ inviteMember: { link: string } }>(service.url, invite, {
        variables: { input: { orgId: "org-cq-beibei", email: "invited@example.org", roles: ["EDITOR"] } },
        token: await cqAdmin(),
      });
      const me = (await signIn("admin@kepu.example", "kepu-demo-2024")).data?.signIn as AuthSessionTokens;
      const wrongUser = await graphql(service.url, accept, {
        variables: { input: { token: tokenOf(created.data?.inviteMember.link ?? "") } },
        token: me.accessToken,
      });
      expect(wrongUser.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const bogus = await graphql(service.url, accept, { variables: { input: { token: "x".repeat(43) } } });
      expect(bogus.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("refuses empty roles and removals from outside the subtree", async () => {
      const empty = await graphql(
        service.url,
        `mutation { setMemberRoles(orgId: "org-cq", userId: "demo-reviewer", roles: []) { roles } }`,
        {
          token: await cqAdmin(),
        },
      );
      expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const removal = await graphql(
        service.url,
        `mutation { removeMember(orgId: "org-cq", userId: "demo-organizer") }`,
        {
          token: await hnAdmin(),
        },
      );
      expect(removal.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await service.prisma.membership.count({ where: { orgId: "org-cq", userId: "demo-organizer" } })).toBe(1);
    });
  });
});
