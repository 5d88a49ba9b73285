import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { accounts, activities, campaigns, nominations, orgs, visitorCount, works } from "./index.js";

const orgIds = new Set(orgs.map((o) => o.id));
const campaignIds = new Set(campaigns.map((c) => c.id));
const activityIds = new Set(activities.map((a) => a.id));
const shanghaiDay = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(iso));

describe("demo data", () => {
  it("has unique ids", () => {
    for (const list of [orgs, campaigns, activities, works, nominations, accounts]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("resolves every reference", () => {
    for (const o of orgs) if (o.parentId) expect(orgIds.has(o.parentId), o.id).toBe(true);
    for (const c of campaigns) {
      if (c.parentId) expect(campaignIds.has(c.parentId), c.id).toBe(true);
      if (c.regionOrgId) expect(orgIds.has(c.regionOrgId), c.id).toBe(true);
      if (c.approverOrgId) expect(orgIds.has(c.approverOrgId), c.id).toBe(true);
      for (const h of c.hosts) expect(orgIds.has(h.orgId), `${c.id} ${h.orgId}`).toBe(true);
    }
    for (const a of activities) {
      expect(orgIds.has(a.hostOrgId), a.id).toBe(true);
      expect(campaignIds.has(a.campaignId), a.id).toBe(true);
    }
    for (const w of works) {
      expect(orgIds.has(w.ownerOrgId), w.id).toBe(true);
      expect(campaignIds.has(w.campaignId), w.id).toBe(true);
      if (w.activityId) expect(activityIds.has(w.activityId), w.id).toBe(true);
    }
    for (const n of nominations) {
      expect(orgIds.has(n.recommenderOrgId) && orgIds.has(n.orgId), n.id).toBe(true);
      expect(campaignIds.has(n.campaignId), n.id).toBe(true);
      if (n.activityId) expect(activityIds.has(n.activityId), n.id).toBe(true);
      expect(n.kind === "ACTIVITY").toBe(n.activityId !== null);
    }
    for (const account of accounts) for (const m of account.memberships) expect(orgIds.has(m.orgId)).toBe(true);
  });

  it("keeps every activity inside its campaign's window (Asia/Shanghai)", () => {
    for (const a of activities) {
      const c = campaigns.find((campaign) => campaign.id === a.campaignId);
      expect(shanghaiDay(a.startsAt) >= (c?.startsOn ?? ""), a.id).toBe(true);
      expect(shanghaiDay(a.endsAt) <= (c?.endsOn ?? ""), a.id).toBe(true);
      expect(a.startsAt < a.endsAt || new Date(a.startsAt) < new Date(a.endsAt), a.id).toBe(true);
    }
    expect(activities.length).toBeGreaterThanOrEqual(36);
  });

  it("has a few hundred 2024 activities in 重庆, 湖南 and 深圳, hosted inside their region, some sessions full (issue 9 §9)", () => {
    const byId = new Map(orgs.map((o) => [o.id, o]));
    const of2024 = activities.filter((a) => a.campaignId.startsWith("cmp-2024"));
    expect(of2024.length).toBeGreaterThanOrEqual(300);
    for (const prefix of ["50", "43", "4403"]) {
      expect(of2024.filter((a) => a.regionCode?.startsWith(prefix)).length, prefix).toBeGreaterThanOrEqual(60);
    }
    const ids = new Set<string>();
    let full = 0;
    for (const a of of2024.filter((activity) => activity.sessions)) {
      const host = byId.get(a.hostOrgId);
      // The host's region contains the venue's: a county code equals, a province's is its prefix.
      const hostCode = (host?.regionCode ?? "").replace(/0+$/, "");
      if (a.hostOrgId !== "org-cast") expect(a.regionCode?.startsWith(hostCode), a.id).toBe(true);
      expect(a.latitude ?? 0, a.id).toBeGreaterThan(18);
      expect(a.longitude ?? 0, a.id).toBeGreaterThan(73);
      const sessions = a.sessions ?? [];
      expect(sessions[0]?.startsAt, a.id).toBe(a.startsAt);
      expect(sessions.at(-1)?.endsAt, a.id).toBe(a.endsAt);
      for (const session of sessions) {
        expect(ids.has(session.id), session.id).toBe(false);
        ids.add(session.id);
        expect(new Date(session.startsAt) < new Date(session.endsAt), session.id).toBe(true);
        if (session.registrants) {
          full += 1;
          expect(session.registrants).toBeGreaterThanOrEqual(session.capacity ?? Number.POSITIVE_INFINITY);
          expect(session.registrants).toBeLessThanOrEqual(visitorCount);
          expect(session.registrationRequired).toBe(true);
        }
      }
      if (a.mode !== "OFFLINE") expect(a.livestreamUrl, a.id).toMatch(/^https:\/\//);
    }
    expect(full).toBeGreaterThanOrEqual(10);
    expect(accounts.filter((account) => account.memberships.length === 0)).toHaveLength(visitorCount);
  });

  it("has the hosts of the notices: 21 nationally each year, 20 in 重庆", () => {
    const leadsAndCoHosts = (id: string) =>
      campaigns.find((c) => c.id === id)?.hosts.filter((h) => h.role === "LEAD" || h.role === "CO_HOST") ?? [];
    expect(leadsAndCoHosts("cmp-2023")).toHaveLength(21);
    expect(leadsAndCoHosts("cmp-2024")).toHaveLength(21);
    expect(leadsAndCoHosts("cmp-2024-cq")).toHaveLength(20);
    expect(
      campaigns.find((c) => c.id === "cmp-2023")?.hosts.filter((h) => h.role === "SPECIAL_PARTICIPANT"),
    ).toHaveLength(10);
  });

  it("respects Hunan's quotas and the 500-character description limit", () => {
    const limits: Record<string, { UNIT: number; ACTIVITY: number }> = {
      ASSOCIATION: { UNIT: 8, ACTIVITY: 6 },
      DEPARTMENT: { UNIT: 2, ACTIVITY: 2 },
      SOCIETY: { UNIT: 1, ACTIVITY: 1 },
    };
    const counts = new Map<string, number>();
    for (const n of nominations) {
      expect([...n.description].length).toBeLessThanOrEqual(500);
      if (n.campaignId !== "cmp-2024-hn") continue;
      const key = `${n.recommenderOrgId}/${n.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const kind = orgs.find((o) => o.id === n.recommenderOrgId)?.kind ?? "";
      expect(counts.get(key) ?? 0, key).toBeLessThanOrEqual(limits[kind]?.[n.kind] ?? 0);
    }
  });

  it("copies no contact phone or e-mail from the notices", () => {
    const seeds = path.resolve(import.meta.dirname, "../../../../shared/seeds");
    let text = "";
    try {
      text = readdirSync(seeds)
        .map((file) => readFileSync(path.join(seeds, file), "utf8"))
        .join("\n");
    } catch {
      return; // the notices live beside the repository; nothing to compare against without them
    }
    const phones = [...orgs.flatMap((o) => o.contacts ?? []), ...nominations.map((n) => ({ phone: n.contactPhone }))];
    for (const contact of phones) {
      const digits = contact.phone?.replace(/\D/g, "").slice(-8) ?? "";
      if (digits) expect(text.includes(digits), contact.phone).toBe(false);
    }
    for (const o of orgs) for (const c of o.contacts ?? []) expect(c.email ?? "").toMatch(/@example\.org$/);
  });

  it("holds the national 科协 tree: one per provincial, prefectural and county division, each with its code", () => {
    const associations = orgs.filter((o) => o.kind === "ASSOCIATION");
    const provincial = associations.filter((o) => o.level === "PROVINCIAL");
    expect(provincial).toHaveLength(32); // 31 mainland divisions + 新疆生产建设兵团科协
    expect(associations.filter((o) => o.level === "PREFECTURAL")).toHaveLength(344);
    expect(associations.length).toBeGreaterThan(3200);
    const coded = associations.filter((o) => o.regionCode);
    expect(new Set(coded.map((o) => o.regionCode)).size).toBe(coded.length);
    for (const o of coded) expect(o.regionCode, o.id).toMatch(/^\d{6}$/);
    // Every county-level 科协 with a code sits under its city, or its province where there is none.
    const byId = new Map(orgs.map((o) => [o.id, o]));
    for (const o of coded.filter((c) => c.level === "COUNTY")) {
      const parent = byId.get(o.parentId ?? "");
      expect(parent?.regionCode?.slice(0, 2), o.id).toBe(o.regionCode?.slice(0, 2));
    }
  });
});
