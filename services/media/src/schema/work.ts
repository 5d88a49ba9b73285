import { canDecide, canSeeUnpublishedOf, isPlatformAdmin } from "@kepu/auth";
import {
  keysetPage,
  loadSubmission,
  maySeeSubmission,
  requirePlace,
  scienceTopics,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { shanghaiToday, startOfShanghaiDay } from "@kepu/time";
import { builder, type Context } from "../builder.js";
import type { Asset, Prisma, Work, WorkPosting, WorkVersion } from "../generated/prisma/client.js";
import type { WorkStatus } from "../generated/prisma/enums.js";
import { AssetRef } from "./asset.js";
import { ActivityRef, CampaignRef, OrgRef } from "./refs.js";
import {
  WorkCreatorKindEnum,
  WorkCreatorRoleEnum,
  WorkEventActionEnum,
  WorkKindEnum,
  WorkLicenceEnum,
  WorkStatusEnum,
} from "./work-enums.js";
import { feedWhere, WorkFilterInput } from "./work-feed.js";

/** What a work shows: its current content, or its approved version. */
export type WorkContent = Pick<
  Work,
  | "kind"
  | "title"
  | "summary"
  | "body"
  | "creatorKind"
  | "creatorName"
  | "creatorRole"
  | "creatorOrgId"
  | "ownerOrgId"
  | "campaignId"
  | "activityId"
  | "topics"
  | "hashtags"
  | "licence"
  | "coverAssetId"
  | "fileAssetIds"
>;

/**
 * A work as one viewer sees it. Who may see its current content (its unit, whoever administers
 * it, those who decide on it once submitted: the one policy) sees that; everyone else sees the
 * approved version that is live, or nothing (issue 8 §3: an edit of an approved work is checked
 * again while the public keeps the approved version).
 */
export interface WorkView {
  id: string;
  status: WorkStatus;
  shown: WorkContent;
  publishedAt: Date | null;
  /** The row, when the viewer sees the current content (history, notes, pending changes). */
  row: Work | null;
}

/** The view of a work's current content, for a viewer already known to see it. */
export function viewOfRow(work: Work): WorkView {
  return { id: work.id, status: work.status, shown: work, publishedAt: work.publishedAt, row: work };
}

/** The view of a work row (with its live version) for this viewer, or null when they see nothing. */
export async function viewOfWork(ctx: Context, work: Work & { liveVersion: WorkVersion | null }) {
  if (await maySeeSubmission(ctx.viewer, ctx.directory, "WORK", work)) return viewOfRow(work);
  return work.liveVersion ? viewOfVersion(work.liveVersion) : null;
}

/** The public view of an approved version. */
export function viewOfVersion(version: WorkVersion): WorkView {
  return { id: version.workId, status: "PUBLISHED", shown: version, publishedAt: version.publishedAt, row: null };
}

/**
 * Whether the viewer may read a work's history and review notes: whoever would see it while it is
 * submitted (its unit, whoever administers it, those who decide on it), whatever its state now.
 */
export async function maySeeWorkHistory(ctx: Context, work: Work): Promise<boolean> {
  return maySeeSubmission(ctx.viewer, ctx.directory, "WORK", { ...work, status: "SUBMITTED" });
}

function assetsById(ctx: Context, ids: readonly string[]): Promise<(Asset | null)[]> {
  const loader = ctx.loaders.get("Asset", (keys) => ctx.db.asset.findMany({ where: { id: { in: [...keys] } } }));
  return Promise.all(ids.map((id) => loader.load(id)));
}

const WorkCreator = builder.objectRef<WorkContent>("WorkCreator").implement({
  description: "Who made a work: a person by a public display name (never an account), or a unit.",
  fields: (t) => ({
    kind: t.field({ type: WorkCreatorKindEnum, resolve: (c) => c.creatorKind }),
    displayName: t.string({ resolve: (c) => c.creatorName }),
    role: t.field({ type: WorkCreatorRoleEnum, nullable: true, resolve: (c) => c.creatorRole }),
    org: t.field({ type: OrgRef, nullable: true, resolve: (c) => (c.creatorOrgId ? { id: c.creatorOrgId } : null) }),
  }),
});

const WorkEventRef = builder.prismaObject("WorkEvent", {
  description: "One step in a work's history.",
  fields: (t) => ({
    id: t.exposeID("id"),
    action: t.expose("action", { type: WorkEventActionEnum }),
    actorName: t.exposeString("actorName"),
    note: t.exposeString("note", { nullable: true }),
    at: t.expose("at", { type: "DateTime" }),
  }),
});

export const WorkPlatformRef = builder.prismaObject("WorkPlatform", {
  description: "A platform works are posted on (科普中国, 抖音 …).",
  fields: (t) => ({
    key: t.exposeID("key"),
    nameZh: t.exposeString("nameZh"),
    nameEn: t.exposeString("nameEn"),
  }),
});

export const WorkPostingRef = builder.prismaObject("WorkPosting", {
  description: "Where a work was posted: platform, URL and time (public once the work is).",
  fields: (t) => ({
    id: t.exposeID("id"),
    platform: t.relation("platform"),
    url: t.exposeString("url"),
    postedAt: t.expose("postedAt", { type: "DateTime" }),
  }),
});

export const WorkRef = builder.objectRef<WorkView>("Work").implement({
  description:
    "科普作品 (千万IP创科普): a short video, article, image set, livestream replay, audio or VR work; the public sees its approved version.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: WorkKindEnum, resolve: (w) => w.shown.kind }),
    title: t.string({ resolve: (w) => w.shown.title }),
    summary: t.string({ resolve: (w) => w.shown.summary }),
    body: t.string({
      nullable: true,
      description: "An article's text as sanitized HTML (a small allow-list of text markup; safe to render).",
      resolve: (w) => w.shown.body,
    }),
    creator: t.field({ type: WorkCreator, resolve: (w) => w.shown }),
    topics: t.stringList({ resolve: (w) => w.shown.topics }),
    hashtags: t.stringList({ resolve: (w) => w.shown.hashtags }),
    licence: t.field({ type: WorkLicenceEnum, resolve: (w) => w.shown.licence }),
    status: t.field({
      type: WorkStatusEnum,
      description: "PUBLISHED for the public; its unit and reviewers see the state of the current content.",
      resolve: (w) => w.status,
    }),
    publishedAt: t.field({ type: "DateTime", nullable: true, resolve: (w) => w.publishedAt }),
    hasPendingChanges: t.boolean({
      description: "An edit of an approved work awaits review (the public still sees the approved version).",
      resolve: (w) => w.row !== null && w.row.liveVersionId !== null && w.row.status !== "PUBLISHED",
    }),
    reviewNote: t.string({
      nullable: true,
      description: "Why the last decision sent it back: for its unit and reviewers.",
      resolve: async (w, _args, ctx) =>
        w.row?.status === "REJECTED" && (await maySeeWorkHistory(ctx, w.row)) ? w.row.reviewNote : null,
    }),
    history: t.field({
      type: [WorkEventRef],
      description: "Every edit and decision, oldest first: for its unit and reviewers (empty for others).",
      resolve: async (w, _args, ctx) => {
        if (!w.row || !(await maySeeWorkHistory(ctx, w.row))) return [];
        return ctx.db.workEvent.findMany({ where: { workId: w.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
      },
    }),
    cover: t.field({
      type: AssetRef,
      nullable: true,
      resolve: async (w, _args, ctx) =>
        w.shown.coverAssetId ? ((await assetsById(ctx, [w.shown.coverAssetId]))[0] ?? null) : null,
    }),
    files: t.field({
      type: [AssetRef],
      description: "Videos, images or audio in order.",
      resolve: async (w, _args, ctx) =>
        (await assetsById(ctx, w.shown.fileAssetIds)).filter((a): a is Asset => a !== null),
    }),
    postings: t.field({
      type: [WorkPostingRef],
      resolve: (w, _args, ctx) =>
        ctx.loaders
          .getGrouped(
            "WorkPosting.workId",
            (posting: WorkPosting) => posting.workId,
            (ids) =>
              ctx.db.workPosting.findMany({
                where: { workId: { in: [...ids] } },
                orderBy: [{ postedAt: "asc" }, { id: "asc" }],
              }),
          )
          .load(w.id),
    }),
    // Nullable: a reference that no longer resolves fails soft (null and an error), not the page.
    owner: t.field({ type: OrgRef, nullable: true, resolve: (w) => ({ id: w.shown.ownerOrgId }) }),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (w) => ({ id: w.shown.campaignId }) }),
    activity: t.field({
      type: ActivityRef,
      nullable: true,
      resolve: (w) => (w.shown.activityId ? { id: w.shown.activityId } : null),
    }),
  }),
});

