import { describe, expect, it } from "vitest";
import { placeFromPath } from "./policy.js";
import {
  canAssign,
  canDecide,
  canSeeSubmission,
  canSeeSubmitterContact,
  canSubmit,
  mayAct,
  type SubmissionAction,
  type SubmissionKind,
  type SubmittedItem,
  statusIn,
  submissionKinds,
  submissionStatuses,
  submissionStep,
} from "./submissions.js";
import type { Role, Viewer } from "./viewer.js";

/**
 * The submissions policy as a matrix: actor × kind × operation. Every item is owned by 长沙市科协
 * (/cast/hn/changsha/); 湖南's edition designates 纲要办 (outside the 科协 tree) as approver for
 * 湖南; a nomination is received by 湖南省科协. Each row lists what must be allowed; the rest is refused.
 */
const owner = placeFromPath("/cast/hn/changsha/");
const receiving = placeFromPath("/cast/hn/");
const designations = [{ regionOrgId: "hn", approverOrgId: "gangyao" }];

const user = (orgId: string, roles: Role[], userId = "u", platformAdmin = false): Viewer => ({
  kind: "user",
  userId,
  displayName: userId,
  platformAdmin,
  memberships: orgId ? [{ orgId, roles }] : [],
});

const actors = {
  anonymous: { kind: "anonymous" } as Viewer,
  ownerEditor: user("changsha", ["EDITOR"]),
  ownerReviewer: user("changsha", ["REVIEWER"]),
  ownerAdmin: user("changsha", ["ORG_ADMIN"]),
  adminAbove: user("hn", ["ORG_ADMIN"]),
  ancestorAdmin: user("cast", ["ORG_ADMIN"]),
  editorAbove: user("hn", ["EDITOR"]),
  designatedApprover: user("gangyao", ["ORG_ADMIN"]),
  childAdmin: user("yuelu", ["ORG_ADMIN"]),
  otherRegionAdmin: user("cq", ["ORG_ADMIN"]),
  assignedReviewer: user("hn", ["REVIEWER"], "assigned"),
  unassignedReviewer: user("hn", ["REVIEWER"], "someone"),
  assignedOtherRegionReviewer: user("cq", ["REVIEWER"], "assigned"),
  platformAdmin: user("", [], "p", true),
};
type Actor = keyof typeof actors;

const item = (kind: SubmissionKind, status: SubmittedItem["status"]): SubmittedItem => ({
  kind,
  status,
  owner,
  receiving: submissionKinds[kind].decidedBy === "receivingUnit" ? receiving : null,
  designations,
  assignedReviewerIds: ["assigned"],
});

const operations = {
  seeDraft: (v: Viewer, k: SubmissionKind) => canSeeSubmission(v, item(k, "DRAFT")),
  seeSubmitted: (v: Viewer, k: SubmissionKind) => canSeeSubmission(v, item(k, "SUBMITTED")),
  submit: (v: Viewer, k: SubmissionKind) => canSubmit(v, item(k, "DRAFT")),
  decide: (v: Viewer, k: SubmissionKind) => canDecide(v, item(k, "SUBMITTED")),
  assign: (v: Viewer, k: SubmissionKind) => canAssign(v, item(k, "SUBMITTED")),
  seeContact: (v: Viewer, k: SubmissionKind) => canSeeSubmitterContact(v, item(k, "SUBMITTED")),
};
type Operation = keyof typeof operations;

const levelAbove: Record<Actor, Operation[]> = {
  anonymous: [],
  ownerEditor: ["seeDraft", "seeSubmitted", "submit", "seeContact"],
  ownerReviewer: ["seeDraft", "seeSubmitted", "seeContact"],
  ownerAdmin: ["seeDraft", "seeSubmitted", "submit", "seeContact"],
  adminAbove: ["seeDraft", "seeSubmitted", "submit", "decide", "seeContact"],
  ancestorAdmin: ["seeDraft", "seeSubmitted", "submit", "decide", "seeContact"],
  editorAbove: [],
  // The issue's example: 纲要办 approves 湖南's activities, and so it sees and approves its works too.
  designatedApprover: ["seeSubmitted", "decide"],
  childAdmin: [],
  otherRegionAdmin: [],
  assignedReviewer: [],
  unassignedReviewer: [],
  assignedOtherRegionReviewer: [],
  platformAdmin: ["seeDraft", "seeSubmitted", "submit", "decide", "seeContact"],
};

