import { demoPassword } from "@kepu/demo-data";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Discovery for the public (issue 9 §4) through the gateway and straight to the activities subgraph,
 * on PGlite and on PostgreSQL (`scripts/with-postgres.sh`): the filters (a national edition includes
 * its regional ones, a province its counties, category, form, topic, audience, Shanghai days, online,
 * free places), Chinese search (the examples), near me (解放碑), the 30-minute circle, paging,
 * statements per page, the public predicate (drafts, cancelled, a pending edit) and cache hints.
 */
let platform: RunningPlatform;
let activities: RunningPlatform["services"]["activities"]["prisma"];

/** 解放碑, 重庆 (WGS-84). */
const jiefangbei = { latitude: 29.5576, longitude: 106.5775 };
/** 2 km due north of 解放碑: 2 / 6371.0088 rad of latitude. */
const twoKmNorth = {
  latitude: jiefangbei.latitude + (2 / 6371.0088) * (180 / Math.PI),
  longitude: jiefangbei.longitude,
};
const chengdu = { latitude: 30.5728, longitude: 104.0668 };

const ids = {
  robot: "act-disc-robot",
  museum: "act-disc-museum",
  main: "act-disc-main",
  chengdu: "act-disc-chengdu",
  hunan: "act-disc-hunan",
  online: "act-disc-online",
  full: "act-disc-full",
  draft: "act-disc-draft",
  cancelled: "act-disc-cancelled",
  pending: "act-disc-pending",
};

interface Fixture {
  id: string;
  title: string;
  campaignId?: string;
  editionId?: string;
  regionCode?: string | null;
  point?: { latitude: number; longitude: number } | null;
  forms?: ("EXPERIMENT" | "EXHIBITION" | "LECTURE" | "LIVESTREAM")[];
  mode?: "ONLINE" | "OFFLINE" | "HYBRID";
  topics?: string[];
  audiences?: ("CHILDREN_AND_TEENAGERS" | "GENERAL_PUBLIC" | "ELDERLY")[];
  day?: string;
  status?: "PUBLISHED" | "DRAFT" | "CANCELLED" | "SUBMITTED";
  listed?: boolean;
  session?: { capacity: number | null; registrationRequired: boolean; confirmedCount: number };
  pendingEdit?: { title: string };
}

async function fixture(f: Fixture): Promise<void> {
  const day = f.day ?? "2030-09-20";
  const startsAt = new Date(`${day}T09:30:00+08:00`);
  const endsAt = new Date(`${day}T11:00:00+08:00`);
  const point = f.point === undefined ? jiefangbei : f.point;
  await activities.activity.create({
    data: {
      id: f.id,
      campaignId: f.campaignId ?? "cmp-2024-cq",
      editionId: f.editionId ?? "cmp-2024",
      hostOrgId: "org-cq-yuzhong",
      title: f.title,
      summary: "面向公众开放，欢迎报名参加。",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: f.forms ?? ["EXPERIMENT"],
      mode: f.mode ?? "OFFLINE",
      topics: f.topics ?? [],
      audiences: f.audiences ?? ["GENERAL_PUBLIC"],
      startsAt,
      endsAt,
      regionCode: f.regionCode === undefined ? "500103" : f.regionCode,
      venue: "解放碑步行街广场",
      latitude: point?.latitude ?? null,
      longitude: point?.longitude ?? null,
      status: f.status ?? "PUBLISHED",
      listed: f.listed ?? true,
      ...(f.pendingEdit ? { pendingEdit: f.pendingEdit } : {}),
      sessions: {
        create: {
          id: `ses-${f.id}`,
          startsAt,
          endsAt,
          capacity: f.session?.capacity ?? null,
          registrationRequired: f.session?.registrationRequired ?? false,
          confirmedCount: f.session?.confirmedCount ?? 0,
        },
      },
    },
  });
}

