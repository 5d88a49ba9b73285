/**
 * The life of an activity before the public sees it. An editor drafts it, submits it, and the level
 * above approves (PUBLISHED) or sends it back (REJECTED) with a note; a rejected one can be fixed
 * and submitted again. Who may take each step is the shared policy's (@kepu/auth policy.ts).
 */
export const activityStatuses = ["DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED"] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export type ActivityAction = "SUBMIT" | "APPROVE" | "REJECT";

const transitions: Record<ActivityAction, { from: readonly ActivityStatus[]; to: ActivityStatus }> = {
  SUBMIT: { from: ["DRAFT", "REJECTED"], to: "SUBMITTED" },
  APPROVE: { from: ["SUBMITTED"], to: "PUBLISHED" },
  REJECT: { from: ["SUBMITTED"], to: "REJECTED" },
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

const actionLabel: Record<ActivityAction, string> = { SUBMIT: "提交", APPROVE: "审核通过", REJECT: "退回" };
