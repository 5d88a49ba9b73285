import { canSubmit, type OrgPlace, refusal, type SubmissionAction } from "@kepu/auth";
import {
  authorizeStep,
  inSubtreeOf,
  rejectionNoteSchema,
  requireCampaign,
  requirePlace,
  reviewColumns,
  unauthenticated,
  userError,
} from "@kepu/subgraph";
import { hashtagSchema, normalizedParagraphs, normalizedText } from "@kepu/text";
import { z } from "zod";
import { builder, type Context } from "../builder.js";
import { sanitizeWorkBody } from "../domain/work-body.js";
import {
  contentOfVersion,
  maxHashtags,
  maxTopics,
  submissionProblem,
  taggingProblem,
  workFileRules,
  workHashtags,
} from "../domain/work-content.js";
import { workLinkProblem } from "../domain/work-links.js";
import { attachFiles, releaseFiles, setPublicFiles } from "../files/attachments.js";
import type { Prisma, Work } from "../generated/prisma/client.js";
import type { WorkEventAction, WorkKind, WorkStatus } from "../generated/prisma/enums.js";
import { loadWorkView, viewOfWork, WorkRef, type WorkView } from "./work.js";
import { WorkCreatorKindEnum, WorkCreatorRoleEnum, WorkKindEnum, WorkLicenceEnum } from "./work-enums.js";

type Tx = Prisma.TransactionClient;

/** The one thing a work's files are attached to. */
const targetOf = (workId: string) => `work:${workId}`;

const WorkCreatorInput = builder.inputType("WorkCreatorInput", {
  fields: (t) => ({
    kind: t.field({ type: WorkCreatorKindEnum, required: true }),
    displayName: t.string({ required: true, description: "Shown to the public: a person's chosen name, or a unit's." }),
    role: t.field({ type: WorkCreatorRoleEnum, required: false, description: "For a person." }),
    orgId: t.id({ required: false, description: "For a unit: the owner or a unit below it." }),
  }),
});

const contentFields = {
  kind: z.string(),
  title: normalizedText(z.string().min(2, "标题至少2个字").max(100, "标题不能超过100个字")),
  summary: normalizedParagraphs(z.string().max(500, "简介不能超过500个字")),
  body: z.string().max(100_000, "正文过长（最多10万个字符）").nullish(),
  creator: z.looseObject({
    displayName: normalizedText(z.string().min(1, "请填写作者名称").max(50, "作者名称不能超过50个字")),
  }),
  topics: z.array(normalizedText(z.string())).max(maxTopics, `主题最多选${maxTopics}个`),
  hashtags: z.array(hashtagSchema).max(maxHashtags, `话题标签最多${maxHashtags}个`),
};

const WorkContentInput = builder.inputType("WorkContentInput", {
  description: "A work's content: what its unit writes and edits (owner and campaign are fixed at creation).",
  fields: (t) => ({
    kind: t.field({ type: WorkKindEnum, required: true }),
    title: t.string({ required: true }),
    summary: t.string({ required: true, description: "Up to 500 characters; at least 10 to submit." }),
    body: t.string({ required: false, description: "An article's rich text (HTML; sanitized on the server)." }),
    creator: t.field({ type: WorkCreatorInput, required: true }),
    activityId: t.id({
      required: false,
      description: "An activity of the same campaign hosted by the owner or below.",
    }),
    topics: t.stringList({ required: true, description: "Up to 3, from workTopics." }),
    hashtags: t.stringList({
      required: true,
      description: "Up to 10 with the campaign's own, which are always added.",
    }),
    licence: t.field({ type: WorkLicenceEnum, required: true }),
    coverAssetId: t.id({ required: false, description: "An uploaded WORK_COVER of the owner." }),
    fileAssetIds: t.idList({ required: true, description: "Uploaded videos, images or audio of the owner, in order." }),
  }),
  validate: z.looseObject(contentFields),
});

const CreateWorkInput = builder.inputType("CreateWorkInput", {
  fields: (t) => ({
    ownerOrgId: t.id({ required: true, description: "The unit the work belongs to (its editors may create it)." }),
    campaignId: t.id({ required: true }),
    content: t.field({ type: WorkContentInput, required: true }),
  }),
});

interface ContentInput {
  kind: WorkKind;
  title: string;
  summary: string;
  body?: string | null;
  creator: {
    kind: "PERSON" | "ORG";
    displayName: string;
    role?: "RESEARCHER" | "STUDENT" | "SCIENCE_COMMUNICATOR" | "OTHER" | null;
    orgId?: string | number | null;
  };
  activityId?: string | number | null;
  topics: string[];
  hashtags: string[];
  licence: Work["licence"];
  coverAssetId?: string | number | null;
  fileAssetIds: (string | number)[];
}

