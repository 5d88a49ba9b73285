import { accounts, campaigns, orgs } from "@kepu/demo-data";
import { hash } from "@node-rs/argon2";
import type { Db } from "./db.js";
import { parentsFirst, pathFor } from "./domain/tree.js";

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Loads the demo slice. Idempotent: re-running updates the same records by id. */
export async function seed(prisma: Db): Promise<void> {
  const paths = new Map<string, string>();
  for (const org of parentsFirst(orgs)) {
    const path = pathFor(org.parentId ? (paths.get(org.parentId) ?? null) : null, org.id);
    paths.set(org.id, path);
    const data = {
      name: org.name,
      shortName: org.shortName ?? null,
      kind: org.kind,
      level: org.level,
      parentId: org.parentId,
      path,
      regionCode: org.regionCode ?? null,
      address: org.address ?? null,
    };
    await prisma.org.upsert({ where: { id: org.id }, create: { id: org.id, ...data }, update: data });
    await prisma.contact.deleteMany({ where: { orgId: org.id } });
    if (org.contacts?.length) {
      await prisma.contact.createMany({
        data: org.contacts.map((c) => ({
          orgId: org.id,
          name: c.name,
          title: c.title ?? null,
          phone: c.phone ?? null,
          email: c.email ?? null,
        })),
      });
    }
  }

  // Parents before children, so that a regional edition's parent exists.
  const ordered = [...campaigns].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  for (const campaign of ordered) {
    const data = {
      name: campaign.name,
      edition: campaign.edition,
      year: campaign.year,
      theme: campaign.theme,
      startsOn: day(campaign.startsOn),
      endsOn: day(campaign.endsOn),
      summaryDeadline: campaign.summaryDeadline ? new Date(campaign.summaryDeadline) : null,
      parentId: campaign.parentId,
      regionOrgId: campaign.regionOrgId,
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

  for (const account of accounts) {
    const data = {
      email: account.email,
      displayName: account.displayName,
      platformAdmin: account.platformAdmin,
      passwordHash: await hash(account.password),
    };
    await prisma.user.upsert({ where: { id: account.id }, create: { id: account.id, ...data }, update: data });
    await prisma.membership.deleteMany({ where: { userId: account.id } });
    await prisma.membership.createMany({
      data: account.memberships.map((m) => ({ userId: account.id, orgId: m.orgId, roles: m.roles })),
    });
  }
}