const expected: Record<SubmissionKind, Record<Actor, Operation[]>> = {
  ACTIVITY: levelAbove,
  WORK: levelAbove,
  NOMINATION: {
    anonymous: [],
    // A recommendation is signed by the unit: its editors see it but only whoever administers it submits.
    ownerEditor: ["seeDraft", "seeSubmitted", "seeContact"],
    ownerReviewer: ["seeDraft", "seeSubmitted", "seeContact"],
    ownerAdmin: ["seeDraft", "seeSubmitted", "submit", "seeContact"],
    adminAbove: ["seeDraft", "seeSubmitted", "submit", "decide", "assign", "seeContact"],
    // The example: an ancestor's admin sees and assigns what is sent to a unit below it.
    ancestorAdmin: ["seeDraft", "seeSubmitted", "submit", "decide", "assign", "seeContact"],
    editorAbove: [],
    designatedApprover: [],
    childAdmin: [],
    otherRegionAdmin: [],
    assignedReviewer: ["seeSubmitted"],
    unassignedReviewer: [],
    assignedOtherRegionReviewer: [],
    platformAdmin: ["seeDraft", "seeSubmitted", "submit", "decide", "assign", "seeContact"],
  },
};

describe("one policy for everything submitted and approved", () => {
  for (const kind of Object.keys(expected) as SubmissionKind[]) {
    for (const actor of Object.keys(actors) as Actor[]) {
      it(`${kind}: ${actor} may ${expected[kind][actor].join(", ") || "do none of it"}`, () => {
        const granted = (Object.keys(operations) as Operation[]).filter((op) => operations[op](actors[actor], kind));
        expect(granted).toEqual(expected[kind][actor]);
      });
    }
  }

  it("shows what is published to everyone, and nothing decided but unpublished to the public", () => {
    for (const kind of ["ACTIVITY", "WORK"] as const) {
      expect(canSeeSubmission(actors.anonymous, item(kind, "PUBLISHED"))).toBe(true);
    }
    expect(canSeeSubmission(actors.anonymous, item("NOMINATION", "APPROVED"))).toBe(false);
    expect(canSeeSubmission(actors.assignedReviewer, item("NOMINATION", "DRAFT"))).toBe(false);
  });

  it("lets a designation act only inside its region, and never for the designated unit itself", () => {
    const elsewhere = { ...item("WORK", "SUBMITTED"), owner: placeFromPath("/cast/cq/yuzhong/") };
    expect(canDecide(actors.designatedApprover, elsewhere)).toBe(false);
    expect(canSeeSubmission(actors.designatedApprover, elsewhere)).toBe(false);
    const itsOwn = { ...item("ACTIVITY", "SUBMITTED"), owner: placeFromPath("/gangyao/") };
    expect(canDecide(actors.designatedApprover, itsOwn)).toBe(false);
  });

  it("gives a nomination whose receiving unit no longer exists to platform admins only", () => {
    const orphan = { ...item("NOMINATION", "SUBMITTED"), receiving: null };
    expect(canDecide(actors.adminAbove, orphan)).toBe(false);
    expect(canAssign(actors.adminAbove, orphan)).toBe(false);
    expect(canSeeSubmission(actors.adminAbove, orphan)).toBe(true); // it still administers the recommender
  });
});

