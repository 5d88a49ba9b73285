import { accounts, campaigns, type DemoOrg, orgs } from "@kepu/demo-data";
import { requireInstant, sqlDateFromDay } from "@kepu/time";
import { hash } from "@node-rs/argon2";
import type { Db } from "./db.js";
import { parentsFirst, pathFor } from "./domain/tree.js";

/** Loads the demo slice. Idempotent: re-running updates the same records by id. */
export async function seed(prisma: Db): Promise<void> {
  await upsertOrgs(prisma, orgs);
  const withContacts = orgs.filter((org) => org.contacts?.length);
  await prisma.contact.deleteMany({ where: { orgId: { in: withContacts.map((org) => org.id) } } });
  await prisma.contact.createMany({
    data: withContacts.flatMap((org) =>
      (org.contacts ?? []).map((c) => ({
        orgId: org.id,
        name: c.name,
        title: c.title ?? null,
        phone: c.phone ?? null,
        email: c.email ?? null,
      })),
    ),
  });

  // Parents before children, so that a regional edition's parent exists.
  const ordered = [...campaigns].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  for (const campaign of ordered) {
    const data = {
      name: campaign.name,
      edition: campaign.edition,
      year: campaign.year,
      theme: campaign.theme,
      hashtags: campaign.hashtags ?? [],
      startsOn: sqlDateFromDay(campaign.startsOn),
      endsOn: sqlDateFromDay(campaign.endsOn),
      summaryDeadline: campaign.summaryDeadline ? requireInstant(campaign.summaryDeadline) : null,
      parentId: campaign.parentId,
      regionOrgId: campaign.regionOrgId,
      approverOrgId: campaign.approverOrgId ?? null,
    };
    await prisma.campaign.upsert({ where: { id: campaign.id }, create: { id: campaign.id, ...data }, update: data });
    await prisma.campaignHost.deleteMany({ where: { campaignId: campaign.id } });
    await prisma.campaignHost.createMany({
      data: campaign.hosts.map((host, position) => ({
        campaignId: campaign.id,
        orgId: host.orgId,
        role: host.role,
        position,
      })),
    });
  }

  // The demo accounts share one password: hashed once (argon2id takes tens of milliseconds).
  const hashes = new Map<string, string>();
  for (const account of accounts) {
    const passwordHash = hashes.get(account.password) ?? (await hash(account.password));
    hashes.set(account.password, passwordHash);
    const data = {
      email: account.email,
      displayName: account.displayName,
      platformAdmin: account.platformAdmin,
      passwordHash,
    };
    await prisma.user.upsert({ where: { id: account.id }, create: { id: account.id, ...data }, update: data });
    await prisma.membership.deleteMany({ where: { userId: account.id } });
    await prisma.membership.createMany({
      data: account.memberships.map((m) => ({ userId: account.id, orgId: m.orgId, roles: m.roles })),
    });
  }
}

/**
 * Writes the whole tree (about 3,300 units) in one statement per 1,000 rows: an upsert per row
 * would cost seconds on every boot of the embedded database.
 */
export async function upsertOrgs(prisma: Db, all: readonly DemoOrg[]): Promise<void> {
  const paths = new Map<string, string>();
  const rows = parentsFirst(all).map((org) => {
    const path = pathFor(org.parentId ? (paths.get(org.parentId) ?? null) : null, org.id);
    paths.set(org.id, path);
    return { ...org, path };
  });
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    const column = <K extends keyof (typeof chunk)[number]>(key: K) => chunk.map((row) => row[key] ?? null);
    await prisma.$executeRaw`
      INSERT INTO "Org" ("id", "name", "shortName", "kind", "level", "parentId", "path", "regionCode", "address", "updatedAt")
      SELECT id, name, "shortName", kind::"OrgKind", level::"OrgLevel", "parentId", path, "regionCode", address, now()
      FROM unnest(
        ${column("id")}::text[], ${column("name")}::text[], ${column("shortName")}::text[], ${column("kind")}::text[],
        ${column("level")}::text[], ${column("parentId")}::text[], ${column("path")}::text[],
        ${column("regionCode")}::text[], ${column("address")}::text[]
      ) AS t(id, name, "shortName", kind, level, "parentId", path, "regionCode", address)
      ON CONFLICT ("id") DO UPDATE SET
        "name" = EXCLUDED."name", "shortName" = EXCLUDED."shortName", "kind" = EXCLUDED."kind",
        "level" = EXCLUDED."level", "parentId" = EXCLUDED."parentId", "path" = EXCLUDED."path",
        "regionCode" = EXCLUDED."regionCode", "address" = EXCLUDED."address", "updatedAt" = now()`;
  }
}