/**
 * Checks a work's content against what it names and derives what follows from them (issue 7's
 * "derive, never trust"): the activity must be the owner's (domain/work-links.ts), a creating unit
 * the owner or below it, topics from the one list, the campaign's hashtags added, the body
 * sanitized. Returns the columns to store; BAD_USER_INPUT with the field at fault otherwise.
 */
async function contentColumns(ctx: Context, owner: OrgPlace, campaignId: string, input: ContentInput) {
  const campaign = await requireCampaign(ctx.directory, campaignId);
  const activityId = input.activityId ? String(input.activityId) : null;
  const named = activityId ? await ctx.directory.activity(activityId) : undefined;
  const activity = named && { campaignId: named.campaignId, host: await requirePlace(ctx.directory, named.hostOrgId) };
  const linkProblem = workLinkProblem({
    campaign,
    owner,
    ...(activityId ? { activity: activity ?? null, activityId } : {}),
  });
  if (linkProblem) throw userError("BAD_USER_INPUT", linkProblem.message, { field: linkProblem.field });

  const creator = input.creator;
  let creatorOrgId: string | null = null;
  if (creator.kind === "ORG") {
    if (!creator.orgId) throw userError("BAD_USER_INPUT", "请选择创作单位", { field: "creator.orgId" });
    const place = await ctx.directory.place(String(creator.orgId));
    if (!place || !inSubtreeOf(place, owner.id)) {
      throw userError("BAD_USER_INPUT", "创作单位须为所属单位或其下级单位", { field: "creator.orgId" });
    }
    creatorOrgId = place.id;
  } else if (creator.orgId) {
    throw userError("BAD_USER_INPUT", "个人作者不能指定创作单位", { field: "creator.orgId" });
  }

  const topics = [...new Set(input.topics)];
  const hashtags = workHashtags(input.hashtags, campaign.hashtags);
  const tagging = taggingProblem(topics, hashtags);
  if (tagging) throw userError("BAD_USER_INPUT", tagging.message, { field: tagging.field });

  const rules = workFileRules[input.kind];
  const fileAssetIds = input.fileAssetIds.map(String);
  if (fileAssetIds.length > rules.max) {
    throw userError("BAD_USER_INPUT", `该类作品最多${rules.max}个文件`, { field: "fileAssetIds" });
  }
  const body = input.body ? sanitizeWorkBody(input.body) : null;
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary,
    body: body || null,
    creatorKind: creator.kind,
    creatorName: creator.displayName,
    creatorRole: creator.kind === "PERSON" ? (creator.role ?? "OTHER") : null,
    creatorOrgId,
    activityId,
    topics,
    hashtags,
    licence: input.licence,
    coverAssetId: input.coverAssetId ? String(input.coverAssetId) : null,
    fileAssetIds,
  };
}

/** Attaches the content's files to the work (and lets go of the ones it no longer uses). */
async function attachWorkFiles(
  tx: Tx,
  workId: string,
  ownerOrgId: string,
  content: { kind: WorkKind; coverAssetId: string | null; fileAssetIds: string[] },
  keep: readonly string[],
) {
  await attachFiles(
    tx,
    targetOf(workId),
    ownerOrgId,
    [
      { field: "coverAssetId", ids: content.coverAssetId ? [content.coverAssetId] : [], purposes: ["WORK_COVER"] },
      { field: "fileAssetIds", ids: content.fileAssetIds, purposes: workFileRules[content.kind].purposes },
    ],
    keep,
  );
}

/** The files a version shows (kept attached while it is live). */
const filesOf = (v: { coverAssetId: string | null; fileAssetIds: string[] } | null) =>
  v ? [...(v.coverAssetId ? [v.coverAssetId] : []), ...v.fileAssetIds] : [];

function recordEvent(tx: Tx, ctx: Context, workId: string, action: WorkEventAction, note?: string | null) {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  return tx.workEvent.create({
    data: { workId, action, actorId: ctx.viewer.userId, actorName: ctx.viewer.displayName, note: note ?? null },
  });
}

/** The work's current view after a change (the viewer just acted on it, so they see it). */
async function viewAfter(ctx: Context, id: string): Promise<WorkView> {
  const work = await ctx.db.work.findUnique({ where: { id }, include: { liveVersion: true } });
  const view = work && (await viewOfWork(ctx, work));
  if (!view) throw userError("NOT_FOUND", "未找到该作品");
  return view;
}

const conflict = () => userError("CONFLICT", "作品状态刚被他人修改，请刷新后重试");

