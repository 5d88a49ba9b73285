import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, signIn as signInToken } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Counters and tokens under concurrency (issue 7 §4), through the gateway, on PGlite and on
 * PostgreSQL (`scripts/with-postgres.sh`): parallel password guesses, addresses that exist or not
 * answering alike, and two tabs renewing one sign-in at once. The figures (how many of 20 parallel
 * guesses had their password checked) are printed.
 */
let platform: RunningPlatform;

beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(async () => {
  await platform?.close();
});

interface Tokens {
  accessToken: string;
  refreshToken: string;
}
const signInMutation =
  "mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }";
const refreshMutation = "mutation ($t: String!) { refreshAuthSession(refreshToken: $t) { accessToken refreshToken } }";

const signIn = (email: string, password: string) =>
  graphql<{ signIn: Tokens }>(platform.gatewayUrl, signInMutation, { variables: { e: email, p: password } });
const refresh = (refreshToken: string) =>
  graphql<{ refreshAuthSession: Tokens }>(platform.gatewayUrl, refreshMutation, { variables: { t: refreshToken } });

const wrongPassword = "邮箱或密码错误";

/**
 * 20 wrong passwords for one address at once. An attempt whose password was checked answers
 * 「邮箱或密码错误」 (UNAUTHENTICATED); one refused before any check answers TOO_MANY_ATTEMPTS.
 */
async function twentyParallelGuesses(email: string) {
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(email, `wrong-password-${i}`)));
  const errors = results.map((r) => r.errors?.[0]);
  expect(results.every((r) => r.data == null)).toBe(true);
  return {
    checked: errors.filter((e) => e?.extensions?.code === "UNAUTHENTICATED" && e.message === wrongPassword).length,
    refused: errors.filter((e) => e?.extensions?.code === "TOO_MANY_ATTEMPTS").length,
    messages: [...new Set(errors.map((e) => e?.message))].sort(),
  };
}

const report = (what: string, guesses: { checked: number; refused: number }) =>
  console.info(
    `[${platform.databaseKind}] ${what}: 20 parallel wrong passwords, ${guesses.checked} checked, ${guesses.refused} refused unchecked`,
  );

