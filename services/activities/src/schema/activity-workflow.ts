import {
  canDecide,
  isPlatformAdmin,
  mayAct,
  type SubmissionAction,
  statusIn,
  submissionStep,
  type WorkflowAction,
} from "@kepu/auth";
import {
  authorizeStep,
  keysetPage,
  loadSubmission,
  rejectionNoteSchema,
  requireCampaign,
  reviewColumns,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { normalizedParagraphs } from "@kepu/text";
import { shanghaiToday, startOfShanghaiDay } from "@kepu/time";
import { z } from "zod";
import { type ActivityAssetSet, assetSetOf, sameAssetSet, writingAssets } from "../assets/media-assets.js";
import { builder, type Context } from "../builder.js";
import { submissionProblem } from "../domain/activity-input.js";
import { envelopeOf } from "../domain/session-input.js";
import { sessionPlanOf, sessionPlanToJson } from "../domain/session-plan.js";
import { type Activity, Prisma } from "../generated/prisma/client.js";
import { ActivityStatus } from "../generated/prisma/enums.js";
import { hostPathOf } from "../lifecycle/clock.js";
import { cancelActivitySessionsAndNotify } from "../registrations/notices.js";
import { ActivityContentInputRef, ActivityRef, assertMayEdit } from "./activity.js";
import {
  contentColumns,
  fromPendingEdit,
  publicContentDiffers,
  publicContentOf,
  toPendingEdit,
} from "./activity-content.js";
import {
  applyCapacityChanges,
  approvedSessionWrites,
  judgeEditedSessions,
  notifyDroppedSessions,
  notifyMovedSessions,
  sessionsAsTold,
} from "./session-edit.js";
import { activitySessionsData } from "./session-input.js";
import { submissionOf } from "./visibility.js";

const activityStatuses = Object.values(ActivityStatus);

const eventOf = {
  SUBMIT: "SUBMIT",
  APPROVE: "APPROVE",
  REJECT: "REJECT",
  WITHDRAW: "WITHDRAW",
  TAKE_DOWN: "REJECT",
  FINISH: "FINISH",
  REPORT: "REPORT",
  CANCEL: "CANCEL",
} as const satisfies Record<WorkflowAction, string>;

/** What a caller adds to a step: the note (reason), columns to write with it, a check on the row. */
export interface StepOptions {
  note?: string | undefined;
  /** Columns the step writes besides the state (e.g. `home`'s reported results). */
  data?: Prisma.ActivityUncheckedUpdateInput;
  /** Refuses the step for reasons of the row's own (throw a userError). */
  check?: (activity: Activity) => void;
  /** Columns that depend on the row as read (reporting keeps the first report's time). */
  dataOf?: (activity: Activity) => Prisma.ActivityUncheckedUpdateInput;
  /** The event's note from the row as read (a correction of a report says so). */
  noteOf?: (activity: Activity) => string | null;
  /**
   * The files the row uses after the step when the step names new ones (reporting's photos): media
   * attaches them before anything is written, and a refusal stops the step.
   */
  filesOf?: (activity: Activity) => ActivityAssetSet;
  now?: Date;
}

const conflict = () => userError("CONFLICT", "活动刚被他人修改，请刷新后重试");

/**
 * Applies one workflow step to an activity through the one policy (@kepu/auth submissions.ts, fed by
 * the place-loader with fresh places: a unit moved a moment ago is judged where it is now), writes
 * it and an ActivityEvent (who, when, from → to, the note) in one transaction, and returns the row.
 * Issue 9 §2's rules on top of the policy's step:
 * - SUBMIT needs a complete activity (submissionProblem): the pending edit's content if any;
 * - APPROVE publishes: the row is listed, and a pending edit becomes the row's content;
 * - REJECT keeps what the public sees (an approved version stays listed);
 * - WITHDRAW of an edit of a listed activity drops the edit (PUBLISHED again), else back to DRAFT;
 * - FINISH only once it has ended; CANCEL needs a reason and drops a pending edit.
 * UNAUTHENTICATED / NOT_FOUND / FORBIDDEN / CONFLICT as authorizeStep; CONFLICT when someone changed
 * the row since it was read (exactly one of two racing steps wins).
 */
export async function stepActivity(
  ctx: Context,
  id: string,
  action: WorkflowAction,
  options: StepOptions = {},
): Promise<Activity> {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const viewerId = ctx.viewer.userId;
  const directory = ctx.directory.uncached();
  const current = await ctx.db.activity.findUnique({ where: { id } });
  const step = await authorizeStep(ctx.viewer, directory, "ACTIVITY", current ? submissionOf(current) : null, action);
  if (!current) throw userError("NOT_FOUND", "未找到该活动");
  const now = options.now ?? new Date();
  options.check?.(current);
  const pending = current.pendingEdit === null ? null : fromPendingEdit(current.pendingEdit);
  let data: Prisma.ActivityUncheckedUpdateInput = {};
  let to = statusIn(activityStatuses, step.to);
  switch (action) {
    case "SUBMIT": {
      const problem = submissionProblem({ ...current, ...(pending ?? {}) });
      if (problem) throw userError("BAD_USER_INPUT", problem.message, { field: problem.field });
      if ((pending ?? current).endsAt <= now) {
        throw userError("BAD_USER_INPUT", "活动结束时间已过，不能提交审核", { field: "endsAt" });
      }
      break;
    }
    case "APPROVE":
      data = { ...pending, pendingEdit: Prisma.DbNull, listed: true, publishedAt: current.publishedAt ?? now };
      break;
    case "WITHDRAW":
      if (current.listed) {
        to = "PUBLISHED";
        data = { pendingEdit: Prisma.DbNull };
      }
      break;
    case "FINISH":
      if (current.endsAt > now) throw userError("BAD_USER_INPUT", "活动尚未结束，结束后才能标记为已结束");
      break;
    case "CANCEL":
      if (current.endsAt <= now) throw userError("BAD_USER_INPUT", "活动已结束，不能取消");
      data = { pendingEdit: Prisma.DbNull, cancelledAt: now, cancelReason: options.note ?? null };
      break;
    default:
      break;
  }
  const review =
    action === "SUBMIT" || action === "WITHDRAW" || action === "APPROVE" || action === "REJECT"
      ? reviewColumns(action as SubmissionAction, viewerId, options.note)
      : {};
  const before = assetSetOf(current);
  const dropsEdit = "pendingEdit" in data;
  const after =
    options.filesOf?.(current) ??
    assetSetOf({
      coverAssetId:
        "coverAssetId" in data ? ((data.coverAssetId as string | null | undefined) ?? null) : current.coverAssetId,
      pendingEdit: dropsEdit ? null : current.pendingEdit,
      resultPhotoAssetIds: current.resultPhotoAssetIds,
    });
  const write = () =>
    ctx.db.$transaction(async (tx) => {
      const updated = await tx.activity.update({
        where: { id, status: statusIn(activityStatuses, step.from), updatedAt: current.updatedAt },
        data: {
          ...data,
          ...review,
          ...options.data,
          ...options.dataOf?.(current),
          hostPath: hostPathOf(step.item.owner),
          status: to,
          events: {
            create: {
              action: eventOf[action],
              fromStatus: current.status,
              toStatus: to,
              actorId: viewerId,
              note: options.note ?? options.noteOf?.(current) ?? null,
              at: now,
            },
          },
        },
      });
      return updated;
    });
  try {
    if (options.filesOf) return await writingAssets(ctx.media, current, before, after, ctx.authorization, write);
    const updated = await write();
    // A cover only a dropped or merged edit used is let go of (best effort: the step stands either way).
    if (!sameAssetSet(before, after)) {
      await ctx.media.attach(current, after, ctx.authorization).catch((error: unknown) =>
        console.error(
          JSON.stringify({
            level: "error",
            service: "activities",
            message: `could not let go of unused files of activity ${id}: ${String(error)}`,
          }),
        ),
      );
    }
    return updated;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw conflict();
    throw error;
  }
}

const cancelReasonSchema = normalizedParagraphs(
  z.string().min(2, "请写明取消原因").max(500, "取消原因不能超过500个字符"),
);

builder.mutationFields((t) => ({
  updateActivity: t.prismaField({
    type: "Activity",
    description:
      "Edits an activity. A draft or one sent back is changed in place; an edit of a published one (its time, place or content, its sessions' times, added or left-out sessions) goes back to review as a pending edit while the public keeps the approved content and sessions; the private contact and an existing session's capacity change at once. Not after it has ended or been cancelled.",
    args: { id: t.arg.id(), input: t.arg({ type: ActivityContentInputRef }) },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const viewerId = ctx.viewer.userId;
      const id = String(args.id);
      const current = await ctx.db.activity.findUnique({ where: { id } });
      if (!current) throw userError("NOT_FOUND", "未找到该活动");
      const host = await assertMayEdit(ctx, current.hostOrgId);
      if (current.status === "FINISHED" || current.status === "REPORTED" || current.status === "CANCELLED") {
        throw userError("CONFLICT", "活动已结束或已取消，不能修改");
      }
      if (current.status === "SUBMITTED" && !current.listed) {
        throw userError("CONFLICT", "活动正在审核中，请先撤回再修改");
      }
      const directory = ctx.directory.uncached();
      const campaign = await requireCampaign(directory, current.campaignId);
      // A published activity's sessions: their times and set go to review, capacities change now
      // (session-edit.ts). Without sessions in the input, an edit keeps the plan already in review.
      const sessionEdit =
        args.input.sessions && current.listed ? await judgeEditedSessions(ctx, id, args.input.sessions) : null;
      const sessionPlan = sessionEdit ? sessionEdit.plan : sessionPlanOf(current.pendingEdit);
      const replaced =
        args.input.sessions && !current.listed ? activitySessionsData({ sessions: args.input.sessions }) : null;
      const times = sessionPlan ? envelopeOf(sessionPlan) : replaced;
      const columns = await contentColumns(ctx, directory, campaign, host, args.input);
      const content = publicContentOf({
        ...columns,
        startsAt: times?.startsAt ?? current.startsAt,
        endsAt: times?.endsAt ?? current.endsAt,
      });
      const contact = {
        contactName: columns.contactName,
        contactPhone: columns.contactPhone,
        contactEmail: columns.contactEmail,
      };
      let data: Prisma.ActivityUncheckedUpdateInput;
      let status = current.status;
      if (!current.listed) {
        data = {
          ...content,
          ...contact,
          ...(replaced ? { sessions: { deleteMany: {}, create: replaced.sessions.create } } : {}),
        };
      } else if (!sessionPlan && !publicContentDiffers(content, publicContentOf(current))) {
        // Back to what the public sees (or only the contact changed): no review needed.
        data = { ...contact, pendingEdit: Prisma.DbNull };
        if (current.pendingEdit !== null) status = "PUBLISHED";
      } else {
        if (content.endsAt <= new Date()) {
          throw userError("BAD_USER_INPUT", "结束时间已过，不能再修改活动", { field: "endsAt" });
        }
        const problem = submissionProblem(content);
        if (problem) throw userError("BAD_USER_INPUT", problem.message, { field: problem.field });
        data = {
          ...contact,
          pendingEdit: {
            ...toPendingEdit(content),
            ...(sessionPlan ? { sessions: sessionPlanToJson(sessionPlan) } : {}),
          } as Prisma.InputJsonValue,
        };
        status = "SUBMITTED";
      }
      const nextPending =
        data.pendingEdit === undefined
          ? current.pendingEdit
          : data.pendingEdit === Prisma.DbNull
            ? null
            : data.pendingEdit;
      const files = assetSetOf({
        coverAssetId:
          "coverAssetId" in data ? ((data.coverAssetId as string | null | undefined) ?? null) : current.coverAssetId,
        pendingEdit: nextPending,
        resultPhotoAssetIds: current.resultPhotoAssetIds,
      });
      try {
        const updated = await writingAssets(ctx.media, current, assetSetOf(current), files, ctx.authorization, () =>
          ctx.db.activity.update({
            ...query,
            where: { id, updatedAt: current.updatedAt },
            data: {
              ...data,
              hostPath: hostPathOf(host),
              status,
              ...(status !== current.status ? { reviewNote: null, reviewedById: null, reviewedAt: null } : {}),
              events: {
                create: {
                  action: status === "SUBMITTED" && current.status !== "SUBMITTED" ? "SUBMIT" : "UPDATE",
                  fromStatus: current.status,
                  toStatus: status,
                  actorId: viewerId,
                  note: current.listed && status === "SUBMITTED" ? "修改已发布的活动，重新审核" : null,
                },
              },
            },
          }),
        );
        if (sessionEdit?.capacityChanges.length) {
          await applyCapacityChanges(ctx, sessionEdit.capacityChanges);
          return await ctx.db.activity.findUniqueOrThrow({ ...query, where: { id } });
        }
        return updated;
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw conflict();
        throw error;
      }
    },
  }),
  submitActivity: t.prismaField({
    type: "Activity",
    description: "Sends a draft (or one sent back) to the level above for approval (→ SUBMITTED).",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => reread(ctx, query, await stepActivity(ctx, String(args.id), "SUBMIT")),
  }),
  approveActivity: t.prismaField({
    type: "Activity",
    description:
      "Approves and publishes a submitted activity or edit (SUBMITTED → PUBLISHED): the level above the host, or the campaign's designated approver.",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      // An edit's session plan is written in the approval's transaction (session-edit.ts); the
      // registrants of sessions it dropped or moved are mailed once it is committed.
      const now = new Date();
      const before = await sessionsAsTold(ctx, String(args.id));
      const approved = await stepActivity(ctx, String(args.id), "APPROVE", { now, dataOf: approvedSessionWrites(now) });
      await notifyDroppedSessions(ctx, approved.id, now);
      await notifyMovedSessions(ctx, before);
      return reread(ctx, query, approved);
    },
  }),
  rejectActivity: t.prismaField({
    type: "Activity",
    description:
      "Sends a submitted activity or edit back with a reason (SUBMITTED → REJECTED); a published activity stays public as approved.",
    args: { id: t.arg.id(), note: t.arg.string({ validate: rejectionNoteSchema }) },
    resolve: async (query, _root, args, ctx) =>
      reread(ctx, query, await stepActivity(ctx, String(args.id), "REJECT", { note: args.note })),
  }),
  withdrawActivity: t.prismaField({
    type: "Activity",
    description:
      "Takes a submitted activity back before the decision (→ DRAFT); for an edit of a published one, drops the edit (→ PUBLISHED).",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) =>
      reread(ctx, query, await stepActivity(ctx, String(args.id), "WITHDRAW")),
  }),
  finishActivity: t.prismaField({
    type: "Activity",
    description: "Marks a published activity that has ended as finished (PUBLISHED → FINISHED), ready for its results.",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => reread(ctx, query, await stepActivity(ctx, String(args.id), "FINISH")),
  }),
  cancelActivity: t.prismaField({
    type: "Activity",
    description:
      "Cancels an activity with a reason (→ CANCELLED): its host's editors, or those who decide on it. A published one stays readable by id, marked cancelled.",
    args: { id: t.arg.id(), reason: t.arg.string({ validate: cancelReasonSchema }) },
    resolve: async (query, _root, args, ctx) => {
      const cancelled = await stepActivity(ctx, String(args.id), "CANCEL", { note: args.reason });
      // After the cancellation commits: its sessions end and their registrants are mailed (reg's notices).
      await cancelActivitySessionsAndNotify(ctx, cancelled.id, args.reason);
      return reread(ctx, query, cancelled);
    },
  }),
}));