beforeAll(async () => {
  platform = await startPlatform();
  activities = platform.services.activities.prisma;
  await fixture({
    id: ids.robot,
    title: "青少年机器人编程体验营",
    point: twoKmNorth,
    topics: ["人工智能"],
    audiences: ["CHILDREN_AND_TEENAGERS"],
    session: { capacity: 30, registrationRequired: true, confirmedCount: 12 },
  });
  await fixture({ id: ids.museum, title: "走进重庆科技馆动手搭建智能小车", forms: ["EXHIBITION"], day: "2030-09-21" });
  await fixture({ id: ids.main, title: "全国科普日重庆主场活动", campaignId: "cmp-2024", regionCode: "500000" });
  await fixture({
    id: ids.chengdu,
    title: "成都天府科普嘉年华",
    campaignId: "cmp-2024",
    regionCode: "510104",
    point: chengdu,
  });
  await fixture({
    id: ids.hunan,
    title: "湖南省科技馆巾帼科普讲座",
    campaignId: "cmp-2024-hn",
    regionCode: "430105",
    point: { latitude: 28.2415, longitude: 112.9648 },
    forms: ["LECTURE"],
  });
  await fixture({
    id: ids.online,
    title: "云上量子科技直播课",
    mode: "ONLINE",
    point: null,
    regionCode: null,
    forms: ["LIVESTREAM"],
    audiences: ["ELDERLY"],
  });
  await fixture({
    id: ids.full,
    title: "满员的天文观测夜",
    point: { latitude: 29.56, longitude: 106.58 },
    session: { capacity: 20, registrationRequired: true, confirmedCount: 20 },
  });
  await fixture({ id: ids.draft, title: "草稿中的机器人工作坊", status: "DRAFT", listed: false });
  await fixture({ id: ids.cancelled, title: "已取消的机器人展", status: "CANCELLED" });
  await fixture({
    id: ids.pending,
    title: "航天模型制作课",
    status: "SUBMITTED",
    pendingEdit: { title: "深海探测器模型课" },
  });
}, 300_000);
afterAll(async () => {
  await platform?.close();
});