/** A work by id as the viewer sees it (null: no such work, or nothing of it to see). */
export async function loadWorkView(ctx: Context, id: string): Promise<WorkView | null> {
  const work = await ctx.loaders
    .get("Work", (ids) => ctx.db.work.findMany({ where: { id: { in: [...ids] } }, include: { liveVersion: true } }))
    .load(id);
  return work ? viewOfWork(ctx, work) : null;
}

builder.asEntity(WorkRef, {
  key: builder.selection<{ id: string }>("id"),
  resolveReference: ({ id }, ctx) => loadWorkView(ctx, id),
});

const versionPosition = (v: WorkVersion) => ({ at: v.publishedAt, id: v.id });
const workPosition = (w: Work) => ({ at: w.updatedAt, id: w.id });

/**
 * A page of live (approved) versions matching `where`, newest first, by keyset: what the public
 * feed, Org.works and any other public list of works read.
 */
async function liveVersionsPage(
  ctx: Context,
  args: { first?: number | null; after?: string | null },
  where: Prisma.WorkVersionWhereInput,
) {
  const page = await keysetPage(
    args,
    (after, take) =>
      ctx.db.workVersion.findMany({
        where: {
          AND: [
            { live: true },
            where,
            ...(after
              ? [{ OR: [{ publishedAt: { lt: after.at } }, { publishedAt: after.at, id: { gt: after.id } }] }]
              : []),
          ],
        },
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        take,
      }),
    versionPosition,
  );
  return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: viewOfVersion(edge.node) })) };
}

