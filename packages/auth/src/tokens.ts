import {
  type CryptoKey,
  exportPKCS8,
  exportSPKI,
  generateKeyPair,
  importPKCS8,
  importSPKI,
  jwtVerify,
  SignJWT,
} from "jose";
import { type AccessClaims, accessClaimsSchema, anonymousCaller, type Caller, viewerFromClaims } from "./viewer.js";

/**
 * Access tokens are EdDSA (Ed25519) JWTs. Only the organizations service holds the private key and
 * signs; every subgraph holds the public key and verifies, so a subgraph that is compromised or
 * misconfigured cannot mint identities, and a forged token is rejected everywhere.
 */
const algorithm = "EdDSA";
export const tokenIssuer = "kepu:organizations";
export const tokenAudience = "kepu:graph";

export class InvalidTokenError extends Error {
  override name = "InvalidTokenError";
}

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
}

export async function generateSigningKeys(): Promise<KeyPairPem> {
  const { privateKey, publicKey } = await generateKeyPair(algorithm, { crv: "Ed25519", extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey) };
}

export interface TokenSigner {
  sign(claims: AccessClaims, ttlSeconds: number): Promise<string>;
}

export async function createTokenSigner(privateKeyPem: string): Promise<TokenSigner> {
  const key: CryptoKey = await importPKCS8(privateKeyPem, algorithm);
  return {
    async sign(claims, ttlSeconds) {
      const { sub, ...rest } = claims;
      return new SignJWT(rest)
        .setProtectedHeader({ alg: algorithm })
        .setSubject(sub)
        .setIssuer(tokenIssuer)
        .setAudience(tokenAudience)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(key);
    },
  };
}

export interface TokenVerifier {
  /**
   * Who a bearer token stands for (viewer and rights version); the public without a header;
   * throws InvalidTokenError on a bad, expired or foreign token.
   */
  callerFromAuthorization(header: string | undefined | null): Promise<Caller>;
}

export async function createTokenVerifier(publicKeyPem: string): Promise<TokenVerifier> {
  const key = await importSPKI(publicKeyPem, algorithm);
  return {
    async callerFromAuthorization(header) {
      if (!header) return anonymousCaller;
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
      if (!match?.[1]) throw new InvalidTokenError("Authorization must be 'Bearer <token>'");
      try {
        const { payload } = await jwtVerify(match[1], key, {
          algorithms: [algorithm],
          issuer: tokenIssuer,
          audience: tokenAudience,
        });
        const claims = accessClaimsSchema.parse(payload);
        return { viewer: viewerFromClaims(claims), rightsVersion: claims.rv };
      } catch (error) {
        throw new InvalidTokenError(error instanceof Error ? error.message : "invalid token");
      }
    },
  };
}