describe("one workflow vocabulary", () => {
  const allowed: Record<SubmissionAction, string[]> = {
    SUBMIT: ["DRAFT", "REJECTED"],
    APPROVE: ["SUBMITTED"],
    REJECT: ["SUBMITTED"],
    WITHDRAW: ["SUBMITTED"],
    TAKE_DOWN: ["PUBLISHED"],
  };

  it("takes a published item down (out of public view, REJECTED), by those who decide, not its owner", () => {
    expect(submissionStep("WORK", "PUBLISHED", "TAKE_DOWN")).toEqual({ ok: true, from: "PUBLISHED", to: "REJECTED" });
    const published = item("WORK", "PUBLISHED");
    expect(mayAct(actors.adminAbove, published, "TAKE_DOWN")).toBe(true);
    expect(mayAct(actors.ownerEditor, published, "TAKE_DOWN")).toBe(false);
    expect(mayAct(actors.ownerAdmin, published, "TAKE_DOWN")).toBe(false);
  });

  it("submits a draft or a rejected item, approves, rejects or withdraws a submitted one", () => {
    expect(submissionStep("ACTIVITY", "DRAFT", "SUBMIT")).toEqual({ ok: true, from: "DRAFT", to: "SUBMITTED" });
    expect(submissionStep("ACTIVITY", "REJECTED", "SUBMIT")).toEqual({ ok: true, from: "REJECTED", to: "SUBMITTED" });
    expect(submissionStep("ACTIVITY", "SUBMITTED", "APPROVE")).toMatchObject({ to: "PUBLISHED" });
    expect(submissionStep("WORK", "SUBMITTED", "APPROVE")).toMatchObject({ to: "PUBLISHED" });
    expect(submissionStep("NOMINATION", "SUBMITTED", "APPROVE")).toMatchObject({ to: "APPROVED" });
    expect(submissionStep("NOMINATION", "SUBMITTED", "REJECT")).toMatchObject({ to: "REJECTED" });
    expect(submissionStep("NOMINATION", "SUBMITTED", "WITHDRAW")).toMatchObject({ to: "DRAFT" });
  });

  it("refuses every other step, saying why in the kind's own words", () => {
    for (const kind of Object.keys(submissionKinds) as SubmissionKind[]) {
      for (const status of submissionStatuses) {
        for (const action of Object.keys(allowed) as SubmissionAction[]) {
          const step = submissionStep(kind, status, action);
          expect(step.ok, `${kind} ${status}:${action}`).toBe(allowed[action].includes(status));
          if (!step.ok) expect(step.reason).toMatch(new RegExp(`^${submissionKinds[kind].noun}当前状态为“.+”，不能`));
        }
      }
    }
  });

  it("finishes a published activity, reports a finished one and corrects a reported one; nothing else", () => {
    const lifecycle = { FINISH: ["PUBLISHED"], REPORT: ["FINISHED", "REPORTED"] } as const;
    for (const [action, from] of Object.entries(lifecycle) as [keyof typeof lifecycle, readonly string[]][]) {
      for (const status of submissionStatuses) {
        expect(submissionStep("ACTIVITY", status, action).ok, `${status}:${action}`).toBe(from.includes(status));
      }
      expect(submissionStep("WORK", "PUBLISHED", action).ok).toBe(false);
    }
    expect(submissionStep("ACTIVITY", "REPORTED", "REPORT")).toEqual({ ok: true, from: "REPORTED", to: "REPORTED" });
    const reported = item("ACTIVITY", "REPORTED");
    expect(mayAct(actors.ownerEditor, reported, "REPORT")).toBe(true);
    expect(mayAct(actors.adminAbove, reported, "REPORT")).toBe(true);
  });

  it("refuses a status a table does not have (a programming error, not a user's)", () => {
    expect(statusIn(["SUBMITTED", "PUBLISHED", "REJECTED"] as const, "PUBLISHED")).toBe("PUBLISHED");
    expect(() => statusIn(["SUBMITTED", "PUBLISHED", "REJECTED"] as const, "DRAFT")).toThrow();
  });
});
