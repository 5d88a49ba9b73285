import { describe, expect, it } from "vitest";
import {
  administers,
  canApproveFor,
  canEditFor,
  canManageResourcesAs,
  canManageTrailOf,
  canSeeContactsOf,
  canSeeDraftTrailsOf,
  canSeeUnpublishedOf,
  canShowCheckInCodeAt,
  type OrgPlace,
  pathFromPlace,
  placeFromPath,
} from "./policy.js";
import type { Role, Viewer } from "./viewer.js";

/**
 * The authorization matrix: role × relation in the tree × operation. The target is always 长沙市科协
 * (/cast/hn/changsha/); the viewer holds one role in an org related to it as the row says. Each cell
 * lists the operations that must be allowed; every other operation must be refused.
 */
const target = placeFromPath("/cast/hn/changsha/");
const viewerOrgByRelation = {
  self: "changsha",
  parent: "hn", // 湖南省科协
  grandparent: "cast", // 中国科协
  child: "yuelu", // 岳麓区科协, below the target
  sibling: "zhuzhou", // 株洲市科协, same parent
  otherProvince: "cq", // 重庆市科协
  unrelatedRoot: "dept-moe", // a co-host ministry outside the 科协 tree
} as const;
type Relation = keyof typeof viewerOrgByRelation;

const operations = {
  administer: (v: Viewer, p: OrgPlace) => administers(v, p),
  edit: (v: Viewer, p: OrgPlace) => canEditFor(v, p),
  approve: (v: Viewer, p: OrgPlace) => canApproveFor(v, p),
  seeContacts: (v: Viewer, p: OrgPlace) => canSeeContactsOf(v, p),
  seeUnpublished: (v: Viewer, p: OrgPlace) => canSeeUnpublishedOf(v, p),
  /** The target leads the campaign (issue 8 §5: its resource library). */
  manageResources: (v: Viewer, p: OrgPlace) => canManageResourcesAs(v, { place: p, role: "LEAD" }),
  /** The target hosts a check-in trail (issue 9 §5). */
  manageTrail: (v: Viewer, p: OrgPlace) => canManageTrailOf(v, p),
  seeDraftTrails: (v: Viewer, p: OrgPlace) => canSeeDraftTrailsOf(v, p),
  /** The target hosts the trail; the stop is a venue of its own. */
  showCheckInCode: (v: Viewer, p: OrgPlace) => canShowCheckInCodeAt(v, { trailHost: p }),
} as const;
type Operation = keyof typeof operations;

const all: Operation[] = [
  "administer",
  "edit",
  "approve",
  "seeContacts",
  "seeUnpublished",
  "manageResources",
  "manageTrail",
  "seeDraftTrails",
  "showCheckInCode",
];
const trailAll: Operation[] = ["manageTrail", "seeDraftTrails", "showCheckInCode"];
const expected: Record<Role, Record<Relation, Operation[]>> = {
  ORG_ADMIN: {
    self: ["administer", "edit", "seeContacts", "seeUnpublished", "manageResources", ...trailAll], // not approve: the level above does
    parent: ["administer", "edit", "approve", "seeContacts", "seeUnpublished", "manageResources", ...trailAll],
    grandparent: ["administer", "edit", "approve", "seeContacts", "seeUnpublished", "manageResources", ...trailAll],
    child: [],
    sibling: [],
    otherProvince: [],
    unrelatedRoot: [],
  },
  EDITOR: {
    self: ["edit", "seeContacts", "seeUnpublished", "manageResources", ...trailAll],
    parent: [],
    grandparent: [],
    child: [],
    sibling: [],
    otherProvince: [],
    unrelatedRoot: [],
  },
  REVIEWER: {
    self: ["seeContacts", "seeUnpublished", "seeDraftTrails", "showCheckInCode"], // a member runs the venue screen, edits nothing
    parent: [],
    grandparent: [],
    child: [],
    sibling: [],
    otherProvince: [],
    unrelatedRoot: [],
  },
};

const user = (orgId: string, role: Role): Viewer => ({
  kind: "user",
  userId: "u",
  displayName: "u",
  platformAdmin: false,
  memberships: [{ orgId, roles: [role] }],
});

