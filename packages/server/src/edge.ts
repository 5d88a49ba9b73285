import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { z } from "zod";
import { parseEnv } from "./env.js";

/**
 * Settings every public-facing process (gateway and subgraphs) shares. `NODE_ENV=production` masks
 * internal errors, drops stack traces, refuses introspection and turns the landing page off;
 * anything else keeps today's detail for development. `REQUEST_TIMEOUT_MS` bounds one request.
 */
export const edgeEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
});

export interface EdgeOptions {
  /** Mask internal errors, no stack traces, no introspection, no landing page. */
  production: boolean;
  /** A request still unanswered after this many milliseconds gets a 503 and its subgraph calls are aborted. */
  requestTimeoutMs: number;
  /** Stack traces in error responses (default: outside production). Never in production. */
  stackTraces?: boolean;
}

let fromEnv: EdgeOptions | undefined;

/** The edge settings of this process, parsed once from the environment (exits listing invalid values). */
export function edgeOptionsFromEnv(): EdgeOptions {
  if (!fromEnv) {
    const env = parseEnv(edgeEnvSchema);
    fromEnv = {
      production: env.NODE_ENV === "production",
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      // As Apollo Server's own default: only in development (tests compare bodies, not traces).
      stackTraces: env.NODE_ENV === "development",
    };
  }
  return fromEnv;
}

/** What the server knows about the request being served, wherever in its async work it is asked. */
export interface RequestScope {
  /** Correlates the response, the server's log lines and the subgraph calls the gateway makes. */
  requestId: string;
  /** Aborted when the request's time limit passes (or the client goes away). */
  signal: AbortSignal;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `work` as one request: `currentRequest()` answers inside it. */
export function runInRequestScope<T>(request: RequestScope, work: () => Promise<T>): Promise<T> {
  return scope.run(request, work);
}

/** The request being served, or undefined outside one (start-up, background work). */
export function currentRequest(): RequestScope | undefined {
  return scope.getStore();
}

/** The header that carries the request id from the gateway to the subgraphs and back to the caller. */
export const requestIdHeader = "x-request-id";

/** A caller-supplied request id is kept only when it looks like one (it ends up in logs). */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9-]{8,64}$/.test(value) ? value : randomUUID();
}

/**
 * Codes whose errors are meant for the caller: their message is ours, written for a person, and
 * carries nothing internal. Every other error is internal and is masked in production. A service
 * that needs a new user-facing code adds it here (the subgraphs' `userError` accepts only these).
 */
export const publicErrorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "QUOTA_EXCEEDED",
  "DEADLINE_PASSED",
  "TOO_MANY_ATTEMPTS",
  "TOO_MANY_REQUESTS",
  "SERVICE_UNAVAILABLE",
  "REQUEST_TIMEOUT",
  // Apollo Server's own request errors (the request itself is wrong; the message says how).
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
] as const;
export type PublicErrorCode = (typeof publicErrorCodes)[number];

const publicCodes = new Set<string>(publicErrorCodes);

/** Extensions that describe the server, never the request: dropped from every production response. */
const internalExtensions = ["stacktrace", "exception", "serviceName", "response"];

/**
 * A subgraph's HTTP refusal as the gateway passes it on ("401: Unauthorized" with the subgraph's URL
 * and raw answer under `extensions.response`): said as the subgraph meant it, its address dropped in
 * every mode. Other errors pass unchanged.
 */
function fromSubgraphHttpError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const response = formatted.extensions?.response as { body?: { errors?: { message?: unknown }[] } } | undefined;
  if (!response || typeof response !== "object") return formatted;
  const { response: _dropped, ...extensions } = formatted.extensions ?? {};
  const said = response.body?.errors?.[0]?.message;
  const message =
    typeof said === "string"
      ? said
      : extensions.code === "UNAUTHENTICATED"
        ? "登录已失效，请重新登录"
        : formatted.message;
  return { ...formatted, message, extensions };
}

/**
 * The message a caller gets in place of an internal error: what to do, and the id under which the
 * server logged the details.
 */
export function maskedMessage(requestId: string): string {
  return `服务器内部错误，请稍后重试；如仍失败，请联系管理员并提供请求编号 ${requestId}`;
}

export interface ErrorLogEntry {
  requestId: string;
  service: string;
  message: string;
  code: string | undefined;
  path: readonly (string | number)[] | undefined;
  stack: string | undefined;
}

/** Where internal errors are written in full (one JSON line each on stderr; tests may capture them). */
export type ErrorLogger = (entry: ErrorLogEntry) => void;

export const stderrErrorLogger: ErrorLogger = (entry) => {
  console.error(JSON.stringify({ level: "error", ...entry }));
};

/**
 * Apollo's `formatError` for the edge. Development returns errors as they are. Production keeps
 * errors with a public code (their stack traces and internal extensions removed) and replaces every
 * other one with `maskedMessage(requestId)` under `INTERNAL_SERVER_ERROR`; internal errors are logged
 * in full with the same request id in both modes. `translate` lets a server turn a library's own
 * input errors (e.g. a bad cursor) into public ones first.
 */
