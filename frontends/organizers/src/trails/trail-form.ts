import type { TrailFields, TrailStopInput } from "../graphql/trails.js";

/** One stop as the editor holds it: an activity chosen by id, or a venue by name. */
export interface StopValues {
  /** An existing stop (kept with its code secret and check-ins); absent for a new one. */
  id?: string;
  kind: "activity" | "venue";
  activityId?: string;
  title?: string;
  venue?: string;
  address?: string;
}

export interface TrailFormValues {
  title: string;
  summary: string;
  stops: StopValues[];
}

export const emptyStop: StopValues = { kind: "activity" };

/** The editor's values for a trail (a new one: one empty activity stop). */
export function trailValuesOf(trail: TrailFields | null): TrailFormValues {
  if (!trail) return { title: "", summary: "", stops: [{ ...emptyStop }] };
  return {
    title: trail.title,
    summary: trail.summary,
    stops: trail.stops.map((stop) =>
      stop.activity
        ? { id: stop.id, kind: "activity", activityId: stop.activity.id }
        : {
            id: stop.id,
            kind: "venue",
            title: stop.title ?? "",
            venue: stop.venue ?? "",
            address: stop.address ?? "",
          },
    ),
  };
}

const blankToNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/**
 * The stops as the graph takes them, in the editor's order: an activity stop names only its activity
 * (its name and place come from the activity), a venue stop its name, venue and address.
 */
export function trailStopsInputOf(stops: readonly StopValues[]): TrailStopInput[] {
  return stops.map((stop) => {
    const kept = stop.id ? { id: stop.id } : {};
    return stop.kind === "activity"
      ? { ...kept, activityId: stop.activityId ?? "" }
      : {
          ...kept,
          title: stop.title?.trim() ?? "",
          venue: blankToNull(stop.venue),
          address: blankToNull(stop.address),
        };
  });
}

/**
 * The editor's field a refusal of the graph names: `stops.2.activityId` (a stop's activity) is
 * ["stops", 2, "activityId"]; a stop's place fields and its id land on what the editor shows for
 * that stop; input. prefixes are dropped. Null when it names nothing the editor has.
 */
export function trailFieldOf(
  path: readonly (string | number)[] | string | null | undefined,
): (string | number)[] | null {
  if (!path) return null;
  const parts = (typeof path === "string" ? path.split(".") : path.map(String)).filter(
    (part) => part !== "input" && part !== "",
  );
  const [head, index, leaf] = parts;
  if (head === "title" || head === "summary") return [head];
  if (head !== "stops") return null;
  if (index === undefined || !/^\d+$/.test(index)) return ["stops"];
  const stop = Number(index);
  if (leaf === "activityId" || leaf === undefined || leaf === "id") return ["stops", stop, "activityId"];
  if (leaf === "title" || leaf === "venue" || leaf === "address") return ["stops", stop, leaf];
  return ["stops", stop, "title"];
}