interface Page {
  edges: { node: { id: string; title: string }; distanceKm?: number; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const listQuery = `query ($filter: ActivityFilter, $first: Int, $after: String) {
  publicActivities(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id title category { nameZh } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Every page of the list (the demo data holds a few hundred activities before ours, dated 2030). */
async function list(filter: Record<string, unknown>, first = 100, url = platform.gatewayUrl): Promise<string[]> {
  const found: string[] = [];
  let after: string | null = null;
  do {
    const result: { data?: { publicActivities: Page } | null; errors?: unknown[] } = await graphql<{
      publicActivities: Page;
    }>(url, listQuery, { variables: { filter, first, after } });
    expect(result.errors).toBeUndefined();
    const page = must(result.data).publicActivities;
    found.push(...page.edges.map((edge) => edge.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return found;
}

const ours = (found: string[]) => found.filter((id) => id.startsWith("act-disc-"));

describe("Chinese search (issue 9: two-character words inside longer ones)", () => {
  it("编程, 机器人, 科技馆 and 科普 each find their activities", async () => {
    expect(ours(await list({ text: "编程" }))).toEqual([ids.robot]);
    expect(ours(await list({ text: "机器人" }))).toEqual([ids.robot]);
    expect(ours(await list({ text: "科技馆" })).sort()).toEqual([ids.hunan, ids.museum].sort());
    const kepu = ours(await list({ text: "科普" }));
    expect(kepu).toContain(ids.main);
    expect(kepu).not.toContain(ids.robot);
    expect(kepu).not.toContain(ids.museum);
    expect(ours(await list({ text: "重庆科技馆" }))).toEqual([ids.museum]);
  });

  it("a lone character and Latin words match as prefixes; full-width text is NFKC-normalized", async () => {
    expect(ours(await list({ text: "营" }))).toEqual([ids.robot]);
    await activities.activity.update({ where: { id: ids.online }, data: { summary: "Quantum computing 入门" } });
    expect(ours(await list({ text: "QUANT" }))).toEqual([ids.online]);
    expect(ours(await list({ text: "ｑｕａｎｔｕｍ　量子" }))).toEqual([ids.online]);
  });

  it("the database and the query side cut text into the same terms", async () => {
    const { searchTermsOf } = await import("../services/activities/src/domain/search-terms.js");
    for (const text of [
      "青少年机器人编程体验营",
      "走进重庆科技馆 AR/VR 2024",
      "科",
      "",
      "「全国科普日」重庆主场，Robot-Show",
    ]) {
      const rows = await activities.$queryRaw<{ terms: string[] }[]>`SELECT activity_search_terms(${text}) AS terms`;
      expect(must(rows[0]).terms).toEqual(searchTermsOf(text));
    }
  });

  it("the public searches the approved content: a pending edit is not found until approved", async () => {
    expect(ours(await list({ text: "航天模型" }))).toEqual([ids.pending]);
    expect(ours(await list({ text: "深海探测" }))).toEqual([]);
  });

  it("drafts and cancelled activities are never discovered", async () => {
    const found = ours(await list({ text: "机器人" }));
    expect(found).not.toContain(ids.draft);
    expect(found).not.toContain(ids.cancelled);
    expect(ours(await list({}))).not.toContain(ids.cancelled);
  });

  it("through the workflow: created, approved, edited and approved again, search follows the approved title", async () => {
    const organizer = await signIn(platform.gatewayUrl, "organizer@kepu.example", demoPassword);
    const admin = await signIn(platform.gatewayUrl, "admin@kepu.example", demoPassword);
    const created = await graphql<{ createActivity: { id: string } }>(
      platform.gatewayUrl,
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      {
        token: organizer,
        variables: {
          input: {
            campaignId: "cmp-2024-cq",
            hostOrgId: "org-cq",
            title: "磁悬浮列车原理揭秘",
            summary: "动手做一个小小的磁悬浮模型，了解超导与电磁。",
            categoryId: "cat-cmp-2024-exhibitions",
            forms: ["EXPERIMENT"],
            mode: "OFFLINE",
            regionCode: "500103",
            venue: "重庆科技馆",
            address: "重庆市江北区江北城文星门街7号",
            latitude: 29.5717,
            longitude: 106.5727,
            startsAt: "2030-09-22T09:30:00+08:00",
            endsAt: "2030-09-22T11:00:00+08:00",
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const id = must(created.data).createActivity.id;
    expect(await list({ text: "磁悬浮" })).not.toContain(id);
    const step = async (mutation: string, token: string, extra = "") => {
      const result = await graphql(platform.gatewayUrl, `mutation ($id: ID!) { ${mutation}(id: $id${extra}) { id } }`, {
        token,
        variables: { id },
      });
      expect(result.errors).toBeUndefined();
    };
    await step("submitActivity", organizer);
    await step("approveActivity", admin);
    expect(await list({ text: "磁悬浮" })).toContain(id);
    const edited = await graphql(
      platform.gatewayUrl,
      `mutation ($id: ID!, $input: ActivityContentInput!) { updateActivity(id: $id, input: $input) { id } }`,
      {
        token: organizer,
        variables: {
          id,
          input: {
            title: "超导悬浮小实验",
            summary: "动手做一个小小的超导模型。",
            categoryId: "cat-cmp-2024-exhibitions",
            forms: ["EXPERIMENT"],
            mode: "OFFLINE",
            regionCode: "500103",
            venue: "重庆科技馆",
            address: "重庆市江北区江北城文星门街7号",
            latitude: 29.5717,
            longitude: 106.5727,
          },
        },
      },
    );
    expect(edited.errors).toBeUndefined();
    expect(await list({ text: "磁悬浮" })).toContain(id);
    expect(await list({ text: "超导悬浮" })).not.toContain(id);
    await step("approveActivity", admin);
    expect(await list({ text: "超导悬浮" })).toContain(id);
    expect(await list({ text: "磁悬浮" })).not.toContain(id);
  });
});

describe("filters", () => {
  it("a national edition includes its regional editions; a regional one only itself", async () => {
    const national = ours(await list({ campaignId: "cmp-2024" }));
    expect(national).toEqual(expect.arrayContaining([ids.robot, ids.main, ids.hunan, ids.chengdu]));
    const chongqing = ours(await list({ campaignId: "cmp-2024-cq" }));
    expect(chongqing).toContain(ids.robot);
    expect(chongqing).not.toContain(ids.main);
    expect(chongqing).not.toContain(ids.hunan);
  });

  it("a province includes its cities and counties, a county only itself", async () => {
    const cq = ours(await list({ regionCode: "500000" }));
    expect(cq).toEqual(expect.arrayContaining([ids.robot, ids.main, ids.museum]));
    expect(cq).not.toContain(ids.hunan);
    expect(ours(await list({ regionCode: "430100" }))).toEqual([ids.hunan]);
    const yuzhong = ours(await list({ regionCode: "500103" }));
    expect(yuzhong).toContain(ids.robot);
    expect(yuzhong).not.toContain(ids.main);
  });

  it("category, form, topic and audience", async () => {
    expect(ours(await list({ categoryKind: "KEY", form: "LECTURE" }))).toEqual([ids.hunan]);
    expect(ours(await list({ categoryId: "cat-cmp-2024-exhibitions", form: "EXHIBITION" }))).toEqual([ids.museum]);
    expect(ours(await list({ topic: "人工智能" }))).toEqual([ids.robot]);
    expect(ours(await list({ audience: "ELDERLY" }))).toEqual([ids.online]);
  });

  it("Shanghai days: an activity at 09:30 on the 21st is on the 21st and not on the 20th", async () => {
    const on21 = ours(await list({ from: "2030-09-21", to: "2030-09-21" }));
    expect(on21).toEqual([ids.museum]);
    const on20 = ours(await list({ from: "2030-09-20", to: "2030-09-20" }));
    expect(on20).toContain(ids.robot);
    expect(on20).not.toContain(ids.museum);
  });

  it("online and in person", async () => {
    expect(ours(await list({ online: true }))).toEqual([ids.online]);
    expect(ours(await list({ online: false }))).not.toContain(ids.online);
  });

  it("free places: a full session is left out, one with places or without registration is in", async () => {
    const free = ours(await list({ freePlaces: true }));
    expect(free).toContain(ids.robot);
    expect(free).toContain(ids.museum);
    expect(free).not.toContain(ids.full);
  });

  it("free places means one can still register: a session already begun is not free, one to come with places is", async () => {
    const db = platform.services.activities.prisma;
    const start = Date.now() - 3_600_000;
    const make = (id: string, startsAt: number, capacity: number) =>
      db.activity.create({
        data: {
          id,
          campaignId: "cmp-2024-cq",
          editionId: "cmp-2024",
          hostOrgId: "org-cq-yuzhong",
          title: `名额探针 ${id}`,
          summary: "面向公众开放。",
          categoryId: "cat-cmp-2024-exhibitions",
          categoryKind: "KEY",
          forms: ["EXPERIMENT"],
          mode: "OFFLINE",
          startsAt: new Date(startsAt),
          endsAt: new Date(startsAt + 3 * 3_600_000),
          status: "PUBLISHED",
          listed: true,
          sessions: {
            create: {
              startsAt: new Date(startsAt),
              endsAt: new Date(startsAt + 3 * 3_600_000),
              capacity,
              registrationRequired: true,
            },
          },
        },
      });
    await make("act-free-begun", start, 5);
    await make("act-free-later", start + 2 * 86_400_000, 5);
    const free = await list({ freePlaces: true, text: "名额探针" });
    expect(free).not.toContain("act-free-begun");
    expect(free).toContain("act-free-later");
  });

  it("lists page forward only: last or before is refused, not answered with the first page", async () => {
    const last = await graphql(platform.gatewayUrl, "{ publicActivities(last: 5) { edges { node { id } } } }");
    expect(last.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const nearLast = await graphql(
      platform.gatewayUrl,
      "{ activitiesNear(latitude: 29.56, longitude: 106.57, radiusKm: 20, last: 3) { edges { node { id } } } }",
    );
    expect(nearLast.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("bad filters are refused with the field at fault", async () => {
    const region = await graphql(platform.gatewayUrl, listQuery, { variables: { filter: { regionCode: "5001" } } });
    expect(region.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(region.errors?.[0]?.message).toContain("6位数字");
    const days = await graphql(platform.gatewayUrl, listQuery, {
      variables: { filter: { from: "2030-09-21", to: "2030-09-20" } },
    });
    expect(days.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages follow one another without gaps, and a page of 10 costs the statements a page of 50 does", async () => {
    const all = await list({ campaignId: "cmp-2024-cq" }, 100);
    const inSevens = await list({ campaignId: "cmp-2024-cq" }, 7);
    expect(inSevens).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    const statements = async (first: number) => {
      const before = platform.statementCount();
      const result = await graphql<{ publicActivities: Page }>(platform.subgraphUrls.activities, listQuery, {
        variables: { filter: { campaignId: "cmp-2024" }, first },
      });
      expect(must(result.data).publicActivities.edges).toHaveLength(first);
      return platform.statementCount() - before;
    };
    const ten = await statements(10);
    expect(await statements(50)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(3);
  });
});

const nearQuery = `query ($lat: Float!, $lng: Float!, $r: Float, $filter: ActivityFilter, $first: Int, $after: String) {
  activitiesNear(latitude: $lat, longitude: $lng, radiusKm: $r, filter: $filter, first: $first, after: $after) {
    edges { cursor distanceKm node { id title } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function near(point: { latitude: number; longitude: number }, radiusKm: number, first = 100) {
  const result = await graphql<{ activitiesNear: Page }>(platform.gatewayUrl, nearQuery, {
    variables: { lat: point.latitude, lng: point.longitude, r: radiusKm, first },
  });
  expect(result.errors).toBeUndefined();
  return must(result.data).activitiesNear.edges;
}

describe("near me (解放碑)", () => {
  it("a point 2 km north is inside 3 km and outside 1 km; 成都 never is", async () => {
    const within3 = await near(jiefangbei, 3);
    const robot = within3.find((edge) => edge.node.id === ids.robot);
    expect(robot?.distanceKm).toBeCloseTo(2, 2);
    expect((await near(jiefangbei, 1)).map((edge) => edge.node.id)).not.toContain(ids.robot);
    expect((await near(jiefangbei, 200)).map((edge) => edge.node.id)).not.toContain(ids.chengdu);
    expect((await near(chengdu, 1)).map((edge) => edge.node.id)).toContain(ids.chengdu);
  });

  it("ordered by distance, paged by distance without gaps; online-only activities are never near", async () => {
    const all = await near(jiefangbei, 10);
    const distances = all.map((edge) => must(edge.distanceKm));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(all.map((edge) => edge.node.id)).not.toContain(ids.online);
    const first = await graphql<{ activitiesNear: Page }>(platform.gatewayUrl, nearQuery, {
      variables: { lat: jiefangbei.latitude, lng: jiefangbei.longitude, r: 10, first: 2 },
    });
    const page1 = must(first.data).activitiesNear;
    const second = await graphql<{ activitiesNear: Page }>(platform.gatewayUrl, nearQuery, {
      variables: {
        lat: jiefangbei.latitude,
        lng: jiefangbei.longitude,
        r: 10,
        first: 100,
        after: page1.pageInfo.endCursor,
      },
    });
    expect([...page1.edges, ...must(second.data).activitiesNear.edges].map((edge) => edge.node.id)).toEqual(
      all.map((edge) => edge.node.id),
    );
  });

  it("swapped coordinates (latitude 106) are refused, not answered with nothing", async () => {
    const swapped = await graphql(platform.gatewayUrl, nearQuery, {
      variables: { lat: jiefangbei.longitude, lng: jiefangbei.latitude, r: 3 },
    });
    expect(swapped.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(swapped.errors?.[0]?.extensions?.field).toBe("latitude");
    expect(swapped.errors?.[0]?.message).toContain("纬度");
    const radius = await graphql(platform.gatewayUrl, nearQuery, {
      variables: { lat: jiefangbei.latitude, lng: jiefangbei.longitude, r: 5000 },
    });
    expect(radius.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters apply near me too", async () => {
    const result = await graphql<{ activitiesNear: Page }>(platform.gatewayUrl, nearQuery, {
      variables: { lat: jiefangbei.latitude, lng: jiefangbei.longitude, r: 5, filter: { text: "编程" } },
    });
    expect(ours(must(result.data).activitiesNear.edges.map((edge) => edge.node.id))).toEqual([ids.robot]);
  });
});

describe("the 30-minute service circle", () => {
  const circleQuery = `query ($lat: Float!, $lng: Float!, $mode: TravelMode!, $minutes: Int) {
    activityServiceCircle(latitude: $lat, longitude: $lng, mode: $mode, minutes: $minutes) {
      mode minutes radiusKm model
      activities(first: 100) { edges { distanceKm node { id } } }
    }
  }`;
  interface Circle {
    mode: string;
    minutes: number;
    radiusKm: number;
    model: string;
    activities: { edges: { distanceKm: number; node: { id: string } }[] };
  }
  const circle = async (mode: string, minutes?: number) => {
    const result = await graphql<{ activityServiceCircle: Circle }>(platform.gatewayUrl, circleQuery, {
      variables: { lat: jiefangbei.latitude, lng: jiefangbei.longitude, mode, ...(minutes ? { minutes } : {}) },
    });
    expect(result.errors).toBeUndefined();
    return must(result.data).activityServiceCircle;
  };

  it("walking 30 minutes reaches about 1.7 km, cycling 4.3 km: the point 2 km north is reached by bike only", async () => {
    const walk = await circle("WALK");
    expect(walk.minutes).toBe(30);
    expect(walk.radiusKm).toBeCloseTo(1.731, 2);
    expect(walk.model).toContain("直线距离");
    expect(walk.activities.edges.map((edge) => edge.node.id)).not.toContain(ids.robot);
    const cycle = await circle("CYCLE");
    expect(cycle.radiusKm).toBeCloseTo(4.308, 2);
    expect(cycle.activities.edges.map((edge) => edge.node.id)).toContain(ids.robot);
    const car = await circle("CAR", 60);
    expect(car.radiusKm).toBeGreaterThan((await circle("TRANSIT", 60)).radiusKm);
  });

  it("minutes outside 1–120 are refused", async () => {
    const result = await graphql(platform.gatewayUrl, circleQuery, {
      variables: { lat: jiefangbei.latitude, lng: jiefangbei.longitude, mode: "WALK", minutes: 0 },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("cache hints", () => {
  const post = (url: string, query: string, token?: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
  const publicQuery = `{ publicActivities(first: 5) { edges { node { id title category { nameZh } sessions { placesLeft } } } pageInfo { hasNextPage } } }`;

  it("public discovery answers are cacheable for a minute, directly and through the gateway", async () => {
    const direct = await post(platform.subgraphUrls.activities, publicQuery);
    expect(direct.headers.get("cache-control")).toBe("max-age=60, public");
    const through = await post(platform.gatewayUrl, publicQuery);
    expect(through.headers.get("cache-control")).toBe("max-age=60, public");
    const nearby = await post(
      platform.gatewayUrl,
      `{ activitiesNear(latitude: 29.5576, longitude: 106.5775, radiusKm: 3) { edges { distanceKm node { id } } } }`,
    );
    expect(nearby.headers.get("cache-control")).toBe("max-age=60, public");
  });

  it("a signed-in viewer's answer is private; other queries and mutations stay uncacheable", async () => {
    const organizer = await signIn(platform.gatewayUrl, "organizer@kepu.example", demoPassword);
    const signedIn = await post(platform.subgraphUrls.activities, publicQuery, organizer);
    expect(signedIn.headers.get("cache-control")).toBe("max-age=60, private");
    const other = await post(platform.subgraphUrls.activities, `{ activities(first: 1) { edges { node { id } } } }`);
    expect(other.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the map: clusters computed on the server per zoom and viewport", () => {
  const mapQuery = `query ($bbox: BoundingBoxInput!, $zoom: Int!, $filter: ActivityFilter) {
    activityMap(bbox: $bbox, zoom: $zoom, filter: $filter) {
      zoom total
      features { latitude longitude count expansionZoom activityId activity { id title } }
    }
  }`;
  interface MapAnswer {
    zoom: number;
    total: number;
    features: {
      latitude: number;
      longitude: number;
      count: number;
      expansionZoom: number | null;
      activityId: string | null;
      activity: { id: string; title: string } | null;
    }[];
  }
  const china = { west: 73, south: 18, east: 135, north: 54 };
  const map = async (bbox: typeof china, zoom: number, filter?: Record<string, unknown>) => {
    const result = await graphql<{ activityMap: MapAnswer }>(platform.gatewayUrl, mapQuery, {
      variables: { bbox, zoom, ...(filter ? { filter } : {}) },
    });
    expect(result.errors).toBeUndefined();
    return must(result.data).activityMap;
  };
  /** Public activities with a point in the box, counted in SQL beside the graph. */
  const publicInBox = async (bbox: typeof china) =>
    activities.activity.count({
      where: {
        listed: true,
        status: { in: ["PUBLISHED", "FINISHED", "REPORTED", "SUBMITTED", "REJECTED"] },
        latitude: { gte: bbox.south, lte: bbox.north },
        longitude: { gte: bbox.west, lte: bbox.east },
      },
    });

  it("over China at zoom 4 a few clusters hold every public activity with a point", async () => {
    const answer = await map(china, 4);
    expect(answer.total).toBe(await publicInBox(china));
    expect(answer.features.length).toBeLessThan(answer.total);
    const clusters = answer.features.filter((feature) => feature.count > 1);
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) expect(cluster.expansionZoom).toBeGreaterThan(4);
  });

  it("zooming in splits clusters; at street level an activity is its own mark with its title", async () => {
    const chongqing = { west: 106.3, south: 29.3, east: 106.9, north: 29.8 };
    const city = await map(chongqing, 9);
    const street = await map(chongqing, 13);
    expect(street.total).toBe(city.total);
    expect(street.features.length).toBeGreaterThanOrEqual(city.features.length);
    const around = {
      west: twoKmNorth.longitude - 0.002,
      south: twoKmNorth.latitude - 0.002,
      east: twoKmNorth.longitude + 0.002,
      north: twoKmNorth.latitude + 0.002,
    };
    const one = await map(around, 17);
    expect(one.features).toHaveLength(1);
    expect(one.features[0]).toMatchObject({
      count: 1,
      activityId: ids.robot,
      activity: { title: "青少年机器人编程体验营" },
    });
  });

  it("the filter applies: 机器人编程体验营 over China is one mark", async () => {
    const answer = await map(china, 4, { text: "机器人编程体验营" });
    expect(answer.total).toBe(1);
    expect(answer.features[0]?.activityId).toBe(ids.robot);
  });

  it("a reversed viewport or a zoom of 25 is refused", async () => {
    const reversed = await graphql(platform.gatewayUrl, mapQuery, {
      variables: { bbox: { ...china, south: 54, north: 18 }, zoom: 4 },
    });
    expect(reversed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const zoom = await graphql(platform.gatewayUrl, mapQuery, { variables: { bbox: china, zoom: 25 } });
    expect(zoom.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the calendar: counts per Shanghai day", () => {
  const calendarQuery = `query ($from: Date!, $to: Date!, $filter: ActivityFilter) {
    activityCalendar(from: $from, to: $to, filter: $filter) { day count }
  }`;
  const calendar = async (from: string, to: string, filter?: Record<string, unknown>) => {
    const result = await graphql<{ activityCalendar: { day: string; count: number }[] }>(
      platform.gatewayUrl,
      calendarQuery,
      { variables: { from, to, ...(filter ? { filter } : {}) } },
    );
    expect(result.errors).toBeUndefined();
    return Object.fromEntries(must(result.data).activityCalendar.map((day) => [day.day, day.count]));
  };

  it("every day of the range, drafts and cancelled ones left out, 09:30 Shanghai on its own day", async () => {
    const days = await calendar("2030-09-19", "2030-09-21");
    // 20th: robot, main, 成都, 湖南, online, full, the one with an edit in review (not the draft, not the cancelled).
    expect(days).toEqual({ "2030-09-19": 0, "2030-09-20": 7, "2030-09-21": 1 });
    expect(await calendar("2030-09-20", "2030-09-21", { text: "机器人编程体验营" })).toEqual({
      "2030-09-20": 1,
      "2030-09-21": 0,
    });
  });

  it("a month view of the 2024 edition counts the demo activities", async () => {
    const month = await calendar("2024-09-01", "2024-09-30", { campaignId: "cmp-2024" });
    expect(Object.keys(month)).toHaveLength(30);
    expect(Object.values(month).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });

  it("the last day there is (9999-12-31) is a day like any other, not a server error", async () => {
    const last = await graphql(platform.gatewayUrl, calendarQuery, {
      variables: { from: "9999-12-31", to: "9999-12-31" },
    });
    expect(last.errors).toBeUndefined();
  });

  it("a range over 62 days or reversed is refused", async () => {
    const long = await graphql(platform.gatewayUrl, calendarQuery, {
      variables: { from: "2030-01-01", to: "2030-12-31" },
    });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const reversed = await graphql(platform.gatewayUrl, calendarQuery, {
      variables: { from: "2030-09-21", to: "2030-09-20" },
    });
    expect(reversed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
