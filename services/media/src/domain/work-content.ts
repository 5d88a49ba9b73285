import { isScienceTopic, scienceTopics } from "@kepu/subgraph";
import type { AssetPurpose, WorkKind } from "../generated/prisma/enums.js";
import { bodyText } from "./work-body.js";

/** A problem with a work's content: the input field at fault and a zh-CN message. */
export interface WorkProblem {
  field: string;
  message: string;
}

/** Most hashtags a work carries (the campaign's included): enough for a topic and its variants. */
export const maxHashtags = 10;
/** Most topics a work is filed under. */
export const maxTopics = 3;

/**
 * The files each kind of work takes (issue 8 §2; DOMAIN.md "Content"): purposes, and how many are
 * needed to submit (`min`) and allowed at all (`max`). An article's body is its content; its images
 * are optional.
 */
export const workFileRules: Record<WorkKind, { purposes: readonly AssetPurpose[]; min: number; max: number }> = {
  SHORT_VIDEO: { purposes: ["WORK_VIDEO"], min: 1, max: 1 },
  LIVESTREAM_REPLAY: { purposes: ["WORK_VIDEO"], min: 1, max: 1 },
  VR: { purposes: ["WORK_VIDEO", "WORK_IMAGE"], min: 1, max: 10 },
  AUDIO: { purposes: ["WORK_AUDIO"], min: 1, max: 1 },
  IMAGE_SET: { purposes: ["WORK_IMAGE"], min: 1, max: 30 },
  ARTICLE: { purposes: ["WORK_IMAGE"], min: 0, max: 30 },
};

/** Shortest article body to submit, in characters of text. */
export const minArticleChars = 50;

/**
 * The hashtags to store: the campaign's own first (always carried, issue 8 §2: "the campaign sets
 * defaults"), then the given ones, each once. Inputs are already normalized (`#话题#`).
 */
export function workHashtags(given: readonly string[], campaignHashtags: readonly string[]): string[] {
  return [...new Set([...campaignHashtags, ...given])];
}

/** What is wrong with the topics and hashtags (after the campaign's are added), or null. */
export function taggingProblem(topics: readonly string[], hashtags: readonly string[]): WorkProblem | null {
  const unknown = topics.find((topic) => !isScienceTopic(topic));
  if (unknown !== undefined) {
    return { field: "topics", message: `未知的主题“${unknown}”，可选：${scienceTopics.join("、")}` };
  }
  if (new Set(topics).size > maxTopics) return { field: "topics", message: `主题最多选${maxTopics}个` };
  if (hashtags.length > maxHashtags) {
    return { field: "hashtags", message: `话题标签最多${maxHashtags}个（含活动届次的默认标签）` };
  }
  return null;
}

/** A file as the rules see it: its purpose and whether it finished uploading. */
export interface WorkFileFacts {
  id: string;
  purpose: AssetPurpose;
}

/**
 * What keeps a work from being submitted (its content complete for its kind), or null: the files
 * its kind needs, a cover for anything but an article, an article's body.
 */
export function submissionProblem(work: {
  kind: WorkKind;
  fileAssetIds: readonly string[];
  coverAssetId: string | null;
  body: string | null;
  summary: string;
}): WorkProblem | null {
  const rule = workFileRules[work.kind];
  if (work.fileAssetIds.length < rule.min) {
    return { field: "fileAssetIds", message: `提交前请上传作品文件（至少${rule.min}个）` };
  }
  if (work.kind === "ARTICLE" && bodyText(work.body ?? "").length < minArticleChars) {
    return { field: "body", message: `文章正文至少${minArticleChars}个字` };
  }
  if (work.kind !== "ARTICLE" && !work.coverAssetId) return { field: "coverAssetId", message: "提交前请上传封面" };
  if (work.summary.length < 10) return { field: "summary", message: "提交前请填写简介（至少10个字）" };
  return null;
}

/** A work's editable content, as its columns (the same on `Work` and on an approved `WorkVersion`). */
export interface WorkContentColumns {
  kind: WorkKind;
  title: string;
  summary: string;
  body: string | null;
  creatorKind: "PERSON" | "ORG";
  creatorName: string;
  creatorRole: "RESEARCHER" | "STUDENT" | "SCIENCE_COMMUNICATOR" | "OTHER" | null;
  creatorOrgId: string | null;
  activityId: string | null;
  topics: string[];
  hashtags: string[];
  licence: "ALL_RIGHTS_RESERVED" | "CC_BY" | "CC_BY_SA" | "CC_BY_NC" | "CC_BY_NC_SA" | "CC_BY_NC_ND";
  coverAssetId: string | null;
  fileAssetIds: string[];
}

/**
 * The content an approved version holds, to put back on its work when the unit withdraws an edit
 * of it (issue 8 §3: withdrawing an edit of an approved work drops the edit, and the work is its
 * approved version again, PUBLISHED). Owner and campaign never change, so they are not copied.
 */
export function contentOfVersion(version: WorkContentColumns): WorkContentColumns {
  return {
    kind: version.kind,
    title: version.title,
    summary: version.summary,
    body: version.body,
    creatorKind: version.creatorKind,
    creatorName: version.creatorName,
    creatorRole: version.creatorRole,
    creatorOrgId: version.creatorOrgId,
    activityId: version.activityId,
    topics: [...version.topics],
    hashtags: [...version.hashtags],
    licence: version.licence,
    coverAssetId: version.coverAssetId,
    fileAssetIds: [...version.fileAssetIds],
  };
}
