import { canManageTrailOf, canSeeDraftTrailsOf, canShowCheckInCodeAt } from "@kepu/auth";
import {
  forbidden,
  inCampaignTerritory,
  maxPageSize,
  requireCampaign,
  requirePlace,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { hintPublic } from "../discovery/cache-hints.js";
import { checkInLink, currentCode } from "../domain/check-in-code.js";
import { createTrailInputSchema, progressOf, trailContentSchema } from "../domain/trail.js";
import type { Trail } from "../generated/prisma/client.js";
import { TrailStatus } from "../generated/prisma/enums.js";
import { checkIn } from "../trails/check-in.js";
import { checkStopActivities, replaceStops } from "../trails/stops.js";
import { ActivityRef } from "./activity.js";
import { CampaignRef } from "./campaign.js";
import { OrgRef } from "./org.js";
import { mayShow } from "./visibility.js";

export const TrailStatusEnum = builder.enumType(TrailStatus, {
  name: "TrailStatus",
  description: "DRAFT: only its unit sees it; PUBLISHED: public, people check in.",
});

/** Whether the viewer may see a trail: the public sees published ones; its unit sees drafts too. */
async function maySeeTrail(ctx: Context, trail: { status: TrailStatus; hostOrgId: string }): Promise<boolean> {
  if (trail.status === "PUBLISHED") return true;
  if (ctx.viewer.kind !== "user") return false;
  const host = await ctx.directory.place(trail.hostOrgId);
  return host !== null && canSeeDraftTrailsOf(ctx.viewer, host);
}

/** The trail's host, when the viewer may manage its trails (current places: for writes); else FORBIDDEN. */
async function assertMayManage(ctx: Context, hostOrgId: string) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const host = await requirePlace(ctx.directory.uncached(), hostOrgId);
  if (!canManageTrailOf(ctx.viewer, host)) throw forbidden("只有主办单位的编辑和管理员可以管理该打卡路线");
  return host;
}

/** The trail (any status) for a write by someone who may manage it; NOT_FOUND for others who may not see it. */
async function trailForManager(ctx: Context, trailId: string): Promise<Trail> {
  const trail = await ctx.db.trail.findUnique({ where: { id: trailId } });
  if (!trail || !(await maySeeTrail(ctx, trail))) throw userError("NOT_FOUND", "未找到该打卡路线", { field: "id" });
  await assertMayManage(ctx, trail.hostOrgId);
  return trail;
}

const stopPlaceSelect = {
  title: true,
  venue: true,
  address: true,
  latitude: true,
  longitude: true,
  activity: { select: { title: true, venue: true, address: true, latitude: true, longitude: true, listed: true } },
} as const;

type StopPlace = {
  title: string | null;
  venue: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  activity: {
    title: string;
    venue: string | null;
    address: string | null;
    latitude: number | null;
    longitude: number | null;
    listed: boolean;
  } | null;
};

/** An activity stop shows its activity's approved title and place while the public may see it. */
function placeOf(stop: StopPlace) {
  if (!stop.activity) return stop;
  return stop.activity.listed
    ? { ...stop.activity }
    : { title: null, venue: null, address: null, latitude: null, longitude: null };
}

export const TrailStopRef = builder.prismaObject("TrailStop", {
  description:
    "A stop of a check-in trail: a published activity or a venue. Its check-in code is shown at the venue only (trailStopCode).",
  fields: (t) => ({
    id: t.exposeID("id"),
    position: t.exposeInt("position", { description: "1 for the first stop in the trail's order." }),
    title: t.string({
      nullable: true,
      description:
        "The activity's title for an activity stop (null while the public may not see it), else the venue stop's name.",
      select: stopPlaceSelect,
      resolve: (stop) => placeOf(stop).title,
    }),
    venue: t.string({ nullable: true, select: stopPlaceSelect, resolve: (stop) => placeOf(stop).venue }),
    address: t.string({ nullable: true, select: stopPlaceSelect, resolve: (stop) => placeOf(stop).address }),
    latitude: t.float({
      nullable: true,
      description: "WGS-84.",
      select: stopPlaceSelect,
      resolve: (stop) => placeOf(stop).latitude,
    }),
    longitude: t.float({
      nullable: true,
      description: "WGS-84.",
      select: stopPlaceSelect,
      resolve: (stop) => placeOf(stop).longitude,
    }),
    activity: t.prismaField({
      type: "Activity",
      nullable: true,
      description: "The activity of an activity stop (null for a venue stop, or while the viewer may not see it).",
      select: { activityId: true },
      resolve: async (query, stop, _args, ctx) => {
        if (!stop.activityId) return null;
        const activity = await ctx.db.activity.findUnique({ ...query, where: { id: stop.activityId } });
        return activity && (await mayShow(ctx, activity)) ? activity : null;
      },
    }),
  }),
});

