import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startGateway } from "@kepu/gateway";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import type { ErrorLogEntry, RunningServer } from "@kepu/server";
import { signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The gateway as a public door (issue 7 §7), on a platform started as production runs it
 * (`NODE_ENV=production`): internal errors masked under a request id the server logs in full, no
 * stack trace, file path or internal URL in any response, introspection refused; request errors
 * answered 4xx / BAD_USER_INPUT with a message a person can act on; abusive operations refused
 * before any subgraph is called, while others keep being served.
 */
let platform: RunningPlatform;
const logged: ErrorLogEntry[] = [];
let adminToken: string;

beforeAll(async () => {
  platform = await startPlatform({
    edge: { production: true, requestTimeoutMs: 15_000 },
    errorLog: (entry) => logged.push(entry),
  });
  adminToken = await signIn(platform.gatewayUrl, "admin@kepu.example", "kepu-demo-2024");
});
afterAll(async () => {
  await platform?.close();
});

/** What must never reach a caller: stack frames, source paths, internal addresses. */
const leaks = [
  /\bat .+:\d+:\d+/,
  /\/(work|home|usr|src|node_modules)\//,
  /\.ts\b/,
  /127\.0\.0\.1|localhost|:\d{4,5}\//,
];

function expectNoLeak(body: unknown): void {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace/);
  for (const pattern of leaks) expect(text, `response leaks ${pattern}`).not.toMatch(pattern);
}

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    requestId: response.headers.get("x-request-id"),
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe("production: internal errors are masked, and logged in full under the request id", () => {
  it("masks a subgraph's database failure forwarded by the gateway, and the same sent straight to the subgraph", async () => {
    const media = platform.services.media.prisma as unknown as { $executeRawUnsafe(sql: string): Promise<number> };
    // The public feed reads approved versions.
    await media.$executeRawUnsafe('ALTER TABLE "WorkVersion" RENAME TO "WorkVersionHidden"');
    try {
      const query = { query: "{ works(first: 3) { edges { node { id title } } } }" };
      for (const url of [platform.gatewayUrl, platform.subgraphUrls.media]) {
        logged.length = 0;
        const result = await post(url, query, adminToken);
        expectNoLeak(result.body);
        const error = result.body.errors?.[0];
        expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
        expect(error?.message).toMatch(/服务器内部错误.*请求编号/);
        expect(error?.extensions?.requestId).toBe(result.requestId);
        expect(error?.message).toContain(String(result.requestId));
        // The server logged what happened, in full, under the id the caller was given.
        const entry = logged.find((line) => line.requestId === result.requestId && line.service === "media");
        expect(entry?.message).toMatch(/WorkVersion/);
        expect(entry?.stack).toMatch(/\n\s+at /);
      }
    } finally {
      await media.$executeRawUnsafe('ALTER TABLE "WorkVersionHidden" RENAME TO "WorkVersion"');
    }
  });

  it("masks an unreachable subgraph without naming its address", async () => {
    const closed = await unusedUrl();
    const gateway = await startGateway({
      port: 0,
      subgraphUrls: { ...platform.subgraphUrls, evaluations: closed },
      edge: { production: true, requestTimeoutMs: 15_000 },
      errorLog: (entry) => logged.push(entry),
    });
    try {
      logged.length = 0;
      const result = await post(gateway.url, {
        query: '{ activity(id: "act-2024-hn-main") { id title nominations { id } } }',
      });
      expectNoLeak(result.body);
      expect(result.body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(logged.find((line) => line.requestId === result.requestId)?.message).toMatch(
        /127\.0\.0\.1|ECONNREFUSED|fetch/,
      );
    } finally {
      await gateway.close();
    }
  });

  it("refuses introspection and serves no landing page", async () => {
    const result = await post(platform.gatewayUrl, { query: "{ __schema { types { name } } }" });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/introspection/i);
    expectNoLeak(result.body);
    const page = await fetch(platform.gatewayUrl, { headers: { accept: "text/html" } });
    expect(await page.text()).not.toMatch(/<html|<!DOCTYPE/i);
    const direct = await post(platform.subgraphUrls.organizations, { query: "{ __schema { types { name } } }" });
    expect(direct.status).toBe(400);
  });

  it("keeps user errors as they are, without stack traces", async () => {
    const result = await post(platform.gatewayUrl, {
      query:
        'mutation { createOrg(input: { parentId: "org-cq", name: "测试单位", kind: ASSOCIATION, level: COUNTY }) { id } }',
    });
    expect(result.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.body.errors?.[0]?.message).toBe("请先登录");
    expectNoLeak(result.body);
  });
});

