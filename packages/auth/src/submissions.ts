import {
  type ApproverDesignation,
  administers,
  canApproveFor,
  canEditFor,
  canSeeContactsOf,
  canSeeUnpublishedOf,
  type OrgPlace,
} from "./policy.js";
import type { Viewer } from "./viewer.js";

/**
 * One policy for everything a unit submits and someone decides on (issue 7 §2, §8): activities,
 * works and nominations today; summaries and registrations join by adding a row to
 * `submissionKinds`. Every service asks these functions, fed with places by the one place-loader
 * (`loadSubmission` in @kepu/subgraph), instead of keeping rules of its own.
 *
 * The workflow, one vocabulary for every kind:
 *
 *   DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED (a decision, not public) or PUBLISHED (public)
 *     ▲                 │    └──reject───▶ REJECTED ──submit──▶ SUBMITTED
 *     └────withdraw─────┘
 *
 * Activities go further (issue 9 §2): a published one is FINISHED after it ends, REPORTED once its
 * results are in, and can be CANCELLED before it ends (lifecycle actions, allowed per kind):
 *
 *   PUBLISHED ──finish──▶ FINISHED ──report──▶ REPORTED ⟲ report (a correction)
 *   DRAFT/SUBMITTED/REJECTED/PUBLISHED ──cancel──▶ CANCELLED
 *
 * Who may do what (source: issue 7 §2 and docs/decisions.md "Approval belongs to the level above"):
 * - see: anyone once PUBLISHED; the owner unit's members and whoever administers it (its admins
 *   and its ancestors' admins) in every state; whoever may decide on it and, for kinds that are
 *   reviewed, the receiving unit's REVIEWERs it is assigned to, once it has been submitted.
 * - submit, withdraw (and create): the owner's editors and whoever administers it; for kinds signed
 *   by the unit (nominations: 推荐意见 with the unit's seal), whoever administers it only.
 * - approve, reject: the level above the owner (an admin of a strict ancestor) or the org a campaign
 *   designates for its region; for kinds sent to a receiving unit (nominations), whoever administers
 *   that unit (its admins and its ancestors' admins). Platform admins may do everything.
 * - assign reviewers: whoever administers the receiving unit, for kinds that are reviewed.
 */
export const submissionStatuses = [
  "DRAFT",
  "SUBMITTED",
  "APPROVED",
  "REJECTED",
  "PUBLISHED",
  "FINISHED",
  "REPORTED",
  "CANCELLED",
] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

/**
 * The states the public sees an item in: published, and for activities the ones that follow from
 * it (ended, reported). A cancelled activity is shown to the public only where the service keeps it
 * listed (so its registrants see it was cancelled); the policy itself treats CANCELLED as private.
 */
export const publicSubmissionStatuses: readonly SubmissionStatus[] = ["PUBLISHED", "FINISHED", "REPORTED"];

/** Whether items in `status` are public (publicSubmissionStatuses). */
export const isPublicSubmissionStatus = (status: SubmissionStatus): boolean =>
  publicSubmissionStatuses.includes(status);

/**
 * TAKE_DOWN takes a published item out of public view (issue 8 §3: content found wrong after
 * approval); it is decided by those who approve, like a rejection, and leads to REJECTED.
 */
export type SubmissionAction = "SUBMIT" | "APPROVE" | "REJECT" | "WITHDRAW" | "TAKE_DOWN";

/**
 * Steps after publication that only some kinds take (issue 9 §2, activities): FINISH once it has
 * ended, REPORT its results, CANCEL it. Submitters take them; deciders may CANCEL too.
 */
export type LifecycleAction = "FINISH" | "REPORT" | "CANCEL";

/** Every step of the workflow. */
export type WorkflowAction = SubmissionAction | LifecycleAction;

export type SubmissionKind = "ACTIVITY" | "WORK" | "NOMINATION";

export interface SubmissionKindRules {
  /** zh-CN noun for messages, e.g. 活动. */
  noun: string;
  /** What approval leads to: PUBLISHED when approval makes it public, APPROVED when it only decides. */
  approvedStatus: "APPROVED" | "PUBLISHED";
  /** Who submits on the owner's behalf: its editors too, or only whoever administers it. */
  submitters: "editors" | "admins";
  /** Who decides: the level above the owner (and designated approvers), or a receiving unit. */
  decidedBy: "levelAbove" | "receivingUnit";
  /** Whether the receiving unit assigns reviewers, who then see what they are assigned. */
  reviewed: boolean;
  /** The lifecycle steps this kind takes after publication (none for most). */
  lifecycle: readonly LifecycleAction[];
}