/** Reads a written row again with the selection the request asked for. */
function reread(
  ctx: Context,
  query: { select?: Prisma.ActivitySelect; include?: Prisma.ActivityInclude },
  row: Activity,
) {
  return ctx.db.activity.findUniqueOrThrow({ ...query, where: { id: row.id } });
}

const decidable = new WeakMap<object, Promise<Prisma.ActivityWhereInput>>();

/**
 * The submitted activities (and edits) the viewer may approve or reject: the one policy's canDecide
 * per host and campaign (the level above the host across the viewer's subtree, the campaign's
 * designated approver for its region, platform admins), as a filter; asked once per request. Places
 * come fresh (uncached) from the place-loader, so a unit moved in the tree a moment ago is judged
 * where it is now.
 */
export function decidableActivitiesWhere(ctx: Context): Promise<Prisma.ActivityWhereInput> {
  let where = decidable.get(ctx);
  if (!where) {
    where = (async (): Promise<Prisma.ActivityWhereInput> => {
      if (ctx.viewer.kind !== "user") return { id: { in: [] } };
      if (isPlatformAdmin(ctx.viewer)) return { status: "SUBMITTED" };
      if (!ctx.viewer.memberships.some((m) => m.roles.includes("ORG_ADMIN"))) return { id: { in: [] } };
      const directory = ctx.directory.uncached();
      const groups = await ctx.db.activity.findMany({
        where: { status: "SUBMITTED" },
        distinct: ["hostOrgId", "campaignId"],
        select: { hostOrgId: true, campaignId: true },
      });
      const viewer = ctx.viewer;
      const mine = (
        await Promise.all(
          groups.map(async (group) => {
            const item = await loadSubmission(directory, "ACTIVITY", {
              ...submissionOf({ ...group, status: "SUBMITTED" }),
            });
            return item && canDecide(viewer, item) ? group : null;
          }),
        )
      ).filter((group) => group !== null);
      return mine.length ? { status: "SUBMITTED", OR: mine } : { id: { in: [] } };
    })();
    decidable.set(ctx, where);
  }
  return where;
}

