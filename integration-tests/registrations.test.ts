import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Registration for sessions (issue 9 §5) through the gateway, on PGlite and on PostgreSQL
 * (`scripts/with-postgres.sh`): never oversold under concurrency, one row per person, the waitlist
 * promoted in order against the current capacity, self-cancel, the host's registrants, and a
 * cancelled session's registrants mailed. Each of the examples is a case here.
 */
let platform: RunningPlatform;
const activityId = "act-reg-fixture";
const hostOrgId = "org-cq-yuzhong";
let sessionSeq = 0;

beforeAll(async () => {
  platform = await startPlatform();
  await platform.services.activities.prisma.activity.create({
    data: {
      id: activityId,
      campaignId: "cmp-2024-cq",
      editionId: "cmp-2024",
      hostOrgId,
      title: "青少年机器人编程体验营",
      summary: "动手搭建并编程一台小车。",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: ["EXPERIMENT"],
      mode: "OFFLINE",
      startsAt: new Date("2030-09-20T01:30:00Z"),
      endsAt: new Date("2030-09-20T03:00:00Z"),
      status: "PUBLISHED",
      listed: true,
    },
  });
}, 300_000);
afterAll(async () => {
  await platform?.close();
});

/** A new session of the fixture activity that takes registrations. */
async function newSession(capacity: number): Promise<string> {
  sessionSeq += 1;
  const session = await platform.services.activities.prisma.activitySession.create({
    data: {
      id: `ses-reg-${platform.databaseKind}-${sessionSeq}`,
      activityId,
      startsAt: new Date(Date.UTC(2030, 8, 20, 1, 30) + sessionSeq * 86_400_000),
      endsAt: new Date(Date.UTC(2030, 8, 20, 3, 0) + sessionSeq * 86_400_000),
      capacity,
      registrationRequired: true,
    },
  });
  return session.id;
}

/** Public accounts (no roles), created in the organizations database; tokens as organizations signs them. */
async function people(prefix: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `user-${prefix}-${i}`);
  await platform.services.organizations.prisma.user.createMany({
    data: ids.map((id) => ({ id, email: `${id}@example.org`, displayName: id, passwordHash: "unused" })),
  });
  return Promise.all(
    ids.map((id) => platform.signer.sign({ sub: id, name: id, adm: false, mem: [], eml: `${id}@example.org` }, 600)),
  );
}

interface Reg {
  id: string;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  waitlistPosition: number | null;
}
const registerMutation = `mutation ($s: ID!, $c: RegistrationContactInput!) {
  registerForSession(sessionId: $s, contact: $c) { id status waitlistPosition }
}`;
const register = (token: string, sessionId: string, name = "张三") =>
  graphql<{ registerForSession: Reg }>(platform.gatewayUrl, registerMutation, {
    variables: { s: sessionId, c: { name, phone: "138 0013 8000" } },
    token,
  });
const cancel = (token: string, id: string) =>
  graphql<{ cancelRegistration: Reg }>(
    platform.gatewayUrl,
    "mutation ($id: ID!) { cancelRegistration(id: $id) { id status } }",
    { variables: { id }, token },
  );
async function registered(token: string, sessionId: string): Promise<Reg> {
  const result = await register(token, sessionId);
  expect(result.errors).toBeUndefined();
  return must(result.data).registerForSession;
}

/** The session's rows and counts as stored: the counts must always equal the rows. */
async function counts(sessionId: string) {
  const db = platform.services.activities.prisma;
  const session = await db.activitySession.findUniqueOrThrow({ where: { id: sessionId } });
  const rows = await db.registration.groupBy({ by: ["status"], where: { sessionId }, _count: true });
  const byStatus = Object.fromEntries(rows.map((row) => [row.status, row._count]));
  expect(session.confirmedCount).toBe(byStatus.CONFIRMED ?? 0);
  expect(session.waitlistCount).toBe(byStatus.WAITLISTED ?? 0);
  return { confirmed: session.confirmedCount, waitlisted: session.waitlistCount };
}

