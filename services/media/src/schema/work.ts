import { canSubmit, type OrgPlace, refusal, type SubmissionAction, statusIn } from "@kepu/auth";
import {
  authorizeStep,
  maxPageSize,
  maySeeSubmission,
  rejectionNoteSchema,
  requireCampaign,
  requirePlace,
  reviewColumns,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { isPlatform, platforms } from "../domain/platforms.js";
import { workLinkProblem } from "../domain/work-links.js";
import { Prisma } from "../generated/prisma/client.js";
import { WorkKind, WorkStatus } from "../generated/prisma/enums.js";
import { ActivityRef, CampaignRef, OrgRef, visibleWorksWhere, workOrder } from "./refs.js";

export const WorkKindEnum = builder.enumType(WorkKind, { name: "WorkKind" });
export const WorkStatusEnum = builder.enumType(WorkStatus, { name: "WorkStatus" });

export const WorkRef = builder.prismaObject("Work", {
  description: "科普作品: a science work posted on a platform, collected and shown here once checked.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    kind: t.expose("kind", { type: WorkKindEnum }),
    authorName: t.exposeString("authorName"),
    platform: t.exposeString("platform"),
    url: t.exposeString("url"),
    status: t.expose("status", { type: WorkStatusEnum }),
    reviewNote: t.string({
      nullable: true,
      description: "Why the level above sent it back; seen only by those who may see it unpublished.",
      select: { reviewNote: true, status: true },
      resolve: (work) => (work.status === "REJECTED" ? work.reviewNote : null),
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    // Nullable: a reference that no longer resolves fails soft (null and an error), not the page.
    owner: t.field({ type: OrgRef, nullable: true, resolve: (work) => ({ id: work.ownerOrgId }) }),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (work) => ({ id: work.campaignId }) }),
    activity: t.field({
      type: ActivityRef,
      nullable: true,
      resolve: (work) => (work.activityId ? { id: work.activityId } : null),
    }),
  }),
});

builder.asEntity(WorkRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    const work = await ctx.loaders
      .get("Work", (ids) => ctx.db.work.findMany({ where: { id: { in: [...ids] } } }))
      .load(id);
    return work && (await mayShowWork(ctx, work)) ? work : null;
  },
});

const workStatuses = Object.values(WorkStatus);

/** A work as the shared submissions policy reads it: its owner owns it. */
const submissionOf = (work: { status: WorkStatus; ownerOrgId: string; campaignId: string }) => ({
  status: work.status,
  ownerOrgId: work.ownerOrgId,
  campaignId: work.campaignId,
});

/** Whether the viewer may see this work: the shared submissions policy (@kepu/auth). */
function mayShowWork(ctx: Context, work: { status: WorkStatus; ownerOrgId: string; campaignId: string }) {
  return maySeeSubmission(ctx.viewer, ctx.directory, "WORK", submissionOf(work));
}

