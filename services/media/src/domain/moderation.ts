export type WorkStatus = "PENDING" | "APPROVED" | "REJECTED";
export type ReviewDecision = "APPROVE" | "REJECT";

export type ReviewOutcome =
  | { ok: true; status: WorkStatus; reason: string | null }
  | { ok: false; code: "CONFLICT" | "BAD_USER_INPUT"; message: string };

/**
 * The editorial check (意识形态把关): only a PENDING work can be reviewed, once; a rejection must say
 * why, so the submitter can fix it.
 */
export function review(current: WorkStatus, decision: ReviewDecision, reason: string | null): ReviewOutcome {
  if (current !== "PENDING") return { ok: false, code: "CONFLICT", message: "该作品已审核，不能重复审核" };
  const trimmed = reason?.trim() || null;
  if (decision === "REJECT" && !trimmed) return { ok: false, code: "BAD_USER_INPUT", message: "驳回时必须填写理由" };
  return { ok: true, status: decision === "APPROVE" ? "APPROVED" : "REJECTED", reason: trimmed };
}
