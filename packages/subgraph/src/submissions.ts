import {
  canDecide,
  canSeeSubmission,
  canSeeUnpublishedOf,
  isPublicSubmissionStatus,
  mayAct,
  refusal,
  type SubmissionAction,
  type SubmissionKind,
  type SubmissionRow,
  type SubmissionStatus,
  type SubmittedItem,
  submissionStep,
  type Viewer,
  type WorkflowAction,
} from "@kepu/auth";
import { normalizedParagraphs } from "@kepu/text";
import { z } from "zod";
import { forbidden, notFound, unauthenticated, userError } from "./errors.js";
import type { OrgDirectory } from "./org-directory.js";

/**
 * The one place-loader for the submissions policy (@kepu/auth submissions.ts): it turns a service's
 * row (ids only) into the places and campaign facts the policy judges, through the OrgDirectory.
 * Every service uses these functions for activities, works and nominations alike.
 */
/** The item as the policy sees it, or null when its owner no longer exists (then nobody but platform admins act). */
export async function loadSubmission(
  directory: OrgDirectory,
  kind: SubmissionKind,
  row: SubmissionRow,
): Promise<SubmittedItem | null> {
  const [owner, receiving, designations] = await Promise.all([
    directory.place(row.ownerOrgId),
    row.receivingOrgId ? directory.place(row.receivingOrgId) : Promise.resolve(null),
    directory.designations(row.campaignId),
  ]);
  if (!owner) return null;
  return {
    kind,
    status: row.status,
    owner,
    receiving,
    designations,
    assignedReviewerIds: row.assignedReviewerIds ?? [],
  };
}

/**
 * Whether the viewer may see the row. Published rows and rows of the viewer's own units are
 * answered without asking where anything sits.
 */
export async function maySeeSubmission(
  viewer: Viewer,
  directory: OrgDirectory,
  kind: SubmissionKind,
  row: SubmissionRow,
): Promise<boolean> {
  if (isPublicSubmissionStatus(row.status)) return true;
  if (viewer.kind !== "user") return false;
  if (viewer.platformAdmin || viewer.memberships.some((m) => m.orgId === row.ownerOrgId)) return true;
  const item = await loadSubmission(directory, kind, row);
  return item !== null && canSeeSubmission(viewer, item);
}

/**
 * Checks that the viewer may take `action` on the row now and returns the step to write (from → to).
 * NOT_FOUND when they may not even see it (nothing is revealed), FORBIDDEN when they see it but the
 * step is not theirs, CONFLICT when its state does not allow the step; UNAUTHENTICATED when anonymous.
 */
export async function authorizeStep(
  viewer: Viewer,
  directory: OrgDirectory,
  kind: SubmissionKind,
  row: SubmissionRow | null,
  action: WorkflowAction,
): Promise<{ from: SubmissionStatus; to: SubmissionStatus; item: SubmittedItem }> {
  if (viewer.kind !== "user") throw unauthenticated();
  const item = row && (await loadSubmission(directory, kind, row));
  const label = `该${{ ACTIVITY: "活动", WORK: "作品", NOMINATION: "推荐" }[kind]}`;
  if (!item || !canSeeSubmission(viewer, item)) throw notFound(label);
  if (!mayAct(viewer, item, action)) throw forbidden(refusal(kind, action));
  const step = submissionStep(kind, item.status, action);
  if (!step.ok) throw userError("CONFLICT", step.reason);
  return { from: step.from, to: step.to, item };
}

/** Rows of one owner in one campaign (and, for nominations, one receiving unit): what lists group by. */
export interface SubmissionGroup {
  ownerOrgId: string;
  campaignId: string;
  receivingOrgId?: string | null;
}

/** For a list: which owners' rows the viewer sees in every state, and which groups once submitted. */
export interface SubmissionListScope {
  /** Everything (platform admins). */
  all: boolean;
  /** Owners whose rows the viewer sees in every state (members, and whoever administers them). */
  everyState: string[];
  /** Groups whose rows the viewer sees once submitted (those who decide on them). */
  onceSubmitted: SubmissionGroup[];
}

/**
 * The list form of canSeeSubmission. `groups` are the distinct (owner, campaign, receiving unit)
 * of the rows that are not public (a service reads them with one DISTINCT query), asked for only
 * when the viewer administers some unit: everyone else sees what is public and what their own
 * units own (plus, for reviewed kinds, what is assigned to them, which the service adds in SQL).
 */
