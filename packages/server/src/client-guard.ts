import type { IncomingMessage } from "node:http";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { z } from "zod";

/**
 * What one client (one address) may cost the public door. Refusing an abusive operation is cheap
 * (a few ms: parse and validate), but a client that sends nothing else keeps a core busy with
 * refusals and everybody else's queries wait behind them. So a client whose requests keep being
 * refused is turned away at the door, before its body is read, for a while; and no client may hold
 * more than a handful of requests open at once.
 */
export interface ClientLimits {
  /**
   * Refused requests (HTTP 400, 413 or 503 from the server, 429 for too many in flight) a client may cause per minute; one more and
   * every request from it gets 429 `TOO_MANY_REQUESTS` until `blockSeconds` have passed. 0: no limit.
   */
  refusalsPerMinute: number;
  /** How long a client over its refusals stays turned away (seconds). */
  blockSeconds: number;
  /** Requests one client may have in flight at once; more get 429 at once. 0: no limit. */
  maxInFlight: number;
  /**
   * Reverse proxies in front of this server that append the caller's address to `X-Forwarded-For`
   * (an ingress: 1). 0 (default): the socket's own address, and the header is ignored, since
   * anybody can send it.
   */
  trustProxyHops: number;
}

/** The settings read from the environment (`CLIENT_REFUSALS_PER_MINUTE`, `CLIENT_BLOCK_SECONDS`, …). */
export const clientLimitsEnvSchema = z.object({
  CLIENT_REFUSALS_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
  CLIENT_BLOCK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  CLIENT_MAX_IN_FLIGHT: z.coerce.number().int().min(0).max(100_000).default(32),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

/** `ClientLimits` from parsed settings of `clientLimitsEnvSchema`. */
export function clientLimitsFrom(env: z.infer<typeof clientLimitsEnvSchema>): ClientLimits {
  return {
    refusalsPerMinute: env.CLIENT_REFUSALS_PER_MINUTE,
    blockSeconds: env.CLIENT_BLOCK_SECONDS,
    maxInFlight: env.CLIENT_MAX_IN_FLIGHT,
    trustProxyHops: env.TRUST_PROXY_HOPS,
  };
}

/**
 * The address a request comes from: the socket's, or with `trustProxyHops` = n the n-th entry from
 * the right of `X-Forwarded-For` (each trusted proxy appends the address it saw; entries further
 * left were written by the caller and prove nothing).
 */
export function clientAddress(request: IncomingMessage, trustProxyHops: number): string {
  const socket = request.socket.remoteAddress ?? "unknown";
  if (trustProxyHops === 0) return socket;
  const header = request.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - trustProxyHops] ?? hops[0] ?? socket;
}

/** Why a client is turned away at the door, and when it may try again. */
export interface Refusal {
  message: string;
  retryAfterSeconds: number;
  /**
   * How long to hold the answer (ms): a blocked client that keeps sending gets its 429s slowly, so a
   * client that ignores Retry-After and loops cannot keep the door busy even with refusals.
   */
  delayMs: number;
}

/** How long a blocked client waits for each 429 (ms). */
export const blockedAnswerDelayMs = 1000;

/** A request let in: call `finish` with its HTTP status once it is answered (or abandoned). */
export interface Admission {
  finish(status: number): void;
}

/**
 * Keeps the per-client counts of `ClientLimits` for one process (in memory: a client spread over
 * several gateway replicas gets each replica's allowance; rate-limiter-flexible's Redis store is the
 * drop-in for a shared count).
 */
export class ClientGuard {
  private readonly refusals: RateLimiterMemory | undefined;
  private readonly inFlight = new Map<string, number>();

  constructor(readonly limits: ClientLimits) {
    this.refusals =
      limits.refusalsPerMinute > 0
        ? new RateLimiterMemory({
            points: limits.refusalsPerMinute,
            duration: 60,
            blockDuration: limits.blockSeconds,
          })
        : undefined;
  }

  /**
   * Lets a request in, or says why not (HTTP 429). Costs a map lookup: it runs before the body is
   * read, so a client that is turned away costs almost nothing.
   */
  async admit(request: IncomingMessage): Promise<Admission | Refusal> {
    const client = clientAddress(request, this.limits.trustProxyHops);
    const record = await this.refusals?.get(client);
    if (record && this.refusals && record.consumedPoints > this.refusals.points) {
      return {
        message: `请求被拒绝的次数过多，请 ${Math.ceil(record.msBeforeNext / 1000)} 秒后再试；请检查查询是否超出限制`,
        retryAfterSeconds: Math.max(1, Math.ceil(record.msBeforeNext / 1000)),
        delayMs: blockedAnswerDelayMs,
      };
    }
    const open = this.inFlight.get(client) ?? 0;
    if (this.limits.maxInFlight > 0 && open >= this.limits.maxInFlight) {
      this.refusals?.consume(client).catch(() => {});
      return {
        message: `同时进行的请求过多（每个来源最多 ${this.limits.maxInFlight} 个），请稍后再试`,
        retryAfterSeconds: 1,
        delayMs: 0,
      };
    }
    this.inFlight.set(client, open + 1);
    let finished = false;
    return {
      finish: (status) => {
        if (finished) return;
        finished = true;
        const left = (this.inFlight.get(client) ?? 1) - 1;
        if (left > 0) this.inFlight.set(client, left);
        else this.inFlight.delete(client);
        if (countsAsRefusal(status)) this.refusals?.consume(client).catch(() => {});
      },
    };
  }
}

/** The answers that say the request itself was refused: malformed, over a limit, too large, too slow. */
function countsAsRefusal(status: number): boolean {
  return status === 400 || status === 413 || status === 503;
}
