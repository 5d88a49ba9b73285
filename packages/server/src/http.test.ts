import { ApolloServer } from "@apollo/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, serve } from "./http.js";

let server: RunningServer;

beforeAll(async () => {
  const apollo = new ApolloServer({
    typeDefs: "type Query { echo(text: String!): Int! }",
    resolvers: { Query: { echo: (_: unknown, a: { text: string }) => a.text.length } },
  });
  server = await serve({ apollo, port: 0, context: async () => ({}), maxBodyBytes: 100_000 });
});
afterAll(async () => {
  await server?.close();
});

const post = (text: string) =>
  fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "query ($t: String!) { echo(text: $t) }", variables: { t: text } }),
  });

describe("serve", () => {
  it("answers GraphQL over POST and health over GET", async () => {
    const response = await post("科普");
    expect(await response.json()).toEqual({ data: { echo: 2 } });
    expect((await fetch(server.url.replace("/graphql", "/health"))).status).toBe(200);
  });

  it("refuses a body over the limit with 413 and a GraphQL error a client can show", async () => {
    const response = await post("x".repeat(150_000));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0]?.message).toMatch(/请求过大/);
    expect((await post("x".repeat(90_000))).status).toBe(200);
  });
});
