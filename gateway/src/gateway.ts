import type { IncomingMessage } from "node:http";
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { type RunningServer, serve } from "@kepu/server";
import { Agent, fetch as undiciFetch } from "undici";
import { readCommittedSupergraph } from "./compose.js";
import { defaultSubgraphUrls, type SubgraphName, subgraphNames } from "./subgraphs.js";

interface GatewayContext {
  authorization?: string;
}

export interface GatewayConfig {
  port: number;
  host?: string;
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  corsOrigins?: string[] | "*";
  supergraphSdl?: string;
}

/**
 * One pool of kept-alive connections to the subgraphs: a query plan fans out to several subgraphs
 * per request, and a fresh TCP connection for each fetch would dominate the latency.
 */
const subgraphAgent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 128 });

class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Forward the caller's bearer token untouched: each subgraph verifies it itself. Nothing else
    // about the caller's identity is passed on.
    if ("authorization" in context && context.authorization) {
      request.http?.headers.set("authorization", context.authorization);
    }
  }
}

/** The largest request body: a 5 MB file in base64 (×4/3) with room for the rest of the request. */
export const uploadBodyBytes = 8_000_000;

export async function startGateway(config: GatewayConfig): Promise<RunningServer> {
  const urls = { ...defaultSubgraphUrls, ...config.subgraphUrls };
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl ?? readCommittedSupergraph(),
    buildService: ({ name }) => {
      if (!subgraphNames.includes(name as SubgraphName)) throw new Error(`unknown subgraph ${name}`);
      return new AuthForwardingDataSource({
        url: urls[name as SubgraphName],
        fetcher: ((input: string, init?: object) =>
          undiciFetch(input, { ...init, dispatcher: subgraphAgent } as Parameters<typeof undiciFetch>[1])) as never,
      });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({ gateway, introspection: true, csrfPrevention: true });
  return serve({
    apollo,
    port: config.port,
    ...(config.host ? { host: config.host } : {}),
    ...(config.corsOrigins ? { corsOrigins: config.corsOrigins } : {}),
    // Room for a spreadsheet import (importOrgs takes up to 5 MB, sent as base64).
    maxBodyBytes: uploadBodyBytes,
    context: async (request: IncomingMessage) =>
      request.headers.authorization ? { authorization: request.headers.authorization } : {},
    ready: async () => {
      await Promise.all(
        subgraphNames.map(async (name) => {
          const health = new URL("/health", urls[name]);
          const response = await undiciFetch(health, { dispatcher: subgraphAgent });
          if (!response.ok) throw new Error(`${name} is not ready`);
          await response.arrayBuffer();
        }),
      );
    },
  });
}
