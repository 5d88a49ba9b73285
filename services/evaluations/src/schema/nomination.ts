import { administers } from "@kepu/auth";
import { maxPageSize, requirePlace, unauthenticated, userError } from "@kepu/subgraph";
import { z } from "zod";
import { builder } from "../builder.js";
import { canAssignAt, canSeeNomination, canSeeNominationContact, visibleNominationsWhere } from "../domain/access.js";
import { checkQuota } from "../domain/quotas.js";
import { NominationKind, NominationStatus, RecommenderKind } from "../generated/prisma/enums.js";
import { ActivityRef, CampaignRef, OrgRef } from "./refs.js";

export const NominationKindEnum = builder.enumType(NominationKind, {
  name: "NominationKind",
  description: "UNIT = 优秀组织单位, ACTIVITY = 优秀活动",
});
export const NominationStatusEnum = builder.enumType(NominationStatus, { name: "NominationStatus" });
export const RecommenderKindEnum = builder.enumType(RecommenderKind, { name: "RecommenderKind" });

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
      description: "Personal data: the recommending unit's members and platform admins only.",
      resolve: (n, _args, ctx) => (canSeeNominationContact(ctx.viewer, n) ? n.contactName : null),
    }),
    contactPhone: t.string({
      nullable: true,
      description: "Personal data: the recommending unit's members and platform admins only.",
      resolve: (n, _args, ctx) => (canSeeNominationContact(ctx.viewer, n) ? n.contactPhone : null),
    }),
    org: t.field({ type: OrgRef, resolve: (n) => ({ id: n.orgId }) }),
    recommender: t.field({ type: OrgRef, resolve: (n) => ({ id: n.recommenderOrgId }) }),
    reviewingOrg: t.field({ type: OrgRef, resolve: (n) => ({ id: n.reviewingOrgId }) }),
    campaign: t.field({ type: CampaignRef, resolve: (n) => ({ id: n.campaignId }) }),
    reviewerIds: t.idList({
      nullable: true,
      description: "Users assigned to review it; only the reviewing unit's admins see the list.",
      select: { reviewingOrgId: true, assignments: { select: { reviewerId: true } } },
      resolve: (n, _args, ctx) =>
        canAssignAt(ctx.viewer, n.reviewingOrgId) ? n.assignments.map((a) => a.reviewerId) : null,
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
    const assignedReviewerIds = nomination.assignments.map((a) => a.reviewerId);
    return canSeeNomination(ctx.viewer, { ...nomination, assignedReviewerIds }) ? nomination : null;
  },
});

builder.queryField("nominations", (t) =>
  t.prismaConnection({
    type: "Nomination",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "The nominations the viewer may see: their own unit's, or those sent to them to review.",
    args: { campaignId: t.arg.id({ required: false }) },
    resolve: (query, _root, args, ctx) => {
      const visible = visibleNominationsWhere(ctx.viewer);
      if (!visible) throw unauthenticated("请先登录后查看推荐");
      return ctx.db.nomination.findMany({
        ...query,
        where: { AND: [visible, ...(args.campaignId ? [{ campaignId: String(args.campaignId) }] : [])] },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      });
    },
  }),
);

const CreateNominationInput = builder.inputType("CreateNominationInput", {
  fields: (t) => ({
    campaignId: t.id(),
    kind: t.field({ type: NominationKindEnum }),
    recommenderOrgId: t.id(),
    recommenderKind: t.field({ type: RecommenderKindEnum }),
    reviewingOrgId: t.id({ description: "The level above that receives it." }),
    orgId: t.id({ description: "The nominated unit, or the activity's host." }),
    activityId: t.id({ required: false, description: "Required for ACTIVITY." }),
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
      title: z.string().trim().min(2, "名称至少2个字").max(100, "名称不能超过100个字"),
      description: z.string().trim().min(1, "请填写事迹简介").max(500, "事迹简介不能超过500字"),
      sessionsCount: z.number().int().min(0, "活动场数不能为负数").max(1_000_000),
      peopleServed: z.number().int().min(0, "服务人数不能为负数").max(1_000_000_000),
      contactName: z.string().trim().min(1, "请填写联系人").max(50),
      contactPhone: z.string().regex(/^(\d{3,4}-?\d{7,8}|1[3-9]\d{9})$/, "联系电话格式不正确"),
    })
    .refine((input) => input.kind !== "ACTIVITY" || Boolean(input.activityId), {
      message: "推荐优秀活动时必须选择活动",
      path: ["activityId"],
    })
    // A unit's nomination tied to an activity would show up under that activity as if it were one.
    .refine((input) => input.kind !== "UNIT" || !input.activityId, {
      message: "推荐优秀组织单位时不应选择活动",
      path: ["activityId"],
    }),
});

builder.mutationField("createNomination", (t) =>
  t.prismaField({
    type: "Nomination",
    description: "Drafts a recommendation, within the campaign's quota for this kind of recommender.",
    args: { input: t.arg({ type: CreateNominationInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const recommenderOrgId = String(input.recommenderOrgId);
      const [recommender] = await Promise.all([
        requirePlace(ctx.directory, recommenderOrgId),
        requirePlace(ctx.directory, String(input.reviewingOrgId)),
        requirePlace(ctx.directory, String(input.orgId)),
      ]);
      if (!administers(ctx.viewer, recommender)) {
        throw userError("FORBIDDEN", "只有推荐单位（或其上级单位）的管理员可以提交推荐");
      }
      const campaignId = String(input.campaignId);
      const viewerId = ctx.viewer.userId;
      // Count and insert in one serializable transaction, so two concurrent requests cannot both
      // take the last place.
      return ctx.db.$transaction(
        async (tx) => {
          const rule = await tx.quotaRule.findUnique({
            where: { campaignId_recommenderKind: { campaignId, recommenderKind: input.recommenderKind } },
          });
          // Bounded by the quota itself (plus rejected ones): a recommender's own rows in this campaign.
          const existing = await tx.nomination.findMany({
            where: { campaignId, recommenderOrgId },
            select: { recommenderOrgId: true, kind: true, status: true },
          });
          const quota = checkQuota(rule, existing, { recommenderOrgId, kind: input.kind });
          if (!quota.ok) throw userError(quota.code, quota.message, { limit: quota.limit, used: quota.used });
          return tx.nomination.create({
            ...query,
            data: {
              campaignId,
              kind: input.kind,
              recommenderOrgId,
              recommenderKind: input.recommenderKind,
              reviewingOrgId: String(input.reviewingOrgId),
              orgId: String(input.orgId),
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
        },
        { isolationLevel: "Serializable" },
      );
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
      const nomination = await ctx.db.nomination.findUnique({ where: { id: nominationId } });
      if (!nomination || !canAssignAt(ctx.viewer, nomination.reviewingOrgId)) {
        throw userError("FORBIDDEN", "只有受理单位的管理员可以分配评审");
      }
      const reviewerIds = [...new Set(args.reviewerIds.map(String))];
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