const ActivityApprovalCounts = builder
  .objectRef<{ waiting: number; approvedToday: number; rejectedToday: number }>("ActivityApprovalCounts")
  .implement({
    fields: (t) => ({
      waiting: t.exposeInt("waiting", { description: "Submitted activities and edits waiting for the viewer." }),
      approvedToday: t.exposeInt("approvedToday", { description: "Approved by the viewer today (Shanghai day)." }),
      rejectedToday: t.exposeInt("rejectedToday", { description: "Sent back by the viewer today (Shanghai day)." }),
    }),
  });

const position = (activity: Activity) => ({ at: activity.updatedAt, id: activity.id });

builder.queryFields((t) => ({
  activityApprovalQueue: t.connection({
    type: ActivityRef,
    description:
      "活动审核: activities and edits of published ones waiting for the viewer's decision, across its subtree and designated regions, oldest first.",
    args: { campaignId: t.arg.id({ required: false }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const where = await decidableActivitiesWhere(ctx);
      const campaign = args.campaignId ? String(args.campaignId) : null;
      return keysetPage(
        args,
        (after, take) =>
          ctx.db.activity.findMany({
            where: {
              AND: [
                where,
                ...(campaign ? [{ OR: [{ campaignId: campaign }, { editionId: campaign }] }] : []),
                ...(after
                  ? [{ OR: [{ updatedAt: { gt: after.at } }, { updatedAt: after.at, id: { gt: after.id } }] }]
                  : []),
              ],
            },
            orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
            take,
          }),
        position,
      );
    },
  }),
  activityApprovalCounts: t.field({
    type: ActivityApprovalCounts,
    description: "How many wait for the viewer, and what the viewer decided today (Shanghai day).",
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const since = startOfShanghaiDay(shanghaiToday());
      const [waiting, approvedToday, rejectedToday] = await Promise.all([
        ctx.db.activity.count({ where: await decidableActivitiesWhere(ctx) }),
        ctx.db.activityEvent.count({ where: { actorId: ctx.viewer.userId, action: "APPROVE", at: { gte: since } } }),
        ctx.db.activityEvent.count({ where: { actorId: ctx.viewer.userId, action: "REJECT", at: { gte: since } } }),
      ]);
      return { waiting, approvedToday, rejectedToday };
    },
  }),
}));