builder.queryFields((t) => ({
  work: t.prismaField({
    type: "Work",
    nullable: true,
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const work = await ctx.db.work.findUnique({ ...query, where: { id: String(args.id) } });
      return work && (await mayShowWork(ctx, work)) ? work : null;
    },
  }),
  works: t.prismaConnection({
    type: "Work",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "Newest first; the public sees approved works only.",
    args: { campaignId: t.arg.id({ required: false }), activityId: t.arg.id({ required: false }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.work.findMany({
        ...query,
        where: {
          AND: [
            await visibleWorksWhere(ctx),
            ...(args.campaignId ? [{ campaignId: String(args.campaignId) }] : []),
            ...(args.activityId ? [{ activityId: String(args.activityId) }] : []),
          ],
        },
        orderBy: workOrder,
      }),
  }),
}));

const SubmitWorkInput = builder.inputType("SubmitWorkInput", {
  fields: (t) => ({
    ownerOrgId: t.id(),
    campaignId: t.id(),
    activityId: t.id({ required: false }),
    title: t.string(),
    kind: t.field({ type: WorkKindEnum }),
    authorName: t.string(),
    platform: t.string({ description: `One of: ${platforms.join("、")}` }),
    url: t.string({ description: "https only." }),
    publishedAt: t.field({ type: "DateTime", description: "With an offset, e.g. 2024-09-15T09:00:00+08:00." }),
  }),
  // looseObject: the parsed value replaces the input, so keys not checked here must be kept.
  validate: z.looseObject({
    ownerOrgId: z.string().min(1, "请选择所属单位"),
    campaignId: z.string().min(1, "请选择所属活动届次"),
    title: normalizedText(z.string().min(2, "标题至少2个字").max(100, "标题不能超过100个字")),
    authorName: normalizedText(z.string().min(1, "请填写作者").max(100, "作者名称过长")),
    platform: z.string().refine(isPlatform, `发布平台须为：${platforms.join("、")}`),
    url: z
      .string()
      .max(2000, "链接过长")
      .refine((value) => URL.canParse(value) && new URL(value).protocol === "https:", "链接必须是 https 地址"),
  }),
});

/** Looks up what the work names and refuses it unless it is the owner's own (domain/work-links.ts). */
async function assertWorkBelongs(ctx: Context, owner: OrgPlace, campaignId: string, activityId: string | null) {
  const campaign = await requireCampaign(ctx.directory, campaignId);
  const named = activityId ? await ctx.directory.activity(activityId) : undefined;
  const activity = named && { campaignId: named.campaignId, host: await requirePlace(ctx.directory, named.hostOrgId) };
  const problem = workLinkProblem({
    campaign,
    owner,
    ...(activityId ? { activity: activity ?? null, activityId } : {}),
  });
  if (problem) throw userError("BAD_USER_INPUT", problem.message, { field: problem.field });
}

builder.mutationFields((t) => ({
  submitWork: t.prismaField({
    type: "Work",
    description: "Submits a work for the editorial check by the level above (status SUBMITTED).",
    args: { input: t.arg({ type: SubmitWorkInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const owner = await requirePlace(ctx.directory, String(input.ownerOrgId));
      if (!canSubmit(ctx.viewer, { kind: "WORK", owner })) throw userError("FORBIDDEN", refusal("WORK", "SUBMIT"));
      await assertWorkBelongs(ctx, owner, String(input.campaignId), input.activityId ? String(input.activityId) : null);
      return ctx.db.work.create({
        ...query,
        data: {
          ownerOrgId: String(input.ownerOrgId),
          campaignId: String(input.campaignId),
          activityId: input.activityId ? String(input.activityId) : null,
          title: input.title.trim(),
          kind: input.kind,
          authorName: input.authorName.trim(),
          platform: input.platform,
          url: input.url,
          publishedAt: input.publishedAt,
          status: "SUBMITTED",
          submittedById: ctx.viewer.userId,
        },
      });
    },
  }),
  approveWork: t.prismaField({
    type: "Work",
    description:
      "The editorial check passed (SUBMITTED → PUBLISHED): the level above the owner, or the campaign's designated approver.",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => moveWork(query, String(args.id), "APPROVE", ctx),
  }),
  rejectWork: t.prismaField({
    type: "Work",
    description: "Sends a submitted work back to its owner with a note (SUBMITTED → REJECTED).",
    args: { id: t.arg.id(), note: t.arg.string({ validate: rejectionNoteSchema }) },
    resolve: (query, _root, args, ctx) => moveWork(query, String(args.id), "REJECT", ctx, args.note),
  }),
}));

/** Applies a workflow step the shared policy allows, guarded against a concurrent change of status. */
async function moveWork(
  query: { select?: Prisma.WorkSelect },
  id: string,
  action: SubmissionAction,
  ctx: Context,
  note?: string,
) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const current = await ctx.db.work.findUnique({
    where: { id },
    select: { status: true, ownerOrgId: true, campaignId: true },
  });
  const step = await authorizeStep(ctx.viewer, ctx.directory, "WORK", current ? submissionOf(current) : null, action);
  try {
    return await ctx.db.work.update({
      ...query,
      where: { id, status: statusIn(workStatuses, step.from) },
      data: { status: statusIn(workStatuses, step.to), ...reviewColumns(action, ctx.viewer.userId, note) },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
      throw userError("CONFLICT", "作品状态刚被他人修改，请刷新后重试");
    }
    throw error;
  }
}
