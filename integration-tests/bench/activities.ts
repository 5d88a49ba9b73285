/**
 * Benchmark: discovery for the public at scale (issue 9 §4, "done when").
 *
 *   pnpm bench:activities                                     (PGlite, ACTIVITIES=100,000)
 *   KEPU_PG_PORT=54402 bash scripts/with-postgres.sh pnpm bench:activities   (PostgreSQL, 1,000,000)
 *
 * ACTIVITIES=… overrides the count, RUNS=… the requests of each kind (default 50). Boots the whole
 * platform (demo data included) on the embedded default or on the PostgreSQL that
 * KEPU_TEST_POSTGRES_URL names, bulk-inserts ACTIVITIES published activities in SQL across China's
 * provinces (a point near a provincial capital, a GB/T 2260 code, titles from a word list so search
 * has work, one session each), then times, each straight to the activities subgraph and through
 * the gateway: near me (3 km), the 30-minute cycling circle, a filtered list (province, kind, form),
 * search (机器人) and map clusters (China at zoom 4, a city at zoom 11: the database's kept cells,
 * which the bulk insert fills through the same triggers as any write). Prints p50/p95/max, then the
 * throughput of a list of 50 (requests per second with 4 in flight) straight from the subgraph and
 * through the gateway with the hosts' names and works, part by part to show where the time goes,
 * and SQL statements per request for pages of 10 and 50, with the machine's load average before,
 * during and after. Figures only; no assertion on time.
 */
import { availableParallelism, loadavg } from "node:os";
import { startPlatform } from "@kepu/harness";

const postgres = Boolean(process.env.KEPU_TEST_POSTGRES_URL);
const count = Number(process.env.ACTIVITIES ?? (postgres ? 1_000_000 : 100_000));
const runs = Number(process.env.RUNS ?? 50);
const batch = 50_000;

const platform = await startPlatform({ errorLog: () => {} });
const db = platform.services.activities.prisma;

/** Provincial capitals: code, latitude, longitude. */
const provinces: [string, number, number][] = [
  ["110000", 39.9042, 116.4074],
  ["120000", 39.3434, 117.3616],
  ["130100", 38.0428, 114.5149],
  ["140100", 37.8706, 112.5489],
  ["150100", 40.8424, 111.749],
  ["210100", 41.8057, 123.4315],
  ["220100", 43.8171, 125.3235],
  ["230100", 45.8038, 126.535],
  ["310000", 31.2304, 121.4737],
  ["320100", 32.0603, 118.7969],
  ["330100", 30.2741, 120.1551],
  ["340100", 31.8206, 117.2272],
  ["350100", 26.0745, 119.2965],
  ["360100", 28.682, 115.8579],
  ["370100", 36.6512, 117.1201],
  ["410100", 34.7466, 113.6254],
  ["420100", 30.5928, 114.3055],
  ["430100", 28.2282, 112.9388],
  ["440100", 23.1291, 113.2644],
  ["440300", 22.5431, 114.0579],
  ["450100", 22.817, 108.3665],
  ["460100", 20.044, 110.1999],
  ["500000", 29.563, 106.5516],
  ["510100", 30.5728, 104.0668],
  ["520100", 26.647, 106.6302],
  ["530100", 25.0389, 102.7183],
  ["540100", 29.652, 91.1721],
  ["610100", 34.3416, 108.9398],
  ["620100", 36.0611, 103.8343],
  ["630100", 36.6171, 101.7782],
  ["640100", 38.4872, 106.2309],
  ["650100", 43.8256, 87.6168],
];
const words = ["机器人", "编程", "科技馆", "天文", "量子", "航天", "人工智能", "深海", "防灾", "健康", "低碳", "植物"];
const kinds = ["千馆展览", "前沿讲坛", "科学之夜", "开放日", "研学营", "体验课"];
const forms = ["EXHIBITION", "LECTURE", "EXPERIMENT", "STUDY_TOUR", "SCIENCE_NIGHT", "OPEN_DAY"];