describe("request errors are 4xx or BAD_USER_INPUT with a message a person can act on", () => {
  it("two operations without operationName: HTTP 400 naming them (was 500)", async () => {
    const result = await post(platform.gatewayUrl, { query: "query A { __typename } query B { __typename }" });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.message).toMatch(/多个操作（A、B）.*operationName/);
    const named = await post(platform.gatewayUrl, {
      query: "query A { __typename } query B { __typename }",
      operationName: "C",
    });
    expect(named.status).toBe(400);
    expect(named.body.errors?.[0]?.message).toMatch(/没有名为 C 的操作/);
  });

  it("a bad token is UNAUTHENTICATED with the subgraph's words, never its address or raw answer", async () => {
    const result = await post(
      platform.gatewayUrl,
      { query: "{ publicActivities(first: 1) { edges { node { id } } } }" },
      "garbage.token.here",
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.body.errors?.[0]?.message).not.toMatch(/^\d{3}:/);
    expect(result.body.errors?.[0]?.extensions).not.toHaveProperty("response");
    expect(JSON.stringify(result.body)).not.toContain("127.0.0.1");
    expectNoLeak(result.body);
  });

  it("first: -1, a huge first, a negative last and a bad cursor are BAD_USER_INPUT (were INTERNAL_SERVER_ERROR)", async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ["query ($n: Int) { activities(first: $n) { edges { node { id } } } }", { n: -1 }, /first 须为 0 到 100/],
      ["query ($n: Int) { orgs(first: $n) { edges { node { id } } } }", { n: 100_000 }, /first 须为 0 到 100/],
      ["query ($n: Int) { campaigns(last: $n) { edges { node { id } } } }", { n: -5 }, /last 须为 0 到 100/],
      ['{ activities(first: 2, after: "garbage") { edges { node { id } } } }', {}, /分页游标无效/],
      [
        '{ org(id: "org-cq") { children(first: 2, after: "not-a-cursor") { edges { node { id } } } } }',
        {},
        /分页游标无效/,
      ],
    ];
    for (const [query, variables, message] of cases) {
      const result = await post(platform.gatewayUrl, { query, variables }, adminToken);
      expect(result.body.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
      expect(result.body.errors?.[0]?.message, query).toMatch(message);
      expectNoLeak(result.body);
    }
  });

  it("a megabyte string that a subgraph refuses as too large is BAD_USER_INPUT, not an internal error", async () => {
    const result = await post(platform.gatewayUrl, {
      query: "query ($id: ID!) { activity(id: $id) { id } }",
      variables: { id: "x".repeat(1_000_000) },
    });
    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0]?.message).toMatch(/请求过大/);
    expectNoLeak(result.body);
  });

  it("a lone surrogate or a null byte in a variable or literal is 400 BAD_USER_INPUT naming where, and nothing is written", async () => {
    const orgsBefore = await platform.services.organizations.prisma.org.count();
    const create = "mutation ($input: CreateOrgInput!) { createOrg(input: $input) { id } }";
    const input = { parentId: "org-cq", kind: "ASSOCIATION", level: "COUNTY" };
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [create, { input: { ...input, name: "测试\ud800单位" } }, /变量 \$input\.name .*代理项/],
      [create, { input: { ...input, name: "测试\u0000单位" } }, /变量 \$input\.name .*空字符/],
      ["query ($s: String!) { orgs(first: 2, search: $s) { totalCount } }", { s: "\udc00" }, /变量 \$s /],
      ['{ orgs(first: 2, search: "a\\u0000b") { totalCount } }', {}, /查询中的字符串（第 1 行第 \d+ 列）.*空字符/],
    ];
    for (const url of [platform.gatewayUrl, platform.subgraphUrls.organizations]) {
      for (const [query, variables, message] of cases) {
        const result = await post(url, { query, variables }, adminToken);
        expect(result.status, query).toBe(400);
        expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(result.body.errors?.[0]?.message).toMatch(message);
        expectNoLeak(result.body);
      }
    }
    expect(await platform.services.organizations.prisma.org.count()).toBe(orgsBefore);
  });
});