builder.mutationFields((t) => ({
  createWork: t.field({
    type: WorkRef,
    description: "Creates a work as a draft for a unit (its editors and admins); submit it when complete.",
    args: { input: t.arg({ type: CreateWorkInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const owner = await requirePlace(ctx.directory, String(input.ownerOrgId));
      if (!canSubmit(ctx.viewer, { kind: "WORK", owner })) throw userError("FORBIDDEN", refusal("WORK", "SUBMIT"));
      const campaignId = String(input.campaignId);
      const content = await contentColumns(ctx, owner, campaignId, input.content as ContentInput);
      const viewerId = ctx.viewer.userId;
      const work = await ctx.db.$transaction(async (tx) => {
        const created = await tx.work.create({
          data: { ...content, ownerOrgId: owner.id, campaignId, status: "DRAFT", createdById: viewerId },
        });
        await attachWorkFiles(tx, created.id, owner.id, content, []);
        await recordEvent(tx, ctx, created.id, "CREATED");
        return created;
      });
      return viewAfter(ctx, work.id);
    },
  }),
  updateWork: t.field({
    type: WorkRef,
    description:
      "Edits a work's content (its unit's editors). An approved work goes back to review (SUBMITTED) while the public keeps its approved version.",
    args: { id: t.arg.id({ required: true }), content: t.arg({ type: WorkContentInput, required: true }) },
    resolve: async (_root, args, ctx) => {
      if (ctx.viewer.kind !== "user") throw unauthenticated();
      const id = String(args.id);
      const current = await ctx.db.work.findUnique({ where: { id }, include: { liveVersion: true } });
      const owner = current && (await ctx.directory.uncached().place(current.ownerOrgId));
      if (!current || !owner || !(await loadWorkView(ctx, id))?.row) throw userError("NOT_FOUND", "未找到该作品");
      if (!canSubmit(ctx.viewer, { kind: "WORK", owner }))
        throw userError("FORBIDDEN", "只有所属单位的编辑或管理员可以修改作品");
      const content = await contentColumns(ctx, owner, current.campaignId, args.content as ContentInput);
      const status: WorkStatus = current.status === "PUBLISHED" ? "SUBMITTED" : current.status;
      await ctx.db.$transaction(async (tx) => {
        const { count } = await tx.work.updateMany({
          where: { id, status: current.status, updatedAt: current.updatedAt },
          data: { ...content, status },
        });
        if (count !== 1) throw conflict();
        await attachWorkFiles(tx, id, owner.id, content, filesOf(current.liveVersion));
        await recordEvent(tx, ctx, id, "EDITED");
      });
      return viewAfter(ctx, id);
    },
  }),
  submitWork: t.field({
    type: WorkRef,
    description: "Sends a draft or a rejected work to the editorial check (意识形态把关) by the level above.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => moveWork(ctx, String(args.id), "SUBMIT"),
  }),
  withdrawWork: t.field({
    type: WorkRef,
    description:
      "Takes a submitted work back to draft; for an edit of an approved work, drops the edit (the work is its approved version again).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => moveWork(ctx, String(args.id), "WITHDRAW"),
  }),
  approveWork: t.field({
    type: WorkRef,
    description:
      "The editorial check passed: the level above the owner, or the campaign's designated approver. This content becomes the public version.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => moveWork(ctx, String(args.id), "APPROVE"),
  }),
  rejectWork: t.field({
    type: WorkRef,
    description: "Sends a submitted work back with a note (an approved version, if any, stays public).",
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true, validate: rejectionNoteSchema }) },
    resolve: (_root, args, ctx) => moveWork(ctx, String(args.id), "REJECT", args.note),
  }),
  takeDownWork: t.field({
    type: WorkRef,
    description:
      "Takes an approved work out of public view at once (every URL to its files stops), with a note; by those who approve.",
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true, validate: rejectionNoteSchema }) },
    resolve: (_root, args, ctx) => moveWork(ctx, String(args.id), "TAKE_DOWN", args.note),
  }),
}));

/**
 * Applies a workflow step the one policy allows (packages/auth submissions.ts), in one transaction
 * with its consequences, guarded against a concurrent change (CONFLICT):
 * - SUBMIT checks the content is complete for its kind (domain/work-content.ts);
 * - APPROVE writes the current content as the new live version (the owner's path and the edition
 *   derived now), makes exactly its files public and takes the old version's other files out of view;
 * - TAKE_DOWN ends the live version and takes every file out of view (URLs issued before stop);
 * - REJECT leaves an approved version public; WITHDRAW of an edit of an approved work drops the
 *   edit (the work is its approved version again, PUBLISHED), otherwise it returns to DRAFT.
 * A work with a live version is PUBLISHED to the policy for TAKE_DOWN whatever its current content's state.
 */
