import { randomUUID } from "node:crypto";
import { canSeeUnpublishedOf, canSubmit, refusal } from "@kepu/auth";
import {
  forbidden,
  inCampaignTerritory,
  maxPageSize,
  missingReference,
  requireCampaign,
  requirePlace,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { assetSetOf, noAssets, writingAssets } from "../assets/media-assets.js";
import { builder, type Context } from "../builder.js";
import { hintPublic } from "../discovery/cache-hints.js";
import { activityContentSchema, createActivityInputSchema } from "../domain/activity-input.js";
import { publicStatusOf } from "../domain/activity-status.js";
import { reportableStatuses } from "../domain/results.js";
import { type PlannedSession, sessionPlanOf } from "../domain/session-plan.js";
import type { Activity } from "../generated/prisma/client.js";
import {
  ActivityEventAction,
  ActivityForm,
  ActivityMode,
  ActivityStatus,
  Audience,
} from "../generated/prisma/enums.js";
import { hostPathOf } from "../lifecycle/clock.js";
import { contentColumns, fromPendingEdit, type PublicContentColumns } from "./activity-content.js";
import { CampaignRef } from "./campaign.js";
import { ActivityCategoryKindEnum } from "./category.js";
import { OrgRef } from "./org.js";
import { ActivitySessionInput, activitySessionsData } from "./session-input.js";
import { activityOrder, inCampaignWhere, maySeePrivate, mayShow, visibleActivitiesWhere } from "./visibility.js";

export const ActivityFormEnum = builder.enumType(ActivityForm, { name: "ActivityForm" });
export const ActivityModeEnum = builder.enumType(ActivityMode, { name: "ActivityMode" });
export const AudienceEnum = builder.enumType(Audience, { name: "Audience" });
export const ActivityStatusEnum = builder.enumType(ActivityStatus, {
  name: "ActivityStatus",
  description:
    "DRAFT → SUBMITTED → PUBLISHED (approval publishes) or REJECTED → FINISHED → REPORTED; CANCELLED. The public sees PUBLISHED while an edit of a published activity is in review.",
});

export const CoordinateSystemEnum = builder.enumType("CoordinateSystem", {
  description: "How a point is given: WGS84 (GPS) or GCJ02 (AMap, Tencent maps); stored in WGS-84.",
  values: ["WGS84", "GCJ02"] as const,
});

/** Org stubs for keys: the organizations subgraph resolves them. */
const orgStubs = (ids: readonly string[]) => ids.map((id) => ({ id }));

/** An edit of a listed activity waiting for review, as its unit and reviewers see it. */
/** An edit in review as its unit and reviewers see it: the content, and its session plan if any. */
export type ActivityEditView = PublicContentColumns & { sessionPlan: PlannedSession[] | null };

export const ActivityEditRef = builder.objectRef<ActivityEditView>("ActivityEdit").implement({
  description: "The content an edit of a published activity proposes; the public keeps the approved content meanwhile.",
  fields: (t) => ({
    title: t.exposeString("title"),
    summary: t.exposeString("summary"),
    category: t.prismaField({
      type: "ActivityCategory",
      nullable: true,
      resolve: (query, edit, _args, ctx) =>
        ctx.db.activityCategory.findUnique({ ...query, where: { id: edit.categoryId } }),
    }),
    programme: t.exposeString("programme", { nullable: true }),
    forms: t.field({ type: [ActivityFormEnum], resolve: (edit) => edit.forms }),
    mode: t.field({ type: ActivityModeEnum, resolve: (edit) => edit.mode }),
    topics: t.exposeStringList("topics"),
    audiences: t.field({ type: [AudienceEnum], resolve: (edit) => edit.audiences }),
    startsAt: t.field({ type: "DateTime", resolve: (edit) => edit.startsAt }),
    endsAt: t.field({ type: "DateTime", resolve: (edit) => edit.endsAt }),
    regionCode: t.exposeString("regionCode", { nullable: true }),
    venue: t.exposeString("venue", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    latitude: t.exposeFloat("latitude", { nullable: true }),
    longitude: t.exposeFloat("longitude", { nullable: true }),
    livestreamUrl: t.exposeString("livestreamUrl", { nullable: true }),
    coHosts: t.field({ type: [OrgRef], resolve: (edit) => orgStubs(edit.coHostOrgIds) }),
    coverAssetId: t.exposeID("coverAssetId", { nullable: true }),
  }),
});

const ActivityContactRef = builder
  .objectRef<{ name: string | null; phone: string | null; email: string | null }>("ActivityContact")
  .implement({
    description: "联系人: personal data for the host, whoever administers it and those who decide on it; never public.",
    fields: (t) => ({
      name: t.exposeString("name", { nullable: true }),
      phone: t.exposeString("phone", { nullable: true }),
      email: t.exposeString("email", { nullable: true }),
    }),
  });

const ActivityEventActionEnum = builder.enumType(ActivityEventAction, { name: "ActivityEventAction" });

const ActivityEventRef = builder.prismaObject("ActivityEvent", {
  description: "One step in an activity's history (audit): who, when, from which state to which.",
  fields: (t) => ({
    id: t.exposeID("id"),
    action: t.expose("action", { type: ActivityEventActionEnum }),
    fromStatus: t.expose("fromStatus", { type: ActivityStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: ActivityStatusEnum }),
    actorId: t.exposeID("actorId", { nullable: true, description: "The user who took the step; null for the system." }),
    note: t.exposeString("note", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

/** Resolves a field only for viewers who see the activity's workflow (maySeePrivate), else null. */
function privately<T>(read: (activity: Activity) => T) {
  return async (activity: Activity, _args: unknown, ctx: Context): Promise<T | null> =>
    (await maySeePrivate(ctx, activity)) ? read(activity) : null;
}

export const ActivityRef = builder.prismaObject("Activity", {
  description: "活动: one activity a unit puts on during an edition or a regional edition.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    summary: t.exposeString("summary"),
    category: t.relation("category", { description: "Its category, data of its campaign (or inherited)." }),
    categoryKind: t.expose("categoryKind", { type: ActivityCategoryKindEnum }),
    programme: t.exposeString("programme", { nullable: true, description: "Brand/programme, e.g. 科普中国·前沿讲坛." }),
    forms: t.expose("forms", { type: [ActivityFormEnum] }),
    mode: t.expose("mode", { type: ActivityModeEnum }),
    topics: t.exposeStringList("topics"),
    audiences: t.expose("audiences", { type: [AudienceEnum] }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    regionCode: t.exposeString("regionCode", { nullable: true, description: "GB/T 2260 code" }),
    venue: t.exposeString("venue", { nullable: true }),
    address: t.exposeString("address", { nullable: true, description: "Where the activity takes place." }),
    latitude: t.exposeFloat("latitude", { nullable: true, description: "WGS-84." }),
    longitude: t.exposeFloat("longitude", { nullable: true, description: "WGS-84." }),
    livestreamUrl: t.exposeString("livestreamUrl", { nullable: true, description: "Where to watch (online or both)." }),
    coverAssetId: t.exposeID("coverAssetId", {
      nullable: true,
      description: "The cover image (an ACTIVITY_COVER asset of the host), as approved; read it with asset(id).",
    }),
    status: t.field({
      type: ActivityStatusEnum,
      description:
        "The workflow state for its unit and reviewers; the public sees PUBLISHED while an edit awaits review.",
      resolve: async (activity, _args, ctx) =>
        !activity.listed || (await maySeePrivate(ctx, activity)) ? activity.status : publicStatusOf(activity.status),
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true, description: "Why it was cancelled (public)." }),
    hasPendingChanges: t.boolean({
      description: "An edit awaits review (the public still sees the approved content).",
      resolve: async (activity, _args, ctx) => activity.pendingEdit !== null && (await maySeePrivate(ctx, activity)),
    }),
    pendingEdit: t.field({
      type: ActivityEditRef,
      nullable: true,
      description: "The edit in review or sent back: for its unit and reviewers.",
      resolve: privately((activity) =>
        activity.pendingEdit === null
          ? null
          : { ...fromPendingEdit(activity.pendingEdit), sessionPlan: sessionPlanOf(activity.pendingEdit) },
      ),
    }),
    reviewNote: t.string({
      nullable: true,
      description: "Why the level above sent it back: for its unit and reviewers.",
      resolve: privately((activity) => (activity.status === "REJECTED" ? activity.reviewNote : null)),
    }),
    contact: t.field({
      type: ActivityContactRef,
      nullable: true,
      description: "Private contact (联系人): for its unit and reviewers only, never the public.",
      resolve: privately((activity) => ({
        name: activity.contactName,
        phone: activity.contactPhone,
        email: activity.contactEmail,
      })),
    }),
    history: t.field({
      type: [ActivityEventRef],
      description: "Every edit and step, oldest first: for its unit and reviewers (empty for others).",
      resolve: async (activity, _args, ctx) =>
        (await maySeePrivate(ctx, activity))
          ? ctx.db.activityEvent.findMany({
              where: { activityId: activity.id },
              orderBy: [{ at: "asc" }, { id: "asc" }],
            })
          : [],
    }),
    sessionsCount: t.exposeInt("sessionsCount", { nullable: true, description: "场次, reported after the activity." }),
    peopleServed: t.exposeInt("peopleServed", {
      nullable: true,
      description: "服务人次, reported after the activity.",
    }),
    // Stubs for the organizations subgraph: no call to it, no query here.
    // Nullable: a host or campaign that no longer resolves fails soft (null and an error), not the page.
    host: t.field({ type: OrgRef, nullable: true, resolve: (activity) => ({ id: activity.hostOrgId }) }),
    coHosts: t.field({
      type: [OrgRef],
      description: "联合主办单位.",
      resolve: (activity) => orgStubs(activity.coHostOrgIds),
    }),
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

builder.queryFields((t) => ({
  activity: t.prismaField({
    type: "Activity",
    nullable: true,
    args: { id: t.arg.id() },
    description:
      "Null when there is none or the viewer may not see it (never listed and not theirs). A listed activity's answer is cacheable for a minute (public when anonymous, private when signed in); anything else is no-store.",
    resolve: async (query, _root, args, ctx, info) => {
      const activity = await ctx.db.activity.findUnique({
        ...query,
        where: { id: String(args.id) },
      });
      if (!activity || !(await mayShow(ctx, activity))) return null;
      // What the public may list is the same page for every anonymous viewer; a draft or a submission
      // is shown only to its unit and its deciders, so it stays no-store.
      if (activity.listed) hintPublic(info, ctx.viewer.kind === "user");
      return activity;
    },
  }),
  activities: t.prismaConnection({
    type: "Activity",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "In programme order (start, then id). The public sees listed activities that are on.",
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
  myActivities: t.prismaConnection({
    type: "Activity",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description:
      "A unit's activities in every state, newest change first: for its members and whoever administers it (FORBIDDEN otherwise).",
    args: {
      orgId: t.arg.id(),
      status: t.arg({ type: ActivityStatusEnum, required: false }),
      campaignId: t.arg.id({ required: false }),
      reportable: t.arg.boolean({
        required: false,
        description:
          "true: only those that took place and have ended by the server's clock (published, finished or reported, every session over), most recently ended first: what 结果填报 lists. Their order does not move as they are reported, so paging stays whole.",
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const place = await requirePlace(ctx.directory.uncached(), String(args.orgId));
      if (!canSeeUnpublishedOf(ctx.viewer, place)) throw forbidden("只能查看本单位（或下级单位）的活动");
      const where = {
        hostOrgId: place.id,
        ...(args.status ? { status: args.status } : {}),
        ...(args.campaignId ? inCampaignWhere(String(args.campaignId)) : {}),
      };
      if (args.reportable) {
        return ctx.db.activity.findMany({
          ...query,
          where: {
            AND: [where, { status: { in: [...reportableStatuses] }, endsAt: { lte: new Date() } }],
          },
          orderBy: [{ endsAt: "desc" }, { id: "asc" }],
        });
      }
      return ctx.db.activity.findMany({ ...query, where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }] });
    },
  }),
}));

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;

/** The content fields every activity input shares (create, update, import). */
const contentInputFields = (t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, "InputObject">) => ({
  title: t.string({ required: true, description: "2–100 characters." }),
  summary: t.string({ required: true, description: "At most 2000 characters; at least 10 to submit." }),
  categoryId: t.id({ required: true, description: "One of activityCategories(campaignId)." }),
  programme: t.string({ required: false }),
  forms: t.field({ type: [ActivityFormEnum], required: true, description: "At least one." }),
  mode: t.field({ type: ActivityModeEnum, required: true }),
  topics: t.stringList({ required: false, defaultValue: [] }),
  audiences: t.field({ type: [AudienceEnum], required: false, defaultValue: [] }),
  regionCode: t.string({ required: false, description: "GB/T 2260 six-digit code, within the host's region." }),
  venue: t.string({ required: false, description: "Required to submit an offline or hybrid activity." }),
  address: t.string({ required: false, description: "Required to submit an offline or hybrid activity." }),
  latitude: t.float({ required: false, description: "−90 to 90, with longitude." }),
  longitude: t.float({ required: false, description: "−180 to 180, with latitude." }),
  coordinateSystem: t.field({
    type: CoordinateSystemEnum,
    required: false,
    defaultValue: "WGS84",
    description: "GCJ02 for a point picked on a Chinese map: converted to WGS-84 on the server.",
  }),
  livestreamUrl: t.string({
    required: false,
    description: "http(s); required to submit an online or hybrid activity.",
  }),
  coHostOrgIds: t.idList({
    required: false,
    defaultValue: [],
    description: "联合主办单位 (existing units, not the host).",
  }),
  coverAssetId: t.id({ required: false, description: "An uploaded ACTIVITY_COVER image of the host." }),
  contactName: t.string({ required: false, description: "Private contact, never public." }),
  contactPhone: t.string({ required: false, description: "Mobile or landline with area code." }),
  contactEmail: t.string({ required: false }),
});

export const CreateActivityInput = builder.inputType("CreateActivityInput", {
  fields: (t) => ({
    campaignId: t.id({
      description:
        "The campaign (edition or regional edition) it belongs to; its edition is derived from it, and a regional edition's activities are hosted inside its region.",
    }),
    hostOrgId: t.id({ description: "The unit that hosts it; the viewer must be its ORG_ADMIN or EDITOR." }),
    ...contentInputFields(t),
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
  }),
  validate: createActivityInputSchema,
});

export const ActivityContentInputRef = builder.inputType("ActivityContentInput", {
  description: "An activity's content as its unit edits it (campaign and host are fixed at creation).",
  fields: (t) => ({
    ...contentInputFields(t),
    sessions: t.field({
      type: [ActivitySessionInput],
      required: false,
      description:
        "New sessions (场次) replacing the old, for an activity the public has not seen (a draft or one sent back); the activity's time becomes their envelope. A published activity's sessions change through the session mutations.",
    }),
  }),
  validate: activityContentSchema,
});

/** Creating and editing are for whoever may submit for the host unit (shared submissions policy). */
export async function assertMayEdit(ctx: Context, hostOrgId: string) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const host = await requirePlace(ctx.directory.uncached(), hostOrgId);
  if (!canSubmit(ctx.viewer, { kind: "ACTIVITY", owner: host })) throw forbidden(refusal("ACTIVITY", "SUBMIT"));
  return host;
}

builder.mutationFields((t) => ({
  createActivity: t.prismaField({
    type: "Activity",
    description: "Drafts an activity for a unit (status DRAFT); the public sees it once approved.",
    args: { input: t.arg({ type: CreateActivityInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const host = await assertMayEdit(ctx, input.hostOrgId);
      const directory = ctx.directory.uncached();
      const campaign = await requireCampaign(directory, input.campaignId);
      if (!inCampaignTerritory(campaign, host)) {
        throw userError("BAD_USER_INPUT", "主办单位不在该地方科普日的地区范围内，请选择本地区的活动届次", {
          field: "hostOrgId",
        });
      }
      const columns = await contentColumns(ctx, directory, campaign, host, input);
      const actorId = ctx.viewer.kind === "user" ? ctx.viewer.userId : null;
      const sessions = activitySessionsData(input);
      // With a cover, the id is chosen first: media attaches the file to it before the row is written.
      const id = columns.coverAssetId ? randomUUID() : undefined;
      const files = assetSetOf({ coverAssetId: columns.coverAssetId, resultPhotoAssetIds: [] });
      return writingAssets(ctx.media, { id: id ?? "", hostOrgId: host.id }, noAssets, files, ctx.authorization, () =>
        ctx.db.activity.create({
          ...query,
          data: {
            ...(id ? { id } : {}),
            campaignId: campaign.id,
            editionId: campaign.editionId,
            hostOrgId: host.id,
            hostPath: hostPathOf(host),
            ...columns,
            ...sessions,
            status: "DRAFT",
            createdById: actorId,
            events: { create: { action: "CREATE", toStatus: "DRAFT", actorId } },
          },
        }),
      );
    },
  }),
}));
