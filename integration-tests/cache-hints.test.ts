import { demoPassword } from "@kepu/demo-data";
import { type RunningPlatform, startPlatform, writePublishedActivity } from "@kepu/harness";
import { must, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Public answers that name a host or show a cover stay cacheable through the gateway (issue 9 §4
 * "public queries carry cache hints"): the gateway takes the lowest max-age of the subgraphs it asks,
 * so organizations (an org's name, level, region) and media (a public file's URL, kind, size) carry
 * hints too, entity resolution (`_entities`) included, while a per-viewer or personal field asked
 * anywhere in the operation makes the answer `no-store`. On PGlite and on PostgreSQL.
 */
let platform: RunningPlatform;

const activityId = "act-cache-hints";
const publicCoverId = "asset-cache-public-cover";
const privateCoverId = "asset-cache-private-cover";
const privateActivityId = "act-cache-hints-private-cover";
/** Found by search: only these two activities carry the word. */
const marker = "缓存提示测试";

async function coverAsset(id: string, isPublic: boolean, attachedTo: string): Promise<void> {
  await platform.services.media.prisma.asset.create({
    data: {
      id,
      purpose: "ACTIVITY_COVER",
      status: "READY",
      ownerOrgId: "org-cq-yuzhong",
      uploadedById: "user-cache-hints",
      fileName: "封面-张三.jpg",
      declaredBytes: 48_000,
      bytes: 48_000,
      mime: "image/jpeg",
      width: 1200,
      height: 675,
      variants: ["original", "web", "thumb"],
      public: isPublic,
      attachedAt: new Date(),
      attachedTo,
    },
  });
}

async function activity(id: string, title: string, coverAssetId: string): Promise<void> {
  await writePublishedActivity(platform, { id, title, audiences: ["GENERAL_PUBLIC"], coverAssetId });
}

beforeAll(async () => {
  platform = await startPlatform();
  await coverAsset(publicCoverId, true, `activity:${activityId}`);
  await coverAsset(privateCoverId, false, `activity:${privateActivityId}`);
  await activity(activityId, `${marker}：科技馆夜场开放`, publicCoverId);
  await activity(privateActivityId, `${marker}：封面尚未公开的讲座`, privateCoverId);
});
afterAll(async () => {
  await platform?.close();
});

interface Answer {
  cacheControl: string | null;
  body: { data?: Record<string, unknown>; errors?: { message: string }[] };
}

async function ask(url: string, query: string, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { cacheControl: response.headers.get("cache-control"), body: (await response.json()) as Answer["body"] };
}

/** The public list of the two fixtures with what `hostFields` and `coverFields` ask. */
const listQuery = (hostFields: string, coverFields: string) => `{
  publicActivities(first: 10, filter: { text: "${marker}" }) {
    edges { node { id title host { ${hostFields} } cover { ${coverFields} } } }
  }
}`;

interface ListNode {
  id: string;
  host: Record<string, unknown> | null;
  cover: Record<string, unknown> | null;
}
const nodes = (answer: Answer) =>
  (must(answer.body.data).publicActivities as { edges: { node: ListNode }[] }).edges.map((edge) => edge.node);

describe("a public list naming hosts and covers through the gateway", () => {
  it("is cacheable for a minute (public) and shows the host's name and the public cover", async () => {
    const answer = await ask(
      platform.gatewayUrl,
      listQuery("id name shortName level regionCode", "id url kind width height thumbnailUrl"),
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.cacheControl).toBe("max-age=60, public");
    const byId = new Map(nodes(answer).map((node) => [node.id, node]));
    expect(byId.get(activityId)?.host).toMatchObject({ name: "渝中区科协", level: "COUNTY", regionCode: "500103" });
    expect(byId.get(activityId)?.cover).toMatchObject({ kind: "IMAGE", width: 1200, height: 675 });
    expect(String(byId.get(activityId)?.cover?.url)).toMatch(new RegExp(`/files/${publicCoverId}/web$`));
    // A cover the public may not see yet is null for everyone anonymous: still the same answer for all.
    expect(byId.get(privateActivityId)?.cover).toBeNull();
  });

  it("an edition's public fields are cacheable too (the campaign home)", async () => {
    const answer = await ask(
      platform.gatewayUrl,
      `{ currentCampaign { id name theme startsOn endsOn hosts { role org { name } } } }`,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(answer.cacheControl).toBe("max-age=60, public");
  });

  it("is no-store as soon as a per-viewer or personal field of the host or the cover is asked", async () => {
    for (const [host, cover] of [
      ["name viewerCanAdminister", "url"],
      ["name address", "url"],
      ["name contacts { name phone }", "url"],
      ["name members(first: 1) { edges { cursor } }", "url"],
      ["name", "url fileName"],
      ["name", "url originalUrl"],
    ] as const) {
      const answer = await ask(platform.gatewayUrl, listQuery(host, cover));
      expect(answer.body.errors, `${host} / ${cover}`).toBeUndefined();
      expect(answer.cacheControl, `${host} / ${cover}`).toBe("no-store");
    }
  });

  it("is private for a signed-in viewer, and no-store when the viewer sees a cover only its unit may (a signed URL)", async () => {
    const visitor = await signIn(platform.gatewayUrl, "visitor01@kepu.example", demoPassword);
    const signedIn = await ask(platform.gatewayUrl, listQuery("name", "url"), visitor);
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.cacheControl).toBe("max-age=60, private");

    const hostMember = await signIn(platform.gatewayUrl, "yuzhong@kepu.example", demoPassword);
    const member = await ask(platform.gatewayUrl, listQuery("name", "url"), hostMember);
    expect(member.body.errors).toBeUndefined();
    const own = nodes(member).find((node) => node.id === privateActivityId);
    expect(String(own?.cover?.url)).toMatch(/signature=/);
    expect(member.cacheControl).toBe("no-store");
  });
});

describe("an activity's page and a campaign's trails through the gateway", () => {
  const draftId = "act-cache-hints-draft";
  const trailId = "trail-cache-hints";
  beforeAll(async () => {
    await activity(draftId, `${marker}：尚未提交的草稿`, publicCoverId);
    await platform.services.activities.prisma.activity.update({
      where: { id: draftId },
      data: { status: "DRAFT", listed: false, coverAssetId: null },
    });
    await platform.services.activities.prisma.trail.create({
      data: {
        id: trailId,
        campaignId: "cmp-2024-cq",
        editionId: "cmp-2024",
        hostOrgId: "org-cq-yuzhong",
        title: `${marker}：解放碑打卡路线`,
        summary: "",
        status: "PUBLISHED",
        publishedAt: new Date(),
        stops: { create: { id: "stop-cache-hints", position: 1, activityId, secret: "cache-hints-secret" } },
      },
    });
  });
  const activityQuery = (id: string, extra = "") =>
    `{ activity(id: "${id}") { id title venue host { name } cover { url } sessions { id startsAt } ${extra} } }`;
  const trailsQuery = (extra = "") =>
    `{ trails(campaignId: "cmp-2024-cq", first: 20) { edges { node { id title stopCount host { name } stops { position title venue activity { id title } } ${extra} } } } }`;

  it("activity(id): a listed activity is cacheable for a minute, public for the anonymous and private when signed in", async () => {
    const anonymous = await ask(platform.gatewayUrl, activityQuery(activityId));
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data?.activity).toMatchObject({ id: activityId, host: { name: "渝中区科协" } });
    expect(anonymous.cacheControl).toBe("max-age=60, public");
    const visitor = await signIn(platform.gatewayUrl, "visitor01@kepu.example", demoPassword);
    const signedIn = await ask(platform.gatewayUrl, activityQuery(activityId), visitor);
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.cacheControl).toBe("max-age=60, private");
  });

  it("activity(id): no-store for a draft its unit sees, for an id the viewer may not see, and with a personal field of the host", async () => {
    const hostMember = await signIn(platform.gatewayUrl, "yuzhong@kepu.example", demoPassword);
    const draft = await ask(platform.gatewayUrl, activityQuery(draftId), hostMember);
    expect(draft.body.errors).toBeUndefined();
    expect(draft.body.data?.activity).toMatchObject({ id: draftId });
    expect(draft.cacheControl).toBe("no-store");
    const hidden = await ask(platform.gatewayUrl, activityQuery(draftId));
    expect(hidden.body.data?.activity).toBeNull();
    expect(hidden.cacheControl).toBe("no-store");
    const contacts = await ask(
      platform.gatewayUrl,
      activityQuery(activityId, "coHosts { name } host { contacts { name } }"),
    );
    expect(contacts.body.errors).toBeUndefined();
    expect(contacts.cacheControl).toBe("no-store");
  });

  it("trails(campaignId): cacheable for a minute, public for the anonymous and private when signed in", async () => {
    const anonymous = await ask(platform.gatewayUrl, trailsQuery());
    expect(anonymous.body.errors).toBeUndefined();
    const trails = (must(anonymous.body.data).trails as { edges: { node: { id: string } }[] }).edges;
    expect(trails.map((edge) => edge.node.id)).toContain(trailId);
    expect(anonymous.cacheControl).toBe("max-age=60, public");
    const visitor = await signIn(platform.gatewayUrl, "visitor01@kepu.example", demoPassword);
    const signedIn = await ask(platform.gatewayUrl, trailsQuery("viewerCanManage"), visitor);
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.cacheControl).toBe("max-age=60, private");
  });
});

describe("the subgraphs themselves", () => {
  it("organizations: an org's public fields are cacheable, the viewer's own account never", async () => {
    const org = await ask(
      platform.subgraphUrls.organizations,
      `{ org(id: "org-cq") { id name level parent { name } } }`,
    );
    expect(org.cacheControl).toBe("max-age=60, public");
    const organizer = await signIn(platform.gatewayUrl, "organizer@kepu.example", demoPassword);
    const me = await ask(platform.subgraphUrls.organizations, `{ me { id displayName } }`, organizer);
    expect(me.body.errors).toBeUndefined();
    expect(me.cacheControl).toBe("no-store");
  });

  it("media: entity resolution of a public file carries the file's hint", async () => {
    const entities = await ask(
      platform.subgraphUrls.media,
      `{ _entities(representations: [{ __typename: "Asset", id: "${publicCoverId}" }]) { ... on Asset { url width } } }`,
    );
    expect(entities.body.errors).toBeUndefined();
    expect(entities.cacheControl).toBe("max-age=60, public");
  });
});
