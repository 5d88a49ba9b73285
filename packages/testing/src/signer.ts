import { type AccessClaims, createTokenSigner } from "@kepu/auth";

/** Claims a test signs: `rv` may be left out (see testTokenSigner). */
export type TestClaims = Omit<AccessClaims, "rv"> & { rv?: number };

export interface TestTokenSigner {
  sign(claims: TestClaims, ttlSeconds: number): Promise<string>;
}

/**
 * Signs tokens as the organizations service would, for tests that need a particular viewer. A test
 * that leaves out `rv` gets the user's current rights version (`currentRightsVersion`, 0 when not
 * given or the user is unknown), so fabricated claims for demo users stay valid however often their
 * memberships were rewritten; a test of stale rights signs an older `rv` or uses a real token.
 */
export async function testTokenSigner(
  privateKeyPem: string,
  currentRightsVersion: (userId: string) => Promise<number | null> = async () => 0,
): Promise<TestTokenSigner> {
  const signer = await createTokenSigner(privateKeyPem);
  return {
    async sign(claims, ttlSeconds) {
      const rv = claims.rv ?? (await currentRightsVersion(claims.sub)) ?? 0;
      return signer.sign({ ...claims, rv }, ttlSeconds);
    },
  };
}
