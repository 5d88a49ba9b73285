/**
 * Sign-in shared by the apps that need it (bundled into each; the token store itself lives in the
 * shared @kepu/graphql-client module, so signing in once signs in every app on the page).
 */
import { clearToken, client, errorMessage, getToken, gql, onAuthChange, setToken } from "@kepu/graphql-client";
import { useSyncExternalStore } from "react";

const signInMutation = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) { accessToken }
  }
`;

/** Signs in through the gateway; rejects with the server's message (e.g. 邮箱或密码错误). */
export async function signIn(email: string, password: string): Promise<void> {
  try {
    const result = await client.mutate<{ signIn: { accessToken: string } }>({
      mutation: signInMutation,
      variables: { email, password },
    });
    const token = result.data?.signIn.accessToken;
    if (!token) throw new Error("no token");
    setToken(token);
  } catch (error) {
    throw new Error(errorMessage(error));
  }
}

export function signOut(): void {
  clearToken();
}

/** Whether someone is signed in, re-rendering on sign-in and sign-out in any app. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(
    onAuthChange,
    () => getToken() !== null,
    () => false,
  );
}
