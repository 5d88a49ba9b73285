import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  accounts,
  activities,
  campaigns,
  type DemoCampaign,
  type DemoOrg,
  nominations,
  orgs,
  specialParticipantIds,
  workPlatforms,
  works,
} from "./index.js";

const orgById = new Map(orgs.map((o) => [o.id, o]));
const campaignById = new Map(campaigns.map((c) => [c.id, c]));
const activityById = new Map(activities.map((a) => [a.id, a]));

const org = (id: string): DemoOrg => {
  const found = orgById.get(id);
  if (!found) throw new Error(`unknown org ${id}`);
  return found;
};
const campaign = (id: string): DemoCampaign => {
  const found = campaignById.get(id);
  if (!found) throw new Error(`unknown campaign ${id}`);
  return found;
};

/** The org and its ancestors, nearest first. Throws on a cycle. */
const lineage = (id: string): DemoOrg[] => {
  const chain: DemoOrg[] = [];
  for (let current: DemoOrg | undefined = org(id); current; ) {
    if (chain.includes(current)) throw new Error(`cycle through ${current.id}`);
    chain.push(current);
    current = current.parentId ? org(current.parentId) : undefined;
  }
  return chain;
};

/** The nearest region code on the way up, if any. */
const regionOf = (id: string) => lineage(id).find((o) => o.regionCode)?.regionCode;

/** "430100" → "4301": the prefix every code inside the region starts with. */
const regionPrefix = (code: string) => code.replace(/(00)+$/, "");
const within = (code: string, region: string) => code.startsWith(regionPrefix(region));

/** The calendar day of an instant in Asia/Shanghai, "YYYY-MM-DD". */
const shanghaiDay = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(iso));

const leadsAndCoHosts = (id: string) => campaign(id).hosts.filter((h) => h.role === "LEAD" || h.role === "CO_HOST");

