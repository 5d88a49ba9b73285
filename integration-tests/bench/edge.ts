/**
 * Benchmark: how fast the gateway refuses abusive operations, and whether a simple query keeps its
 * latency meanwhile (issue 7 §7).
 *
 *   pnpm bench:edge               (RUNS=… refusals of each kind, default 50)
 *
 * Boots the whole platform in production mode, then prints p50/p95/max for: a simple query alone;
 * a 20-level cyclic query (campaign → activities → campaign …) and a 1,000-alias query, each
 * refused; and the simple query again while both abusive kinds are sent concurrently by another
 * client (from 127.0.0.2), once through a gateway with the production per-client limits (the
 * defaults of CLIENT_REFUSALS_PER_MINUTE …) and once through one without them.
 */
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { startGateway } from "@kepu/gateway";
import { startPlatform } from "@kepu/harness";
import { clientLimitsEnvSchema, clientLimitsFrom } from "@kepu/server";

const runs = Number(process.env.RUNS ?? 50);

function cyclicQuery(levels: number): string {
  let inner = "id";
  for (let level = 0; level < levels; level++) {
    inner = `campaign { id activities(first: 100) { edges { node { ${inner} } } } }`;
  }
  return `{ activities(first: 100) { edges { node { ${inner} } } } }`;
}
const aliasQuery = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: currentCampaign { id }`).join(" ")} }`;
const simpleQuery = "{ currentCampaign { id name theme } }";

const edge = { production: true, requestTimeoutMs: 15_000 };
const clientLimits = clientLimitsFrom(clientLimitsEnvSchema.parse({}));
const platform = await startPlatform({ edge, errorLog: () => {}, clientLimits });
const unguarded = await startGateway({ port: 0, subgraphUrls: platform.subgraphUrls, edge, errorLog: () => {} });

async function timed(query: string, expectStatus: number, url = platform.gatewayUrl): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== expectStatus) throw new Error(`expected ${expectStatus}, got ${response.status}: ${body}`);
  return elapsed;
}

function figures(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
  console.log(
    `${label.padEnd(44)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${sorted.at(-1)?.toFixed(1)} ms  (n=${samples.length})`,
  );
}

try {
  for (let i = 0; i < 10; i++) await timed(simpleQuery, 200); // warm up
  const alone: number[] = [];
  for (let i = 0; i < runs; i++) alone.push(await timed(simpleQuery, 200));
  const cyclic: number[] = [];
  for (let i = 0; i < runs; i++) cyclic.push(await timed(cyclicQuery(20), 400, unguarded.url));
  const aliases: number[] = [];
  for (let i = 0; i < runs; i++) aliases.push(await timed(aliasQuery, 400, unguarded.url));
  const guarded = await underAbuse(platform.gatewayUrl);
  const open = await underAbuse(unguarded.url);
  figures("simple query alone", alone);
  figures("20-level cyclic query, refused (400)", cyclic);
  figures("1,000-alias query, refused (400)", aliases);
  figures("simple query, another client abusing, no client limits", open.meanwhile);
  console.log(`  the abusing client's answers: ${describeStatuses(open.statuses)}`);
  figures("simple query, another client abusing, client limits", guarded.meanwhile);
  console.log(`  the abusing client's answers: ${describeStatuses(guarded.statuses)}`);
  console.log(
    `client limits: ${clientLimits.refusalsPerMinute} refusals a minute, then turned away for ${clientLimits.blockSeconds} s; ${clientLimits.maxInFlight} in flight`,
  );
} finally {
  await unguarded.close();
  await platform.close();
}

/**
 * The simple query, `runs` times, while another client (127.0.0.2: all of 127/8 is this machine)
 * keeps 10 abusive operations in flight (cyclic and alias queries alternating) against `url`, from a
 * worker thread (abuser.mjs) so that the attacker's own work does not share the gateway's event loop.
 */
async function underAbuse(url: string): Promise<{ meanwhile: number[]; statuses: Map<number, number> }> {
  const worker = new Worker(new URL("./abuser.mjs", import.meta.url), {
    workerData: { url, localAddress: "127.0.0.2", queries: [aliasQuery, cyclicQuery(20)], concurrency: 10 },
  });
  await once(worker, "message");
  const meanwhile: number[] = [];
  for (let i = 0; i < runs; i++) meanwhile.push(await timed(simpleQuery, 200, url));
  worker.postMessage("stop");
  const [counts] = (await once(worker, "message")) as [Record<string, number>];
  await worker.terminate();
  return { meanwhile, statuses: new Map(Object.entries(counts).map(([status, count]) => [Number(status), count])) };
}

function describeStatuses(statuses: Map<number, number>): string {
  return [...statuses].map(([status, count]) => `${count}× ${status}`).join(", ");
}
