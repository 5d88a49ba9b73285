/**
 * Sign-in shared by the apps that need it (bundled into each; the token store itself lives in the
 * shared @kepu/graphql-client module, so signing in once signs in every app on the page).
 */
import {
  type AuthSessionTokens,
  client,
  endAuthSession,
  errorMessage,
  getToken,
  onAuthChange,
  setAuthSession,
} from "@kepu/graphql-client";
import { useSyncExternalStore } from "react";
import { graphql } from "./generated/index.js";

const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { accessToken expiresInSeconds refreshToken user { id } }
  }
`);

/** Signs in through the gateway; rejects with the server's message (e.g. 邮箱或密码错误). */
export async function signIn(email: string, password: string): Promise<void> {
  try {
    const result = await client.mutate({
      mutation: signInMutation,
      variables: { email, password },
    });
    const tokens = result.data?.signIn;
    if (!tokens?.accessToken) throw new Error("no token");
    setAuthSession(tokens);
  } catch (error) {
    throw new Error(errorMessage(error));
  }
}

/** Starts the sign-in another mutation returned (acceptInvitation signs the new member in). */
export function startAuthSession(tokens: AuthSessionTokens): void {
  setAuthSession(tokens);
}

/** Signs out here at once, and ends the sign-in on the server (best effort). */
export function signOut(): void {
  void endAuthSession();
}

/** Whether someone is signed in, re-rendering on sign-in and sign-out in any app. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(
    onAuthChange,
    () => getToken() !== null,
    () => false,
  );
}
