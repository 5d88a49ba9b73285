export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** POSTs one GraphQL operation; returns the HTTP status with the body. */
export async function graphql<Data = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<Data>, "status">;
  return { status: response.status, ...body };
}

/** Signs in through the graph and returns the access token. */
export async function signIn(gatewayUrl: string, email: string, password: string): Promise<string> {
  const result = await graphql<{ signIn: { accessToken: string } }>(
    gatewayUrl,
    "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
    { variables: { email, password } },
  );
  if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.accessToken;
}
