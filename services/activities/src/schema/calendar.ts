import { unauthenticated } from "@kepu/subgraph";
import { builder } from "../builder.js";
import { feedToken } from "../calendar/feed-token.js";

builder.queryFields((t) => ({
  myCalendarFeedUrl: t.string({
    description:
      "The address of the viewer's own calendar feed (.ics) of their registrations, to subscribe to in a calendar app. It is signed for them and names nobody; keep it private (UNAUTHENTICATED for the public).",
    resolve: (_root, _args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      return new URL(`/ical/me/${feedToken(ctx.calendarFeedSecret, ctx.viewer.userId)}.ics`, ctx.webUrl).toString();
    },
  }),
}));
