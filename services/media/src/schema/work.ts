import { canApproveFor, canEditFor, canSeeUnpublishedOf, type OrgPlace } from "@kepu/auth";
import {
  inCampaignTerritory,
  inSubtreeOf,
  maxPageSize,
  notFound,
  requireCampaign,
  requirePlace,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { normalizedParagraphs, normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { canSeeWork, visibleWorksWhere } from "../domain/access.js";
import { review } from "../domain/moderation.js";
import { isPlatform, platforms } from "../domain/platforms.js";
import { WorkKind, WorkStatus } from "../generated/prisma/enums.js";
import { ActivityRef, CampaignRef, OrgRef, workOrder } from "./refs.js";

export const WorkKindEnum = builder.enumType(WorkKind, { name: "WorkKind" });
export const WorkStatusEnum = builder.enumType(WorkStatus, { name: "WorkStatus" });
const ReviewDecisionEnum = builder.enumType("ReviewDecision", { values: ["APPROVE", "REJECT"] as const });

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

/** canSeeWork, widened by the shared policy to whoever administers the owner (its ancestors' admins). */
async function mayShowWork(ctx: Context, work: { status: string; ownerOrgId: string }): Promise<boolean> {
  if (canSeeWork(ctx.viewer, work)) return true;
  if (ctx.viewer.kind !== "user") return false;
  const place = await ctx.directory.place(work.ownerOrgId);
  return place !== null && canSeeUnpublishedOf(ctx.viewer, place);
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
    resolve: (query, _root, args, ctx) =>
      ctx.db.work.findMany({
        ...query,
        where: {
          AND: [
            visibleWorksWhere(ctx.viewer),
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

/**
 * What a work names must be its own (issue 7 §1): the campaign exists and the owner takes part in it
 * (inside a regional edition's region); an activity, if named, is a published one of the same
 * campaign hosted by the owner or a unit below it. BAD_USER_INPUT otherwise, before anything is written.
 */
async function assertWorkBelongs(
  ctx: Context,
  owner: OrgPlace,
  campaignId: string,
  activityId: string | null,
): Promise<void> {
  const campaign = await requireCampaign(ctx.directory, campaignId);
  if (!inCampaignTerritory(campaign, owner)) {
    throw userError("BAD_USER_INPUT", "所属单位不在该地方科普日的地区范围内", { field: "campaignId" });
  }
  if (!activityId) return;
  const activity = await ctx.directory.activity(activityId);
  if (!activity) throw userError("BAD_USER_INPUT", `活动不存在或尚未发布：${activityId}`, { field: "activityId" });
  if (activity.campaignId !== campaign.id) {
    throw userError("BAD_USER_INPUT", "作品只能关联同一活动届次中的活动", { field: "activityId" });
  }
  const host = await requirePlace(ctx.directory, activity.hostOrgId);
  if (!inSubtreeOf(host, owner.id)) {
    throw userError("BAD_USER_INPUT", "作品只能关联本单位或下级单位主办的活动", { field: "activityId" });
  }
}

builder.mutationFields((t) => ({
  submitWork: t.prismaField({
    type: "Work",
    description: "Submits a work for the editorial check (status PENDING).",
    args: { input: t.arg({ type: SubmitWorkInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const owner = await requirePlace(ctx.directory, String(input.ownerOrgId));
      if (!canEditFor(ctx.viewer, owner)) {
        throw userError("FORBIDDEN", "只有所属单位的管理员或编辑（或其上级单位的管理员）可以提交作品");
      }
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
          status: "PENDING",
          submittedById: ctx.viewer.userId,
        },
      });
    },
  }),
  reviewWork: t.prismaField({
    type: "Work",
    description: "The editorial check: approve (then public) or reject with a reason.",
    args: {
      id: t.arg.id(),
      decision: t.arg({ type: ReviewDecisionEnum }),
      reason: t.arg.string({
        required: false,
        validate: normalizedParagraphs(z.string().max(500, "理由不能超过500个字")).nullish(),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const work = await ctx.db.work.findUnique({ where: { id: String(args.id) } });
      if (!work || !(await mayShowWork(ctx, work))) throw notFound("该作品");
      const [place, designations] = await Promise.all([
        requirePlace(ctx.directory, work.ownerOrgId),
        ctx.directory.designations(work.campaignId),
      ]);
      if (!canApproveFor(ctx.viewer, place, designations)) {
        throw userError("FORBIDDEN", "作品由所属单位的上级单位（或本次活动指定的审核单位）审核");
      }
      const outcome = review(work.status, args.decision, args.reason ?? null);
      if (!outcome.ok) throw userError(outcome.code, outcome.message);
      // Guard against a concurrent review: only a still-PENDING row changes.
      const updated = await ctx.db.work.updateMany({
        where: { id: work.id, status: "PENDING" },
        data: { status: outcome.status, reviewReason: outcome.reason },
      });
      if (updated.count === 0) throw userError("CONFLICT", "该作品已审核，不能重复审核");
      return ctx.db.work.findUniqueOrThrow({ ...query, where: { id: work.id } });
    },
  }),
}));