builder.queryFields((t) => ({
  work: t.field({
    type: WorkRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => loadWorkView(ctx, String(args.id)),
  }),
  works: t.connection({
    type: WorkRef,
    description:
      "The public feed: approved works, newest first, filtered by campaign (a national edition includes its regional ones), hashtag, topic, org (with its subtree), platform, activity or kind.",
    args: { filter: t.arg({ type: WorkFilterInput, required: false }) },
    resolve: (_root, args, ctx) => liveVersionsPage(ctx, args, feedWhere(args.filter ?? {})),
  }),
  myWorks: t.connection({
    type: WorkRef,
    description: "A unit's works in every state, last changed first: for its members and whoever administers it.",
    args: {
      orgId: t.arg.id({ required: true }),
      status: t.arg({ type: WorkStatusEnum, required: false }),
    },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const place = await requirePlace(ctx.directory, String(args.orgId));
      if (!canSeeUnpublishedOf(ctx.viewer, place)) throw userError("FORBIDDEN", "只能查看本单位或下级单位的作品");
      const page = await keysetPage(
        args,
        (after, take) =>
          ctx.db.work.findMany({
            where: {
              ownerOrgId: place.id,
              ...(args.status ? { status: args.status } : {}),
              ...(after
                ? { OR: [{ updatedAt: { lt: after.at } }, { updatedAt: after.at, id: { gt: after.id } }] }
                : {}),
            },
            orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
            take,
            include: { liveVersion: true },
          }),
        workPosition,
      );
      return {
        ...page,
        edges: page.edges.map((edge) => ({ ...edge, node: viewOfRow(edge.node) })),
      };
    },
  }),
  workPlatforms: t.prismaField({
    type: ["WorkPlatform"],
    description: "Platforms a posting may name, in the notice's order.",
    resolve: (query, _root, _args, ctx) =>
      ctx.db.workPlatform.findMany({ ...query, orderBy: [{ position: "asc" }, { key: "asc" }] }),
  }),
  workTopics: t.stringList({
    description: "Topics a work (or an activity) is filed under.",
    resolve: () => [...scienceTopics],
  }),
}));

builder.objectFields(OrgRef, (t) => ({
  works: t.connection({
    type: WorkRef,
    description: "Approved works this unit owns, newest first (its own editors use myWorks for every state).",
    resolve: (org, args, ctx) => liveVersionsPage(ctx, args, { ownerOrgId: org.id }),
  }),
}));

