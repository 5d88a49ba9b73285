import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { ClientGuard, clientAddress } from "./client-guard.js";

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  return {
    socket: { remoteAddress },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  } as unknown as IncomingMessage;
}

describe("clientAddress", () => {
  it("takes the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(request("10.0.0.5", "1.2.3.4"), 0)).toBe("10.0.0.5");
  });

  it("takes the entry the trusted proxy appended, not one the caller wrote further left", () => {
    expect(clientAddress(request("10.0.0.5", "6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.0.0.4"), 2)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.5"), 1)).toBe("10.0.0.5");
  });
});

describe("ClientGuard", () => {
  const limits = { refusalsPerMinute: 2, blockSeconds: 30, maxInFlight: 2, trustProxyHops: 0 };

  it("blocks a client after more refusals than allowed, and only that client", async () => {
    const guard = new ClientGuard(limits);
    for (const status of [400, 413, 503]) {
      const admitted = await guard.admit(request("10.0.0.1"));
      expect("finish" in admitted).toBe(true);
      if ("finish" in admitted) admitted.finish(status);
    }
    await new Promise((resolve) => setImmediate(resolve));
    const refused = await guard.admit(request("10.0.0.1"));
    expect(refused).toMatchObject({ retryAfterSeconds: expect.any(Number), delayMs: 1000 });
    expect("finish" in (await guard.admit(request("10.0.0.2")))).toBe(true);
  });

  it("does not count answered requests (200, 401 …) as refusals, and counts each request once", async () => {
    const guard = new ClientGuard(limits);
    for (let i = 0; i < 10; i++) {
      const admitted = await guard.admit(request("10.0.0.1"));
      if (!("finish" in admitted)) throw new Error("refused");
      admitted.finish(i % 2 ? 200 : 401);
      admitted.finish(400);
    }
    expect("finish" in (await guard.admit(request("10.0.0.1")))).toBe(true);
  });

  it("caps requests in flight per client and frees a slot when one finishes", async () => {
    const guard = new ClientGuard({ ...limits, refusalsPerMinute: 0 });
    const first = await guard.admit(request("10.0.0.1"));
    await guard.admit(request("10.0.0.1"));
    expect("message" in (await guard.admit(request("10.0.0.1")))).toBe(true);
    if ("finish" in first) first.finish(200);
    expect("finish" in (await guard.admit(request("10.0.0.1")))).toBe(true);
  });
});