export const submissionKinds: Record<SubmissionKind, SubmissionKindRules> = {
  ACTIVITY: {
    noun: "活动",
    approvedStatus: "PUBLISHED",
    submitters: "editors",
    decidedBy: "levelAbove",
    reviewed: false,
    lifecycle: ["FINISH", "REPORT", "CANCEL"],
  },
  WORK: {
    noun: "作品",
    approvedStatus: "PUBLISHED",
    submitters: "editors",
    decidedBy: "levelAbove",
    reviewed: false,
    lifecycle: [],
  },
  NOMINATION: {
    noun: "推荐",
    approvedStatus: "APPROVED",
    submitters: "admins",
    decidedBy: "receivingUnit",
    reviewed: true,
    lifecycle: [],
  },
};

/** A submitted item as the policy sees it: its kind and state, and the places that give it meaning. */
export interface SubmittedItem {
  kind: SubmissionKind;
  status: SubmissionStatus;
  /** The unit it belongs to: an activity's host, a work's owner, a nomination's recommender. */
  owner: OrgPlace;
  /** For kinds decided by a receiving unit: that unit's place (null when it no longer exists). */
  receiving: OrgPlace | null;
  /** The approver designations of the item's campaign (and the editions above it). */
  designations: readonly ApproverDesignation[];
  /** For reviewed kinds: the users assigned to review it. */
  assignedReviewerIds: readonly string[];
}

/** A service's row as the policy's loader reads it: ids only (places are looked up). */
export interface SubmissionRow {
  status: SubmissionStatus;
  /** The owning unit: an activity's host, a work's owner, a nomination's recommender. */
  ownerOrgId: string;
  campaignId: string;
  /** For kinds decided by a receiving unit. */
  receivingOrgId?: string | null;
  assignedReviewerIds?: readonly string[];
}

/**
 * `status` as one of a table's own statuses (each kind stores a subset of the vocabulary); a step
 * into a status the table lacks is a programming error, so this throws.
 */
export function statusIn<S extends SubmissionStatus>(tableStatuses: readonly S[], status: SubmissionStatus): S {
  const found = tableStatuses.find((s) => s === status);
  if (!found) throw new Error(`status ${status} is not one of ${tableStatuses.join(", ")}`);
  return found;
}

const signedIn = (viewer: Viewer): viewer is Extract<Viewer, { kind: "user" }> => viewer.kind === "user";

/** Create, edit, submit again or withdraw on the owner's behalf. */
export function canSubmit(viewer: Viewer, item: Pick<SubmittedItem, "kind" | "owner">): boolean {
  return submissionKinds[item.kind].submitters === "editors"
    ? canEditFor(viewer, item.owner)
    : administers(viewer, item.owner);
}

/** Approve or reject (whatever its state; the workflow says whether the step is open). */
export function canDecide(
  viewer: Viewer,
  item: Pick<SubmittedItem, "kind" | "owner" | "receiving" | "designations">,
): boolean {
  if (submissionKinds[item.kind].decidedBy === "receivingUnit") {
    return item.receiving !== null && administers(viewer, item.receiving);
  }
  return canApproveFor(viewer, item.owner, item.designations);
}

/** Assign reviewers: whoever administers the receiving unit, for kinds that are reviewed. */
export function canAssign(viewer: Viewer, item: Pick<SubmittedItem, "kind" | "receiving">): boolean {
  return submissionKinds[item.kind].reviewed && item.receiving !== null && administers(viewer, item.receiving);
}

/** A reviewer of the receiving unit (by current token) whom the item is assigned to. */
export function isAssignedReviewer(
  viewer: Viewer,
  item: Pick<SubmittedItem, "kind" | "receiving" | "assignedReviewerIds">,
): boolean {
  if (!signedIn(viewer) || !submissionKinds[item.kind].reviewed || !item.receiving) return false;
  const receivingId = item.receiving.id;
  const reviewerThere = viewer.memberships.some((m) => m.orgId === receivingId && m.roles.includes("REVIEWER"));
  return reviewerThere && item.assignedReviewerIds.includes(viewer.userId);
}

/** See it at all (lists and single reads alike). */
export function canSeeSubmission(viewer: Viewer, item: SubmittedItem): boolean {
  if (isPublicSubmissionStatus(item.status)) return true;
  if (canSeeUnpublishedOf(viewer, item.owner)) return true;
  if (item.status === "DRAFT") return false;
  return canDecide(viewer, item) || isAssignedReviewer(viewer, item);
}

