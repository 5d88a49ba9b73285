import { demoPassword } from "@kepu/demo-data";
import { demoActivityInput, type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A finding of the attacker review through the gateway, on PGlite and on PostgreSQL: a regional
 * edition's co-hosts must be units of its territory (重庆's edition takes no 湖南 unit), on create
 * and on an edit.
 * Each refusal is BAD_USER_INPUT naming the field, in Chinese, and writes nothing.
 */
let platform: RunningPlatform;
let editor: string;

beforeAll(async () => {
  platform = await startPlatform();
  editor = await signIn(platform.gatewayUrl, "yuzhong@kepu.example", demoPassword);
});
afterAll(async () => {
  await platform?.close();
});

type Errors = { message: string; extensions?: { code?: string; field?: string } }[] | undefined;
const countActivities = () => platform.services.activities.prisma.activity.count();

const create = (overrides: Record<string, unknown>) =>
  graphql<{ createActivity: { id: string } }>(
    platform.gatewayUrl,
    "mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id } }",
    { variables: { i: demoActivityInput(overrides) }, token: editor },
  );

function expectRefusal(errors: Errors, field: string, message: RegExp) {
  expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  expect(errors?.[0]?.message).toMatch(message);
}

describe("a regional edition's co-hosts", () => {
  it("refuses a 湖南 unit as a co-host in 重庆's edition, on create and on edit, and takes a 重庆 one", async () => {
    const before = await countActivities();
    const outside = await create({ coHostOrgIds: ["org-cq", "org-hn-changsha"] });
    expectRefusal(outside.errors, "coHostOrgIds", /联合主办单位不在该地方科普日的地区范围内：org-hn-changsha/);
    expect(await countActivities()).toBe(before);

    const id = must((await create({ coHostOrgIds: ["org-cq"] })).data).createActivity.id;
    const {
      campaignId: _c,
      hostOrgId: _h,
      startsAt: _s,
      endsAt: _e,
      ...content
    } = demoActivityInput({
      coHostOrgIds: ["org-hn-changsha"],
    });
    const edited = await graphql(
      platform.gatewayUrl,
      "mutation ($id: ID!, $i: ActivityContentInput!) { updateActivity(id: $id, input: $i) { id } }",
      { variables: { id, i: content }, token: editor },
    );
    expectRefusal(edited.errors as Errors, "coHostOrgIds", /地区范围/);
    const row = await platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.coHostOrgIds).toEqual(["org-cq"]);
  });
});
