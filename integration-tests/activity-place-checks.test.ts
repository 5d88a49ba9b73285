import { demoPassword } from "@kepu/demo-data";
import { createDemoActivity, demoActivityContent, type RunningPlatform, startPlatform } from "@kepu/harness";
import { graphql, must, signIn } from "@kepu/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Two findings of the attacker review through the gateway, on PGlite and on PostgreSQL: an
 * activity's point must lie in its region (a 渝中区 activity cannot be placed in Beijing: create,
 * edit, import), and a regional edition's co-hosts must be units of its territory (重庆's edition
 * takes no 湖南 unit: create, edit).
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
const tiananmen = { latitude: 39.9087, longitude: 116.3975 };
const countActivities = () => platform.services.activities.prisma.activity.count();

const create = (overrides: Record<string, unknown>) => createDemoActivity(platform.gatewayUrl, editor, overrides);
const update = (id: string, overrides: Record<string, unknown>) =>
  graphql(
    platform.gatewayUrl,
    "mutation ($id: ID!, $i: ActivityContentInput!) { updateActivity(id: $id, input: $i) { id } }",
    { variables: { id, i: demoActivityContent(overrides) }, token: editor },
  );

function expectRefusal(errors: Errors, field: string, message: RegExp) {
  expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  expect(errors?.[0]?.message).toMatch(message);
}

describe("an activity's point and its region", () => {
  it("refuses a 渝中区 (500103) activity placed in Beijing, in WGS-84 or GCJ-02, and writes nothing", async () => {
    const before = await countActivities();
    for (const point of [tiananmen, { latitude: 39.9101, longitude: 116.4037, coordinateSystem: "GCJ02" }]) {
      const result = await create({ title: "解放碑夜观星空", ...point });
      expectRefusal(result.errors, "latitude", /不在行政区划 500103 所属的重庆市范围内/);
    }
    expect(await countActivities()).toBe(before);
    expect((await create({ title: "解放碑夜观星空" })).errors).toBeUndefined();
  });

  it("refuses moving a draft's point to Beijing, and leaves the row as it was", async () => {
    const id = must((await create({ title: "较场口科学小实验" })).data).createActivity.id;
    const before = await platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } });
    const result = await update(id, { title: "较场口科学小实验", ...tiananmen });
    expectRefusal(result.errors as Errors, "latitude", /重庆市范围内/);
    expect(await platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("refuses an imported row whose point is outside its region, importing nothing", async () => {
    const before = await countActivities();
    const file = [
      "活动名称,活动简介,活动类别,活动形式,线上线下,开始时间,结束时间,行政区划代码,活动地点,详细地址,纬度,经度",
      "解放碑科普讲座,面向社区居民的科普讲座。,千馆展览探未来,报告,线下,2030-09-20 09:30,2030-09-20 11:00,500103,解放碑,重庆市渝中区民族路177号,29.5575,106.5772",
      "天安门科普讲座,面向社区居民的科普讲座。,千馆展览探未来,报告,线下,2030-09-20 09:30,2030-09-20 11:00,500103,天安门,北京市东城区,39.9087,116.3975",
    ].join("\r\n");
    const result = await graphql<{
      importActivities: { accepted: boolean; rows: { row: number; errors: string[] }[] };
    }>(
      platform.gatewayUrl,
      "mutation ($i: ImportActivitiesInput!) { importActivities(input: $i) { accepted rows { row errors } } }",
      {
        variables: {
          i: {
            campaignId: "cmp-2024-cq",
            hostOrgId: "org-cq-yuzhong",
            format: "CSV",
            fileBase64: Buffer.from(file).toString("base64"),
          },
        },
        token: editor,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importActivities.accepted).toBe(false);
    const errors = result.data?.importActivities.rows.map((row) => row.errors.join(" "));
    expect(errors?.[0]).toBe("");
    expect(errors?.[1]).toMatch(/第3行「纬度」：坐标.*不在行政区划 500103 所属的重庆市范围内/);
    expect(await countActivities()).toBe(before);
  });
});

describe("a regional edition's co-hosts", () => {
  it("refuses a 湖南 unit as a co-host in 重庆's edition, on create and on edit, and takes a 重庆 one", async () => {
    const before = await countActivities();
    const outside = await create({ coHostOrgIds: ["org-cq", "org-hn-changsha"] });
    expectRefusal(outside.errors, "coHostOrgIds", /联合主办单位不在该地方科普日的地区范围内：org-hn-changsha/);
    expect(await countActivities()).toBe(before);

    const id = must((await create({ coHostOrgIds: ["org-cq"] })).data).createActivity.id;
    const edited = await update(id, { coHostOrgIds: ["org-hn-changsha"] });
    expectRefusal(edited.errors as Errors, "coHostOrgIds", /地区范围/);
    const row = await platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect(row.coHostOrgIds).toEqual(["org-cq"]);
  });
});
