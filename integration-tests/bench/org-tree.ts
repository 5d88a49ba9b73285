/**
 * Benchmark: subtree and ancestor queries at 100,000 orgs, through the gateway.
 *
 *   pnpm bench:org-tree            (embedded PGlite)
 *   KEPU_TEST_POSTGRES_URL=… pnpm bench:org-tree   (a PostgreSQL server; see scripts/with-postgres.sh)
 *
 * Boots the whole platform with the demo data (the national 科协 tree, ~3,300 units), adds
 * grassroots units under every county until there are 100,000 orgs, then times the questions the
 * tree must answer fast and prints the figures with the query plan of the subtree scan.
 */
import { type DemoOrg, orgs as demoOrgs } from "@kepu/demo-data";
import { startPlatform } from "@kepu/harness";
import { upsertOrgs } from "@kepu/organizations";
import { graphql } from "@kepu/testing";

const target = Number(process.env.ORGS ?? 100_000);
const runs = Number(process.env.RUNS ?? 30);

const platform = await startPlatform();
try {
  const counties = demoOrgs.filter((o) => o.level === "COUNTY");
  const extra: DemoOrg[] = [];
  for (let i = 0; demoOrgs.length + extra.length < target; i++) {
    const county = counties[i % counties.length] as DemoOrg;
    extra.push({
      id: `org-bench-${i}`,
      name: `${county.name}第${Math.floor(i / counties.length) + 1}基层科协`,
      kind: "ASSOCIATION",
      level: "GRASSROOTS",
      parentId: county.id,
    });
  }
  const loadStart = performance.now();
  await upsertOrgs(platform.services.organizations.prisma, [...demoOrgs, ...extra]);
  const prisma = platform.services.organizations.prisma;
  await prisma.$executeRawUnsafe('ANALYZE "Org"');
  const total = await prisma.org.count();
  console.log(`${platform.databaseKind}: ${total} orgs loaded in ${Math.round(performance.now() - loadStart)} ms`);

  const deepest = extra.at(-1)?.id ?? "org-cq-yuzhong";
  const cases: [string, string][] = [
    ["descendants of 中国科协: count", `{ orgs(under: "org-cast", first: 1) { totalCount } }`],
    [
      "descendants of 中国科协: first page of 50",
      `{ orgs(under: "org-cast", first: 50) { edges { node { id name } } } }`,
    ],
    [
      "descendants of 湖南省科协: count + first 50",
      `{ orgs(under: "org-hn", first: 50) { totalCount edges { node { id name level } } } }`,
    ],
    [
      "children of 长沙市科协 (connection)",
      `{ org(id: "org-hn-changsha") { children(first: 50) { totalCount edges { node { id } } } } }`,
    ],
    ["ancestors of a grassroots unit", `{ org(id: "${deepest}") { ancestors { id name level } } }`],
    ["ancestors of a county 科协", `{ org(id: "org-hn-changsha-yuelu") { ancestors { id name } } }`],
    [
      "search in 湖南's subtree",
      `{ orgs(under: "org-hn", search: "岳麓", first: 20) { totalCount edges { node { id } } } }`,
    ],
  ];
  console.log(`\n${runs} runs each, through the gateway (ms):`);
  console.log("case".padEnd(48), "p50".padStart(8), "p95".padStart(8), "max".padStart(8));
  for (const [label, query] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const start = performance.now();
      const result = await graphql(platform.gatewayUrl, query);
      if (result.errors) throw new Error(`${label}: ${JSON.stringify(result.errors)}`);
      if (i >= 3) times.push(performance.now() - start); // the first three warm caches and JIT
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
    console.log(label.padEnd(48), at(0.5).padStart(8), at(0.95).padStart(8), at(1).padStart(8));
  }

  const plan = await prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
    `EXPLAIN SELECT count(*) FROM "Org" WHERE "path" LIKE '/org-cast/org-hn/%'`,
  );
  console.log("\nplan of a subtree count (prefix scan on the path index, COLLATE 'C'):");
  for (const row of plan) console.log(`  ${row["QUERY PLAN"]}`);
} finally {
  await platform.close();
}