/** Personal data the owner gave with it (a nomination's contact): as the owner's contacts. */
export function canSeeSubmitterContact(viewer: Viewer, item: Pick<SubmittedItem, "owner">): boolean {
  return canSeeContactsOf(viewer, item.owner);
}

/**
 * May the viewer take `action` on the item, by right (not by state)? Submitters submit, withdraw,
 * finish and report; deciders approve, reject and take down; both may cancel (the host calls it
 * off, or the level above stops it).
 */
export function mayAct(viewer: Viewer, item: SubmittedItem, action: WorkflowAction): boolean {
  switch (action) {
    case "SUBMIT":
    case "WITHDRAW":
    case "FINISH":
    case "REPORT":
      return canSubmit(viewer, item);
    case "CANCEL":
      return canSubmit(viewer, item) || canDecide(viewer, item);
    default:
      return canDecide(viewer, item);
  }
}

export type SubmissionStep = { ok: true; from: SubmissionStatus; to: SubmissionStatus } | { ok: false; reason: string };

const stepFrom: Record<WorkflowAction, readonly SubmissionStatus[]> = {
  SUBMIT: ["DRAFT", "REJECTED"],
  APPROVE: ["SUBMITTED"],
  REJECT: ["SUBMITTED"],
  WITHDRAW: ["SUBMITTED"],
  TAKE_DOWN: ["PUBLISHED"],
  FINISH: ["PUBLISHED"],
  // A report may be corrected later by whoever reported it (REPORTED → REPORTED, audited as a step).
  REPORT: ["FINISHED", "REPORTED"],
  CANCEL: ["DRAFT", "SUBMITTED", "REJECTED", "PUBLISHED"],
};

export const submissionStatusLabel: Record<SubmissionStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  APPROVED: "已通过",
  REJECTED: "已退回",
  PUBLISHED: "已发布",
  FINISHED: "已结束",
  REPORTED: "已报送成效",
  CANCELLED: "已取消",
};

const actionLabel: Record<WorkflowAction, string> = {
  SUBMIT: "提交",
  APPROVE: "审核通过",
  REJECT: "退回",
  WITHDRAW: "撤回",
  TAKE_DOWN: "下架",
  FINISH: "标记结束",
  REPORT: "报送成效",
  CANCEL: "取消",
};

/** Where `action` takes an item of `kind` in `current`, or why it cannot (a zh-CN message for CONFLICT). */
export function submissionStep(
  kind: SubmissionKind,
  current: SubmissionStatus,
  action: WorkflowAction,
): SubmissionStep {
  const rules = submissionKinds[kind];
  const lifecycle = action === "FINISH" || action === "REPORT" || action === "CANCEL";
  if (lifecycle && !rules.lifecycle.includes(action)) {
    return { ok: false, reason: `${rules.noun}没有“${actionLabel[action]}”这一步` };
  }
  if (!stepFrom[action].includes(current)) {
    return {
      ok: false,
      reason: `${rules.noun}当前状态为“${submissionStatusLabel[current]}”，不能${actionLabel[action]}`,
    };
  }
  const to: Record<WorkflowAction, SubmissionStatus> = {
    SUBMIT: "SUBMITTED",
    APPROVE: rules.approvedStatus,
    REJECT: "REJECTED",
    WITHDRAW: "DRAFT",
    TAKE_DOWN: "REJECTED",
    FINISH: "FINISHED",
    REPORT: "REPORTED",
    CANCEL: "CANCELLED",
  };
  return { ok: true, from: current, to: to[action] };
}

/** Why the viewer may not take `action` (zh-CN, for FORBIDDEN). */
export function refusal(kind: SubmissionKind, action: WorkflowAction): string {
  const rules = submissionKinds[kind];
  if (action === "CANCEL") {
    return `只有主办单位的管理员或编辑、其上级单位或指定的审核单位可以取消${rules.noun}`;
  }
  if (action === "SUBMIT" || action === "WITHDRAW" || action === "FINISH" || action === "REPORT") {
    return rules.submitters === "editors"
      ? `只有所属单位的管理员或编辑（或其上级单位的管理员）可以${actionLabel[action]}${rules.noun}`
      : `只有所属单位（或其上级单位）的管理员可以${actionLabel[action]}${rules.noun}`;
  }
  return rules.decidedBy === "receivingUnit"
    ? `${rules.noun}由受理单位（或其上级单位）的管理员审定`
    : `${rules.noun}由所属单位的上级单位（或本次活动指定的审核单位）审核`;
}
