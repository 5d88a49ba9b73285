import { demoPassword } from "@kepu/demo-data";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Sessions of a published activity go back to review when their time changes (issue 9 §2: "editing
 * a published activity's time, place or content sends it back to review"), through the gateway on
 * PGlite and on PostgreSQL: moving a session, adding one or leaving one out makes a pending edit
 * (the public keeps the approved sessions; the reviewer sees the plan beside them), approval writes
 * it (a session left out is cancelled and its registrants mailed), while a new capacity of an
 * existing session takes effect at once without review.
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

/** A published, listed activity of 渝中区科协 with two sessions that take registration. */
async function publishedActivity(id: string): Promise<void> {
  await platform.services.activities.prisma.activity.create({
    data: {
      id,
      campaignId: "cmp-2024-cq",
      editionId: "cmp-2024",
      hostOrgId: "org-cq-yuzhong",
      title: "科技馆夜场",
      summary: "夜间开放科技馆。动手做实验。",
      categoryId,
      categoryKind: "KEY",
      forms: ["EXHIBITION"],
      mode: "OFFLINE",
      regionCode: "500103",
      venue: "重庆科技馆",
      address: "重庆市江北区江北城文星门街7号",
      latitude: 29.5667,
      longitude: 106.5783,
      startsAt: new Date(day("2030-09-20", "19:00")),
      endsAt: new Date(day("2030-09-21", "21:00")),
      status: "PUBLISHED",
      listed: true,
      publishedAt: new Date(),
      sessions: {
        create: [
          {
            id: `${id}-a`,
            startsAt: new Date(day("2030-09-20", "19:00")),
            endsAt: new Date(day("2030-09-20", "21:00")),
            capacity: 3,
            registrationRequired: true,
          },
          {
            id: `${id}-b`,
            startsAt: new Date(day("2030-09-21", "19:00")),
            endsAt: new Date(day("2030-09-21", "21:00")),
            capacity: 5,
            registrationRequired: true,
          },
        ],
      },
    },
  });
}

/** The content input as the unit sends it, with the sessions given. */
const content = (sessions: Record<string, unknown>[], title = "科技馆夜场") => ({
  title,
  summary: "夜间开放科技馆。动手做实验。",
  categoryId,
  forms: ["EXHIBITION"],
  mode: "OFFLINE",
  regionCode: "500103",
  venue: "重庆科技馆",
  address: "重庆市江北区江北城文星门街7号",
  latitude: 29.5667,
  longitude: 106.5783,
  sessions,
});
const update = (id: string, input: Record<string, unknown>) =>
  graphql<{ updateActivity: { status: string } }>(
    platform.gatewayUrl,
    `mutation ($id: ID!, $input: ActivityContentInput!) { updateActivity(id: $id, input: $input) { status } }`,
    { variables: { id, input }, token: editor },
  );
const approve = (id: string) =>
  graphql<{ approveActivity: { status: string } }>(
    platform.gatewayUrl,
    `mutation { approveActivity(id: "${id}") { status } }`,
    { token: approver },
  );

/** Someone registered for a session: a public account's token. */
async function registrant(key: string, name: string, sessionId: string): Promise<void> {
  const userId = `user-sess-${key}-${platform.databaseKind}`;
  await platform.services.organizations.prisma.user.create({
    data: { id: userId, email: `${userId}@example.org`, displayName: name, passwordHash: "unused" },
  });
  const token = await platform.signer.sign(
    { sub: userId, name, adm: false, mem: [], eml: `${userId}@example.org` },
    600,
  );
  const result = await graphql(
    platform.gatewayUrl,
    `mutation { registerForSession(sessionId: "${sessionId}", contact: { name: "${name}" }) { status } }`,
    { token },
  );
  expect(result.errors).toBeUndefined();
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
    const edited = await update(
      id,
      content([
        { id: `${id}-a`, startsAt: day("2030-09-20", "18:30"), endsAt: day("2030-09-20", "20:30"), capacity: 3 },
        { id: `${id}-b`, startsAt: day("2030-09-21", "19:00"), endsAt: day("2030-09-21", "21:00"), capacity: 5 },
        {
          startsAt: day("2030-09-22", "19:00"),
          endsAt: day("2030-09-22", "21:00"),
          capacity: 10,
          registrationRequired: true,
        },
      ]),
    );
    expect(edited.errors).toBeUndefined();
    expect(must(edited.data).updateActivity.status).toBe("SUBMITTED");

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
    expect(
      (await update(id, { ...content([]), sessions: undefined, title: "科技馆夜场（延长）" })).errors,
    ).toBeUndefined();
    expect(must(await read(id, approver)).pendingEdit?.sessions).toHaveLength(3);

    expect(must((await approve(id)).data).approveActivity.status).toBe("PUBLISHED");
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

  it("leaving a session out goes to review; on approval it is cancelled and its registrants are mailed", async () => {
    const id = "act-sess-edit-drop";
    await publishedActivity(id);
    await registrant("li", "李雷", `${id}-b`);
    const sentBefore = platform.outbox.activities.length;
    const edited = await update(
      id,
      content([{ id: `${id}-a`, startsAt: day("2030-09-20", "19:00"), endsAt: day("2030-09-20", "21:00") }]),
    );
    expect(edited.errors).toBeUndefined();
    expect(must(edited.data).updateActivity.status).toBe("SUBMITTED");
    expect(must(await read(id)).sessions.every((s) => !s.cancelled)).toBe(true);
    expect(platform.outbox.activities.length).toBe(sentBefore);

    expect((await approve(id)).errors).toBeUndefined();
    const after = must(await read(id));
    expect(after.sessions.map((s) => [s.id, s.cancelled])).toEqual([
      [`${id}-a`, false],
      [`${id}-b`, true],
    ]);
    expect(after.endsAt).toBe("2030-09-20T13:00:00.000Z");
    const mails = platform.outbox.activities.slice(sentBefore);
    expect(mails.map((mail) => mail.to)).toEqual([`user-sess-li-${platform.databaseKind}@example.org`]);
    expect(mails[0]?.text).toMatch(/修改了活动场次/);
  });

  it("a new capacity takes effect at once without review, also beside a move that waits for it", async () => {
    const id = "act-sess-edit-capacity";
    await publishedActivity(id);
    const sessions = (capacityA: number, startA = "19:00") => [
      { id: `${id}-a`, startsAt: day("2030-09-20", startA), endsAt: day("2030-09-20", "21:00"), capacity: capacityA },
      { id: `${id}-b`, startsAt: day("2030-09-21", "19:00"), endsAt: day("2030-09-21", "21:00"), capacity: 5 },
    ];
    const onlyCapacity = await update(id, content(sessions(4)));
    expect(onlyCapacity.errors).toBeUndefined();
    expect(must(onlyCapacity.data).updateActivity.status).toBe("PUBLISHED");
    const publicView = must(await read(id));
    expect(publicView.sessions[0]?.capacity).toBe(4);
    expect(must(await read(id, editor)).hasPendingChanges).toBe(false);

    const both = await update(id, content(sessions(6, "18:00")));
    expect(must(both.data).updateActivity.status).toBe("SUBMITTED");
    const meanwhile = must(await read(id));
    expect([meanwhile.sessions[0]?.capacity, meanwhile.sessions[0]?.startsAt]).toEqual([6, "2030-09-20T11:00:00.000Z"]);
  });

  it("refuses a session that is not the activity's, a session named twice, and a change of whether it takes registration", async () => {
    const id = "act-sess-edit-refused";
    await publishedActivity(id);
    const times = { startsAt: day("2030-09-20", "19:00"), endsAt: day("2030-09-20", "21:00") };
    for (const [sessions, field] of [
      [[{ id: "act-sess-edit-move-a", ...times, capacity: 3 }], "sessions.0.id"],
      [
        [
          { id: `${id}-a`, ...times, capacity: 3 },
          { id: `${id}-a`, ...times, capacity: 3 },
        ],
        "sessions.1.id",
      ],
      [[{ id: `${id}-a`, ...times, registrationRequired: false }], "sessions.0.registrationRequired"],
    ] as const) {
      const refused = await update(id, content([...sessions]));
      expect(refused.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.extensions?.field, field).toBe(field);
    }
    const row = await platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.pendingEdit]).toEqual(["PUBLISHED", null]);
  });
});