export async function submissionListScope(
  viewer: Viewer,
  directory: OrgDirectory,
  kind: SubmissionKind,
  groups: () => Promise<SubmissionGroup[]>,
): Promise<SubmissionListScope> {
  if (viewer.kind !== "user") return { all: false, everyState: [], onceSubmitted: [] };
  if (viewer.platformAdmin) return { all: true, everyState: [], onceSubmitted: [] };
  const memberOf = viewer.memberships.map((m) => m.orgId);
  if (!viewer.memberships.some((m) => m.roles.includes("ORG_ADMIN"))) {
    return { all: false, everyState: memberOf, onceSubmitted: [] };
  }
  const everyState = new Set(memberOf);
  const onceSubmitted: SubmissionGroup[] = [];
  const candidates = await groups();
  await Promise.all(
    candidates.map(async (group) => {
      const [owner, receiving, designations] = await Promise.all([
        directory.place(group.ownerOrgId),
        group.receivingOrgId ? directory.place(group.receivingOrgId) : Promise.resolve(null),
        directory.designations(group.campaignId),
      ]);
      if (!owner) return;
      if (canSeeUnpublishedOf(viewer, owner)) everyState.add(owner.id);
      else if (canDecide(viewer, { kind, owner, receiving, designations })) onceSubmitted.push(group);
    }),
  );
  return { all: false, everyState: [...everyState], onceSubmitted };
}

/** How a service's table names what the list scope speaks of. */
export interface ScopeColumns {
  /** The owner column: hostOrgId, ownerOrgId, recommenderOrgId. */
  owner: string;
  /** The receiving unit's column, for kinds sent to one. */
  receiving?: string;
  /** Whether the table has DRAFT rows (to leave out of what deciders see). */
  hasDraft: boolean;
  /** Whether the table has PUBLISHED rows (seen by everyone). */
  hasPublished: boolean;
}

/**
 * A list scope as a Prisma `where` (plain data, so every service's model takes it): the public
 * rows, every row of `everyState` owners, and the submitted rows of the groups the viewer decides
 * on. `extra` adds branches of a service's own (a reviewer's assignments). Null means "no row".
 */
export function scopeWhere(
  scope: SubmissionListScope,
  columns: ScopeColumns,
  extra: Record<string, unknown>[] = [],
): Record<string, unknown> | null {
  if (scope.all) return {};
  const submitted = columns.hasDraft ? { status: { not: "DRAFT" } } : {};
  const byGroup = new Map<string, { campaignId: string; receivingOrgId: string | null; owners: string[] }>();
  for (const group of scope.onceSubmitted) {
    const receivingOrgId = columns.receiving ? (group.receivingOrgId ?? null) : null;
    const key = `${group.campaignId}\u0000${receivingOrgId ?? ""}`;
    const entry = byGroup.get(key) ?? { campaignId: group.campaignId, receivingOrgId, owners: [] };
    entry.owners.push(group.ownerOrgId);
    byGroup.set(key, entry);
  }
  const branches: Record<string, unknown>[] = [
    ...(columns.hasPublished ? [{ status: "PUBLISHED" }] : []),
    ...(scope.everyState.length ? [{ [columns.owner]: { in: scope.everyState } }] : []),
    ...[...byGroup.values()].map((g) => ({
      campaignId: g.campaignId,
      ...(columns.receiving && g.receivingOrgId ? { [columns.receiving]: g.receivingOrgId } : {}),
      [columns.owner]: { in: g.owners },
      ...submitted,
    })),
    ...extra,
  ];
  return branches.length ? { OR: branches } : null;
}

/** The note that goes with a rejection (why it was sent back): 2–1000 characters, normalized. */
export const rejectionNoteSchema = normalizedParagraphs(
  z.string().min(2, "请写明退回原因").max(1000, "退回原因不能超过1000个字符"),
);

/**
 * The review columns a step writes (every kind has reviewNote, reviewedById, reviewedAt): a decision
 * records who, when and the note; submitting or withdrawing clears the last decision.
 */
export function reviewColumns(action: SubmissionAction, viewerId: string, note?: string) {
  return action === "SUBMIT" || action === "WITHDRAW"
    ? { reviewNote: null, reviewedById: null, reviewedAt: null }
    : { reviewNote: note?.trim() || null, reviewedById: viewerId, reviewedAt: new Date() };
}