export const TrailRef = builder.prismaObject("Trail", {
  description: "联动打卡路线: an ordered set of stops in a campaign, hosted by a unit. No personal data.",
  fields: (t) => ({
    id: t.exposeID("id"),
    title: t.exposeString("title"),
    summary: t.exposeString("summary"),
    status: t.expose("status", { type: TrailStatusEnum }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    stops: t.relation("stops", {
      description: "In the trail's order.",
      query: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    }),
    stopCount: t.relationCount("stops"),
    host: t.field({ type: OrgRef, nullable: true, resolve: (trail) => ({ id: trail.hostOrgId }) }),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (trail) => ({ id: trail.campaignId }) }),
    viewerCanManage: t.boolean({
      description: "Whether the viewer may edit, publish and withdraw it (and so show its stops' codes).",
      resolve: async (trail, _args, ctx) => {
        if (ctx.viewer.kind !== "user") return false;
        const host = await ctx.directory.place(trail.hostOrgId);
        return host !== null && canManageTrailOf(ctx.viewer, host);
      },
    }),
  }),
});

interface StopCode {
  stopId: string;
  code: string;
  validFrom: Date;
  rotatesAt: Date;
  stepSeconds: number;
  checkInUrl: string;
}

const TrailStopCodeRef = builder.objectRef<StopCode>("TrailStopCode").implement({
  description: "The code shown at a stop now (the venue screen); it rotates every stepSeconds.",
  fields: (t) => ({
    stopId: t.exposeID("stopId"),
    code: t.exposeString("code", { description: "6 digits; accepted in its window and the next, never later." }),
    validFrom: t.expose("validFrom", { type: "DateTime" }),
    rotatesAt: t.expose("rotatesAt", { type: "DateTime", description: "When the screen shows the next code." }),
    stepSeconds: t.exposeInt("stepSeconds"),
    checkInUrl: t.exposeString("checkInUrl", {
      description: "The public check-in page with this stop and code filled in (a QR code's payload).",
    }),
  }),
});

interface StopProgress {
  stopId: string;
  checkedInAt: Date | null;
}
interface Progress {
  trailId: string;
  stops: StopProgress[];
  done: number;
  total: number;
  nextStopId: string | null;
  completedAt: Date | null;
}

const TrailStopProgressRef = builder.objectRef<StopProgress>("TrailStopProgress").implement({
  fields: (t) => ({
    stop: t.prismaField({
      type: "TrailStop",
      resolve: (query, row, _args, ctx) => ctx.db.trailStop.findUniqueOrThrow({ ...query, where: { id: row.stopId } }),
    }),
    checkedInAt: t.expose("checkedInAt", { type: "DateTime", nullable: true }),
  }),
});

