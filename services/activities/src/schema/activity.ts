import { canSubmit, refusal, type SubmissionAction, statusIn } from "@kepu/auth";
import {
  authorizeStep,
  forbidden,
  inCampaignTerritory,
  maxPageSize,
  maySeeSubmission,
  missingReference,
  requireCampaign,
  requirePlace,
  reviewColumns,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { normalizedParagraphs } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { createActivityInputSchema } from "../domain/activity-input.js";
import { Prisma } from "../generated/prisma/client.js";
import { ActivityCategory, ActivityForm, ActivityMode, ActivityStatus, Audience } from "../generated/prisma/enums.js";
import { CampaignRef } from "./campaign.js";
import { OrgRef } from "./org.js";
import { ActivitySessionInput, activitySessionsData } from "./session-input.js";
import { activityOrder, inCampaignWhere, visibleActivitiesWhere } from "./visibility.js";

export const ActivityCategoryEnum = builder.enumType(ActivityCategory, {
  name: "ActivityCategory",
  description: "重点活动 · 联合行动 · 主场活动 · 专项行动",
});
export const ActivityFormEnum = builder.enumType(ActivityForm, { name: "ActivityForm" });
export const ActivityModeEnum = builder.enumType(ActivityMode, { name: "ActivityMode" });
export const AudienceEnum = builder.enumType(Audience, { name: "Audience" });
export const ActivityStatusEnum = builder.enumType(ActivityStatus, { name: "ActivityStatus" });

export const ActivityRef = builder.prismaObject("Activity", {
  description: "活动: one activity a unit puts on during an edition or a regional edition.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    summary: t.exposeString("summary"),
    category: t.expose("category", { type: ActivityCategoryEnum }),
    programme: t.exposeString("programme", { nullable: true, description: "Brand/programme, e.g. 千馆展览探未来." }),
    forms: t.expose("forms", { type: [ActivityFormEnum] }),
    mode: t.expose("mode", { type: ActivityModeEnum }),
    topics: t.exposeStringList("topics"),
    audiences: t.expose("audiences", { type: [AudienceEnum] }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    regionCode: t.exposeString("regionCode", { nullable: true, description: "GB/T 2260 code" }),
    venue: t.exposeString("venue", { nullable: true }),
    address: t.exposeString("address", { nullable: true, description: "Where the activity takes place." }),
    latitude: t.exposeFloat("latitude", { nullable: true }),
    longitude: t.exposeFloat("longitude", { nullable: true }),
    status: t.expose("status", { type: ActivityStatusEnum }),
    reviewNote: t.string({
      nullable: true,
      description: "Why the level above sent it back; seen only by those who may see it unpublished.",
      select: { reviewNote: true, status: true },
      resolve: (activity) => (activity.status === "REJECTED" ? activity.reviewNote : null),
    }),
    sessionsCount: t.exposeInt("sessionsCount", { nullable: true, description: "场次, reported after the activity." }),
    peopleServed: t.exposeInt("peopleServed", {
      nullable: true,
      description: "服务人次, reported after the activity.",
    }),
    // Stubs for the organizations subgraph: no call to it, no query here.
    // Nullable: a host or campaign that no longer resolves fails soft (null and an error), not the page.
    host: t.field({ type: OrgRef, nullable: true, resolve: (activity) => ({ id: activity.hostOrgId }) }),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (activity) => ({ id: activity.campaignId }) }),
  }),
});

builder.asEntity(ActivityRef, {
  key: builder.selection<{ id: string }>("id"),
  // Every key in one _entities call goes into one `WHERE id IN (…)` query; rows the viewer may not
  // see come back as null, as if they did not exist.
  resolveReference: async ({ id }, ctx) => {
    const activity = await ctx.loaders
      .get("Activity", (ids) => ctx.db.activity.findMany({ where: { id: { in: [...ids] } } }))
      .load(id);
    if (!activity) return missingReference("Activity", id);
    return (await mayShow(ctx, activity)) ? activity : null;
  },
});

