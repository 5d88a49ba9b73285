import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import type { ClientGuard } from "./client-guard.js";
import { maskedMessage, requestIdFrom, requestIdHeader, runInRequestScope } from "./edge.js";

export interface ServeOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  /** Builds the request's context; throw a GraphQLError (with extensions.http.status) to refuse. */
  context: (request: IncomingMessage) => Promise<Context>;
  port: number;
  host?: string;
  /** Origins allowed to call from a browser; "*" for any. */
  corsOrigins?: string[] | "*";
  /** Extra readiness check for GET /health (e.g. the database answers). */
  ready?: () => Promise<void>;
  /** Largest request body accepted (default 1 MB); bigger ones get 413 before any parsing. */
  maxBodyBytes?: number;
  /**
   * A GraphQL request not answered within this many milliseconds gets HTTP 503 `REQUEST_TIMEOUT`,
   * and the request's `signal` (see `currentRequest()`) is aborted so its outgoing calls stop.
   * Default 15 s.
   */
  requestTimeoutMs?: number;
  /**
   * Paths this server answers beside `/graphql` and `/health` (the media service's uploads and
   * files). Called first for every request, before CORS and body handling: it answers and returns
   * true, or returns false to leave the request to GraphQL.
   */
  routes?: HttpRoutes;
  /** Per-client limits at the door (the gateway's; the subgraphs are not public). */
  guard?: ClientGuard;
}

/** Extra HTTP routes of a server (see `ServeOptions.routes`). */
export interface HttpRoutes {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /** Stops what the routes run in the background (timers); called when the server closes. */
  close?(): Promise<void>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves an Apollo Server (subgraph or gateway) over node:http with `/graphql` and `/health`.
 * Apollo Server 5 no longer ships an HTTP framework; its documented integration point is
 * `executeHTTPGraphQLRequest`, which is all a subgraph needs.
 */
export async function serve<Context extends BaseContext>(options: ServeOptions<Context>): Promise<RunningServer> {
  const { apollo } = options;
  await apollo.start();
  const server: Server = createServer((req, res) => {
    const requestId = requestIdFrom(req.headers[requestIdHeader]);
    res.setHeader(requestIdHeader, requestId);
    const controller = new AbortController();
    // The caller went away before the answer: stop the work done for it.
    res.once("close", () => {
      if (!res.writableFinished) controller.abort(new Error("client closed the connection"));
    });
    runInRequestScope({ requestId, signal: controller.signal }, () => handle(options, req, res, controller)).catch(
      (error: unknown) => {
        // Never the error's text: it may name files or internal addresses. It is logged in full.
        console.error(
          JSON.stringify({ level: "error", requestId, message: String(error), stack: (error as Error)?.stack }),
        );
        if (res.headersSent) return void res.end();
        res.statusCode = 500;
        res.setHeader("content-type", "application/json");
        res.end(
          JSON.stringify({
            errors: [{ message: maskedMessage(requestId), extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }],
          }),
        );
      },
    );
  });
  // Peers (the gateway) keep connections open; outlive their idle timeout to avoid races on reuse.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(options.port, options.host ?? "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}/graphql`,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await options.routes?.close?.();
      await apollo.stop();
    },
  };
}

async function handle<Context extends BaseContext>(
  options: ServeOptions<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  controller: AbortController,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (options.routes && (await options.routes.handle(req, res, url))) return;
  applyCors(options.corsOrigins, req, res);
  if (req.method === "OPTIONS") {
    res.statusCode = 204;
    res.end();
    return;
  }
  if (url.pathname === "/health") {
    try {
      await options.ready?.();
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ status: "ok" }));
    } catch (error) {
      res.statusCode = 503;
      res.end(
        JSON.stringify({ status: "unavailable", reason: error instanceof Error ? error.message : String(error) }),
      );
    }
    return;
  }
  if (url.pathname !== "/graphql") {
    res.statusCode = 404;
    res.end("not found");
    return;
  }
  if (options.guard) {
    const admission = await options.guard.admit(req);
    if ("message" in admission) {
      if (admission.delayMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, admission.delayMs).unref());
        if (res.destroyed) return;
      }
      res.statusCode = 429;
      res.setHeader("content-type", "application/json");
      res.setHeader("retry-after", String(admission.retryAfterSeconds));
      // The body is never parsed (node discards it to keep the connection), so this costs almost nothing.
      res.end(JSON.stringify({ errors: [{ message: admission.message, extensions: { code: "TOO_MANY_REQUESTS" } }] }));
      return;
    }
    res.once("close", () => admission.finish(res.statusCode));
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  if (req.method === "POST") {
    const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
    const read = await readJson(req, limit);
    if (read === tooLarge) {
      res.statusCode = 413;
      res.setHeader("content-type", "application/json");
      const megabytes = Math.floor(limit / 1_000_000);
      const message = `请求过大（上限 ${megabytes} MB）`;
      res.end(JSON.stringify({ errors: [{ message, extensions: { code: "BAD_USER_INPUT" } }] }));
      return;
    }
    body = read;
  }
  const timeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<typeof requestTimedOut>((resolve) => {
    timer = setTimeout(() => resolve(requestTimedOut), timeoutMs);
  });
  const result = await Promise.race([
    options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => options.context(req),
    }),
    timedOut,
  ]).finally(() => clearTimeout(timer));
  if (result === requestTimedOut) {
    controller.abort(new Error(`request exceeded its time limit of ${timeoutMs} ms`));
    res.statusCode = 503;
    res.setHeader("content-type", "application/json");
    res.setHeader("retry-after", "5");
    const message = `请求处理超过 ${timeoutMs / 1000} 秒未完成，已中止；请缩小查询范围（减少字段、层级或每页条数）后重试`;
    res.end(JSON.stringify({ errors: [{ message, extensions: { code: "REQUEST_TIMEOUT" } }] }));
    return;
  }
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === "complete") {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

const defaultMaxBodyBytes = 1_000_000;
const defaultRequestTimeoutMs = 15_000;
const requestTimedOut = Symbol("timed out");
const tooLarge = Symbol("too large");

async function readJson(req: IncomingMessage, maxBodyBytes: number): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBodyBytes) return tooLarge;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return tooLarge;
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Let Apollo answer with its own 400 for a body that is not JSON.
    return text;
  }
}

function applyCors(origins: string[] | "*" | undefined, req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origins || !origin) return;
  if (origins !== "*" && !origins.includes(origin)) return;
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("vary", "origin");
  res.setHeader("access-control-allow-headers", "authorization, content-type, apollo-require-preflight");
  res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  res.setHeader("access-control-max-age", "600");
}