const TrailProgressRef = builder.objectRef<Progress>("TrailProgress").implement({
  description:
    "The viewer's own progress on a trail: stops may be done in any order; complete when every stop is done (completedAt is written once).",
  fields: (t) => ({
    trail: t.prismaField({
      type: "Trail",
      resolve: (query, progress, _args, ctx) =>
        ctx.db.trail.findUniqueOrThrow({ ...query, where: { id: progress.trailId } }),
    }),
    stops: t.field({
      type: [TrailStopProgressRef],
      description: "Every stop in order, with when the viewer checked in.",
      resolve: (p) => p.stops,
    }),
    done: t.exposeInt("done"),
    total: t.exposeInt("total"),
    completed: t.boolean({ resolve: (progress) => progress.completedAt !== null }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    nextStop: t.prismaField({
      type: "TrailStop",
      nullable: true,
      description: "The first stop in order not yet done.",
      resolve: (query, progress, _args, ctx) =>
        progress.nextStopId ? ctx.db.trailStop.findUnique({ ...query, where: { id: progress.nextStopId } }) : null,
    }),
  }),
});

/** The viewer's progress on a trail, read from their check-ins and progress row. */
async function progressFor(ctx: Context, trailId: string, userId: string): Promise<Progress> {
  const [stops, checkIns, progress] = await Promise.all([
    ctx.db.trailStop.findMany({
      where: { trailId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    }),
    ctx.db.trailCheckIn.findMany({ where: { trailId, userId }, select: { stopId: true, at: true } }),
    ctx.db.trailProgress.findUnique({ where: { trailId_userId: { trailId, userId } }, select: { completedAt: true } }),
  ]);
  const at = new Map(checkIns.map((row) => [row.stopId, row.at]));
  const summary = progressOf(
    stops.map((stop) => stop.id),
    new Set(at.keys()),
  );
  return {
    trailId,
    stops: stops.map((stop) => ({ stopId: stop.id, checkedInAt: at.get(stop.id) ?? null })),
    ...summary,
    completedAt: progress?.completedAt ?? null,
  };
}

interface CheckInResult {
  stopId: string;
  at: Date;
  alreadyCheckedIn: boolean;
  progress: Progress;
}

const CheckInResultRef = builder.objectRef<CheckInResult>("CheckInResult").implement({
  fields: (t) => ({
    stop: t.prismaField({
      type: "TrailStop",
      resolve: (query, result, _args, ctx) =>
        ctx.db.trailStop.findUniqueOrThrow({ ...query, where: { id: result.stopId } }),
    }),
    at: t.expose("at", { type: "DateTime", description: "When the viewer checked in here (the first time)." }),
    alreadyCheckedIn: t.exposeBoolean("alreadyCheckedIn", {
      description: "Checked in here before: nothing new written.",
    }),
    progress: t.field({ type: TrailProgressRef, resolve: (result) => result.progress }),
  }),
});

/** Published trails of a campaign: a national edition includes its regional editions' trails. */
const publishedInCampaign = (campaignId: string) => ({
  status: "PUBLISHED" as const,
  OR: [{ campaignId }, { editionId: campaignId }],
});

builder.queryFields((t) => ({
  trails: t.prismaConnection({
    type: "Trail",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description:
      "Published check-in trails of a campaign, newest first; a national edition includes its regional ones. Cacheable for a minute (public when anonymous, private when signed in).",
    args: { campaignId: t.arg.id() },
    resolve: (query, _root, args, ctx, info) => {
      hintPublic(info, ctx.viewer.kind === "user");
      return ctx.db.trail.findMany({
        ...query,
        where: publishedInCampaign(String(args.campaignId)),
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      });
    },
  }),
  trail: t.prismaField({
    type: "Trail",
    nullable: true,
    args: { id: t.arg.id() },
    description: "A published trail, or a draft for its unit; null otherwise.",
    resolve: async (query, _root, args, ctx) => {
      const trail = await ctx.db.trail.findUnique({ ...query, where: { id: String(args.id) } });
      return trail && (await maySeeTrail(ctx, trail)) ? trail : null;
    },
  }),
  myTrails: t.prismaConnection({
    type: "Trail",
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 20,
    description: "A unit's trails in every state, newest change first: for its members and whoever administers it.",
    args: { orgId: t.arg.id(), campaignId: t.arg.id({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const host = await requirePlace(ctx.directory, String(args.orgId));
      if (!canSeeDraftTrailsOf(ctx.viewer, host)) throw forbidden("只能查看本单位（或下级单位）的打卡路线");
      return ctx.db.trail.findMany({
        ...query,
        where: { hostOrgId: host.id, ...(args.campaignId ? { campaignId: String(args.campaignId) } : {}) },
        orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      });
    },
  }),
  trailStopCode: t.field({
    type: TrailStopCodeRef,
    description:
      "The stop's check-in code now, for the venue screen: for the members of the unit hosting the trail or the stop's activity (FORBIDDEN otherwise). Ask again at rotatesAt.",
    args: { stopId: t.arg.id() },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const stop = await ctx.db.trailStop.findUnique({
        where: { id: String(args.stopId) },
        select: {
          id: true,
          trailId: true,
          secret: true,
          trail: { select: { hostOrgId: true, status: true } },
          activity: { select: { hostOrgId: true } },
        },
      });
      if (!stop) throw userError("NOT_FOUND", "未找到该打卡站点", { field: "stopId" });
      const [trailHost, activityHost] = await Promise.all([
        requirePlace(ctx.directory, stop.trail.hostOrgId),
        stop.activity ? ctx.directory.place(stop.activity.hostOrgId) : null,
      ]);
      const trailPublished = stop.trail.status === "PUBLISHED";
      if (!canShowCheckInCodeAt(ctx.viewer, { trailHost, activityHost, trailPublished })) {
        throw forbidden("只有路线或站点主办单位的成员可以查看打卡码");
      }
      const now = currentCode(stop.secret, new Date());
      return { stopId: stop.id, ...now, checkInUrl: checkInLink(ctx.webUrl, stop.trailId, stop.id, now.code) };
    },
  }),
  myTrailProgress: t.field({
    type: TrailProgressRef,
    nullable: true,
    description:
      "The viewer's own progress on a trail they may see (UNAUTHENTICATED for the public; null for an unknown trail).",
    args: { trailId: t.arg.id() },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const trail = await ctx.db.trail.findUnique({ where: { id: String(args.trailId) } });
      if (!trail || !(await maySeeTrail(ctx, trail))) return null;
      return progressFor(ctx, trail.id, ctx.viewer.userId);
    },
  }),
}));

builder.prismaObjectFields(ActivityRef, (t) => ({
  trailStops: t.relatedConnection("trailStops", {
    cursor: "id",
    maxSize: maxPageSize,
    defaultSize: 10,
    description: "Stops of published check-in trails at this activity (the trail is stop.trail).",
    query: { where: { trail: { status: "PUBLISHED" } }, orderBy: [{ id: "asc" }] },
  }),
}));

builder.prismaObjectFields(TrailStopRef, (t) => ({
  trail: t.relation("trail", {
    nullable: true,
    description: "The stop's trail; null when the viewer may not see it (a draft, outside its unit).",
    resolve: async (query, stop, _args, ctx) => {
      const trail = await ctx.db.trail.findUnique({ ...query, where: { id: stop.trailId } });
      return trail && (await maySeeTrail(ctx, trail)) ? trail : null;
    },
  }),
}));

const TrailStopInput = builder.inputType("TrailStopInput", {
  description: "A stop: an activity (activityId), or a venue by name and place. `id` keeps an existing stop.",
  fields: (t) => ({
    id: t.id({ required: false, description: "An existing stop of the trail, kept with its check-ins." }),
    activityId: t.id({
      required: false,
      description: "A published activity of the trail's campaign or its regional editions.",
    }),
    title: t.string({ required: false, description: "A venue stop's name (2–100 characters)." }),
    venue: t.string({ required: false }),
    address: t.string({ required: false }),
    latitude: t.float({ required: false, description: "WGS-84, with longitude." }),
    longitude: t.float({ required: false, description: "WGS-84, with latitude." }),
  }),
});

const CreateTrailInput = builder.inputType("CreateTrailInput", {
  fields: (t) => ({
    campaignId: t.id({ description: "The campaign (edition or regional edition) it belongs to." }),
    hostOrgId: t.id({ description: "The unit whose editors manage it; within the campaign's region." }),
    title: t.string({ description: "2–100 characters." }),
    summary: t.string({ description: "At most 2000 characters." }),
    stops: t.field({ type: [TrailStopInput], description: "1–30 stops, in order." }),
  }),
  validate: createTrailInputSchema,
});

const TrailContentInput = builder.inputType("TrailContentInput", {
  fields: (t) => ({
    title: t.string({ description: "2–100 characters." }),
    summary: t.string({ description: "At most 2000 characters." }),
    stops: t.field({ type: [TrailStopInput], description: "1–30 stops, in order; stops left out are removed." }),
  }),
  validate: trailContentSchema,
});

builder.mutationFields((t) => ({
  createTrail: t.prismaField({
    type: "Trail",
    description: "Drafts a check-in trail for a unit (DRAFT): its editors and whoever administers it.",
    args: { input: t.arg({ type: CreateTrailInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const host = await assertMayManage(ctx, input.hostOrgId);
      const campaign = await requireCampaign(ctx.directory.uncached(), input.campaignId);
      if (!inCampaignTerritory(campaign, host)) {
        throw userError("BAD_USER_INPUT", "主办单位不在该地方科普日的地区范围内", { field: "hostOrgId" });
      }
      await checkStopActivities(ctx, { campaignId: campaign.id, hostOrgId: host.id }, input.stops);
      const created = await ctx.db.$transaction(async (tx) => {
        const trail = await tx.trail.create({
          data: {
            campaignId: campaign.id,
            editionId: campaign.editionId,
            hostOrgId: host.id,
            title: input.title,
            summary: input.summary,
            createdById: ctx.viewer.kind === "user" ? ctx.viewer.userId : null,
          },
        });
        await replaceStops(tx, trail.id, input.stops);
        return trail;
      });
      return ctx.db.trail.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateTrail: t.prismaField({
    type: "Trail",
    description: "Edits a trail's title, summary and stops (kept stops keep their check-ins and codes).",
    args: { id: t.arg.id(), input: t.arg({ type: TrailContentInput }) },
    resolve: async (query, _root, args, ctx) => {
      const trail = await trailForManager(ctx, String(args.id));
      await checkStopActivities(ctx, trail, args.input.stops);
      await ctx.db.$transaction(async (tx) => {
        await tx.trail.update({
          where: { id: trail.id },
          data: { title: args.input.title, summary: args.input.summary },
        });
        await replaceStops(tx, trail.id, args.input.stops);
      });
      return ctx.db.trail.findUniqueOrThrow({ ...query, where: { id: trail.id } });
    },
  }),
  publishTrail: t.prismaField({
    type: "Trail",
    description:
      "Publishes a trail: the public sees it and people may check in. Its activities must still be published.",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const trail = await trailForManager(ctx, String(args.id));
      const stops = await ctx.db.trailStop.findMany({ where: { trailId: trail.id }, orderBy: { position: "asc" } });
      await checkStopActivities(ctx, trail, stops);
      return ctx.db.trail.update({
        ...query,
        where: { id: trail.id },
        data: { status: "PUBLISHED", publishedAt: trail.publishedAt ?? new Date() },
      });
    },
  }),
  unpublishTrail: t.prismaField({
    type: "Trail",
    description: "Takes a trail back to DRAFT: out of public view, no check-ins; check-ins made stay.",
    args: { id: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const trail = await trailForManager(ctx, String(args.id));
      return ctx.db.trail.update({ ...query, where: { id: trail.id }, data: { status: "DRAFT" } });
    },
  }),
  checkIn: t.field({
    type: CheckInResultRef,
    description:
      "Checks the signed-in person in at a stop with the code shown there now. Refused for a wrong or expired code, an unpublished trail, outside the stop's activity's time, or after too many attempts.",
    args: {
      stopId: t.arg.id(),
      code: t.arg.string({
        validate: z.string().max(32, "打卡码过长"),
        description: "The 6 digits shown at the venue.",
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated("请先登录再打卡");
      const outcome = await checkIn(ctx.db, String(args.stopId), ctx.viewer.userId, args.code);
      return {
        stopId: outcome.checkIn.stopId,
        at: outcome.checkIn.at,
        alreadyCheckedIn: outcome.alreadyCheckedIn,
        progress: await progressFor(ctx, outcome.checkIn.trailId, ctx.viewer.userId),
      };
    },
  }),
}));