const activityStatuses = Object.values(ActivityStatus);

/** An activity as the shared submissions policy reads it: its host owns it. */
const submissionOf = (activity: { status: ActivityStatus; hostOrgId: string; campaignId: string }) => ({
  status: activity.status,
  ownerOrgId: activity.hostOrgId,
  campaignId: activity.campaignId,
});

/** Whether the viewer may see this activity: the shared submissions policy (@kepu/auth). */
function mayShow(ctx: Context, activity: { status: ActivityStatus; hostOrgId: string; campaignId: string }) {
  return maySeeSubmission(ctx.viewer, ctx.directory, "ACTIVITY", submissionOf(activity));
}

builder.queryFields((t) => ({
  activity: t.prismaField({
    type: "Activity",
    nullable: true,
    args: { id: t.arg.id() },
    description: "Null when there is none or the viewer may not see it (unpublished and not theirs).",
    resolve: async (query, _root, args, ctx) => {
      const activity = await ctx.db.activity.findUnique({
        ...query,
        where: { id: String(args.id) },
      });
      return activity && (await mayShow(ctx, activity)) ? activity : null;
    },
  }),
  activities: t.prismaConnection({
    type: "Activity",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "In programme order (start, then id). The public sees published activities only.",
    args: {
      campaignId: t.arg.id({
        required: false,
        description: "A campaign; for a national edition, its regional editions' activities are included.",
      }),
      hostOrgId: t.arg.id({ required: false }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.activity.findMany({
        ...query,
        where: {
          AND: [
            await visibleActivitiesWhere(ctx),
            ...(args.campaignId ? [inCampaignWhere(String(args.campaignId))] : []),
            ...(args.hostOrgId ? [{ hostOrgId: String(args.hostOrgId) }] : []),
          ],
        },
        orderBy: activityOrder,
      }),
  }),
}));

const CreateActivityInput = builder.inputType("CreateActivityInput", {
  fields: (t) => ({
    campaignId: t.id({
      description:
        "The campaign (edition or regional edition) it belongs to; its edition is derived from it, and a regional edition's activities are hosted inside its region.",
    }),
    hostOrgId: t.id({ description: "The unit that hosts it; the viewer must be its ORG_ADMIN or EDITOR." }),
    title: t.string({ description: "2–100 characters." }),
    summary: t.string({ description: "At most 2000 characters." }),
    category: t.field({ type: ActivityCategoryEnum }),
    programme: t.string({ required: false }),
    forms: t.field({ type: [ActivityFormEnum], description: "At least one." }),
    mode: t.field({ type: ActivityModeEnum }),
    topics: t.stringList({ required: false, defaultValue: [] }),
    audiences: t.field({ type: [AudienceEnum], required: false, defaultValue: [] }),
    startsAt: t.field({
      type: "DateTime",
      required: false,
      description:
        "Without `sessions`: the one session's start, with an offset (e.g. 2024-09-15T09:00:00+08:00). With `sessions`: leave empty, the server derives it.",
    }),
    endsAt: t.field({
      type: "DateTime",
      required: false,
      description: "Without `sessions`: the one session's end, after startsAt. With `sessions`: leave empty.",
    }),
    sessions: t.field({
      type: [ActivitySessionInput],
      required: false,
      description: "场次, 1 to 60. The activity's startsAt/endsAt become their envelope (earliest start, latest end).",
    }),
    regionCode: t.string({ required: false, description: "GB/T 2260 six-digit code." }),
    venue: t.string({ required: false }),
    address: t.string({ required: false }),
    latitude: t.float({ required: false, description: "−90 to 90." }),
    longitude: t.float({ required: false, description: "−180 to 180." }),
  }),
  validate: createActivityInputSchema,
});

/** Creating is for whoever may submit for the host unit (shared submissions policy). */
export async function assertMayEdit(ctx: Context, hostOrgId: string): Promise<void> {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  if (!canSubmit(ctx.viewer, { kind: "ACTIVITY", owner: await requirePlace(ctx.directory, hostOrgId) })) {
    throw forbidden(refusal("ACTIVITY", "SUBMIT"));
  }
}

builder.mutationFields((t) => ({
  createActivity: t.prismaField({
    type: "Activity",
    description: "Drafts an activity for a unit (status DRAFT); the public sees it once published.",
    args: { input: t.arg({ type: CreateActivityInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      await assertMayEdit(ctx, input.hostOrgId);
      const [campaign, host] = await Promise.all([
        requireCampaign(ctx.directory, input.campaignId),
        requirePlace(ctx.directory, input.hostOrgId),
      ]);
      if (!inCampaignTerritory(campaign, host)) {
        throw userError("BAD_USER_INPUT", "主办单位不在该地方科普日的地区范围内，请选择本地区的活动届次", {
          field: "hostOrgId",
        });
      }
      return ctx.db.activity.create({
        ...query,
        data: {
          campaignId: campaign.id,
          editionId: campaign.editionId,
          hostOrgId: input.hostOrgId,
          title: input.title,
          summary: input.summary,
          category: input.category,
          programme: input.programme || null,
          forms: [...new Set(input.forms)],
          mode: input.mode,
          topics: [...new Set(input.topics ?? [])],
          audiences: [...new Set(input.audiences ?? [])],
          ...activitySessionsData(input),
          regionCode: input.regionCode ?? null,
          venue: input.venue || null,
          address: input.address || null,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          status: "DRAFT",
          createdById: ctx.viewer.kind === "user" ? ctx.viewer.userId : null,
        },
      });
    },
  }),
  submitActivity: t.prismaField({
    type: "Activity",
    description: "Sends a draft to the level above for approval (DRAFT → SUBMITTED).",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => moveActivity(query, String(args.id), "SUBMIT", ctx),
  }),
  approveActivity: t.prismaField({
    type: "Activity",
    description: "Publishes a submitted activity (SUBMITTED → PUBLISHED): the level above the host does this.",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => moveActivity(query, String(args.id), "APPROVE", ctx),
  }),
  rejectActivity: t.prismaField({
    type: "Activity",
    description: "Sends a submitted activity back to its host with a note (SUBMITTED → REJECTED).",
    args: {
      id: t.arg.id(),
      note: t.arg.string({
        validate: normalizedParagraphs(z.string().min(2, "请写明退回原因").max(1000, "退回原因不能超过1000个字符")),
      }),
    },
    resolve: (query, _root, args, ctx) => moveActivity(query, String(args.id), "REJECT", ctx, args.note),
  }),
  withdrawActivity: t.prismaField({
    type: "Activity",
    description: "Takes a submitted activity back before the level above decides (SUBMITTED → DRAFT).",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => moveActivity(query, String(args.id), "WITHDRAW", ctx),
  }),
}));

/** Applies a workflow step the shared policy allows, guarded against a concurrent change of status. */
async function moveActivity(
  query: { select?: Prisma.ActivitySelect },
  id: string,
  action: SubmissionAction,
  ctx: Context,
  note?: string,
) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const current = await ctx.db.activity.findUnique({
    where: { id },
    select: { status: true, hostOrgId: true, campaignId: true },
  });
  const step = await authorizeStep(
    ctx.viewer,
    ctx.directory,
    "ACTIVITY",
    current ? submissionOf(current) : null,
    action,
  );
  const review = reviewColumns(action, ctx.viewer.userId, note);
  try {
    return await ctx.db.activity.update({
      ...query,
      where: { id, status: statusIn(activityStatuses, step.from) },
      data: { status: statusIn(activityStatuses, step.to), ...review },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw userError("CONFLICT", "活动状态刚被他人修改，请刷新后重试");
    }
    throw error;
  }
}
