import { builder } from "../builder.js";
import { ActivityRef } from "./activity.js";

/** Sessions in the order people attend them; the id breaks ties. */
export const sessionOrder = [{ startsAt: "asc" as const }, { id: "asc" as const }];

export const ActivitySessionRef = builder.prismaObject("ActivitySession", {
  description: "场次: one sitting of an activity, with its own time, places and registration.",
  fields: (t) => ({
    id: t.exposeID("id"),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    capacity: t.exposeInt("capacity", { nullable: true, description: "Places; null when open to all." }),
    registrationRequired: t.exposeBoolean("registrationRequired", { description: "Whether people must register." }),
    confirmedCount: t.exposeInt("confirmedCount", { description: "Confirmed registrations." }),
    waitlistCount: t.exposeInt("waitlistCount", { description: "Registrations waiting for a place." }),
    placesLeft: t.int({
      nullable: true,
      description: "Places still free (never below 0); null when the session has no limit.",
      select: { capacity: true, confirmedCount: true },
      resolve: (session) => (session.capacity === null ? null : Math.max(0, session.capacity - session.confirmedCount)),
    }),
    cancelled: t.boolean({ select: { cancelledAt: true }, resolve: (session) => session.cancelledAt !== null }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
  }),
});

builder.prismaObjectFields(ActivityRef, (t) => ({
  sessions: t.relation("sessions", {
    description: "场次 in time order, cancelled ones included (with `cancelled`).",
    query: { orderBy: sessionOrder },
  }),
}));
