import { bootService } from "@kepu/testing/service";
import { type OrganizationsConfig, seed, start } from "../src/index.js";

/** The organizations subgraph on a fresh in-memory database with the demo data, for its tests. */
export function bootOrganizations(options: Partial<Pick<OrganizationsConfig, "mailer" | "webUrl">> = {}) {
  return bootService(
    (base, keys) => start({ ...base, privateKeyPem: keys.privateKeyPem, accessTokenTtlSeconds: 900, ...options }),
    seed,
    (service) => async (userId) =>
      (await service.prisma.user.findUnique({ where: { id: userId }, select: { rightsVersion: true } }))
        ?.rightsVersion ?? null,
  );
}
