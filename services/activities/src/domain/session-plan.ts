/**
 * Sessions (场次) of a published activity as its unit edits them (issue 9 §2: "editing a published
 * activity's time … sends it back to review"; a session's start and end are its time). The edit
 * names the sessions it wants: an existing one by id (kept with its registrations), a new one
 * without. Moving, adding or leaving out a session is reviewed (a plan kept in the pending edit
 * while the public keeps the approved sessions); a new capacity of an existing session is not (it
 * takes effect at once, as setSessionCapacity). Pure rules: no GraphQL, no Prisma.
 */

/** One session as a reviewed plan holds it: `id` for an existing session, null for a new one. */
export interface PlannedSession {
  id: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  registrationRequired: boolean;
}

/** An existing session as stored. */
export interface StoredSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  registrationRequired: boolean;
  cancelledAt: Date | null;
}

/** One session as the edit gives it (after the input's own validation). */
export interface EditedSession {
  id?: string | number | null;
  startsAt: Date;
  endsAt: Date;
  capacity?: number | null;
  registrationRequired?: boolean | null;
}

export interface SessionEditProblem {
  problem: { message: string; field: string };
}

export interface JudgedSessionEdit {
  /** The sessions as the edit wants them, or null when their times and set stay as approved. */
  plan: PlannedSession[] | null;
  /** Capacities of existing sessions that change at once (no review). */
  capacityChanges: { id: string; capacity: number; registrationRequired: boolean }[];
}

const sameInstant = (a: Date, b: Date) => a.getTime() === b.getTime();

/**
 * Judges an edit of a published activity's sessions against those stored. Each id must name a
 * session of the activity that is not cancelled (cancelled ones stay as they are), at most once;
 * whether an existing session takes registration cannot change (cancel it and add a new one).
 * Returns the plan to review (null when nothing but capacities changed) and the capacities to
 * set now, or the problem with the field at fault (`sessions.<i>.<field>`).
 */
export function judgeSessionEdit(
  edited: readonly EditedSession[],
  stored: readonly StoredSession[],
): JudgedSessionEdit | SessionEditProblem {
  const live = new Map(stored.filter((session) => !session.cancelledAt).map((session) => [session.id, session]));
  const named = new Set<string>();
  const plan: PlannedSession[] = [];
  const capacityChanges: JudgedSessionEdit["capacityChanges"] = [];
  let moved = false;
  for (const [index, session] of edited.entries()) {
    if (session.id == null || session.id === "") {
      const registrationRequired = session.registrationRequired ?? false;
      plan.push({
        id: null,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        capacity: session.capacity ?? null,
        registrationRequired,
      });
      moved = true;
      continue;
    }
    const id = String(session.id);
    const existing = live.get(id);
    if (!existing || named.has(id)) {
      return {
        problem: {
          message: named.has(id) ? "同一场次不能出现两次" : "该场次不存在或已取消",
          field: `sessions.${index}.id`,
        },
      };
    }
    named.add(id);
    if (session.registrationRequired != null && session.registrationRequired !== existing.registrationRequired) {
      return {
        problem: {
          message: "已发布活动的场次不能更改是否需要报名；如需更改，请取消该场次后新增场次",
          field: `sessions.${index}.registrationRequired`,
        },
      };
    }
    const capacity = session.capacity ?? existing.capacity;
    if (capacity !== existing.capacity && capacity !== null) {
      capacityChanges.push({ id, capacity, registrationRequired: existing.registrationRequired });
    }
    if (!sameInstant(session.startsAt, existing.startsAt) || !sameInstant(session.endsAt, existing.endsAt))
      moved = true;
    plan.push({
      id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      capacity,
      registrationRequired: existing.registrationRequired,
    });
  }
  const dropped = [...live.keys()].some((id) => !named.has(id));
  return { plan: moved || dropped ? plan : null, capacityChanges };
}

/** A plan as the pending edit's JSON stores it (instants as ISO text). */
export function sessionPlanToJson(plan: readonly PlannedSession[]): Record<string, unknown>[] {
  return plan.map((session) => ({
    ...session,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
  }));
}

/** The plan a stored pending edit holds, or null when the edit leaves the sessions as approved. */
export function sessionPlanOf(pendingEdit: unknown): PlannedSession[] | null {
  if (!pendingEdit || typeof pendingEdit !== "object") return null;
  const sessions = (pendingEdit as { sessions?: unknown }).sessions;
  if (!Array.isArray(sessions)) return null;
  return sessions.map((session: Record<string, unknown>) => ({
    id: typeof session.id === "string" ? session.id : null,
    startsAt: new Date(String(session.startsAt)),
    endsAt: new Date(String(session.endsAt)),
    capacity: typeof session.capacity === "number" ? session.capacity : null,
    registrationRequired: session.registrationRequired === true,
  }));
}

/** Where an activity takes place, as its registrants are told it. */
export interface SessionPlace {
  venue: string | null;
  address: string | null;
}

/** A session whose registrants an approved edit must tell of its new time or place. */
export interface MovedSession {
  id: string;
  timeMoved: boolean;
  placeMoved: boolean;
}

/**
 * The sessions an approved edit moved (issue 9 §2: registrants are told of a change of time or
 * place): each session live after the approval that was live before it with another start or end,
 * and, when the venue or the address changed, every session live on both sides. Sessions the edit
 * added (nobody registered yet) or cancelled (told by their own notice) are not listed; a change of
 * capacity or of anything else is no move.
 */
export function movedSessions(
  before: { sessions: readonly StoredSession[]; place: SessionPlace },
  after: { sessions: readonly StoredSession[]; place: SessionPlace },
): MovedSession[] {
  const earlier = new Map(
    before.sessions.filter((session) => !session.cancelledAt).map((session) => [session.id, session]),
  );
  const placeMoved = before.place.venue !== after.place.venue || before.place.address !== after.place.address;
  const moved: MovedSession[] = [];
  for (const session of after.sessions) {
    const was = earlier.get(session.id);
    if (!was || session.cancelledAt) continue;
    const timeMoved = !sameInstant(was.startsAt, session.startsAt) || !sameInstant(was.endsAt, session.endsAt);
    if (timeMoved || placeMoved) moved.push({ id: session.id, timeMoved, placeMoved });
  }
  return moved;
}
