/**
 * The life of an activity before the public sees it. An editor drafts it, submits it, and the level
 * above approves (PUBLISHED) or sends it back (REJECTED). Only the step this service performs today
 * is listed: approval comes with the review work, and adds its transitions here.
 */
export const activityStatuses = ["DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED"] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export type ActivityAction = "SUBMIT";

const transitions: Record<ActivityAction, { from: readonly ActivityStatus[]; to: ActivityStatus }> = {
  SUBMIT: { from: ["DRAFT"], to: "SUBMITTED" },
};

export type TransitionResult = { ok: true; from: ActivityStatus; to: ActivityStatus } | { ok: false; reason: string };

/** Where `action` takes an activity in `current`, or why it cannot (a message for the UI). */
export function transition(current: ActivityStatus, action: ActivityAction): TransitionResult {
  const rule = transitions[action];
  if (!rule.from.includes(current)) {
    return { ok: false, reason: `活动当前状态为“${statusLabel[current]}”，不能${actionLabel[action]}` };
  }
  return { ok: true, from: current, to: rule.to };
}

export const statusLabel: Record<ActivityStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  PUBLISHED: "已发布",
  REJECTED: "已退回",
};

const actionLabel: Record<ActivityAction, string> = { SUBMIT: "提交" };