builder.objectFields(ActivityRef, (t) => ({
  works: t.field({
    type: [WorkRef],
    description: "Approved science works made for this activity, newest first.",
    resolve: async (activity, _args, ctx) => {
      // Every activity of the request in one query.
      const versions = await ctx.loaders
        .getGrouped(
          "WorkVersion.activityId",
          (version: WorkVersion) => version.activityId,
          (ids) =>
            ctx.db.workVersion.findMany({
              where: { live: true, activityId: { in: [...ids] } },
              orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
            }),
        )
        .load(activity.id);
      return versions.map(viewOfVersion);
    },
  }),
}));

const decidable = new WeakMap<object, Promise<Prisma.WorkWhereInput>>();

/**
 * The submitted works the viewer may approve or reject (the one policy's canDecide, per owner and
 * campaign: the level above the owner, the campaign's designated approver, platform admins), as a
 * filter; asked once per request. Places come fresh from the place-loader, so a unit moved in the
 * tree is judged where it is now.
 */
function decidableWorksWhere(ctx: Context): Promise<Prisma.WorkWhereInput> {
  let where = decidable.get(ctx);
  if (!where) {
    where = (async () => {
      if (ctx.viewer.kind !== "user") return { id: { in: [] } };
      if (isPlatformAdmin(ctx.viewer)) return { status: "SUBMITTED" };
      if (!ctx.viewer.memberships.some((m) => m.roles.includes("ORG_ADMIN"))) return { id: { in: [] } };
      const groups = await ctx.db.work.findMany({
        where: { status: "SUBMITTED" },
        distinct: ["ownerOrgId", "campaignId"],
        select: { ownerOrgId: true, campaignId: true },
      });
      const mine = (
        await Promise.all(
          groups.map(async (group) => {
            const item = await loadSubmission(ctx.directory, "WORK", { ...group, status: "SUBMITTED" });
            return item && canDecide(ctx.viewer, item) ? group : null;
          }),
        )
      ).filter((group) => group !== null);
      return mine.length ? { status: "SUBMITTED", OR: mine } : { id: { in: [] } };
    })();
    decidable.set(ctx, where);
  }
  return where;
}

const WorkModerationCounts = builder
  .objectRef<{ waiting: number; approvedToday: number; rejectedToday: number }>("WorkModerationCounts")
  .implement({
    fields: (t) => ({
      waiting: t.exposeInt("waiting", { description: "Submitted works waiting for the viewer's decision." }),
      approvedToday: t.exposeInt("approvedToday", { description: "Approved by the viewer today (Shanghai day)." }),
      rejectedToday: t.exposeInt("rejectedToday", {
        description: "Sent back or taken down by the viewer today (Shanghai day).",
      }),
    }),
  });

builder.queryFields((t) => ({
  workModerationQueue: t.connection({
    type: WorkRef,
    description:
      "Works waiting for the viewer's editorial check (意识形态把关) across its subtree and designated regions, oldest first.",
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const where = await decidableWorksWhere(ctx);
      const page = await keysetPage(
        args,
        (after, take) =>
          ctx.db.work.findMany({
            where: {
              AND: [
                where,
                ...(after
                  ? [{ OR: [{ updatedAt: { gt: after.at } }, { updatedAt: after.at, id: { gt: after.id } }] }]
                  : []),
              ],
            },
            orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
            take,
          }),
        workPosition,
      );
      return {
        ...page,
        edges: page.edges.map((edge) => ({ ...edge, node: viewOfRow(edge.node) })),
      };
    },
  }),
  workModerationCounts: t.field({
    type: WorkModerationCounts,
    resolve: async (_root, _args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const since = startOfShanghaiDay(shanghaiToday());
      const [waiting, approvedToday, rejectedToday] = await Promise.all([
        ctx.db.work.count({ where: await decidableWorksWhere(ctx) }),
        ctx.db.workEvent.count({ where: { actorId: ctx.viewer.userId, action: "APPROVED", at: { gte: since } } }),
        ctx.db.workEvent.count({
          where: { actorId: ctx.viewer.userId, action: { in: ["REJECTED", "TAKEN_DOWN"] }, at: { gte: since } },
        }),
      ]);
      return { waiting, approvedToday, rejectedToday };
    },
  }),
}));
