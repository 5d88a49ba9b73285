import {
  canAssign,
  canSeeSubmission,
  canSeeSubmitterContact,
  canSubmit,
  refusal,
  type SubmissionAction,
  statusIn,
} from "@kepu/auth";
import {
  authorizeStep,
  forbidden,
  loadSubmission,
  maxPageSize,
  maySeeSubmission,
  notFound,
  rejectionNoteSchema,
  requireCampaign,
  requirePlace,
  reviewColumns,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { normalizedParagraphs, normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { deriveNomination } from "../domain/derivation.js";
import { categoryFor, checkQuota } from "../domain/quotas.js";
import type { Prisma } from "../generated/prisma/client.js";
import { NominationKind, NominationStatus } from "../generated/prisma/enums.js";
import { ActivityRef, CampaignRef, OrgRef } from "./refs.js";
import { visibleNominationsWhere } from "./visibility.js";

export const NominationKindEnum = builder.enumType(NominationKind, {
  name: "NominationKind",
  description: "UNIT = 优秀组织单位, ACTIVITY = 优秀活动",
});
export const NominationStatusEnum = builder.enumType(NominationStatus, { name: "NominationStatus" });

const nominationStatuses = Object.values(NominationStatus);

/** A nomination as the shared submissions policy reads it: the recommender owns it, the receiving unit decides. */
const submissionOf = (n: {
  status: NominationStatus;
  recommenderOrgId: string;
  reviewingOrgId: string;
  campaignId: string;
  assignments?: { reviewerId: string }[];
}) => ({
  status: n.status,
  ownerOrgId: n.recommenderOrgId,
  receivingOrgId: n.reviewingOrgId,
  campaignId: n.campaignId,
  assignedReviewerIds: n.assignments?.map((a) => a.reviewerId) ?? [],
});

/** Personal data: as the recommender's own contacts (its members and whoever administers it). */
async function maySeeContact(ctx: Context, recommenderOrgId: string): Promise<boolean> {
  if (ctx.viewer.kind !== "user") return false;
  const owner = await ctx.directory.place(recommenderOrgId);
  return owner !== null && canSeeSubmitterContact(ctx.viewer, { owner });
}

export const NominationRef = builder.prismaObject("Nomination", {
  description: "推荐: a unit recommends an excellent organizing unit or activity to the level above.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: NominationKindEnum }),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    sessionsCount: t.exposeInt("sessionsCount"),
    peopleServed: t.exposeInt("peopleServed"),
    status: t.expose("status", { type: NominationStatusEnum }),
    contactName: t.string({
      nullable: true,
      description: "Personal data: as the recommending unit's contacts (its members and whoever administers it).",
      resolve: async (n, _args, ctx) => ((await maySeeContact(ctx, n.recommenderOrgId)) ? n.contactName : null),
    }),
    contactPhone: t.string({
      nullable: true,
      description: "Personal data: as the recommending unit's contacts (its members and whoever administers it).",
      resolve: async (n, _args, ctx) => ((await maySeeContact(ctx, n.recommenderOrgId)) ? n.contactPhone : null),
    }),
    reviewNote: t.string({
      nullable: true,
      description: "Why the receiving unit sent it back.",
      select: { reviewNote: true, status: true },
      resolve: (n) => (n.status === "REJECTED" ? n.reviewNote : null),
    }),
    // Nullable: a reference that no longer resolves fails soft (null and an error), not the page.
    org: t.field({ type: OrgRef, nullable: true, resolve: (n) => ({ id: n.orgId }) }),
    recommender: t.field({ type: OrgRef, nullable: true, resolve: (n) => ({ id: n.recommenderOrgId }) }),
    reviewingOrg: t.field({ type: OrgRef, nullable: true, resolve: (n) => ({ id: n.reviewingOrgId }) }),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (n) => ({ id: n.campaignId }) }),
    quotaCategory: t.string({
      nullable: true,
      description: "The quota category (推荐名额类别) the server looked the recommender up in, e.g. 市州科协.",
      select: { quotaCategory: { select: { name: true } } },
      resolve: (n) => n.quotaCategory?.name ?? null,
    }),
    reviewerIds: t.idList({
      nullable: true,
      description: "Users assigned to review it; only those who administer the receiving unit see the list.",
      select: { reviewingOrgId: true, assignments: { select: { reviewerId: true } } },
      resolve: async (n, _args, ctx) => {
        if (ctx.viewer.kind !== "user") return null;
        const receiving = await ctx.directory.place(n.reviewingOrgId);
        return canAssign(ctx.viewer, { kind: "NOMINATION", receiving }) ? n.assignments.map((a) => a.reviewerId) : null;
      },
    }),
    activity: t.field({
      type: ActivityRef,
      nullable: true,
      resolve: (n) => (n.activityId ? { id: n.activityId } : null),
    }),
  }),
});