export function createErrorFormatter(options: {
  service: string;
  production: boolean;
  log?: ErrorLogger;
  translate?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError | undefined;
}): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  const log = options.log ?? stderrErrorLogger;
  return (original, error) => {
    const formatted = fromSubgraphHttpError(options.translate?.(original, error) ?? original);
    const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
    const isPublic = code !== undefined && publicCodes.has(code);
    const requestId = currentRequest()?.requestId ?? randomUUID();
    if (!isPublic) {
      const cause = unwrapResolverError(error);
      log({
        requestId,
        service: options.service,
        message: formatted.message,
        code,
        path: formatted.path,
        stack: cause instanceof Error ? cause.stack : undefined,
      });
    }
    if (!options.production) return formatted;
    if (!isPublic) {
      return {
        message: maskedMessage(requestId),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
      };
    }
    const extensions = { ...formatted.extensions };
    for (const key of internalExtensions) delete extensions[key];
    return { ...formatted, extensions };
  };
}

/**
 * Refuses, with HTTP 400 and a message a person can act on, a document whose operation cannot be
 * chosen: several operations and no `operationName`, or an `operationName` that names none of them.
 * (The gateway otherwise answers such a request with HTTP 500.)
 */
export const operationChoicePlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request, document }) {
        if (operation) return;
        const names = document.definitions.flatMap((definition) =>
          definition.kind === "OperationDefinition" ? [definition.name?.value ?? "（未命名）"] : [],
        );
        const message = request.operationName
          ? `请求中没有名为 ${request.operationName} 的操作（有：${names.join("、")}）`
          : `请求包含多个操作（${names.join("、")}），请用 operationName 指明要执行哪一个`;
        throw new GraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
      },
    };
  },
};

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text no field may hold: NUL (PostgreSQL refuses it inside text) and lone UTF-16 surrogates (not
 * Unicode; they cannot be stored or encoded). `null` when the string is clean, else what is wrong.
 */
export function badTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "空字符（\\u0000）";
  if (loneSurrogate.test(value)) return "不成对的 UTF-16 代理项";
  return null;
}

function findBadText(value: unknown, path: string): { path: string; reason: string } | null {
  if (typeof value === "string") {
    const reason = badTextReason(value);
    return reason ? { path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findBadText(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const badKey = badTextReason(key);
      if (badKey) return { path: `${path}.${key}`, reason: badKey };
      const found = findBadText(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The one place for string hygiene: every variable (at any depth) and every string literal in the
 * document is checked before anything runs; NUL or a lone surrogate is refused with HTTP 400
 * `BAD_USER_INPUT` naming where it is (`$input.name`, or the literal's line and column). Gateway and
 * subgraphs both use it, so a request sent straight to a subgraph is held to the same rule.
 */
export const stringHygienePlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const refuse = (where: string, reason: string) => {
          throw new GraphQLError(`${where} 含有无法保存的字符：${reason}，请删除后重试`, {
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          });
        };
        for (const [name, value] of Object.entries(request.variables ?? {})) {
          const found = findBadText(value, `$${name}`);
          if (found) refuse(`变量 ${found.path}`, found.reason);
        }
        const source = document.loc?.source;
        const stack: unknown[] = [...document.definitions];
        while (stack.length) {
          const node = stack.pop();
          if (!node || typeof node !== "object") continue;
          const record = node as { kind?: string; value?: unknown; loc?: { start: number } };
          if (record.kind === "StringValue" && typeof record.value === "string") {
            const reason = badTextReason(record.value);
            if (reason) {
              const at = source && record.loc ? lineAndColumn(source.body, record.loc.start) : "";
              refuse(`查询中的字符串${at}`, reason);
            }
          }
          for (const [key, child] of Object.entries(node)) {
            if (key === "loc") continue;
            if (Array.isArray(child)) stack.push(...child);
            else if (child && typeof child === "object") stack.push(child);
          }
        }
      },
    };
  },
};

function lineAndColumn(body: string, offset: number): string {
  const before = body.slice(0, offset).split("\n");
  return `（第 ${before.length} 行第 ${(before.at(-1)?.length ?? 0) + 1} 列）`;
}

/**
 * The Apollo Server options every edge process shares: error formatting and masking, stack traces
 * and introspection only outside production, no landing page in production, and the request-level
 * refusals above. Spread into `new ApolloServer({...})`; add server-specific plugins after.
 */
export function edgeApolloOptions<Context extends BaseContext>(options: {
  service: string;
  edge: EdgeOptions;
  log?: ErrorLogger;
  translate?: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError | undefined;
}): Pick<
  ApolloServerOptions<Context>,
  "formatError" | "includeStacktraceInErrorResponses" | "introspection" | "hideSchemaDetailsFromClientErrors"
> & { plugins: ApolloServerPlugin<Context>[] } {
  const { production } = options.edge;
  return {
    formatError: createErrorFormatter({
      service: options.service,
      production,
      ...(options.log ? { log: options.log } : {}),
      ...(options.translate ? { translate: options.translate } : {}),
    }),
    includeStacktraceInErrorResponses: !production && (options.edge.stackTraces ?? true),
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    plugins: [
      operationChoicePlugin as ApolloServerPlugin<Context>,
      stringHygienePlugin as ApolloServerPlugin<Context>,
      ...(production ? [ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<Context>] : []),
    ],
  };
}
