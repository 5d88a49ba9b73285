/**
 * Benchmark: how fast the gateway refuses abusive operations, and whether a simple query keeps its
 * latency meanwhile (issue 7 §7).
 *
 *   pnpm bench:edge               (RUNS=… refusals of each kind, default 50)
 *
 * Boots the whole platform in production mode, then prints p50/p95/max for: a simple query alone;
 * a 20-level cyclic query (campaign → activities → campaign …) and a 1,000-alias query, each
 * refused; and the simple query again while both abusive kinds are sent concurrently.
 */
import { startPlatform } from "@kepu/harness";

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

const platform = await startPlatform({ edge: { production: true, requestTimeoutMs: 15_000 }, errorLog: () => {} });

async function timed(query: string, expectStatus: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(platform.gatewayUrl, {
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
  for (let i = 0; i < runs; i++) cyclic.push(await timed(cyclicQuery(20), 400));
  const aliases: number[] = [];
  for (let i = 0; i < runs; i++) aliases.push(await timed(aliasQuery, 400));
  // The simple query while a stream of abusive ones arrives (5 of each in flight at a time).
  const meanwhile: number[] = [];
  let stop = false;
  const attackers = Array.from({ length: 10 }, async (_, i) => {
    while (!stop) await timed(i % 2 ? cyclicQuery(20) : aliasQuery, 400);
  });
  for (let i = 0; i < runs; i++) meanwhile.push(await timed(simpleQuery, 200));
  stop = true;
  await Promise.all(attackers);
  figures("simple query alone", alone);
  figures("20-level cyclic query, refused (400)", cyclic);
  figures("1,000-alias query, refused (400)", aliases);
  figures("simple query while both are sent (10 in flight)", meanwhile);
} finally {
  await platform.close();
}
