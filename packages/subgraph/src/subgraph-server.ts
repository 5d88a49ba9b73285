import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { InvalidTokenError, type TokenVerifier } from "@kepu/auth";
import {
  type EdgeOptions,
  type ErrorLogger,
  edgeApolloOptions,
  type HttpRoutes,
  type RunningServer,
  serve,
} from "@kepu/server";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { createContext, type ServiceContext } from "./context.js";
import { translateLibraryInputError } from "./input-errors.js";
import type { OrgDirectory } from "./org-directory.js";
import { currentRightsPlugin } from "./rights-version.js";

/** What every subgraph's context carries beside its own extras: the one place-loader. */
export interface SubgraphExtras {
  directory: OrgDirectory;
}

export interface SubgraphServerOptions<Db, Extra extends SubgraphExtras> {
  name: string;
  db: Db;
  /** Service-wide objects every request's context carries (e.g. the token signer). */
  extra: Extra;
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  port: number;
  host?: string;
  ready?: () => Promise<void>;
  /** Largest request body (default 1 MB): organizations takes spreadsheet imports. */
  maxBodyBytes?: number;
  /** Production masking and the request time limit (see @kepu/server `edgeOptionsFromEnv`). */
  edge: EdgeOptions;
  /** Where internal errors are logged in full (default: JSON lines on stderr). */
  errorLog?: ErrorLogger;
  /** HTTP routes beside GraphQL (media: uploads and files). */
  routes?: HttpRoutes;
}

/**
 * One subgraph on HTTP. The viewer comes only from the bearer token this subgraph verifies itself;
 * any other header claiming an identity is ignored. Every mutation first checks that the token's
 * rights are current (rights-version.ts).
 */
export async function startSubgraphServer<Db, Extra extends SubgraphExtras>(
  options: SubgraphServerOptions<Db, Extra>,
): Promise<RunningServer> {
  const edge = edgeApolloOptions<ServiceContext<Db, Extra>>({
    service: options.name,
    edge: options.edge,
    translate: translateLibraryInputError,
    ...(options.errorLog ? { log: options.errorLog } : {}),
  });
  const apollo = new ApolloServer<ServiceContext<Db, Extra>>({
    schema: options.schema,
    ...edge,
    // Subgraphs sit behind the gateway; nothing else needs CSRF-safe simple requests.
    csrfPrevention: true,
    // No usage reporting here: per-field traces would only cost time on every request.
    plugins: [...edge.plugins, ApolloServerPluginInlineTraceDisabled(), currentRightsPlugin()],
  });
  return serve({
    apollo,
    port: options.port,
    requestTimeoutMs: options.edge.requestTimeoutMs,
    ...(options.host ? { host: options.host } : {}),
    ...(options.ready ? { ready: options.ready } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.routes ? { routes: options.routes } : {}),
    async context(request) {
      try {
        return createContext(
          await options.verifier.callerFromAuthorization(request.headers.authorization),
          options.db,
          options.extra,
          request.headers.authorization,
        );
      } catch (error) {
        if (error instanceof InvalidTokenError) {
          throw new GraphQLError("登录已失效，请重新登录", {
            extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
          });
        }
        throw error;
      }
    },
  });
}
