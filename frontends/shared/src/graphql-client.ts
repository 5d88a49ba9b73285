/**
 * @kepu/graphql-client: ONE Apollo Client and cache for every app on the page (loaded once through
 * the import map), plus the sign-in token store. The gateway URL comes from the page:
 * <meta name="kepu-gateway" content="…">, written by the root config's server.
 *
 * A sign-in is a short-lived access token and a refresh token (rotated on every use). The access
 * token is renewed shortly before it expires, and once more when a request is refused with
 * UNAUTHENTICATED; when renewal fails the person is signed out.
 */
import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  gql,
  HttpLink,
  InMemoryCache,
  ServerError,
} from "@apollo/client";
import { ApolloProvider, useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { catchError, from, mergeMap, type Observable, of, throwError } from "rxjs";
import { graphql } from "./generated/index.js";

const tokenKey = "kepu.accessToken";
const refreshKey = "kepu.refreshToken";
const expiresKey = "kepu.accessExpiresAt";
const authEvent = "kepu:auth";
/** Renew this long before the access token expires (clock skew, slow networks). */
const renewMarginMs = 60_000;

/** What signIn, refreshAuthSession and acceptInvitation return. */
export interface AuthSessionTokens {
  accessToken: string;
  refreshToken: string;
  expiresInSeconds: number;
}

function storage(): Storage | undefined {
  return globalThis.localStorage;
}

function announce(): void {
  window.dispatchEvent(new Event(authEvent));
}

export function getToken(): string | null {
  return storage()?.getItem(tokenKey) ?? null;
}

export function getRefreshToken(): string | null {
  return storage()?.getItem(refreshKey) ?? null;
}

/** Stores an access token alone (no refresh possible); kept for callers that only have one. */
export function setToken(token: string): void {
  localStorage.setItem(tokenKey, token);
  localStorage.removeItem(refreshKey);
  localStorage.removeItem(expiresKey);
  announce();
}

function storeTokens(tokens: AuthSessionTokens): void {
  localStorage.setItem(tokenKey, tokens.accessToken);
  localStorage.setItem(refreshKey, tokens.refreshToken);
  localStorage.setItem(expiresKey, String(Date.now() + tokens.expiresInSeconds * 1000));
}

/** Starts a sign-in (a new user for every app on the page: the cache is dropped). */
export function setAuthSession(tokens: AuthSessionTokens): void {
  storeTokens(tokens);
  announce();
}

/** Forgets both tokens locally; see endAuthSession to also end the sign-in on the server. */
export function clearToken(): void {
  localStorage.removeItem(tokenKey);
  localStorage.removeItem(refreshKey);
  localStorage.removeItem(expiresKey);
  announce();
}

/** Calls `listener` whenever someone signs in or out in any app on the page. */
export function onAuthChange(listener: () => void): () => void {
  window.addEventListener(authEvent, listener);
  return () => window.removeEventListener(authEvent, listener);
}

export function gatewayUrl(): string {
  const meta = globalThis.document?.querySelector<HTMLMetaElement>('meta[name="kepu-gateway"]');
  return meta?.content || "/graphql";
}

/** The message a person should read for a failed operation (the server's Chinese message if any). */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map((e) => e.message).join("；");
  return error instanceof Error ? error.message : String(error);
}

/** The first GraphQL error code of a failed operation (FORBIDDEN, BAD_USER_INPUT …), if any. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors.find((e) => typeof e.extensions?.code === "string")?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Sign-in session calls go straight to the gateway with fetch, not through the client: they must not wait
 * for (or trigger) the renewal the client's link performs.
 */
async function postAuthSessionMutation<T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<T> {
  const response = await fetch(gatewayUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join("；") || "请求失败");
  return body.data;
}

const refreshAuthSessionMutation = graphql(`
  mutation RefreshAuthSession($refreshToken: String!) {
    refreshAuthSession(refreshToken: $refreshToken) { accessToken expiresInSeconds refreshToken }
  }
`);

const signOutMutation = graphql(`
  mutation SignOut($refreshToken: String!) {
    signOut(refreshToken: $refreshToken)
  }
`);

let renewal: Promise<string | null> | null = null;

/**
 * Tabs share the tokens (localStorage) and a refresh token works once: renewals are serialized
 * across tabs with the Web Locks API, and a tab that waited re-reads what the other tab stored.
 */
function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? (locks.request("kepu:auth-session-refresh", work) as Promise<T>) : work();
}

