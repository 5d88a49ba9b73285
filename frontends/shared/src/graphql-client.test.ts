// @vitest-environment happy-dom
/**
 * The shared token store every app relies on: refresh before expiry, once on UNAUTHENTICATED,
 * sign-out.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  authSettled,
  client,
  endAuthSession,
  getRefreshToken,
  getToken,
  gql,
  setAuthSession,
  setToken,
} from "./graphql-client.js";

interface Call {
  query: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

let calls: Call[] = [];
let respond: (call: Call) => unknown;

beforeEach(() => {
  calls = [];
  localStorage.clear();
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables?: Record<string, unknown> };
      const headers = new Headers(init.headers);
      const call = { query: body.query, variables: body.variables ?? {}, authorization: headers.get("authorization") };
      calls.push(call);
      return new Response(JSON.stringify(respond(call)), { headers: { "content-type": "application/json" } });
    }),
  );
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await client.clearStore();
});

const meQuery = gql`
  query Me {
    me { id }
  }
`;
const renewed = { accessToken: "access-2", expiresInSeconds: 900, refreshToken: "refresh-2" };

describe("the session's tokens", () => {
  it("renews the access token shortly before it expires, then sends the new one", async () => {
    setAuthSession({ accessToken: "access-1", expiresInSeconds: 30, refreshToken: "refresh-1" });
    await authSettled();
    respond = (call) =>
      call.query.includes("refreshAuthSession")
        ? { data: { refreshAuthSession: renewed } }
        : { data: { me: { __typename: "User", id: "u1" } } };
    await client.query({ query: meQuery, fetchPolicy: "network-only" });
    expect(calls.map((c) => [c.query.includes("refreshAuthSession") ? "refresh" : "me", c.authorization])).toEqual([
      ["refresh", null],
      ["me", "Bearer access-2"],
    ]);
    expect(calls[0]?.variables).toEqual({ refreshToken: "refresh-1" });
    expect([getToken(), getRefreshToken()]).toEqual(["access-2", "refresh-2"]);
  });

  it("renews once and retries when the server answers UNAUTHENTICATED", async () => {
    setAuthSession({ accessToken: "access-1", expiresInSeconds: 900, refreshToken: "refresh-1" });
    await authSettled();
    respond = (call) => {
      if (call.query.includes("refreshAuthSession")) return { data: { refreshAuthSession: renewed } };
      if (call.authorization === "Bearer access-1")
        return { data: null, errors: [{ message: "登录已失效，请重新登录", extensions: { code: "UNAUTHENTICATED" } }] };
      return { data: { me: { __typename: "User", id: "u1" } } };
    };
    const result = await client.query({ query: meQuery, fetchPolicy: "network-only" });
    expect(result.data).toEqual({ me: { __typename: "User", id: "u1" } });
    expect(calls.map((c) => c.authorization)).toEqual(["Bearer access-1", null, "Bearer access-2"]);
  });

  it("signs out when the refresh token is refused, and does not loop", async () => {
    setAuthSession({ accessToken: "access-1", expiresInSeconds: 900, refreshToken: "refresh-1" });
    await authSettled();
    respond = (call) =>
      call.query.includes("refreshAuthSession")
        ? { data: null, errors: [{ message: "登录已过期", extensions: { code: "UNAUTHENTICATED" } }] }
        : { data: null, errors: [{ message: "登录已失效，请重新登录", extensions: { code: "UNAUTHENTICATED" } }] };
    // The query fails (signing out also drops the cache it was filling); no second renewal is tried.
    await expect(client.query({ query: meQuery, fetchPolicy: "network-only" })).rejects.toThrow();
    expect(calls).toHaveLength(2);
    expect([getToken(), getRefreshToken()]).toEqual([null, null]);
  });

  it("ends the sign-in on the server and forgets both tokens", async () => {
    setAuthSession({ accessToken: "access-1", expiresInSeconds: 900, refreshToken: "refresh-1" });
    respond = () => ({ data: { signOut: true } });
    await endAuthSession();
    expect(calls.map((c) => [c.query.includes("signOut"), c.variables])).toEqual([
      [true, { refreshToken: "refresh-1" }],
    ]);
    expect([getToken(), getRefreshToken()]).toEqual([null, null]);
  });

  it("still signs out here when the server cannot be reached", async () => {
    setAuthSession({ accessToken: "access-1", expiresInSeconds: 900, refreshToken: "refresh-1" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    await endAuthSession();
    expect(getToken()).toBeNull();
  });

  it("keeps setToken working for callers with an access token only (no renewal)", async () => {
    setToken("legacy");
    await authSettled();
    respond = () => ({ data: { me: { __typename: "User", id: "u1" } } });
    await client.query({ query: meQuery, fetchPolicy: "network-only" });
    expect(calls.map((c) => c.authorization)).toEqual(["Bearer legacy"]);
    expect(getRefreshToken()).toBeNull();
  });
});