builder.asEntity(NominationRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: async ({ id }, ctx) => {
    if (ctx.viewer.kind !== "user") return null;
    const nomination = await ctx.loaders
      .get("Nomination", (ids) =>
        ctx.db.nomination.findMany({
          where: { id: { in: [...ids] } },
          include: { assignments: { select: { reviewerId: true } } },
        }),
      )
      .load(id);
    if (!nomination) return null;
    return (await maySeeSubmission(ctx.viewer, ctx.directory, "NOMINATION", submissionOf(nomination)))
      ? nomination
      : null;
  },
});

builder.queryFields((t) => ({
  nomination: t.prismaField({
    type: "Nomination",
    nullable: true,
    args: { id: t.arg.id() },
    description: "Null when there is none or the viewer may not see it.",
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") return null;
      const nomination = await ctx.db.nomination.findUnique({
        where: { id: String(args.id) },
        include: { assignments: { select: { reviewerId: true } } },
      });
      if (!nomination) return null;
      if (!(await maySeeSubmission(ctx.viewer, ctx.directory, "NOMINATION", submissionOf(nomination)))) return null;
      return ctx.db.nomination.findUnique({ ...query, where: { id: nomination.id } });
    },
  }),
  nominations: t.prismaConnection({
    type: "Nomination",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description:
      "The nominations the viewer may see: their own units' (and those below them), those sent to units they administer, and those assigned to them to review.",
    args: { campaignId: t.arg.id({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated("请先登录后查看推荐");
      const visible = await visibleNominationsWhere(ctx);
      if (!visible) return [];
      return ctx.db.nomination.findMany({
        ...query,
        where: { AND: [visible, ...(args.campaignId ? [{ campaignId: String(args.campaignId) }] : [])] },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      });
    },
  }),
}));

const CreateNominationInput = builder.inputType("CreateNominationInput", {
  description:
    "The receiving unit and the quota category are not inputs: the server derives them from the campaign and the recommender (issue 7 §1).",
  fields: (t) => ({
    campaignId: t.id(),
    kind: t.field({ type: NominationKindEnum }),
    recommenderOrgId: t.id({ description: "Must take part in the campaign (inside its region, or one of its hosts)." }),
    orgId: t.id({
      required: false,
      description:
        "UNIT: the nominated unit, in the recommender's subtree. ACTIVITY: omit (it is the activity's host).",
    }),
    activityId: t.id({ required: false, description: "Required for ACTIVITY: a published activity of the campaign." }),
    title: t.string(),
    description: t.string({ description: "At most 500 characters: form, influence, content, public response." }),
    sessionsCount: t.int(),
    peopleServed: t.int(),
    contactName: t.string(),
    contactPhone: t.string(),
  }),
  // looseObject: the parsed value replaces the input, so keys not checked here must be kept.
  validate: z
    .looseObject({
      title: normalizedText(z.string().min(2, "名称至少2个字").max(100, "名称不能超过100个字")),
      description: normalizedParagraphs(z.string().min(1, "请填写事迹简介").max(500, "事迹简介不能超过500字")),
      sessionsCount: z.number().int().min(0, "活动场数不能为负数").max(1_000_000),
      peopleServed: z.number().int().min(0, "服务人数不能为负数").max(1_000_000_000),
      contactName: normalizedText(z.string().min(1, "请填写联系人").max(50)),
      contactPhone: normalizedText(z.string().regex(/^(\d{3,4}-?\d{7,8}|1[3-9]\d{9})$/, "联系电话格式不正确")),
    })
    .refine((input) => input.kind !== "ACTIVITY" || Boolean(input.activityId), {
      message: "推荐优秀活动时必须选择活动",
      path: ["activityId"],
    })
    .refine((input) => input.kind !== "UNIT" || Boolean(input.orgId), {
      message: "推荐优秀组织单位时必须选择单位",
      path: ["orgId"],
    })
    // A unit's nomination tied to an activity would show up under that activity as if it were one.
    .refine((input) => input.kind !== "UNIT" || !input.activityId, {
      message: "推荐优秀组织单位时不应选择活动",
      path: ["activityId"],
    }),
});

/**
 * The facts a nomination derives from the ids it names, each checked (issue 7 §1): the campaign, the
 * recommender's and the nominee's places, the activity's host, the receiving unit, and the quota
 * category the recommender falls in among the campaign's own. BAD_USER_INPUT naming the field else.
 */
async function deriveFor(ctx: Context, input: typeof CreateNominationInput.$inferInput) {
  const campaignId = String(input.campaignId);
  const [campaign, recommender] = await Promise.all([
    requireCampaign(ctx.directory, campaignId),
    requirePlace(ctx.directory, String(input.recommenderOrgId)),
  ]);
  if (!canSubmit(ctx.viewer, { kind: "NOMINATION", owner: recommender })) {
    throw forbidden(refusal("NOMINATION", "SUBMIT"));
  }
  const activity = input.activityId ? await ctx.directory.activity(String(input.activityId)) : undefined;
  if (activity === null) {
    throw userError("BAD_USER_INPUT", "所推荐的活动不存在或尚未发布", { field: "activityId" });
  }
  if (activity && input.orgId && String(input.orgId) !== activity.hostOrgId) {
    throw userError("BAD_USER_INPUT", "推荐优秀活动时，被推荐单位即活动的主办单位，无需另填", { field: "orgId" });
  }
  const nominee = await requirePlace(ctx.directory, activity ? activity.hostOrgId : String(input.orgId));
  const derived = deriveNomination({ campaign, recommender, nominee, ...(activity ? { activity } : {}) });
  if (!derived.ok) throw userError("BAD_USER_INPUT", derived.message, { field: derived.field });
  const categories = await ctx.db.quotaCategory.findMany({ where: { campaignId } });
  const category = categoryFor(categories, recommender, campaign.hosts);
  if (!category) {
    throw userError(
      "BAD_USER_INPUT",
      categories.length
        ? `推荐单位不属于本届活动的推荐名额类别（${categories.map((c) => c.name).join("、")}）`
        : "本届活动未设推荐名额类别，暂不受理推荐",
      { field: "recommenderOrgId" },
    );
  }
  return { campaignId, recommenderOrgId: recommender.id, orgId: nominee.id, derived, category };
}

builder.mutationField("createNomination", (t) =>
  t.prismaField({
    type: "Nomination",
    description:
      "Drafts a recommendation to the campaign's receiving unit, within the quota of the category the recommender falls in.",
    args: { input: t.arg({ type: CreateNominationInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const viewerId = ctx.viewer.userId;
      const { campaignId, recommenderOrgId, orgId, derived, category } = await deriveFor(ctx, input);
      // The category's row is locked while its places are counted and taken, so N concurrent requests
      // for the last place leave exactly one accepted (PGlite and PostgreSQL alike).
      return ctx.db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "QuotaCategory" WHERE "id" = ${category.id} FOR UPDATE`;
        // Bounded by the quota itself (plus rejected ones): a recommender's own rows in this campaign.
        const existing = await tx.nomination.findMany({
          where: { campaignId, recommenderOrgId },
          select: { recommenderOrgId: true, kind: true, status: true },
        });
        const quota = checkQuota(category, existing, { recommenderOrgId, kind: input.kind });
        if (!quota.ok) {
          throw userError(quota.code, `${category.name}：${quota.message}`, { limit: quota.limit, used: quota.used });
        }
        return tx.nomination.create({
          ...query,
          data: {
            campaignId,
            kind: input.kind,
            recommenderOrgId,
            quotaCategoryId: category.id,
            reviewingOrgId: derived.reviewingOrgId,
            orgId,
            activityId: input.activityId ? String(input.activityId) : null,
            title: input.title.trim(),
            description: input.description.trim(),
            sessionsCount: input.sessionsCount,
            peopleServed: input.peopleServed,
            contactName: input.contactName.trim(),
            contactPhone: input.contactPhone,
            status: "DRAFT",
            createdById: viewerId,
          },
        });
      });
    },
  }),
);

builder.mutationField("assignReviewers", (t) =>
  t.prismaField({
    type: "Nomination",
    description:
      "Sets who reviews a nomination (replacing the list): for the reviewing unit's admins. Reviewers must hold REVIEWER there to see it.",
    args: {
      nominationId: t.arg.id(),
      reviewerIds: t.arg.idList({
        validate: z.array(z.string().min(1, "评审人无效").max(100, "评审人无效")).max(20, "每条推荐最多分配20位评审"),
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const nominationId = String(args.nominationId);
      const nomination = await ctx.db.nomination.findUnique({
        where: { id: nominationId },
        include: { assignments: { select: { reviewerId: true } } },
      });
      const item = nomination && (await loadSubmission(ctx.directory, "NOMINATION", submissionOf(nomination)));
      if (!nomination || !item || !canSeeSubmission(ctx.viewer, item)) throw notFound("该推荐");
      if (!canAssign(ctx.viewer, item)) throw forbidden("只有受理单位（或其上级单位）的管理员可以分配评审");
      if (nomination.status === "DRAFT") {
        throw userError("CONFLICT", "推荐尚未提交，不能分配评审");
      }
      const reviewerIds = [...new Set(args.reviewerIds.map(String))];
      // Each reviewer must be a user who is REVIEWER of the receiving unit now (asked with the
      // caller's own token, so only the unit's administrators learn who holds the role).
      const holders = new Set(
        await ctx.directory.holders(nomination.reviewingOrgId, "REVIEWER", reviewerIds, ctx.authorization),
      );
      const strangers = reviewerIds.filter((id) => !holders.has(id));
      if (strangers.length) {
        throw userError("BAD_USER_INPUT", `以下用户不是受理单位的评审专家：${strangers.join("、")}`, {
          field: "reviewerIds",
          reviewerIds: strangers,
        });
      }
      const assignedById = ctx.viewer.userId;
      return ctx.db.$transaction(async (tx) => {
        await tx.assignment.deleteMany({ where: { nominationId } });
        await tx.assignment.createMany({
          data: reviewerIds.map((reviewerId) => ({ nominationId, reviewerId, assignedById })),
        });
        return tx.nomination.findUniqueOrThrow({ ...query, where: { id: nominationId } });
      });
    },
  }),
);

/**
 * A workflow step on a nomination, as the shared policy allows it. Submitting a rejected one again
 * takes a quota place again, so it is counted under the category's row lock like a new one.
 */
async function moveNomination(
  query: { select?: Prisma.NominationSelect; include?: Prisma.NominationInclude },
  id: string,
  action: SubmissionAction,
  ctx: Context,
  note?: string,
) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const viewerId = ctx.viewer.userId;
  const current = await ctx.db.nomination.findUnique({
    where: { id },
    include: { assignments: { select: { reviewerId: true } } },
  });
  const step = await authorizeStep(
    ctx.viewer,
    ctx.directory,
    "NOMINATION",
    current ? submissionOf(current) : null,
    action,
  );
  const review = reviewColumns(action, viewerId, note);
  return ctx.db.$transaction(async (tx) => {
    if (current && step.from === "REJECTED" && current.quotaCategoryId) {
      await tx.$queryRaw`SELECT "id" FROM "QuotaCategory" WHERE "id" = ${current.quotaCategoryId} FOR UPDATE`;
      const category = await tx.quotaCategory.findUniqueOrThrow({ where: { id: current.quotaCategoryId } });
      const existing = await tx.nomination.findMany({
        where: { campaignId: current.campaignId, recommenderOrgId: current.recommenderOrgId, id: { not: id } },
        select: { recommenderOrgId: true, kind: true, status: true },
      });
      const quota = checkQuota(category, existing, current);
      if (!quota.ok) {
        throw userError(quota.code, `${category.name}：${quota.message}`, { limit: quota.limit, used: quota.used });
      }
    }
    const moved = await tx.nomination.updateMany({
      where: { id, status: statusIn(nominationStatuses, step.from) },
      data: { status: statusIn(nominationStatuses, step.to), ...review },
    });
    if (moved.count === 0) throw userError("CONFLICT", "推荐状态刚被他人修改，请刷新后重试");
    return tx.nomination.findUniqueOrThrow({ ...query, where: { id } });
  });
}

builder.mutationFields((t) => ({
  submitNomination: t.prismaField({
    type: "Nomination",
    description: "Sends a draft (or a rejected one, fixed) to the receiving unit (DRAFT/REJECTED → SUBMITTED).",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => moveNomination(query, String(args.id), "SUBMIT", ctx),
  }),
  withdrawNomination: t.prismaField({
    type: "Nomination",
    description: "Takes a submitted nomination back before the receiving unit decides (SUBMITTED → DRAFT).",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => moveNomination(query, String(args.id), "WITHDRAW", ctx),
  }),
  approveNomination: t.prismaField({
    type: "Nomination",
    description: "The receiving unit's 审定 (SUBMITTED → APPROVED): whoever administers the receiving unit.",
    args: { id: t.arg.id() },
    resolve: (query, _root, args, ctx) => moveNomination(query, String(args.id), "APPROVE", ctx),
  }),
  rejectNomination: t.prismaField({
    type: "Nomination",
    description: "Sends a submitted nomination back to the recommender with a note (SUBMITTED → REJECTED).",
    args: { id: t.arg.id(), note: t.arg.string({ validate: rejectionNoteSchema }) },
    resolve: (query, _root, args, ctx) => moveNomination(query, String(args.id), "REJECT", ctx, args.note),
  }),
}));