function accessTokenIsFresh(): boolean {
  const expiresAt = Number(storage()?.getItem(expiresKey) ?? Number.NaN);
  return getToken() !== null && Number.isFinite(expiresAt) && expiresAt - Date.now() >= renewMarginMs;
}

/**
 * Exchanges the refresh token for new tokens, once at a time for the whole browser. Resolves with
 * the new access token, or null (and signs out) when the sign-in cannot be renewed.
 */
export function refreshAuthSession(): Promise<string | null> {
  const asked = getRefreshToken();
  renewal ??= withRefreshLock(async () => {
    const refreshToken = getRefreshToken();
    if (!refreshToken) return null;
    // Another tab renewed while this one waited for the lock: use what it stored.
    if (refreshToken !== asked && accessTokenIsFresh()) return getToken();
    try {
      const data = await postAuthSessionMutation(refreshAuthSessionMutation, { refreshToken });
      // Someone signed out (or in as someone else) meanwhile: keep their choice.
      if (getRefreshToken() !== refreshToken) return getToken();
      // Same user, new tokens: no announcement, so the cache is kept.
      storeTokens(data.refreshAuthSession);
      return data.refreshAuthSession.accessToken;
    } catch {
      if (getRefreshToken() === refreshToken) clearToken();
      return null;
    }
  }).finally(() => {
    renewal = null;
  });
  return renewal;
}

/** Ends the sign-in on the server (best effort: offline still signs out here) and forgets it. */
export async function endAuthSession(): Promise<void> {
  const refreshToken = getRefreshToken();
  clearToken();
  if (!refreshToken) return;
  try {
    await postAuthSessionMutation(signOutMutation, { refreshToken });
  } catch {
    // The refresh token expires on its own; nothing a person could do about it here.
  }
}

/** The access token to send now: renewed first when it is about to expire. */
async function currentAccessToken(): Promise<string | null> {
  const token = getToken();
  const expiresAt = Number(storage()?.getItem(expiresKey) ?? Number.NaN);
  if (token && getRefreshToken() && Number.isFinite(expiresAt) && expiresAt - Date.now() < renewMarginMs)
    return refreshAuthSession();
  return token;
}

function isUnauthenticated(result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }): boolean {
  return result.errors?.some((e) => e.extensions?.code === "UNAUTHENTICATED") ?? false;
}

function withToken(operation: ApolloLink.Operation, token: string | null): void {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => {
    const next = { ...headers };
    if (token) next.authorization = `Bearer ${token}`;
    else delete next.authorization;
    return { headers: next };
  });
}

function refusedForAuthentication(error: unknown): boolean {
  return (
    (ServerError.is(error) && error.statusCode === 401) || (CombinedGraphQLErrors.is(error) && isUnauthenticated(error))
  );
}

const authLink = new ApolloLink((operation, forward) => {
  const send = (token: string | null) => {
    withToken(operation, token);
    return forward(operation);
  };
  let retried = false;
  /** Once per operation: renew the sign-in and send again, else give up with what came back. */
  const retryOr = (token: string | null, fallback: () => Observable<ApolloLink.Result>) => {
    if (retried || !token || !getRefreshToken()) return fallback();
    retried = true;
    return from(refreshAuthSession()).pipe(mergeMap((fresh) => (fresh ? send(fresh) : fallback())));
  };
  return from(currentAccessToken()).pipe(
    mergeMap((token) =>
      send(token).pipe(
        mergeMap((result) => (isUnauthenticated(result) ? retryOr(token, () => of(result)) : of(result))),
        catchError((error: unknown) =>
          refusedForAuthentication(error) ? retryOr(token, () => throwError(() => error)) : throwError(() => error),
        ),
      ),
    ),
  );
});

export const client = new ApolloClient({
  link: ApolloLink.from([authLink, new HttpLink({ uri: () => gatewayUrl() })]),
  cache: new InMemoryCache(),
});

let clearing: Promise<unknown> = Promise.resolve();
// A different user sees different data: drop everything cached for the previous one.
if (typeof window !== "undefined")
  onAuthChange(() => {
    clearing = client.clearStore();
  });

/**
 * Resolves once the cache of the previous user is gone. Apollo clears it a moment after the sign-in
 * changes, failing whatever query is in flight then: screens that will query as the new user right
 * away (after accepting an invitation, say) wait for this first.
 */
export function authSettled(): Promise<void> {
  return clearing.then(
    () => undefined,
    () => undefined,
  );
}

export { ApolloProvider, gql, useApolloClient, useMutation, useQuery };
