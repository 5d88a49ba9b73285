import type { IncomingMessage } from "node:http";
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import {
  ClientGuard,
  type ClientLimits,
  currentRequest,
  type EdgeOptions,
  type ErrorLogger,
  edgeApolloOptions,
  edgeOptionsFromEnv,
  type RunningServer,
  requestIdHeader,
  serve,
} from "@kepu/server";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Agent, fetch as undiciFetch } from "undici";
import { readCommittedSupergraph } from "./compose.js";
import { limitRules, operationLimits, tokenLimitMessage } from "./limits.js";
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
  /** Production masking and the request time limit; default: parsed once from the environment. */
  edge?: EdgeOptions;
  /** Where internal errors are logged in full (default: JSON lines on stderr). */
  errorLog?: ErrorLogger;
  /** Per-client limits at the door (see `ClientLimits`); none when left out (tests that hammer it). */
  clientLimits?: ClientLimits;
}

/**
 * One pool of kept-alive connections to the subgraphs: a query plan fans out to several subgraphs
 * per request, and a fresh TCP connection for each fetch would dominate the latency.
 */
const subgraphAgent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 128 });

type SubgraphResponse = Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0];

class AuthForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /**
   * A subgraph that refuses the forwarded request as too large (its body limit is below the
   * gateway's) refused the caller's input, not failed: say so as BAD_USER_INPUT, not an internal error.
   * Likewise a value the gateway cannot judge (a custom scalar such as DateTime written without an
   * offset), which the subgraph refuses with HTTP 400 and its reason: pass that reason on.
   */
  override async errorFromResponse(response: SubgraphResponse): Promise<GraphQLError> {
    if (response.status === 413) {
      await response.text().catch(() => "");
      return new GraphQLError("请求过大：某个输入值超过了服务允许的大小，请缩短后重试", {
        extensions: { code: "BAD_USER_INPUT", http: { status: 413 } },
      });
    }
    if (response.status === 400) {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | null;
      const refusal = body?.errors?.find((error) => typeof error.message === "string");
      const code = refusal?.extensions?.code;
      if (refusal && (code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED")) {
        return new GraphQLError(String(refusal.message), { extensions: { code: "BAD_USER_INPUT" } });
      }
    }
    return super.errorFromResponse(response);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Forward the caller's bearer token untouched: each subgraph verifies it itself. Nothing else
    // about the caller's identity is passed on.
    if ("authorization" in context && context.authorization) {
      request.http?.headers.set("authorization", context.authorization);
    }
  }
}

/**
 * Every subgraph call of a request carries that request's id (so the subgraphs log under the same
 * id) and stops when the request's time limit passes or its caller goes away.
 */
function subgraphFetch(input: string, init?: { headers?: Record<string, string> }) {
  const request = currentRequest();
  return undiciFetch(input, {
    ...init,
    headers: { ...init?.headers, ...(request ? { [requestIdHeader]: request.requestId } : {}) },
    ...(request ? { signal: request.signal } : {}),
    dispatcher: subgraphAgent,
  } as Parameters<typeof undiciFetch>[1]);
}

/** graphql's token-limit refusal, in words a person can act on. */
function translateTokenLimit(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code !== "GRAPHQL_PARSE_FAILED") return undefined;
  if (!/Document contains more that \d+ tokens/.test(formatted.message)) return undefined;
  return { ...formatted, message: tokenLimitMessage(), extensions: { ...formatted.extensions, limit: "maxTokens" } };
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
        fetcher: subgraphFetch as never,
      });
    },
  });
  const edge = config.edge ?? edgeOptionsFromEnv();
  const shared = edgeApolloOptions<GatewayContext>({
    service: "gateway",
    edge,
    translate: translateTokenLimit,
    ...(config.errorLog ? { log: config.errorLog } : {}),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...shared,
    csrfPrevention: true,
    validationRules: limitRules(),
    // The parser stops at this many tokens, so an oversized document costs almost nothing.
    parseOptions: { maxTokens: operationLimits.maxTokens },
  });
  return serve({
    apollo,
    port: config.port,
    requestTimeoutMs: edge.requestTimeoutMs,
    ...(config.clientLimits ? { guard: new ClientGuard(config.clientLimits) } : {}),
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
