import { generateSigningKeys, type KeyPairPem } from "@kepu/auth";
import { type TestTokenSigner, testTokenSigner } from "./signer.js";

/** What every subgraph's start() needs in a test: a fresh in-memory database on a free port. */
export interface TestServiceBase {
  database: { dataDir: string };
  port: number;
  migrate: true;
  publicKeyPem: string;
}

/**
 * Boots one subgraph for its own tests: a throw-away Ed25519 key pair, a fresh in-memory PGlite
 * database with the migrations applied, then its seed. Returns the service and a signer for tokens
 * of whatever viewer a case needs; `rightsVersion` tells the signer a user's current rights version
 * (the service that holds users passes its own lookup; the others' fixture directories answer 0).
 */
export async function bootService<Db, Service extends { prisma: Db }>(
  start: (base: TestServiceBase, keys: KeyPairPem) => Promise<Service>,
  seed?: (prisma: Db) => Promise<void>,
  rightsVersion?: (service: Service) => (userId: string) => Promise<number | null>,
): Promise<{ service: Service; signer: TestTokenSigner }> {
  const keys = await generateSigningKeys();
  const service = await start(
    { database: { dataDir: "memory://" }, port: 0, migrate: true, publicKeyPem: keys.publicKeyPem },
    keys,
  );
  await seed?.(service.prisma);
  return { service, signer: await testTokenSigner(keys.privateKeyPem, rightsVersion?.(service)) };
}
