/**
 * @kepu/graphql-client: ONE Apollo Client and cache for every app on the page (loaded once through
 * the import map), plus the sign-in token store. The gateway URL comes from the page:
 * <meta name="kepu-gateway" content="…">, written by the root config's server.
 */
import { ApolloClient, ApolloLink, CombinedGraphQLErrors, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { ApolloProvider, useApolloClient, useMutation, useQuery } from "@apollo/client/react";

const tokenKey = "kepu.accessToken";
const authEvent = "kepu:auth";

export function getToken(): string | null {
  return globalThis.localStorage?.getItem(tokenKey) ?? null;
}

export function setToken(token: string): void {
  localStorage.setItem(tokenKey, token);
  window.dispatchEvent(new Event(authEvent));
}

export function clearToken(): void {
  localStorage.removeItem(tokenKey);
  window.dispatchEvent(new Event(authEvent));
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

const authLink = new ApolloLink((operation, forward) => {
  const token = getToken();
  if (token)
    operation.setContext(({ headers = {} }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
  return forward(operation);
});

export const client = new ApolloClient({
  link: ApolloLink.from([authLink, new HttpLink({ uri: () => gatewayUrl() })]),
  cache: new InMemoryCache(),
});

// A different user sees different data: drop everything cached for the previous one.
if (typeof window !== "undefined") onAuthChange(() => void client.clearStore());

export { ApolloProvider, gql, useApolloClient, useMutation, useQuery };
