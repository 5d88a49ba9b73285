import { builder } from "../builder.js";
import { ActivitySessionRef } from "./session.js";

// A person's pages (我的报名, their calendar): from a registration's session to its activity. Sessions
// are reached only through an activity the viewer may see or through the viewer's own registrations.
builder.prismaObjectFields(ActivitySessionRef, (t) => ({
  activity: t.relation("activity", { description: "The activity this session is a sitting of." }),
}));
