import { demoPassword } from "@kepu/demo-data";
import { demoActivityPlaces, type RunningPlatform, startPlatform, writePublishedActivity } from "@kepu/harness";
import type { Mail } from "@kepu/server";
import { graphql, must, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Sessions of a published activity go back to review when their time changes (issue 9 §2: "editing
 * a published activity's time, place or content sends it back to review"), through the gateway on
 * PGlite and on PostgreSQL: moving a session, adding one or leaving one out makes a pending edit
 * (the public keeps the approved sessions; the reviewer sees the plan beside them), approval writes
 * it (a session left out is cancelled and its registrants mailed; the registrants of a session
 * whose time or place moved are mailed the new time and place, each their own mail), while a new
 * capacity of an existing session takes effect at once without review. A rejected edit, a new
 * capacity or a new description mails nobody.
 */
let platform: RunningPlatform;
let editor: string;
let approver: string;

const categoryId = "cat-cmp-2024-exhibitions";
const day = (date: string, time: string) => `${date}T${time}:00+08:00`;

interface SessionRow {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  cancelled: boolean;
  confirmedCount: number;
}
interface Read {
  activity: {
    status: string;
    startsAt: string;
    endsAt: string;
    hasPendingChanges: boolean;
    sessions: SessionRow[];
    pendingEdit: {
      startsAt: string;
      sessions: { sessionId: string | null; startsAt: string; endsAt: string; capacity: number | null }[] | null;
    } | null;
  } | null;
}
const readQuery = `query ($id: ID!) { activity(id: $id) {
  status startsAt endsAt hasPendingChanges
  sessions { id startsAt endsAt capacity cancelled confirmedCount }
  pendingEdit { startsAt sessions { sessionId startsAt endsAt capacity } }
} }`;
const read = async (id: string, token?: string) =>
  must((await graphql<Read>(platform.gatewayUrl, readQuery, { variables: { id }, ...(token ? { token } : {}) })).data)
    .activity;

/** Where the test activity takes place (the sessions' registrants are told a change of it). */
const place = demoActivityPlaces.yuzhong;
const otherPlace = { venue: "重庆自然博物馆", address: "重庆市北碚区金华路398号" };

/** One session as the unit sends it: `id` for an existing one, Shanghai times on `date`. */
const session = (id: string | null, date: string, from: string, to: string, more: Record<string, unknown> = {}) => ({
  ...(id ? { id } : {}),
  startsAt: day(date, from),
  endsAt: day(date, to),
  ...more,
});
type SessionInput = ReturnType<typeof session>;
/** The two sessions of `publishedActivity` as approved (`<id>-a` on the 20th, `<id>-b` on the 21st). */
const approvedSessions = (id: string, capacityA = 3): [SessionInput, SessionInput] => [
  session(`${id}-a`, "2030-09-20", "19:00", "21:00", { capacity: capacityA }),
  session(`${id}-b`, "2030-09-21", "19:00", "21:00", { capacity: 5 }),
];

/** A published, listed activity of 渝中区科协 with two sessions that take registration. */
async function publishedActivity(id: string, capacityA = 3): Promise<void> {
  await writePublishedActivity(platform, {
    id,
    title: "科技馆夜场",
    summary: "夜间开放科技馆。动手做实验。",
    startsAt: new Date(day("2030-09-20", "19:00")),
    endsAt: new Date(day("2030-09-21", "21:00")),
    sessions: {
      create: approvedSessions(id, capacityA).map((planned) => ({
        ...planned,
        startsAt: new Date(planned.startsAt),
        endsAt: new Date(planned.endsAt),
        registrationRequired: true,
      })),
    },
  });
}

/** The content input as the unit sends it, with the sessions given (and any field replaced). */
const content = (sessions: Record<string, unknown>[] | undefined, more: Record<string, unknown> = {}) => ({
  title: "科技馆夜场",
  summary: "夜间开放科技馆。动手做实验。",
  categoryId,
  forms: ["EXHIBITION"],
  mode: "OFFLINE",
  ...place,
  sessions,
  ...more,
});
const update = (id: string, input: Record<string, unknown>) =>
  graphql<{ updateActivity: { status: string } }>(
    platform.gatewayUrl,
    `mutation ($id: ID!, $input: ActivityContentInput!) { updateActivity(id: $id, input: $input) { status } }`,
    { variables: { id, input }, token: editor },
  );
/** Updates as the unit and expects no error; returns the activity's status after it. */
async function edit(id: string, input: Record<string, unknown>): Promise<string> {
  const edited = await update(id, input);
  expect(edited.errors).toBeUndefined();
  return must(edited.data).updateActivity.status;
}
/** Approves as the level above and expects no error. */
async function approve(id: string): Promise<string> {
  const approved = await graphql<{ approveActivity: { status: string } }>(
    platform.gatewayUrl,
    `mutation { approveActivity(id: "${id}") { status } }`,
    { token: approver },
  );
  expect(approved.errors).toBeUndefined();
  return must(approved.data).approveActivity.status;
}
/** The mails the activities service sent while `action` ran. */
async function mailsDuring(action: () => Promise<unknown>): Promise<Mail[]> {
  const before = platform.outbox.activities.length;
  await action();
  return platform.outbox.activities.slice(before);
}
const addressOf = (key: string) => `user-sess-${key}-${platform.databaseKind}@example.org`;

/** Someone registered for a session with a public account; returns their registration's status. */
async function registrant(key: string, name: string, sessionId: string): Promise<string> {
  const userId = `user-sess-${key}-${platform.databaseKind}`;
  await platform.services.organizations.prisma.user.create({
    data: { id: userId, email: addressOf(key), displayName: name, passwordHash: "unused" },
  });
  const token = await platform.signer.sign({ sub: userId, name, adm: false, mem: [], eml: addressOf(key) }, 600);
  const result = await graphql<{ registerForSession: { status: string } }>(
    platform.gatewayUrl,
    `mutation { registerForSession(sessionId: "${sessionId}", contact: { name: "${name}" }) { status } }`,
    { token },
  );
  expect(result.errors).toBeUndefined();
  return must(result.data).registerForSession.status;
}

beforeAll(async () => {
  platform = await startPlatform();
  editor = await signIn(platform.gatewayUrl, "yuzhong@kepu.example", demoPassword);
  approver = await signIn(platform.gatewayUrl, "organizer@kepu.example", demoPassword);
});
afterAll(async () => {
  await platform?.close();
});

describe("a published activity's sessions", () => {
  it("moving a session and adding one go to review; the public keeps the approved sessions until approval", async () => {
    const id = "act-sess-edit-move";
    await publishedActivity(id);
    await registrant("wang", "王芳", `${id}-a`);
    const [, sessionB] = approvedSessions(id);
    const moved = [
      session(`${id}-a`, "2030-09-20", "18:30", "20:30", { capacity: 3 }),
      sessionB,
      session(null, "2030-09-22", "19:00", "21:00", { capacity: 10, registrationRequired: true }),
    ];
    expect(await edit(id, content(moved))).toBe("SUBMITTED");

    const publicView = must(await read(id));
    expect(publicView).toMatchObject({ status: "PUBLISHED", hasPendingChanges: false, pendingEdit: null });
    expect(publicView.sessions.map((s) => [s.id, s.startsAt])).toEqual([
      [`${id}-a`, "2030-09-20T11:00:00.000Z"],
      [`${id}-b`, "2030-09-21T11:00:00.000Z"],
    ]);
    expect(publicView.endsAt).toBe("2030-09-21T13:00:00.000Z");

    // The reviewer sees the plan beside the approved sessions.
    const reviewerView = must(await read(id, approver));
    expect(reviewerView.hasPendingChanges).toBe(true);
    expect(reviewerView.pendingEdit?.sessions).toEqual([
      { sessionId: `${id}-a`, startsAt: "2030-09-20T10:30:00.000Z", endsAt: "2030-09-20T12:30:00.000Z", capacity: 3 },
      { sessionId: `${id}-b`, startsAt: "2030-09-21T11:00:00.000Z", endsAt: "2030-09-21T13:00:00.000Z", capacity: 5 },
      { sessionId: null, startsAt: "2030-09-22T11:00:00.000Z", endsAt: "2030-09-22T13:00:00.000Z", capacity: 10 },
    ]);
    expect(reviewerView.pendingEdit?.startsAt).toBe("2030-09-20T10:30:00.000Z");

    // A later content-only edit (no sessions given) keeps the plan in review.
    await edit(id, content(undefined, { title: "科技馆夜场（延长）" }));
    expect(must(await read(id, approver)).pendingEdit?.sessions).toHaveLength(3);

    expect(await approve(id)).toBe("PUBLISHED");
    const after = must(await read(id));
    expect(after.sessions.map((s) => [s.startsAt, s.cancelled, s.confirmedCount])).toEqual([
      ["2030-09-20T10:30:00.000Z", false, 1],
      ["2030-09-21T11:00:00.000Z", false, 0],
      ["2030-09-22T11:00:00.000Z", false, 0],
    ]);
    // The moved session is the same session: its registration stays.
    expect(after.sessions[0]?.id).toBe(`${id}-a`);
    expect([after.startsAt, after.endsAt]).toEqual(["2030-09-20T10:30:00.000Z", "2030-09-22T13:00:00.000Z"]);
    expect(after.hasPendingChanges).toBe(false);
  });

  it("on approval of a move, each registrant of the moved session (confirmed or waiting) is mailed its new time, nobody else", async () => {
    const id = "act-sess-edit-moved-mail";
    await publishedActivity(id, 1);
    expect(await registrant("zhao", "赵敏", `${id}-a`)).toBe("CONFIRMED");
    expect(await registrant("qian", "钱进", `${id}-a`)).toBe("WAITLISTED");
    await registrant("sun", "孙丽", `${id}-b`);
    const [, sessionB] = approvedSessions(id, 1);
    const edited = [session(`${id}-a`, "2030-09-20", "18:30", "20:30", { capacity: 1 }), sessionB];
    const mails = await mailsDuring(async () => {
      expect(await edit(id, content(edited))).toBe("SUBMITTED");
      expect(await approve(id)).toBe("PUBLISHED");
    });
    expect(mails.map((mail) => mail.to)).toEqual([addressOf("zhao"), addressOf("qian")]);
    const [confirmed, waiting] = mails as [Mail, Mail];
    expect(confirmed.subject).toBe("活动场次时间变更：科技馆夜场（2030年9月20日 18:30 – 20:30）");
    expect(confirmed.text).toContain("赵敏，您好！");
    expect(confirmed.text).toContain(
      "新时间：2030年9月20日 18:30 – 20:30（北京时间；原为 2030年9月20日 19:00 – 21:00）",
    );
    expect(confirmed.text).toContain("您的报名仍然有效");
    expect(confirmed.text).not.toContain("新地点");
    const english = must(confirmed.text.split("\n\n")[1]);
    expect(english).toContain(
      'The session of "科技馆夜场" you registered for has changed: it is now on 20 Sep 2030, 18:30 – 20:30',
    );
    expect(english).toContain("(Beijing time; was 20 Sep 2030, 19:00 – 21:00");
    expect(english).toContain("Your registration stands.");
    expect(waiting.text).toContain("钱进，您好！");
    expect(waiting.text).toContain("候补名单");
    expect(waiting.text).toContain("You stay on its waiting list.");
    // Each mail names its own registrant only.
    for (const [mail, others] of [
      [confirmed, ["钱进", "孙丽", addressOf("qian"), addressOf("sun")]],
      [waiting, ["赵敏", "孙丽", addressOf("zhao"), addressOf("sun")]],
    ] as const) {
      for (const other of others) expect(`${mail.subject}\n${mail.text}`).not.toContain(other);
    }
    // The registrations stand on the moved session.
    const after = must(await read(id));
    expect(after.sessions.map((s) => [s.id, s.startsAt, s.confirmedCount])).toEqual([
      [`${id}-a`, "2030-09-20T10:30:00.000Z", 1],
      [`${id}-b`, "2030-09-21T11:00:00.000Z", 1],
    ]);

    // A new place moves every session: all three registrants are told it, the time as it stays.
    const placeMails = await mailsDuring(async () => {
      expect(await edit(id, content(undefined, otherPlace))).toBe("SUBMITTED");
      expect(await approve(id)).toBe("PUBLISHED");
    });
    expect(placeMails.map((mail) => mail.to).sort()).toEqual(
      [addressOf("zhao"), addressOf("qian"), addressOf("sun")].sort(),
    );
    const sunMail = must(placeMails.find((mail) => mail.to === addressOf("sun")));
    expect(sunMail.subject).toBe("活动场次地点变更：科技馆夜场（2030年9月21日 19:00 – 21:00）");
    expect(sunMail.text).toContain(`新地点：${otherPlace.venue}，${otherPlace.address}`);
    expect(sunMail.text).toContain("时间：2030年9月21日 19:00 – 21:00（北京时间，不变）");
    expect(sunMail.text).toContain(`at ${otherPlace.venue}, ${otherPlace.address}. Your registration stands.`);
  });

  it("mails nobody when only a capacity or the description changes, or when the move is rejected", async () => {
    const id = "act-sess-edit-quiet";
    await publishedActivity(id);
    await registrant("zhou", "周洋", `${id}-a`);
    await registrant("wu", "吴桐", `${id}-b`);
    const capacityOnly = await mailsDuring(async () => {
      expect(await edit(id, content(approvedSessions(id, 4)))).toBe("PUBLISHED");
    });
    expect(capacityOnly).toEqual([]);
    const descriptionOnly = await mailsDuring(async () => {
      expect(await edit(id, content(undefined, { summary: "夜间开放科技馆。动手做实验，还有天文观测。" }))).toBe(
        "SUBMITTED",
      );
      expect(await approve(id)).toBe("PUBLISHED");
    });
    expect(descriptionOnly).toEqual([]);

    const [, sessionB] = approvedSessions(id, 4);
    const rejected = await mailsDuring(async () => {
      expect(await edit(id, content([session(`${id}-a`, "2030-09-20", "20:00", "22:00"), sessionB], otherPlace))).toBe(
        "SUBMITTED",
      );
      const refused = await graphql(
        platform.gatewayUrl,
        `mutation { rejectActivity(id: "${id}", note: "时间冲突，请调整") { status } }`,
        { token: approver },
      );
      expect(refused.errors).toBeUndefined();
    });
    expect(rejected).toEqual([]);
    const after = must(await read(id));
    expect(after.sessions.map((s) => [s.startsAt, s.capacity, s.confirmedCount])).toEqual([
      ["2030-09-20T11:00:00.000Z", 4, 1],
      ["2030-09-21T11:00:00.000Z", 5, 1],
    ]);
  });

  it("leaving a session out goes to review; on approval it is cancelled and its registrants are mailed", async () => {
    const id = "act-sess-edit-drop";
    await publishedActivity(id);
    await registrant("li", "李雷", `${id}-b`);
    const [sessionA] = approvedSessions(id);
    const whileInReview = await mailsDuring(async () => {
      expect(await edit(id, content([{ ...sessionA, capacity: undefined }]))).toBe("SUBMITTED");
    });
    expect(whileInReview).toEqual([]);
    expect(must(await read(id)).sessions.every((s) => !s.cancelled)).toBe(true);

    const mails = await mailsDuring(() => approve(id));
    const after = must(await read(id));
    expect(after.sessions.map((s) => [s.id, s.cancelled])).toEqual([
      [`${id}-a`, false],
      [`${id}-b`, true],
    ]);
    expect(after.endsAt).toBe("2030-09-20T13:00:00.000Z");
    expect(mails.map((mail) => mail.to)).toEqual([addressOf("li")]);
    expect(mails[0]?.text).toMatch(/修改了活动场次/);
  });

  it("a new capacity takes effect at once without review, also beside a move that waits for it", async () => {
    const id = "act-sess-edit-capacity";
    await publishedActivity(id);
    expect(await edit(id, content(approvedSessions(id, 4)))).toBe("PUBLISHED");
    expect(must(await read(id)).sessions[0]?.capacity).toBe(4);
    expect(must(await read(id, editor)).hasPendingChanges).toBe(false);

    const [, sessionB] = approvedSessions(id);
    const both = [session(`${id}-a`, "2030-09-20", "18:00", "21:00", { capacity: 6 }), sessionB];
    expect(await edit(id, content(both))).toBe("SUBMITTED");
    const meanwhile = must(await read(id));
    expect([meanwhile.sessions[0]?.capacity, meanwhile.sessions[0]?.startsAt]).toEqual([6, "2030-09-20T11:00:00.000Z"]);
  });

  it("refuses a session that is not the activity's, a session named twice, and a change of whether it takes registration", async () => {
    const id = "act-sess-edit-refused";
    await publishedActivity(id);
    const [sessionA] = approvedSessions(id);
    for (const [sessions, field] of [
      [[{ ...sessionA, id: "act-sess-edit-move-a" }], "sessions.0.id"],
      [[sessionA, sessionA], "sessions.1.id"],
      [[{ ...sessionA, capacity: undefined, registrationRequired: false }], "sessions.0.registrationRequired"],
    ] as const) {
      const refused = await update(id, content([...sessions]));
      expect(refused.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.extensions?.field, field).toBe(field);
    }
    const row = await platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.pendingEdit]).toEqual(["PUBLISHED", null]);
  });
});
