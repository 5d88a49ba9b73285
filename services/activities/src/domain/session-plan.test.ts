import { describe, expect, it } from "vitest";
import {
  judgeSessionEdit,
  movedSessions,
  type StoredSession,
  sessionPlanOf,
  sessionPlanToJson,
} from "./session-plan.js";

const at = (text: string) => new Date(text);
const stored: StoredSession[] = [
  {
    id: "a",
    startsAt: at("2030-09-20T11:00:00Z"),
    endsAt: at("2030-09-20T13:00:00Z"),
    capacity: 3,
    registrationRequired: true,
    cancelledAt: null,
  },
  {
    id: "b",
    startsAt: at("2030-09-21T11:00:00Z"),
    endsAt: at("2030-09-21T13:00:00Z"),
    capacity: null,
    registrationRequired: false,
    cancelledAt: null,
  },
  {
    id: "gone",
    startsAt: at("2030-09-19T11:00:00Z"),
    endsAt: at("2030-09-19T13:00:00Z"),
    capacity: null,
    registrationRequired: false,
    cancelledAt: at("2030-09-01T00:00:00Z"),
  },
];
const same = stored.slice(0, 2).map(({ id, startsAt, endsAt }) => ({ id, startsAt, endsAt }));

describe("judging a published activity's edited sessions", () => {
  it("needs no review when times and set stay; a new capacity changes at once", () => {
    expect(judgeSessionEdit(same, stored)).toEqual({ plan: null, capacityChanges: [] });
    const judged = judgeSessionEdit([{ ...same[0], capacity: 5 } as never, same[1] as never], stored);
    expect(judged).toEqual({ plan: null, capacityChanges: [{ id: "a", capacity: 5, registrationRequired: true }] });
  });

  it("plans a moved, an added or a left-out session for review (cancelled ones are not the edit's)", () => {
    const moved = judgeSessionEdit(
      [{ ...same[0], startsAt: at("2030-09-20T10:30:00Z") } as never, same[1] as never],
      stored,
    );
    expect("plan" in moved && moved.plan?.map((s) => [s.id, s.startsAt.toISOString()])).toEqual([
      ["a", "2030-09-20T10:30:00.000Z"],
      ["b", "2030-09-21T11:00:00.000Z"],
    ]);
    const added = judgeSessionEdit(
      [
        ...same,
        {
          startsAt: at("2030-09-22T11:00:00Z"),
          endsAt: at("2030-09-22T13:00:00Z"),
          capacity: 9,
          registrationRequired: true,
        },
      ],
      stored,
    );
    expect("plan" in added && added.plan?.[2]).toMatchObject({ id: null, capacity: 9, registrationRequired: true });
    const dropped = judgeSessionEdit([same[0] as never], stored);
    expect("plan" in dropped && dropped.plan?.map((s) => s.id)).toEqual(["a"]);
  });

  it("names the field at fault: a cancelled or unknown session, one named twice, registration switched", () => {
    expect(judgeSessionEdit([{ ...same[0], id: "gone" } as never], stored)).toMatchObject({
      problem: { field: "sessions.0.id" },
    });
    expect(judgeSessionEdit([same[0] as never, same[0] as never], stored)).toMatchObject({
      problem: { field: "sessions.1.id" },
    });
    expect(judgeSessionEdit([{ ...same[1], registrationRequired: true } as never], stored)).toMatchObject({
      problem: { field: "sessions.0.registrationRequired" },
    });
  });

  it("stores a plan in the pending edit's JSON and reads it back", () => {
    const judged = judgeSessionEdit([same[0] as never], stored);
    const plan = "plan" in judged ? judged.plan : null;
    expect(sessionPlanOf({ title: "x", sessions: JSON.parse(JSON.stringify(sessionPlanToJson(plan ?? []))) })).toEqual(
      plan,
    );
    expect(sessionPlanOf({ title: "x" })).toBeNull();
    expect(sessionPlanOf(null)).toBeNull();
  });
});

describe("the sessions an approved edit moved", () => {
  const place = { venue: "重庆科技馆", address: "重庆市江北区江北城文星门街7号" };
  const [a, b, gone] = stored as [StoredSession, StoredSession, StoredSession];
  const added: StoredSession = { ...b, id: "new", startsAt: at("2030-09-22T11:00:00Z") };

  it("lists a session with a new time, not one with only a new capacity, an added or a cancelled one", () => {
    const after = [
      { ...a, capacity: 9 },
      { ...b, endsAt: at("2030-09-21T14:00:00Z") },
      { ...gone, startsAt: at("2030-09-18T11:00:00Z") },
      added,
    ];
    expect(movedSessions({ sessions: stored, place }, { sessions: after, place })).toEqual([
      { id: "b", timeMoved: true, placeMoved: false },
    ]);
    expect(
      movedSessions(
        { sessions: stored, place },
        { sessions: [a, { ...b, cancelledAt: at("2030-09-02T00:00:00Z") }], place },
      ),
    ).toEqual([]);
  });

  it("lists every session live on both sides when the venue or the address changed", () => {
    const moved = { ...place, address: "重庆市渝中区人民路1号" };
    expect(
      movedSessions(
        { sessions: stored, place },
        { sessions: [{ ...a, startsAt: at("2030-09-20T10:30:00Z") }, b, gone, added], place: moved },
      ),
    ).toEqual([
      { id: "a", timeMoved: true, placeMoved: true },
      { id: "b", timeMoved: false, placeMoved: true },
    ]);
  });
});