describe("authorization matrix (role × relation × operation)", () => {
  for (const [role, byRelation] of Object.entries(expected) as [Role, Record<Relation, Operation[]>][]) {
    for (const [relation, allowed] of Object.entries(byRelation) as [Relation, Operation[]][]) {
      it(`${role} of the ${relation} org may ${allowed.length ? allowed.join(", ") : "do nothing"}`, () => {
        const viewer = user(viewerOrgByRelation[relation], role);
        const actual = all.filter((operation) => operations[operation](viewer, target));
        expect(actual).toEqual(allowed);
      });
    }
  }

  it("lets a campaign's members and special participants not manage its resource library (issue 8 §5)", () => {
    const editor = user("changsha", "EDITOR");
    for (const role of ["MEMBER", "SPECIAL_PARTICIPANT"]) {
      expect(canManageResourcesAs(editor, { place: target, role })).toBe(false);
    }
    expect(canManageResourcesAs(editor, { place: target, role: "CO_HOST" })).toBe(true);
  });

  it("lets the public do nothing and a platform admin everything", () => {
    const anonymous: Viewer = { kind: "anonymous" };
    expect(all.filter((op) => operations[op](anonymous, target))).toEqual([]);
    const admin: Viewer = { kind: "user", userId: "a", displayName: "a", platformAdmin: true, memberships: [] };
    expect(all.filter((op) => operations[op](admin, target))).toEqual(all);
  });

  it("takes the union over several memberships", () => {
    const viewer: Viewer = {
      kind: "user",
      userId: "u",
      displayName: "u",
      platformAdmin: false,
      memberships: [
        { orgId: "changsha", roles: ["EDITOR"] },
        { orgId: "cq", roles: ["ORG_ADMIN"] },
      ],
    };
    expect(all.filter((op) => operations[op](viewer, target))).toEqual([
      "edit",
      "seeContacts",
      "seeUnpublished",
      "manageResources",
      ...trailAll,
    ]);
  });

  it("shows a published trail's stop code to the members of the unit hosting the stop's activity too (issue 9 §5)", () => {
    const venueStaff = user("yuelu", "REVIEWER");
    const stop = { trailHost: target, activityHost: placeFromPath("/cast/hn/changsha/yuelu/"), trailPublished: true };
    expect(canShowCheckInCodeAt(venueStaff, stop)).toBe(true);
    expect(canShowCheckInCodeAt(venueStaff, { ...stop, trailPublished: false })).toBe(false);
    expect(canShowCheckInCodeAt(venueStaff, { trailHost: target })).toBe(false);
    expect(canManageTrailOf(venueStaff, target)).toBe(false);
    expect(canShowCheckInCodeAt({ kind: "anonymous" }, stop)).toBe(false);
  });
});

describe("campaign-designated approvers", () => {
  const gangyaoAdmin = user("hn-gangyao", "ORG_ADMIN");
  const hunan = { regionOrgId: "hn", approverOrgId: "hn-gangyao" };

  it("approve submissions of units inside the campaign's region", () => {
    expect(canApproveFor(gangyaoAdmin, target)).toBe(false);
    expect(canApproveFor(gangyaoAdmin, target, [hunan])).toBe(true);
    expect(canApproveFor(gangyaoAdmin, placeFromPath("/cast/hn/"), [hunan])).toBe(true);
  });

  it("do not reach outside the region, nor approve their own submissions", () => {
    expect(canApproveFor(gangyaoAdmin, placeFromPath("/cast/cq/yuzhong/"), [hunan])).toBe(false);
    expect(canApproveFor(gangyaoAdmin, placeFromPath("/cast/hn/hn-gangyao/"), [hunan])).toBe(false);
  });
});

describe("places", () => {
  it("reads a place off a materialized path and refuses garbage", () => {
    expect(placeFromPath("/cast/hn/changsha/")).toEqual({ id: "changsha", ancestorIds: ["cast", "hn"] });
    expect(placeFromPath("/cast/")).toEqual({ id: "cast", ancestorIds: [] });
    expect(() => placeFromPath("/")).toThrow();
    expect(pathFromPlace(placeFromPath("/cast/hn/changsha/"))).toBe("/cast/hn/changsha/");
  });
});