describe("ids", () => {
  it("are unique in every collection and readable slugs", () => {
    const collections = { orgs, campaigns, activities, works, nominations, accounts };
    for (const [name, list] of Object.entries(collections)) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size, name).toBe(ids.length);
      for (const id of ids) expect(id, name).toMatch(/^(org|cmp|act|work|nom|demo)-[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe("organizations", () => {
  it("form a tree whose only roots are 中国科协, government departments and the special participants", () => {
    for (const o of orgs) {
      expect(() => lineage(o.id), o.id).not.toThrow();
      if (o.parentId === null) {
        expect(o.id === "org-cast" || o.kind === "DEPARTMENT" || specialParticipantIds.includes(o.id), o.id).toBe(true);
      }
    }
    expect(org("org-cast")).toMatchObject({ name: "中国科协", kind: "ASSOCIATION", level: "NATIONAL", parentId: null });
  });

  it("use GB/T 2260 codes that nest inside their parents' regions", () => {
    for (const o of orgs) {
      if (!o.regionCode) continue;
      expect(o.regionCode, o.id).toMatch(/^\d{6}$/);
      const parentRegion = o.parentId ? regionOf(o.parentId) : undefined;
      if (parentRegion) expect(within(o.regionCode, parentRegion), `${o.id} in ${parentRegion}`).toBe(true);
    }
    expect(org("org-cq").regionCode).toBe("500000");
    expect(org("org-hn").regionCode).toBe("430000");
    expect(org("org-gd").regionCode).toBe("440000");
    expect(org("org-sz")).toMatchObject({ regionCode: "440300", level: "PREFECTURAL", parentId: "org-gd" });
  });

  it("places provincial 科协 under 中国科协 and coordination bodies under their 科协", () => {
    for (const id of ["org-cq", "org-hn", "org-gd"]) expect(org(id)).toMatchObject({ parentId: "org-cast" });
    expect(org("org-hn-gangyao")).toMatchObject({ kind: "COORDINATION_BODY", parentId: "org-hn" });
    expect(org("org-sz-lianxi")).toMatchObject({ kind: "COORDINATION_BODY", parentId: "org-sz" });
    for (const id of ["org-cq-liangjiang", "org-cq-gaoxin", "org-cq-wansheng"]) {
      expect(org(id)).toMatchObject({ level: "COUNTY", parentId: "org-cq" });
    }
  });
});

describe("campaigns", () => {
  it("resolve their parents, regions and hosts, each host once", () => {
    for (const c of campaigns) {
      if (c.parentId) expect(campaignById.has(c.parentId), c.id).toBe(true);
      if (c.regionOrgId) expect(orgById.has(c.regionOrgId), c.id).toBe(true);
      for (const h of c.hosts) expect(orgById.has(h.orgId), `${c.id} ${h.orgId}`).toBe(true);
      const hostIds = c.hosts.map((h) => h.orgId);
      expect(new Set(hostIds).size, c.id).toBe(hostIds.length);
      expect(
        c.hosts.filter((h) => h.role === "LEAD"),
        c.id,
      ).toHaveLength(1);
      expect(c.startsOn <= c.endsOn, c.id).toBe(true);
      if (c.summaryDeadline) {
        expect(c.summaryDeadline, c.id).toMatch(/\+08:00$/);
        // Usually after the window; Shenzhen's notice asks for summaries by 09-28, before 科普月 ends on 09-30.
        expect(shanghaiDay(c.summaryDeadline) > c.startsOn, c.id).toBe(true);
      }
    }
  });

  it("nest regional editions under a national edition of the same year, inheriting its theme", () => {
    for (const c of campaigns) {
      if (c.parentId === null) {
        expect(c.regionOrgId, c.id).toBeNull();
        expect(c.theme, c.id).toMatch(/^提升全民科学素质，/);
        continue;
      }
      const parent = campaign(c.parentId);
      expect(parent.parentId, c.id).toBeNull();
      expect(c.regionOrgId, c.id).not.toBeNull();
      expect({ edition: c.edition, year: c.year, theme: c.theme }, c.id).toEqual({
        edition: parent.edition,
        year: parent.year,
        theme: null,
      });
    }
    expect(["cmp-2024-cq", "cmp-2024-hn", "cmp-2024-sz"].map((id) => campaign(id).parentId)).toEqual([
      "cmp-2024",
      "cmp-2024",
      "cmp-2024",
    ]);
  });

  it("have the hosts of the notices: 21 nationally each year, 20 in 重庆", () => {
    for (const id of ["cmp-2023", "cmp-2024"]) {
      const hosts = leadsAndCoHosts(id);
      expect(hosts, id).toHaveLength(21);
      expect(
        hosts.filter((h) => h.role === "LEAD"),
        id,
      ).toEqual([{ orgId: "org-cast", role: "LEAD" }]);
      for (const h of hosts.filter((h) => h.role === "CO_HOST")) {
        expect(org(h.orgId), h.orgId).toMatchObject({ kind: "DEPARTMENT", level: "NATIONAL" });
      }
    }
    expect(campaign("cmp-2023").hosts.filter((h) => h.role === "SPECIAL_PARTICIPANT")).toHaveLength(10);
    const chongqing = leadsAndCoHosts("cmp-2024-cq");
    expect(chongqing).toHaveLength(20);
    expect(chongqing[0]).toEqual({ orgId: "org-cq", role: "LEAD" });
    expect(campaign("cmp-2024-hn").hosts[0]).toEqual({ orgId: "org-hn-gangyao", role: "LEAD" });
    expect(campaign("cmp-2024-sz").hosts[0]).toEqual({ orgId: "org-sz-lianxi", role: "LEAD" });
  });
});

describe("activities", () => {
  it("resolve their host and campaign; regional ones are hosted inside the region", () => {
    for (const a of activities) {
      expect(orgById.has(a.hostOrgId), a.id).toBe(true);
      const c = campaign(a.campaignId);
      if (c.regionOrgId) {
        const region = regionOf(c.regionOrgId) ?? "";
        expect(within(regionOf(a.hostOrgId) ?? "", region), `${a.id} host`).toBe(true);
        if (a.regionCode) expect(within(a.regionCode, region), `${a.id} place`).toBe(true);
      }
    }
  });

  it("lie inside their campaign's window (Asia/Shanghai)", () => {
    for (const a of activities) {
      const c = campaign(a.campaignId);
      expect(a.startsAt, a.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(a.endsAt, a.id).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      expect(shanghaiDay(a.startsAt) >= c.startsOn, `${a.id} starts ${a.startsAt}`).toBe(true);
      expect(shanghaiDay(a.endsAt) <= c.endsOn, `${a.id} ends ${a.endsAt}`).toBe(true);
      expect(new Date(a.startsAt) < new Date(a.endsAt), a.id).toBe(true);
    }
  });

  it("have a real place when offline, none when online, with coordinates in the right province", () => {
    // Rough bounding boxes of the provinces the demo uses, by the first two digits of GB/T 2260.
    const boxes: Record<string, [south: number, north: number, west: number, east: number]> = {
      "11": [39.4, 41.1, 115.4, 117.6], // 北京
      "13": [36.0, 42.7, 113.4, 119.9], // 河北
      "42": [29.0, 33.3, 108.3, 116.2], // 湖北
      "43": [24.6, 30.2, 108.7, 114.3], // 湖南
      "44": [20.2, 25.6, 109.6, 117.4], // 广东
      "50": [28.1, 32.3, 105.2, 110.2], // 重庆
    };
    for (const a of activities) {
      if (a.mode === "ONLINE") {
        expect([a.address, a.latitude, a.longitude], a.id).toEqual([undefined, undefined, undefined]);
        continue;
      }
      expect(a.venue && a.address, a.id).toBeTruthy();
      const region = a.regionCode ?? regionOf(campaign(a.campaignId).regionOrgId ?? a.hostOrgId) ?? "";
      const box = boxes[region.slice(0, 2)];
      expect(box, `${a.id} region ${region}`).toBeDefined();
      const [south, north, west, east] = box ?? [0, 0, 0, 0];
      expect(a.latitude ?? 0, a.id).toBeGreaterThanOrEqual(south);
      expect(a.latitude ?? 0, a.id).toBeLessThanOrEqual(north);
      expect(a.longitude ?? 0, a.id).toBeGreaterThanOrEqual(west);
      expect(a.longitude ?? 0, a.id).toBeLessThanOrEqual(east);
    }
  });

  it("report figures for every 2023 activity and some of 2024", () => {
    const reported = (a: (typeof activities)[number]) =>
      Number.isInteger(a.sessionsCount) &&
      Number.isInteger(a.peopleServed) &&
      (a.sessionsCount ?? 0) > 0 &&
      (a.peopleServed ?? 0) > 0;
    for (const a of activities.filter((a) => campaign(a.campaignId).year === 2023)) {
      expect(reported(a), a.id).toBe(true);
    }
    const of2024 = activities.filter((a) => campaign(a.campaignId).year === 2024);
    expect(of2024.filter(reported).length).toBeGreaterThan(5);
    expect(of2024.filter((a) => !reported(a)).length).toBeGreaterThan(5);
  });

  it("cover every category, form and audience, and all four 2024 editions", () => {
    const all = <K extends "forms" | "audiences">(key: K) => new Set(activities.flatMap((a) => a[key]));
    expect(new Set(activities.map((a) => a.category)).size).toBe(4);
    expect(all("forms").size).toBe(14);
    expect(all("audiences").size).toBe(7);
    for (const id of ["cmp-2023", "cmp-2024", "cmp-2024-cq", "cmp-2024-hn", "cmp-2024-sz"]) {
      expect(activities.filter((a) => a.campaignId === id).length, id).toBeGreaterThanOrEqual(5);
    }
    // The platform's pagination tests page 50 activities at a time over the seeded data.
    expect(activities.length).toBeGreaterThanOrEqual(50);
  });
});

describe("works", () => {
  it("resolve owner, campaign and activity, and point at example.org", () => {
    for (const w of works) {
      expect(orgById.has(w.ownerOrgId), w.id).toBe(true);
      expect(campaignById.has(w.campaignId), w.id).toBe(true);
      if (w.activityId) expect(activityById.get(w.activityId)?.campaignId, w.id).toBe(w.campaignId);
      expect(w.url, w.id).toMatch(/^https:\/\/example\.org\/works\//);
      expect(w.publishedAt, w.id).toMatch(/\+08:00$/);
      expect(workPlatforms as readonly string[], w.id).toContain(w.platform);
    }
  });
});

describe("nominations", () => {
  it("resolve their references; an activity's nomination names its host and matches its figures", () => {
    for (const n of nominations) {
      expect(orgById.has(n.recommenderOrgId) && orgById.has(n.orgId), n.id).toBe(true);
      expect(campaignById.has(n.campaignId), n.id).toBe(true);
      expect(n.kind === "ACTIVITY", n.id).toBe(n.activityId !== null);
      if (!n.activityId) continue;
      const a = activityById.get(n.activityId);
      expect(a, n.id).toBeDefined();
      expect(a?.hostOrgId, n.id).toBe(n.orgId);
      const c = campaign(a?.campaignId ?? "");
      expect(c.id === n.campaignId || c.parentId === n.campaignId, n.id).toBe(true);
      if (a?.sessionsCount !== undefined) {
        expect([n.sessionsCount, n.peopleServed], n.id).toEqual([a.sessionsCount, a.peopleServed]);
      }
    }
  });

  it("describe in at most 500 characters", () => {
    for (const n of nominations) {
      expect([...n.description].length, n.id).toBeLessThanOrEqual(500);
      expect(n.description.length, n.id).toBeGreaterThan(20);
    }
  });

  it("come from 科协 about units in their own subtree", () => {
    for (const n of nominations) {
      if (org(n.recommenderOrgId).kind !== "ASSOCIATION") continue;
      expect(
        lineage(n.orgId).some((o) => o.id === n.recommenderOrgId),
        n.id,
      ).toBe(true);
    }
  });

  it("respect 湖南's quotas per recommender", () => {
    const hunan = campaign("cmp-2024-hn");
    const members = new Set(hunan.hosts.filter((h) => h.role === "MEMBER").map((h) => h.orgId));
    const limitsOf = (o: DemoOrg): { UNIT: number; ACTIVITY: number } | undefined => {
      if (o.kind === "ASSOCIATION" && o.level === "PREFECTURAL" && o.parentId === "org-hn")
        return { UNIT: 8, ACTIVITY: 6 };
      if (o.kind === "DEPARTMENT" && members.has(o.id)) return { UNIT: 2, ACTIVITY: 2 };
      if (o.kind === "SOCIETY" && o.level === "PROVINCIAL" && o.parentId === "org-hn") return { UNIT: 1, ACTIVITY: 1 };
      return undefined;
    };
    const counts = new Map<string, number>();
    const inHunan = nominations.filter((n) => n.campaignId === hunan.id);
    expect(inHunan.length).toBeGreaterThanOrEqual(10);
    for (const n of inHunan) {
      const limits = limitsOf(org(n.recommenderOrgId));
      expect(limits, `${n.id}: ${n.recommenderOrgId} may not recommend in 湖南`).toBeDefined();
      const key = `${n.recommenderOrgId}/${n.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      expect(counts.get(key), key).toBeLessThanOrEqual(limits?.[n.kind] ?? 0);
    }
  });
});

describe("accounts", () => {
  it("are the three demo sign-ins", () => {
    const byEmail = new Map(accounts.map((a) => [a.email, a]));
    expect(accounts).toHaveLength(3);
    for (const a of accounts) {
      expect(a.password).toBe("kepu-demo-2024");
      expect(a.displayName).toMatch(/\p{Script=Han}/u);
      for (const m of a.memberships) expect(orgById.has(m.orgId), a.id).toBe(true);
    }
    expect(byEmail.get("organizer@kepu.example")).toMatchObject({
      platformAdmin: false,
      memberships: [{ orgId: "org-cq", roles: ["ORG_ADMIN", "EDITOR"] }],
    });
    expect(byEmail.get("reviewer@kepu.example")).toMatchObject({
      platformAdmin: false,
      memberships: [{ orgId: "org-hn", roles: ["REVIEWER"] }],
    });
    expect(byEmail.get("admin@kepu.example")).toMatchObject({
      platformAdmin: true,
      memberships: [{ orgId: "org-cast", roles: ["ORG_ADMIN"] }],
    });
  });
});

describe("personal data", () => {
  // The real contacts printed in the notices (seeds 000–004): they must never reach the demo data.
  const knownPhones = ["68526217", "68512519", "63589586", "63589698", "63003153", "84884352", "83671490"];
  const knownEmails = ["kepuri@cast.org.cn", "cqskpr@163.com", "hnkxpjb@163.com", "kxkpb@shenzhen.gov.cn"];
  const knownNames = ["赵婷婷", "王晓萌", "刘天扬", "蒙昌乐", "邹小龙", "肖鹏", "陈昶全", "刘波"];

  /** The notices' text, when they are present beside the repository (they are in the workspace). */
  const seedText = (() => {
    const dir = path.resolve(import.meta.dirname, "../../../../shared/seeds");
    try {
      return readdirSync(dir)
        .filter((file) => file.endsWith(".txt"))
        .map((file) => readFileSync(path.join(dir, file), "utf8"))
        .join("\n");
    } catch {
      return "";
    }
  })();
  const seedPhones = [...knownPhones, ...(seedText.match(/\d{7,8}/g) ?? [])];
  const seedEmails = [...knownEmails, ...(seedText.match(/[\w.-]+@[\w.-]+\.\w+/g) ?? [])];
  const seedNames = [...knownNames, ...(seedText.match(/(?<=联\s*系\s*人[：:]\s*)\S+/g) ?? [])];

  const contacts = [
    ...orgs.flatMap((o) => (o.contacts ?? []).map((c) => ({ ...c, where: o.id }))),
    ...nominations.map((n) => ({ name: n.contactName, phone: n.contactPhone, email: undefined, where: n.id })),
  ];

  it("uses fictional phone numbers and example.org e-mail addresses only", () => {
    expect(contacts.length).toBeGreaterThan(10);
    for (const c of contacts) {
      if (c.phone) expect(c.phone, c.where).toMatch(/^0\d{2,3}-6000\d{4}$/);
      if (c.email) expect(c.email, c.where).toMatch(/^[a-z0-9.-]+@example\.org$/);
    }
  });

  it("copies no contact phone, e-mail or name from the notices", () => {
    for (const c of contacts) {
      const digits = c.phone?.replace(/\D/g, "") ?? "";
      for (const phone of seedPhones) expect(digits.endsWith(phone), `${c.where} ${c.phone}`).toBe(false);
      if (c.email) expect(seedEmails, c.where).not.toContain(c.email);
      for (const name of seedNames) expect(c.name.includes(name) || name.includes(c.name), c.where).toBe(false);
    }
  });

  it("keeps phone numbers and e-mail addresses out of public text", () => {
    const publicText = [
      ...orgs.flatMap((o) => [o.name, o.shortName, o.address]),
      ...activities.flatMap((a) => [a.title, a.summary, a.venue, a.address]),
      ...works.flatMap((w) => [w.title, w.authorName]),
      ...nominations.flatMap((n) => [n.title, n.description]),
    ].join("\n");
    expect(publicText).not.toMatch(/\d{3,4}-\d{7,8}/);
    expect(publicText).not.toMatch(/1[3-9]\d{9}/);
    expect(publicText).not.toMatch(/@/);
  });
});