async function moveWork(ctx: Context, id: string, action: SubmissionAction, note?: string): Promise<WorkView> {
  if (ctx.viewer.kind !== "user") throw unauthenticated();
  const directory = ctx.directory.uncached();
  const current = await ctx.db.work.findUnique({ where: { id }, include: { liveVersion: true } });
  const asPolicySees =
    current && action === "TAKE_DOWN" && current.liveVersionId ? { ...current, status: "PUBLISHED" as const } : current;
  const step = await authorizeStep(ctx.viewer, directory, "WORK", asPolicySees, action);
  if (!current) throw userError("NOT_FOUND", "未找到该作品");
  if (action === "SUBMIT") {
    const problem = submissionProblem(current);
    if (problem) throw userError("BAD_USER_INPUT", problem.message, { field: problem.field });
  }
  const viewerId = ctx.viewer.userId;
  const eventAction: Record<SubmissionAction, WorkEventAction> = {
    SUBMIT: "SUBMITTED",
    WITHDRAW: "WITHDRAWN",
    APPROVE: "APPROVED",
    REJECT: "REJECTED",
    TAKE_DOWN: "TAKEN_DOWN",
  };
  await ctx.db.$transaction(async (tx) => {
    const guard = { id, updatedAt: current.updatedAt, liveVersionId: current.liveVersionId };
    const review = reviewColumns(action, viewerId, note);
    if (action === "APPROVE") {
      const campaign = await requireCampaign(directory, current.campaignId);
      const owner = step.item.owner;
      const now = new Date();
      const publishedAt = current.publishedAt ?? now;
      const { count } = await tx.work.updateMany({
        where: { ...guard, status: "SUBMITTED" },
        data: { status: "PUBLISHED", publishedAt, ...review },
      });
      if (count !== 1) throw conflict();
      await tx.workVersion.updateMany({ where: { workId: id, live: true }, data: { live: false } });
      const version = await tx.workVersion.create({
        data: {
          workId: id,
          live: true,
          kind: current.kind,
          title: current.title,
          summary: current.summary,
          body: current.body,
          creatorKind: current.creatorKind,
          creatorName: current.creatorName,
          creatorRole: current.creatorRole,
          creatorOrgId: current.creatorOrgId,
          ownerOrgId: current.ownerOrgId,
          ownerPath: [...owner.ancestorIds, owner.id],
          campaignId: current.campaignId,
          editionId: campaign.editionId,
          activityId: current.activityId,
          topics: current.topics,
          hashtags: current.hashtags,
          licence: current.licence,
          coverAssetId: current.coverAssetId,
          fileAssetIds: current.fileAssetIds,
          publishedAt,
          approvedAt: now,
          approvedById: viewerId,
        },
      });
      await tx.work.update({ where: { id }, data: { liveVersionId: version.id } });
      // The old version's files this one dropped leave view and return to expiry.
      await releaseFiles(tx, targetOf(id), filesOf(current));
      await setPublicFiles(tx, targetOf(id), filesOf(current));
    } else if (action === "TAKE_DOWN") {
      const { count } = await tx.work.updateMany({
        where: guard,
        data: { status: "REJECTED", liveVersionId: null, ...review },
      });
      if (count !== 1) throw conflict();
      await tx.workVersion.updateMany({ where: { workId: id, live: true }, data: { live: false } });
      await setPublicFiles(tx, targetOf(id), []);
      // Files only the ended version used (an edit had replaced them) return to expiry.
      await releaseFiles(tx, targetOf(id), filesOf(current));
    } else if (action === "WITHDRAW" && current.liveVersion) {
      // Withdrawing an edit of an approved work drops the edit: the work is its approved version
      // again (PUBLISHED, as last decided), and the files only the edit used return to expiry.
      const live = current.liveVersion;
      const { count } = await tx.work.updateMany({
        where: { ...guard, status: current.status },
        data: {
          ...contentOfVersion(live),
          status: "PUBLISHED",
          reviewNote: null,
          reviewedById: live.approvedById,
          reviewedAt: live.approvedAt,
        },
      });
      if (count !== 1) throw conflict();
      await releaseFiles(tx, targetOf(id), filesOf(live));
    } else {
      const { count } = await tx.work.updateMany({
        where: { ...guard, status: current.status },
        data: { status: step.to as WorkStatus, ...review },
      });
      if (count !== 1) throw conflict();
    }
    await recordEvent(tx, ctx, id, eventAction[action], note);
  });
  return viewAfter(ctx, id);
}