async function seedActivities(): Promise<void> {
  const started = performance.now();
  const regions = `(ARRAY[${provinces.map(([code]) => `'${code}'`).join(",")}])`;
  const lats = `(ARRAY[${provinces.map(([, lat]) => lat).join(",")}]::float8[])`;
  const lngs = `(ARRAY[${provinces.map(([, , lng]) => lng).join(",")}]::float8[])`;
  const titleWords = `(ARRAY[${words.map((w) => `'${w}'`).join(",")}])`;
  const titleKinds = `(ARRAY[${kinds.map((w) => `'${w}'`).join(",")}])`;
  const formList = `ARRAY[${forms.map((w) => `'${w}'`).join(",")}]`;
  const p = provinces.length;
  // Upcoming, as the public looks for them (a month ahead, over 11 days, 09:30–11:00 Beijing): the
  // clock has nothing to finish, and the host is placed (hostPath), so nothing rewrites rows meanwhile.
  const firstDay = `(date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '30 days')`;
  for (let from = 1; from <= count; from += batch) {
    const to = Math.min(count, from + batch - 1);
    // Deterministic spread: i picks the province, a point within ~0.4° of its capital (a city and its
    // counties), one of 11 days, a word and a kind for the title, a form.
    await db.$executeRawUnsafe(`
      INSERT INTO "Activity" ("id", "campaignId", "editionId", "hostOrgId", "hostPath", "title", "summary", "categoryId",
        "categoryKind", "coHostOrgIds", "forms", "mode", "topics", "audiences", "startsAt", "endsAt", "regionCode",
        "venue", "address", "latitude", "longitude", "status", "listed", "publishedAt", "updatedAt")
      SELECT 'bench-' || i, 'cmp-2024', 'cmp-2024', 'org-cast', '{org-cast}',
        ${titleWords}[1 + (i * 7) % ${words.length}] || ${titleKinds}[1 + (i * 13) % ${kinds.length}] || '第' || i || '场',
        '面向公众的活动，第 ' || i || ' 场。', 'cat-cmp-2024-exhibitions', 'KEY', '{}',
        ARRAY[(${formList})[1 + i % ${forms.length}]]::"ActivityForm"[], 'OFFLINE', '{}', '{GENERAL_PUBLIC}',
        ${firstDay} + ((i % 11) || ' days 01:30')::interval,
        ${firstDay} + ((i % 11) || ' days 03:00')::interval,
        ${regions}[1 + i % ${p}], '场馆' || i, '地址' || i,
        ${lats}[1 + i % ${p}] + (((i::bigint * 7919) % 8001) - 4000) / 10000.0,
        ${lngs}[1 + i % ${p}] + (((i::bigint * 104729) % 8001) - 4000) / 10000.0,
        'PUBLISHED', true, now(), now()
      FROM generate_series(${from}, ${to}) AS i`);
    await db.$executeRawUnsafe(`
      INSERT INTO "ActivitySession" ("id", "activityId", "startsAt", "endsAt", "capacity", "registrationRequired", "confirmedCount", "updatedAt")
      SELECT 'ses-bench-' || i, 'bench-' || i,
        ${firstDay} + ((i % 11) || ' days 01:30')::interval,
        ${firstDay} + ((i % 11) || ' days 03:00')::interval,
        50, true, (length('bench-' || i) * 7) % 51, now()
      FROM generate_series(${from}, ${to}) AS i`);
    process.stdout.write(`\rseeded ${to.toLocaleString("en")} activities`);
  }
  // What autovacuum does after a bulk load (insert threshold): statistics, and the visibility map
  // that lets the filtered list be an index-only scan.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Activity"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "ActivitySession"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE "ActivityMapCell"`);
  console.log(` in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function graphql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function figures(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(1);
  console.log(
    `${label.padEnd(44)} p50 ${at(0.5)?.padStart(6)} ms  p95 ${at(0.95)?.padStart(6)} ms  max ${sorted.at(-1)?.toFixed(1).padStart(6)} ms  (${(1000 / (samples.reduce((a, b) => a + b, 0) / samples.length)).toFixed(0)} req/s)`,
  );
}

const card = "id title venue startsAt category { nameZh } sessions { placesLeft }";
const mapQuery = `query ($bbox: BoundingBoxInput!, $zoom: Int!) { activityMap(bbox: $bbox, zoom: $zoom) { total features { latitude longitude count expansionZoom activityId } } }`;
const city = (i: number) => provinces[i % provinces.length] as [string, number, number];
const kindsOfRequest: { name: string; query: string; variables: (i: number) => Record<string, unknown> }[] = [
  {
    name: "near me (3 km, 20)",
    query: `query ($lat: Float!, $lng: Float!) { activitiesNear(latitude: $lat, longitude: $lng, radiusKm: 3, first: 20) { edges { distanceKm node { ${card} } } } }`,
    variables: (i) => ({ lat: city(i)[1], lng: city(i)[2] }),
  },
  {
    name: "30-minute circle (cycling, 20)",
    query: `query ($lat: Float!, $lng: Float!) { activityServiceCircle(latitude: $lat, longitude: $lng, mode: CYCLE) { radiusKm activities(first: 20) { edges { distanceKm node { ${card} } } } } }`,
    variables: (i) => ({ lat: city(i)[1], lng: city(i)[2] }),
  },
  {
    name: "filtered list (province, kind, form, 20)",
    query: `query ($filter: ActivityFilter) { publicActivities(filter: $filter, first: 20) { edges { node { ${card} } } pageInfo { hasNextPage endCursor } } }`,
    variables: (i) => ({
      filter: { regionCode: `${city(i)[0].slice(0, 2)}0000`, categoryKind: "KEY", form: forms[i % forms.length] },
    }),
  },
  {
    name: "search 机器人 / 科技馆 (20)",
    query: `query ($filter: ActivityFilter) { publicActivities(filter: $filter, first: 20) { edges { node { ${card} } } } }`,
    variables: (i) => ({ filter: { text: i % 2 ? "机器人" : "科技馆", campaignId: "cmp-2024" } }),
  },
  {
    name: "map clusters (China, zoom 4)",
    query: mapQuery,
    variables: () => ({ bbox: { west: 73, south: 18, east: 135, north: 54 }, zoom: 4 }),
  },
  {
    name: "map clusters (a city, zoom 11)",
    query: mapQuery,
    variables: (i) => ({
      bbox: { west: city(i)[2] - 0.2, south: city(i)[1] - 0.15, east: city(i)[2] + 0.2, north: city(i)[1] + 0.15 },
      zoom: 11,
    }),
  },
];

async function time(url: string, kind: (typeof kindsOfRequest)[number]): Promise<number[]> {
  // Warm-up: each input once (the 32 cities), as on a server that has been answering for a while —
  // five warmed only five cities, so the first visit to each other city's pages was timed cold.
  for (let i = 0; i < provinces.length; i++) await graphql(url, kind.query, kind.variables(i));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await graphql(url, kind.query, kind.variables(i));
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The machine's load average (1, 5, 15 min) and cores: figures on a shared machine mean little without it. */
const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(", ")} on ${availableParallelism()} cores`;

/**
 * Requests per second with `inFlight` requests always outstanding for `seconds`, and the median
 * latency meanwhile.
 */
async function throughput(url: string, query: string, seconds = 5, inFlight = 4): Promise<string> {
  for (let i = 0; i < 5; i++) await graphql(url, query);
  const until = performance.now() + seconds * 1000;
  const samples: number[] = [];
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        await graphql(url, query);
        samples.push(performance.now() - started);
      }
    }),
  );
  const sorted = samples.sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return `${(samples.length / seconds).toFixed(0).padStart(4)} req/s  (p50 ${median.toFixed(1)} ms, ${inFlight} in flight)`;
}

