import { type GraphQLResponse, graphql } from "@kepu/testing";
import type { RunningPlatform } from "./platform.js";

/** Places for test activities, each inside its host's region (GB/T 2260) with WGS-84 coordinates. */
export const demoActivityPlaces = {
  /** 渝中区 (500103), beside 解放碑. */
  yuzhong: {
    venue: "解放碑步行街科普广场",
    address: "重庆市渝中区民族路177号",
    regionCode: "500103",
    latitude: 29.5575,
    longitude: 106.5772,
  },
  /** 长沙市开福区 (430105), 湖南省科技馆. */
  changsha: {
    venue: "湖南省科学技术馆",
    address: "长沙市开福区湘江北路三段1500号",
    regionCode: "430105",
    latitude: 28.2415,
    longitude: 112.9648,
  },
};

/**
 * A valid `CreateActivityInput` for 渝中区科协 in 重庆's 2024 edition (demo data), for tests that
 * need an activity to create, approve or refuse; `overrides` replaces any field (or adds a refused one).
 */
export function demoActivityInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    campaignId: "cmp-2024-cq",
    hostOrgId: "org-cq-yuzhong",
    title: "渝中区科学之夜",
    summary: "夜间开放，邀请天文学家带领观星。",
    categoryId: "cat-cmp-2024-exhibitions",
    forms: ["SCIENCE_NIGHT"],
    mode: "OFFLINE",
    ...demoActivityPlaces.yuzhong,
    startsAt: "2030-09-20T18:00:00+08:00",
    endsAt: "2030-09-20T21:00:00+08:00",
    ...overrides,
  };
}

/**
 * `demoActivityInput(overrides)` as an `ActivityContentInput` (what updateActivity takes): the fields
 * an edit may change, without the campaign, the host and the window, which it may not.
 */
export function demoActivityContent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const {
    campaignId: _campaign,
    hostOrgId: _host,
    startsAt: _from,
    endsAt: _to,
    ...content
  } = demoActivityInput(overrides);
  return content;
}

/**
 * Sends createActivity through the gateway as `token` with `demoActivityInput(overrides)`, and
 * returns the answer as it comes (data or errors), for refusals too.
 */
export function createDemoActivity(
  gatewayUrl: string,
  token: string | undefined,
  overrides: Record<string, unknown> = {},
): Promise<GraphQLResponse<{ createActivity: { id: string } }>> {
  return graphql<{ createActivity: { id: string } }>(
    gatewayUrl,
    "mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }",
    { variables: { i: demoActivityInput(overrides) }, ...(token ? { token } : {}) },
  );
}

/**
 * Creates an activity as `createDemoActivity` does and submits it for review, as the unit's editor
 * would (issue 9 §2 workflow); its id. Throws with the graph's errors when either step is refused.
 */
export async function submitDemoActivity(
  gatewayUrl: string,
  token: string | undefined,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const created = await createDemoActivity(gatewayUrl, token, overrides);
  const id = created.data?.createActivity.id;
  if (!id) throw new Error(`createActivity refused: ${JSON.stringify(created.errors)}`);
  const submitted = await graphql(gatewayUrl, "mutation ($id: ID!) { submitActivity(id: $id) { id } }", {
    variables: { id },
    ...(token ? { token } : {}),
  });
  if (submitted.errors) throw new Error(`submitActivity refused: ${JSON.stringify(submitted.errors)}`);
  return id;
}

/** An Activity row as Prisma writes it with plain keys (campaignId, categoryId …), not nested relations. */
type ActivityData = Extract<
  Parameters<RunningPlatform["services"]["activities"]["prisma"]["activity"]["create"]>[0]["data"],
  { categoryId: string }
>;

/**
 * Writes a published, listed activity of 渝中区科协 in 重庆's 2024 edition (an exhibition at
 * `demoActivityPlaces.yuzhong`, on 2030-09-20 from 09:30 to 11:00 Shanghai time, with one session at
 * those times) straight into the activities database, past review: for tests of what follows
 * publication (public reads, cache hints, edits of a published activity). `fields` replaces any
 * column or the sessions.
 */
export async function writePublishedActivity(
  platform: RunningPlatform,
  fields: Partial<ActivityData> & { id: string; title: string },
): Promise<void> {
  const startsAt = fields.startsAt ?? new Date("2030-09-20T09:30:00+08:00");
  const endsAt = fields.endsAt ?? new Date("2030-09-20T11:00:00+08:00");
  await platform.services.activities.prisma.activity.create({
    data: {
      campaignId: "cmp-2024-cq",
      editionId: "cmp-2024",
      hostOrgId: "org-cq-yuzhong",
      summary: "面向公众开放，欢迎参加。",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: ["EXHIBITION"],
      mode: "OFFLINE",
      ...demoActivityPlaces.yuzhong,
      status: "PUBLISHED",
      listed: true,
      publishedAt: new Date(),
      sessions: { create: { startsAt, endsAt } },
      ...fields,
      startsAt,
      endsAt,
    },
  });
}