const ActivityPermissions = builder
  .objectRef<Record<"edit" | "submit" | "withdraw" | "approve" | "reject" | "finish" | "cancel" | "report", boolean>>(
    "ActivityPermissions",
  )
  .implement({
    description: "What the viewer may do with the activity now (the one policy and its state), for buttons.",
    fields: (t) => ({
      edit: t.exposeBoolean("edit"),
      submit: t.exposeBoolean("submit"),
      withdraw: t.exposeBoolean("withdraw"),
      approve: t.exposeBoolean("approve"),
      reject: t.exposeBoolean("reject"),
      finish: t.exposeBoolean("finish"),
      cancel: t.exposeBoolean("cancel"),
      report: t.exposeBoolean("report", {
        description: "Report its results (or correct them): it has ended and was published.",
      }),
    }),
  });

builder.objectField(ActivityRef, "viewerCan", (t) =>
  t.field({
    type: ActivityPermissions,
    resolve: async (activity, _args, ctx) => {
      const none = {
        edit: false,
        submit: false,
        withdraw: false,
        approve: false,
        reject: false,
        finish: false,
        cancel: false,
        report: false,
      };
      if (ctx.viewer.kind !== "user") return none;
      const viewer = ctx.viewer;
      const item = await loadSubmission(ctx.directory, "ACTIVITY", submissionOf(activity));
      if (!item) return none;
      const may = (action: WorkflowAction) =>
        mayAct(viewer, item, action) && submissionStep("ACTIVITY", item.status, action).ok;
      const ended = activity.endsAt <= new Date();
      const editable =
        !["FINISHED", "REPORTED", "CANCELLED"].includes(activity.status) &&
        !(activity.status === "SUBMITTED" && !activity.listed);
      return {
        edit: editable && mayAct(viewer, item, "SUBMIT"),
        submit: may("SUBMIT") && !ended,
        withdraw: may("WITHDRAW"),
        approve: may("APPROVE"),
        reject: may("REJECT"),
        finish: may("FINISH") && ended,
        cancel: may("CANCEL") && !ended,
        // An ended published activity is finished by reporting (the clock may not have run yet).
        report:
          ended &&
          mayAct(viewer, item, "REPORT") &&
          (activity.status === "PUBLISHED" || submissionStep("ACTIVITY", item.status, "REPORT").ok),
      };
    },
  }),
);