try {
  console.log(`${platform.databaseKind}: ${count.toLocaleString("en")} activities, ${runs} requests of each kind`);
  console.log(`before seeding: ${load()}`);
  await seedActivities();
  console.log(`after seeding: ${load()}`);
  for (const kind of kindsOfRequest) {
    figures(`${kind.name} — direct`, await time(platform.subgraphUrls.activities, kind));
    figures(`${kind.name} — gateway`, await time(platform.gatewayUrl, kind));
  }
  // A list of 50 as the public list page asks it, straight from the subgraph and through the gateway
  // (issue 9 "done when": 140 req/s direct and 40–60 through the gateway with hosts and works on 2
  // cores with PGlite before); then what each part of the gateway's answer adds.
  const list50 = (fields: string) =>
    `{ publicActivities(filter: { campaignId: "cmp-2024" }, first: 50) { edges { node { ${fields} } } } }`;
  const listRuns: [string, string, string][] = [
    ["list of 50, ids only — direct", platform.subgraphUrls.activities, list50("id")],
    ["list of 50, card — direct", platform.subgraphUrls.activities, list50(`${card} host { id }`)],
    ["list of 50, card — gateway", platform.gatewayUrl, list50(card)],
    ["list of 50, card + host name — gateway", platform.gatewayUrl, list50(`${card} host { id name }`)],
    [
      "list of 50, card + host name + works — gateway",
      platform.gatewayUrl,
      list50(`${card} host { id name } works { id title }`),
    ],
  ];
  for (const [label, url, query] of listRuns) console.log(`${label.padEnd(48)} ${await throughput(url, query)}`);
  const statements = async (first: number) => {
    const before = platform.statementCount();
    await graphql(
      platform.subgraphUrls.activities,
      `query ($first: Int!) { publicActivities(filter: { campaignId: "cmp-2024", regionCode: "500000" }, first: $first) { edges { node { ${card} } } } }`,
      { first },
    );
    return platform.statementCount() - before;
  };
  console.log(
    `SQL statements per list request: page of 10 → ${await statements(10)}, page of 50 → ${await statements(50)}`,
  );
  const nearStatements = async (first: number) => {
    const before = platform.statementCount();
    await graphql(
      platform.subgraphUrls.activities,
      `query ($first: Int!) { activitiesNear(latitude: 29.563, longitude: 106.5516, radiusKm: 10, first: $first) { edges { node { ${card} } } } }`,
      { first },
    );
    return platform.statementCount() - before;
  };
  console.log(
    `SQL statements per near-me request: page of 10 → ${await nearStatements(10)}, page of 50 → ${await nearStatements(50)}`,
  );
  console.log(`at the end: ${load()}`);
} finally {
  await platform.close();
}
