import { describe, expect, it } from "vitest";
import { createTokenSigner, createTokenVerifier, generateSigningKeys, InvalidTokenError } from "./tokens.js";

const claims = { sub: "u1", name: "张三", adm: false, mem: [{ org: "org-cq", roles: ["ORG_ADMIN" as const] }], rv: 3 };

describe("access tokens", () => {
  it("round-trips the viewer through a signed token", async () => {
    const keys = await generateSigningKeys();
    const token = await (await createTokenSigner(keys.privateKeyPem)).sign(claims, 60);
    const caller = await (await createTokenVerifier(keys.publicKeyPem)).callerFromAuthorization(`Bearer ${token}`);
    expect(caller).toEqual({
      viewer: {
        kind: "user",
        userId: "u1",
        displayName: "张三",
        platformAdmin: false,
        memberships: [{ orgId: "org-cq", roles: ["ORG_ADMIN"] }],
      },
      rightsVersion: 3,
    });
  });

  it("is anonymous without a header", async () => {
    const keys = await generateSigningKeys();
    const verifier = await createTokenVerifier(keys.publicKeyPem);
    expect(await verifier.callerFromAuthorization(undefined)).toEqual({
      viewer: { kind: "anonymous" },
      rightsVersion: null,
    });
  });

  it("rejects a token signed by another key, an expired token and a malformed header", async () => {
    const mine = await generateSigningKeys();
    const theirs = await generateSigningKeys();
    const verifier = await createTokenVerifier(mine.publicKeyPem);
    const forged = await (await createTokenSigner(theirs.privateKeyPem)).sign({ ...claims, adm: true }, 60);
    await expect(verifier.callerFromAuthorization(`Bearer ${forged}`)).rejects.toBeInstanceOf(InvalidTokenError);
    const expired = await (await createTokenSigner(mine.privateKeyPem)).sign(claims, -10);
    await expect(verifier.callerFromAuthorization(`Bearer ${expired}`)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.callerFromAuthorization("Basic abc")).rejects.toBeInstanceOf(InvalidTokenError);
    const { rv: _rv, ...withoutVersion } = claims;
    const unversioned = await (await createTokenSigner(mine.privateKeyPem)).sign(withoutVersion as typeof claims, 60);
    await expect(verifier.callerFromAuthorization(`Bearer ${unversioned}`)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