/** `campaign → activities → campaign …`, `levels` times. */
function cyclicQuery(levels: number): string {
  let inner = "id";
  for (let level = 0; level < levels; level++) {
    inner = `campaign { id activities(first: 100) { edges { node { ${inner} } } } }`;
  }
  return `{ activities(first: 100) { edges { node { ${inner} } } } }`;
}

const aliasQuery = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: currentCampaign { id }`).join(" ")} }`;

describe("limits refuse abusive operations before any subgraph is called", () => {
  it("refuses a 20-level cyclic query and the issue's 3-level one with a clear error", async () => {
    for (const levels of [20, 3]) {
      const result = await post(platform.gatewayUrl, { query: cyclicQuery(levels) });
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.message).toMatch(/查询嵌套过深：最多 10 层|查询过于复杂/);
    }
    // One level stays under the depth limit; its literal page sizes (100 × 100) make it too costly.
    const one = await post(platform.gatewayUrl, { query: cyclicQuery(1) });
    expect(one.status).toBe(400);
    expect(one.body.errors?.[0]?.message).toMatch(/查询过于复杂：复杂度上限 20000/);
  });

  it("refuses 1,000 aliases (token limit) and 16 aliases (alias limit); 3 aliases pass", async () => {
    const thousand = await post(platform.gatewayUrl, { query: aliasQuery(1000) });
    expect(thousand.status).toBe(400);
    expect(thousand.body.errors?.[0]?.message).toMatch(/查询过长：最多 2000 个词法单元/);
    const sixteen = await post(platform.gatewayUrl, { query: aliasQuery(16) });
    expect(sixteen.status).toBe(400);
    expect(sixteen.body.errors?.[0]?.message).toMatch(/别名过多：最多 15 个，本查询 16 个/);
    const three = await post(platform.gatewayUrl, { query: aliasQuery(3) });
    expect(three.body.errors).toBeUndefined();
    expect(Object.keys(three.body.data as object)).toEqual(["a0", "a1", "a2"]);
  });

  it("refuses an alias named like another field of an entity (@apollo/gateway returns wrong data for it)", async () => {
    const shadow = await post(platform.gatewayUrl, {
      query: '{ activity(id: "act-2024-hn-main") { id: title works { title } } }',
    });
    expect(shadow.status).toBe(400);
    expect(shadow.body.errors?.[0]?.message).toMatch(/别名 id 与 Activity 的字段 id 同名/);
    const fine = await post(platform.gatewayUrl, {
      query: '{ activity(id: "act-2024-hn-main") { key: id name: title works { workTitle: title } } }',
    });
    expect(fine.body.errors).toBeUndefined();
    const activity = (fine.body.data as { activity: { key: string; name: string } }).activity;
    expect(activity.key).toBe("act-2024-hn-main");
    expect(activity.name).not.toBe(activity.key);
  });

  it("keeps serving a simple query while refusing abusive ones", async () => {
    const simple = () => post(platform.gatewayUrl, { query: "{ currentCampaign { id name } }" });
    const abusive = Array.from({ length: 20 }, (_, i) =>
      post(platform.gatewayUrl, { query: i % 2 ? cyclicQuery(20) : aliasQuery(1000) }),
    );
    const [served, ...refused] = await Promise.all([simple(), ...abusive]);
    expect(served?.body.errors).toBeUndefined();
    expect(refused.every((result) => result.status === 400)).toBe(true);
  });
});

/**
 * A gateway over the platform's subgraphs, but with a media subgraph that accepts connections and
 * never answers, with `options` (the time limit, client limits). Closed after the describe block.
 */
