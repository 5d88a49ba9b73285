import type { SubmissionStatus } from "@kepu/auth";

/** An activity's workflow states (the Prisma enum's values, in the shared vocabulary). */
export type ActivityStatusValue = Extract<
  SubmissionStatus,
  "DRAFT" | "SUBMITTED" | "PUBLISHED" | "REJECTED" | "FINISHED" | "REPORTED" | "CANCELLED"
>;

/**
 * The states in which a listed activity is "on" for the public (issue 9 §2): published, ended,
 * reported, and while an edit of it waits for review or was sent back (SUBMITTED / REJECTED with the
 * row still listed: the public keeps the approved content). Lists of what is on read
 * `listed AND status IN onStatuses`; a cancelled listed activity is still readable by id.
 */
export const onStatuses: readonly ActivityStatusValue[] = [
  "PUBLISHED",
  "FINISHED",
  "REPORTED",
  "SUBMITTED",
  "REJECTED",
];

/**
 * What the public is told of a listed activity's state: its own when public (PUBLISHED, FINISHED,
 * REPORTED, CANCELLED); PUBLISHED while an edit waits for review or was sent back, since the public
 * still sees the approved content.
 */
export function publicStatusOf(status: ActivityStatusValue): ActivityStatusValue {
  return status === "SUBMITTED" || status === "REJECTED" || status === "DRAFT" ? "PUBLISHED" : status;
}

/**
 * Whether the public sees the activity as published now: listed, and PUBLISHED or with an edit in
 * review or sent back (the approved content stays on). What trails take as stops and open for
 * check-in (issue 9 §5): an edit waiting for review must not close a venue's check-in.
 */
export function isPublishedForPublic(activity: { listed: boolean; status: ActivityStatusValue }): boolean {
  return activity.listed && publicStatusOf(activity.status) === "PUBLISHED";
}
