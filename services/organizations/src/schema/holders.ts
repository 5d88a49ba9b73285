import { z } from "zod";
import { builder } from "../builder.js";
import { holdersAt, mayAskHolders } from "../directory.js";
import { OrgRef } from "./org.js";
import { RoleEnum } from "./user.js";

/**
 * Who holds a role at a unit now: how other services check, on a write, that the people they are
 * given (e.g. assigned reviewers) really are REVIEWER of the unit (issue 7 §1). Asked with the
 * caller's token, so only the unit's administrators learn anything.
 */
builder.prismaObjectFields(OrgRef, (t) => ({
  holders: t.idList({
    nullable: true,
    description:
      "Which of `userIds` hold `role` here now (unknown ids are left out); null unless the viewer administers the unit.",
    args: {
      role: t.arg({ type: RoleEnum }),
      userIds: t.arg.idList({ validate: z.array(z.string().max(100)).max(100, "一次最多查询100位用户") }),
    },
    select: { path: true, id: true },
    resolve: (org, args, ctx) =>
      mayAskHolders(ctx.viewer, org.path) ? holdersAt(ctx.db, org.id, args.role, args.userIds.map(String)) : null,
  }),
}));