/** Waitlisted registration ids of the session in promotion order. */
const waitlist = async (sessionId: string) =>
  (
    await platform.services.activities.prisma.registration.findMany({
      where: { sessionId, status: "WAITLISTED" },
      orderBy: { queueNumber: "asc" },
      select: { userId: true },
    })
  ).map((row) => row.userId);

/** An editor of the host unit (a real account with the membership, so its rights version is current). */
let hostEditorId: string | null = null;
async function hostEditor(): Promise<string> {
  if (!hostEditorId) {
    hostEditorId = `user-yuzhong-editor-${platform.databaseKind}`;
    await platform.services.organizations.prisma.user.create({
      data: {
        id: hostEditorId,
        email: `${hostEditorId}@example.org`,
        displayName: "渝中编辑",
        passwordHash: "unused",
        memberships: { create: { orgId: hostOrgId, roles: ["EDITOR"] } },
      },
    });
  }
  return platform.signer.sign(
    { sub: hostEditorId, name: "渝中编辑", adm: false, mem: [{ org: hostOrgId, roles: ["EDITOR"] }] },
    600,
  );
}

describe("registration under concurrency", () => {
  it("200 concurrent registrations for a session of capacity 50: exactly 50 confirmed and 150 waitlisted", async () => {
    const sessionId = await newSession(50);
    const tokens = await people(`burst-${platform.databaseKind}`, 200);
    const started = performance.now();
    const results = await Promise.all(tokens.map((token) => register(token, sessionId)));
    const ms = performance.now() - started;
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const statuses = results.map((r) => must(r.data).registerForSession.status);
    expect(statuses.filter((s) => s === "CONFIRMED")).toHaveLength(50);
    expect(statuses.filter((s) => s === "WAITLISTED")).toHaveLength(150);
    expect(await counts(sessionId)).toEqual({ confirmed: 50, waitlisted: 150 });
    const positions = results.map((r) => must(r.data).registerForSession.waitlistPosition).filter((p) => p !== null);
    expect(new Set(positions).size).toBe(150);
    console.info(`[${platform.databaseKind}] 200 concurrent registrations, capacity 50: ${Math.round(ms)} ms`);
  });

  it("the last place taken by 20 simultaneous requests, one person twice in parallel: one more confirmed, one row per person", async () => {
    const sessionId = await newSession(5);
    const early = await people(`early-${platform.databaseKind}`, 4);
    for (const token of early) expect((await registered(token, sessionId)).status).toBe("CONFIRMED");
    const racers = await people(`race-${platform.databaseKind}`, 19);
    const twice = must(racers[0]);
    const results = await Promise.all([...racers, twice].map((token) => register(token, sessionId)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const confirmed = results.filter((r) => must(r.data).registerForSession.status === "CONFIRMED");
    expect(new Set(confirmed.map((r) => must(r.data).registerForSession.id)).size).toBe(1);
    expect(await counts(sessionId)).toEqual({ confirmed: 5, waitlisted: 18 });
    const rows = await platform.services.activities.prisma.registration.groupBy({
      by: ["userId"],
      where: { sessionId },
      _count: true,
    });
    expect(rows).toHaveLength(23);
    expect(rows.every((row) => row._count === 1)).toBe(true);
  });
});

describe("the waitlist", () => {
  it("lowering a full session from 30 to 28: one cancels → nobody promoted (29 ≥ 28); two more → only the first waiting", async () => {
    const sessionId = await newSession(30);
    const confirmedTokens = await people(`full-${platform.databaseKind}`, 30);
    const confirmedRegs = [];
    for (const token of confirmedTokens) confirmedRegs.push(await registered(token, sessionId));
    const waiting = await people(`wait-${platform.databaseKind}`, 3);
    for (const token of waiting) expect((await registered(token, sessionId)).status).toBe("WAITLISTED");
    const queue = await waitlist(sessionId);

    const lowered = await graphql<{ setSessionCapacity: { capacity: number; confirmedCount: number } }>(
      platform.gatewayUrl,
      "mutation ($s: ID!) { setSessionCapacity(sessionId: $s, capacity: 28) { capacity confirmedCount placesLeft } }",
      { variables: { s: sessionId }, token: await hostEditor() },
    );
    expect(lowered.errors).toBeUndefined();
    expect(lowered.data?.setSessionCapacity).toMatchObject({ capacity: 28, confirmedCount: 30, placesLeft: 0 });

    expect((await cancel(must(confirmedTokens[0]), must(confirmedRegs[0]).id)).data?.cancelRegistration.status).toBe(
      "CANCELLED",
    );
    expect(await counts(sessionId)).toEqual({ confirmed: 29, waitlisted: 3 });
    await cancel(must(confirmedTokens[1]), must(confirmedRegs[1]).id);
    expect(await counts(sessionId)).toEqual({ confirmed: 28, waitlisted: 3 });
    await cancel(must(confirmedTokens[2]), must(confirmedRegs[2]).id);
    expect(await counts(sessionId)).toEqual({ confirmed: 28, waitlisted: 2 });
    expect(await waitlist(sessionId)).toEqual(queue.slice(1));
    const promoted = await platform.services.activities.prisma.registration.findFirstOrThrow({
      where: { sessionId, userId: queue[0] },
    });
    expect(promoted.status).toBe("CONFIRMED");
    expect(
      platform.outbox.activities.some(
        (mail) => mail.to === `${queue[0]}@example.org` && /候补已转为报名成功/.test(mail.text),
      ),
    ).toBe(true);
  });

  it("a promoted person who cancels leaves the waitlist too; registering again puts them at its end", async () => {
    const sessionId = await newSession(1);
    const [first, second, third, fourth] = await people(`promo-${platform.databaseKind}`, 4);
    const firstReg = await registered(must(first), sessionId);
    const secondReg = await registered(must(second), sessionId);
    await registered(must(third), sessionId);
    await registered(must(fourth), sessionId);
    expect(secondReg).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    await cancel(must(first), firstReg.id); // second is promoted
    expect(await counts(sessionId)).toEqual({ confirmed: 1, waitlisted: 2 });
    await cancel(must(second), secondReg.id); // the promoted one cancels: third is promoted
    expect(await counts(sessionId)).toEqual({ confirmed: 1, waitlisted: 1 });
    const again = await registered(must(second), sessionId);
    expect(again).toMatchObject({ id: secondReg.id, status: "WAITLISTED", waitlistPosition: 2 });
    expect(await counts(sessionId)).toEqual({ confirmed: 1, waitlisted: 2 });
    // Registering while registered changes nothing.
    expect(await registered(must(second), sessionId)).toMatchObject({ id: secondReg.id, waitlistPosition: 2 });
  });
});

describe("who sees what", () => {
  it("shows registrants with their contact to the host's members only, and each person their own", async () => {
    const sessionId = await newSession(10);
    const [person, stranger] = await people(`privacy-${platform.databaseKind}`, 2);
    await registered(must(person), sessionId);
    const query = `query ($id: ID!) { activity(id: $id) { sessions { id registrations(first: 50) { edges { node { name phone status } } } } } }`;
    const asHost = await graphql<{
      activity: { sessions: { id: string; registrations: { edges: { node: { name: string; phone: string } }[] } }[] };
    }>(platform.gatewayUrl, query, { variables: { id: activityId }, token: await hostEditor() });
    expect(asHost.errors).toBeUndefined();
    const mine = must(asHost.data).activity.sessions.find((s) => s.id === sessionId);
    expect(mine?.registrations.edges.map((e) => e.node)).toEqual([
      { name: "张三", phone: "13800138000", status: "CONFIRMED" },
    ]);
    for (const token of [
      undefined,
      must(stranger),
      await platform.signer.sign(
        { sub: "user-hn", name: "湖南", adm: false, mem: [{ org: "org-hn", roles: ["ORG_ADMIN"] }] },
        600,
      ),
    ]) {
      const other = await graphql(platform.gatewayUrl, query, {
        variables: { id: activityId },
        ...(token ? { token } : {}),
      });
      expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(JSON.stringify(other.data ?? {})).not.toContain("13800138000");
    }
    const own = await graphql<{ myRegistrations: { edges: { node: { phone: string; session: { id: string } } }[] } }>(
      platform.gatewayUrl,
      "{ myRegistrations(first: 10) { edges { node { phone session { id } } } } }",
      { token: must(person) },
    );
    expect(own.data?.myRegistrations.edges.map((e) => e.node)).toEqual([
      { phone: "13800138000", session: { id: sessionId } },
    ]);
    const strangers = await graphql<{ myRegistrations: { edges: unknown[] } }>(
      platform.gatewayUrl,
      "{ myRegistrations(first: 10) { edges { node { id } } } }",
      { token: must(stranger) },
    );
    expect(strangers.data?.myRegistrations.edges).toEqual([]);
  });

  it("refuses the public, another's registration, a closed session and bad contact details, writing nothing", async () => {
    const sessionId = await newSession(10);
    const [person, other] = await people(`refuse-${platform.databaseKind}`, 2);
    const before = await platform.services.activities.prisma.registration.count();
    const anonymous = await graphql(platform.gatewayUrl, registerMutation, {
      variables: { s: sessionId, c: { name: "张三" } },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const badPhone = await graphql(platform.gatewayUrl, registerMutation, {
      variables: { s: sessionId, c: { name: "张三", phone: "12345" } },
      token: must(person),
    });
    expect(badPhone.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badPhone.errors?.[0]?.message).toMatch(/手机号码格式不正确/);
    const unknown = await register(must(person), "ses-nowhere");
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const open = await platform.services.activities.prisma.activitySession.create({
      data: { activityId, startsAt: new Date("2030-10-01T01:00:00Z"), endsAt: new Date("2030-10-01T02:00:00Z") },
    });
    const noRegistration = await register(must(person), open.id);
    expect(noRegistration.errors?.[0]?.message).toMatch(/无需报名/);
    const past = await platform.services.activities.prisma.activitySession.create({
      data: {
        activityId,
        startsAt: new Date("2020-10-01T01:00:00Z"),
        endsAt: new Date("2020-10-01T02:00:00Z"),
        capacity: 5,
        registrationRequired: true,
      },
    });
    expect((await register(must(person), past.id)).errors?.[0]?.message).toMatch(/报名已截止/);
    expect(await platform.services.activities.prisma.registration.count()).toBe(before);
    const mine = await registered(must(person), sessionId);
    const stolen = await cancel(must(other), mine.id);
    expect(stolen.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await counts(sessionId)).confirmed).toBe(1);
    const capacityByStranger = await graphql(
      platform.gatewayUrl,
      "mutation ($s: ID!) { setSessionCapacity(sessionId: $s, capacity: 1000) { capacity } }",
      { variables: { s: sessionId }, token: must(other) },
    );
    expect(capacityByStranger.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });
});

describe("registration follows the activity as the public sees it", () => {
  it("stays open while an edit of the published activity waits for review; closes for a first submission and a cancelled activity, whose sessions the host can no longer change", async () => {
    const db = platform.services.activities.prisma;
    const [person] = await people(`pending-${platform.databaseKind}`, 1);
    const sessionId = await newSession(5);
    const setStatus = (status: "SUBMITTED" | "CANCELLED" | "PUBLISHED", listed: boolean) =>
      db.activity.update({ where: { id: activityId }, data: { status, listed } });
    try {
      await setStatus("SUBMITTED", true); // an edit in review: the approved content stays public
      expect((await register(must(person), sessionId)).errors).toBeUndefined();
      await setStatus("SUBMITTED", false); // never published: nothing to register for
      const other = await newSession(5);
      expect((await register(must(person), other)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
      await setStatus("CANCELLED", true);
      const capacity = await graphql(
        platform.gatewayUrl,
        "mutation ($s: ID!) { setSessionCapacity(sessionId: $s, capacity: 8) { capacity } }",
        { variables: { s: sessionId }, token: await hostEditor() },
      );
      expect(capacity.errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect((await db.activitySession.findUniqueOrThrow({ where: { id: sessionId } })).capacity).toBe(5);
    } finally {
      await setStatus("PUBLISHED", true);
    }
  });
});

describe("cancelling a session", () => {
  it("mails every registrant (confirmed and waiting) the reason, closes registration and leaves the activity's time", async () => {
    const sessionId = await newSession(1);
    const [a, b] = await people(`cancel-${platform.databaseKind}`, 2);
    await registered(must(a), sessionId);
    await registered(must(b), sessionId);
    const sentBefore = platform.outbox.activities.length;
    const cancelled = await graphql<{ cancelActivitySession: { cancelled: boolean; cancelReason: string } }>(
      platform.gatewayUrl,
      'mutation ($s: ID!) { cancelActivitySession(sessionId: $s, reason: "场馆临时检修") { cancelled cancelReason } }',
      { variables: { s: sessionId }, token: await hostEditor() },
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelActivitySession).toEqual({ cancelled: true, cancelReason: "场馆临时检修" });
    const mails = platform.outbox.activities.slice(sentBefore);
    expect(mails.map((mail) => mail.to).sort()).toEqual([
      `user-cancel-${platform.databaseKind}-0@example.org`,
      `user-cancel-${platform.databaseKind}-1@example.org`,
    ]);
    expect(mails[0]?.text).toMatch(/场馆临时检修/);
    expect(mails[0]?.subject).toMatch(/青少年机器人编程体验营/);
    const [c] = await people(`cancel-late-${platform.databaseKind}`, 1);
    expect((await register(must(c), sessionId)).errors?.[0]?.message).toMatch(/已取消/);
  });
});

describe("public sign-up", () => {
  it("signs up by e-mail and password (no roles), then registers; the mailed notice reaches the address", async () => {
    const email = `visitor-${platform.databaseKind}@example.org`;
    const request = (address: string) =>
      graphql<{ requestSignUp: boolean }>(platform.gatewayUrl, "mutation ($e: String!) { requestSignUp(email: $e) }", {
        variables: { e: address },
      });
    expect((await request(` ${email.toUpperCase()} `)).data?.requestSignUp).toBe(true);
    // A registered address gets the same answer (no account oracle); its mail says to sign in.
    expect((await request("admin@kepu.example")).data?.requestSignUp).toBe(true);
    const toAdmin = platform.outbox.organizations.filter((mail) => mail.to === "admin@kepu.example").at(-1);
    expect(toAdmin?.text).toMatch(/已有账号/);
    expect(toAdmin?.text).not.toMatch(/token=/);
    const link = must(platform.outbox.organizations.filter((mail) => mail.to === email).at(-1)).text;
    const token = must(/token=([^\s]+)/.exec(link)?.[1]);
    const complete = (tokenText: string) =>
      graphql<{ completeSignUp: { accessToken: string; user: { id: string } } }>(
        platform.gatewayUrl,
        "mutation ($i: CompleteSignUpInput!) { completeSignUp(input: $i) { accessToken user { id } } }",
        { variables: { i: { token: tokenText, displayName: "王小明", password: "visitor-password-1" } } },
      );
    const forged = await complete(`${decodeURIComponent(token).slice(0, -2)}xx`);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const done = await complete(decodeURIComponent(token));
    expect(done.errors).toBeUndefined();
    const accessToken = must(done.data).completeSignUp.accessToken;
    const again = await complete(decodeURIComponent(token));
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const user = await platform.services.organizations.prisma.user.findUniqueOrThrow({
      where: { email },
      include: { memberships: true },
    });
    expect(user.memberships).toEqual([]);

    const sessionId = await newSession(3);
    expect((await registered(accessToken, sessionId)).status).toBe("CONFIRMED");
    const sent = platform.outbox.activities.length;
    await graphql(
      platform.gatewayUrl,
      'mutation ($s: ID!) { cancelActivitySession(sessionId: $s, reason: "暴雨预警") { id } }',
      { variables: { s: sessionId }, token: await hostEditor() },
    );
    expect(platform.outbox.activities.slice(sent).map((mail) => mail.to)).toEqual([email]);
  });
});