function gatewayWithHangingMedia(options: Partial<Parameters<typeof startGateway>[0]>): { url: () => string } {
  let hanging: Server;
  let gateway: RunningServer;
  beforeAll(async () => {
    hanging = createServer(() => {});
    hanging.listen(0, "127.0.0.1");
    await once(hanging, "listening");
    const { port } = hanging.address() as AddressInfo;
    gateway = await startGateway({
      port: 0,
      subgraphUrls: { ...platform.subgraphUrls, media: `http://127.0.0.1:${port}/graphql` },
      errorLog: () => {},
      ...options,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    hanging?.closeAllConnections();
    hanging?.close();
  });
  return { url: () => gateway.url };
}

describe("a time limit per request", () => {
  const gateway = gatewayWithHangingMedia({ edge: { production: true, requestTimeoutMs: 1_000 } });

  it("answers 503 REQUEST_TIMEOUT at the limit, and serves others meanwhile", async () => {
    const started = Date.now();
    const slow = post(gateway.url(), { query: "{ works(first: 3) { edges { node { id } } } }" });
    const fast = await post(gateway.url(), { query: "{ currentCampaign { id } }" });
    expect(fast.body.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_000);
    const timedOut = await slow;
    expect(timedOut.status).toBe(503);
    expect(timedOut.body.errors?.[0]?.extensions?.code).toBe("REQUEST_TIMEOUT");
    expect(timedOut.body.errors?.[0]?.message).toMatch(/超过 1 秒未完成/);
    expectNoLeak(timedOut.body);
  });
});

describe("per-client limits at the door", () => {
  const gateway = gatewayWithHangingMedia({
    edge: { production: true, requestTimeoutMs: 1_500 },
    clientLimits: { refusalsPerMinute: 5, blockSeconds: 60, maxInFlight: 3, trustProxyHops: 0 },
  });

  /** A POST from a given loopback address (all of 127.0.0.0/8 is this machine), as another client. */
  function postFrom(localAddress: string, body: unknown, headers: Record<string, string> = {}) {
    return new Promise<{
      status: number;
      retryAfter: string | undefined;
      body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
    }>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const call = httpRequest(
        gateway.url(),
        { method: "POST", localAddress, headers: { "content-type": "application/json", ...headers }, agent: false },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              retryAfter: response.headers["retry-after"],
              body: JSON.parse(Buffer.concat(chunks).toString("utf8")),
            }),
          );
        },
      );
      call.on("error", reject);
      call.end(payload);
    });
  }

  it("turns a client away with 429 after its refusals, before reading its body, while others are served", async () => {
    // Five refusals a minute are allowed; the sixth turns the client away.
    for (let i = 0; i < 6; i++) expect((await postFrom("127.0.0.2", { query: cyclicQuery(20) })).status).toBe(400);
    const started = Date.now();
    const turnedAway = await postFrom("127.0.0.2", { query: "{ currentCampaign { id } }" });
    expect(turnedAway.status).toBe(429);
    // Held for a second, so a client that loops on 429s cannot keep the door busy.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(turnedAway.body.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
    expect(turnedAway.body.errors?.[0]?.message).toMatch(/请求被拒绝的次数过多，请 \d+ 秒后再试/);
    expect(Number(turnedAway.retryAfter)).toBeGreaterThan(50);
    // A forged X-Forwarded-For changes nothing: no proxy is trusted.
    const forged = await postFrom(
      "127.0.0.2",
      { query: "{ currentCampaign { id } }" },
      { "x-forwarded-for": "10.9.8.7" },
    );
    expect(forged.status).toBe(429);
    // Another client is served as before.
    const other = await postFrom("127.0.0.1", { query: "{ currentCampaign { id } }" });
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();
  });

  it("lets one client hold at most 3 requests open; the 4th gets 429 at once, and the slot frees when one ends", async () => {
    const slow = Array.from({ length: 3 }, () =>
      postFrom("127.0.0.3", { query: "{ works(first: 3) { edges { node { id } } } }" }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const fourth = await postFrom("127.0.0.3", { query: "{ currentCampaign { id } }" });
    expect(fourth.status).toBe(429);
    expect(fourth.body.errors?.[0]?.message).toMatch(/同时进行的请求过多（每个来源最多 3 个）/);
    expect(Date.now() - started).toBeLessThan(500);
    expect((await Promise.all(slow)).map((result) => result.status)).toEqual([503, 503, 503]);
    const after = await postFrom("127.0.0.3", { query: "{ currentCampaign { id } }" });
    expect(after.status).toBe(200);
  });
});

async function unusedUrl(): Promise<string> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}