/** A brand-new account (link invitation accepted with a new password): it has never failed a sign-in. */
async function freshAccount(): Promise<{ email: string; password: string }> {
  const admin = await signInToken(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
  const email = `fresh-${Math.random().toString(36).slice(2, 10)}@kepu.example`;
  const invited = await graphql<{ inviteMember: { link: string } }>(
    platform.gatewayUrl,
    "mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { link } }",
    { variables: { i: { orgId: "org-cq-yuzhong", roles: ["EDITOR"] } }, token: admin },
  );
  const token = new URL(invited.data?.inviteMember.link ?? "", "http://x").searchParams.get("token");
  const password = "fresh-account-pw-1";
  const accepted = await graphql(
    platform.gatewayUrl,
    "mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }",
    { variables: { i: { token, email, displayName: "新账号", password } } },
  );
  expect(accepted.errors).toBeUndefined();
  return { email, password };
}

describe("sign-in under concurrency", () => {
  it("checks at most five of 20 parallel wrong passwords for one account, then it is locked", async () => {
    const guesses = await twentyParallelGuesses("reviewer@kepu.example");
    report("reviewer@kepu.example", guesses);
    expect(guesses).toMatchObject({ checked: 5, refused: 15 });
    const rightPassword = await signIn("reviewer@kepu.example", "kepu-demo-2024");
    expect(rightPassword.errors?.[0]?.extensions?.code).toBe("TOO_MANY_ATTEMPTS");
    expect(rightPassword.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(
      await platform.services.organizations.prisma.auditEvent.count({
        where: { action: "ACCOUNT_LOCKED", subjectUserId: "demo-reviewer" },
      }),
    ).toBe(1);
  });

  it("locks a fresh account (no failure before) the same way", async () => {
    const fresh = await freshAccount();
    const guesses = await twentyParallelGuesses(fresh.email);
    report("a fresh account", guesses);
    expect(guesses).toMatchObject({ checked: 5, refused: 15 });
    expect((await signIn(fresh.email, fresh.password)).errors?.[0]?.extensions?.code).toBe("TOO_MANY_ATTEMPTS");
  });

  it("answers an unknown address exactly like a registered one: same messages, same lockout", async () => {
    const unknown = await twentyParallelGuesses("nobody-here@kepu.example");
    const registered = await twentyParallelGuesses("organizer@kepu.example");
    report("an unknown address", unknown);
    expect(unknown).toEqual(registered);
    expect(unknown.messages).toEqual(["登录失败次数过多，请 1 分钟后再试", wrongPassword]);
    // Sequentially too: the sixth try of an unknown address is the lockout message, not another 「错误」.
    const sequential: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) sequential.push((await signIn("nobody-else@kepu.example", "x")).errors?.[0]?.message);
    expect(sequential).toEqual([...Array(5).fill(wrongPassword), "登录失败次数过多，请 1 分钟后再试"]);
  });

  it("takes about as long for an unknown address as for a wrong password", async () => {
    const timeOf = async (email: string) => {
      const started = performance.now();
      const result = await signIn(email, "wrong-once");
      expect(result.errors?.[0]?.message).toBe(wrongPassword);
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, three tries each (below the free ones), so load on the machine hits both alike.
    for (let i = 0; i < 3; i++) {
      known.push(await timeOf("admin@kepu.example"));
      unknown.push(await timeOf(`timing-${i}@kepu.example`));
    }
    const ratio = median(unknown) / median(known);
    console.info(
      `[${platform.databaseKind}] median sign-in refusal: registered ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms`,
    );
    // Both verify one argon2 hash; an answer without it comes back in about a third of the time.
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });
});

describe("two tabs renewing at once", () => {
  it("gives every concurrent renewal the same successor, and the sign-in goes on", async () => {
    const first = (await signIn("admin@kepu.example", "kepu-demo-2024")).data?.signIn as Tokens;
    const tabs = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    for (const tab of tabs) expect(tab.errors).toBeUndefined();
    const [a, b] = tabs.map((tab) => tab.data?.refreshAuthSession as Tokens);
    expect(a?.refreshToken).toBe(b?.refreshToken);
    expect(a?.refreshToken).not.toBe(first.refreshToken);
    // Both tabs' access tokens work, and the successor renews once more.
    for (const tab of [a, b]) {
      const me = await graphql<{ me: { id: string } }>(platform.gatewayUrl, "{ me { id } }", {
        token: tab?.accessToken,
      });
      expect(me.data?.me.id).toBe("demo-admin");
    }
    const next = await refresh(a?.refreshToken ?? "");
    expect(next.errors).toBeUndefined();
    // Five at once, too.
    const five = await Promise.all(
      Array.from({ length: 5 }, () => refresh(next.data?.refreshAuthSession.refreshToken ?? "")),
    );
    expect(five.map((r) => r.errors)).toEqual(Array(5).fill(undefined));
    expect(new Set(five.map((r) => r.data?.refreshAuthSession.refreshToken)).size).toBe(1);
  });

  it("still ends the sign-in when a rotated token comes back after the grace window", async () => {
    const first = (await signIn("admin@kepu.example", "kepu-demo-2024")).data?.signIn as Tokens;
    const second = (await refresh(first.refreshToken)).data?.refreshAuthSession as Tokens;
    // The rotation moved back past the 20 s window instead of waiting for it.
    await platform.services.organizations.prisma.refreshToken.updateMany({
      where: { userId: "demo-admin", rotatedAt: { not: null } },
      data: { rotatedAt: new Date(Date.now() - 60_000) },
    });
    const replay = await refresh(first.refreshToken);
    expect(replay.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    // The replay ended the whole sign-in: the legitimate newest token is dead too.
    const after = await refresh(second.refreshToken);
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("an invitation link as an account oracle", () => {
  it("answers 「该邮箱已注册」 at most three times, even to parallel probes, then the link is revoked", async () => {
    const admin = await signInToken(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
    const invited = await graphql<{ inviteMember: { link: string } }>(
      platform.gatewayUrl,
      "mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { link } }",
      { variables: { i: { orgId: "org-cq-yuzhong", roles: ["EDITOR"] } }, token: admin },
    );
    const token = new URL(invited.data?.inviteMember.link ?? "", "http://x").searchParams.get("token");
    const probe = (email: string) =>
      graphql(
        platform.gatewayUrl,
        "mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }",
        { variables: { i: { token, email, displayName: "探测者", password: "probe-password-1" } } },
      );
    const registered = ["admin@kepu.example", "organizer@kepu.example", "reviewer@kepu.example"];
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => probe(registered[i % 3] ?? "")));
    const messages = answers.map((a) => a.errors?.[0]?.message);
    const told = messages.filter((m) => m === "该邮箱已注册，请先登录再接受邀请").length;
    console.info(
      `[${platform.databaseKind}] 12 parallel probes through one link: ${told} told an address is registered`,
    );
    expect(told).toBeLessThanOrEqual(3);
    expect(messages.filter((m) => m === "该邀请已被撤销，请联系邀请人重新邀请").length).toBe(12 - told);
    // The link is spent: a new address is refused too, and nothing was created.
    const fresh = await probe("never-registered@kepu.example");
    expect(fresh.errors?.[0]?.message).toBe("该邀请已被撤销，请联系邀请人重新邀请");
    expect(
      await platform.services.organizations.prisma.user.count({ where: { email: "never-registered@kepu.example" } }),
    ).toBe(0);
  });
});
