import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { startWebServer } from "../src/server.js";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";
import { choose, fillRange, pickOption, shanghai } from "./console-steps.js";

/**
 * The activity form's map picker (issue 9 §7) in Chromium: on a page whose base map draws in GCJ-02
 * (MAP_COORDINATE_SYSTEM, as an AMap or Tencent map would), an organizer picks the place on the map;
 * MapLibre is fetched only when the picker opens, and once; the point goes out as GCJ-02 and the
 * server stores it converted to WGS-84 with gcoord (the activities service's own library, asked here
 * for the expected figures).
 */
const ui = useBrowserHarness();
const organizer = { email: "organizer@kepu.example", password: "kepu-demo-2024" };
const title = "浏览器测试地图选点的科普活动";
type Gcoord = {
  transform(point: [number, number], from: unknown, to: unknown): [number, number];
  GCJ02: unknown;
  WGS84: unknown;
};
const gcoord = createRequire(new URL("../../../services/activities/package.json", import.meta.url))("gcoord") as Gcoord;

let gcjWeb: { url: string; close(): Promise<void> } | undefined;
afterAll(async () => {
  await gcjWeb?.close();
});

async function signIn(page: Page): Promise<void> {
  await page.getByLabel("邮箱").fill(organizer.email);
  await page.getByLabel("密码").fill(organizer.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出登录" }).waitFor({ timeout: 30_000 });
}

async function graphql<T>(query: string): Promise<T> {
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(ui.platform.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data: T; errors?: unknown[] };
  };
  const signed = (await post({
    query:
      "mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
    variables: organizer,
  })) as unknown as { data: { signIn: { accessToken: string } } };
  const result = await post({ query }, signed.data.signIn.accessToken);
  expect(result.errors).toBeUndefined();
  return result.data;
}

describe("the activity form's map picker", () => {
  it("picks a point on a GCJ-02 base map and the server stores it in WGS-84", async () => {
    gcjWeb = await startWebServer({ port: 0, gatewayUrl: ui.platform.gatewayUrl, mapCoordinateSystem: "GCJ02" });
    const page = await ui.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => consoleErrors.push(error.message));
    page.on("request", (request) =>
      requests.push(new URL(request.url()).pathname.replace(/\.[0-9a-f]{10}(\.[a-z0-9]+)$/, "$1")),
    );
    await page.goto(`${gcjWeb.url}/organizers/activities?org=org-cq`);
    await signIn(page);
    await page.getByTestId("activities").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "新建活动" }).click();
    const form = page.getByRole("form", { name: "新建活动" });
    await form.waitFor();
    await choose(page, form, "科普日届次", "2024年重庆市全国科普日");
    await form.getByLabel("活动名称").fill(title);
    await pickOption(page, form.getByLabel("活动类别"));
    await choose(page, form, "活动形式", "科学实验");
    await page.keyboard.press("Escape");
    const range = form.getByTestId("session-row").first();
    await fillRange(page, range, shanghai(30, 9, 30), shanghai(30, 11, 0));

    // The map opens where the typed point is (解放碑), so a click at its centre picks about there.
    await form.getByLabel("纬度").fill("29.5576");
    await form.getByLabel("经度").fill("106.5770");
    expect(requests.filter((path) => path === "/shared/map.js")).toEqual([]);
    await form.getByRole("button", { name: "在地图上选点" }).click();
    const picker = page.getByRole("dialog", { name: "在地图上选点" });
    await picker
      .getByRole("button", { name: "选用地图中心" })
      .and(page.locator(":enabled"))
      .waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    const map = picker.locator(".maplibregl-canvas");
    const box = await map.boundingBox();
    if (!box) throw new Error("the map has no box");
    await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 - 30);
    const picked = picker.getByTestId("map-picked");
    await picked.filter({ hasText: "GCJ-02" }).waitFor();
    const [latitude, longitude] = ((await picked.textContent()) ?? "").match(/\d+\.\d{6}/g)?.map(Number) ?? [];
    // North-east of the centre by a few dozen metres.
    expect(latitude).toBeGreaterThan(29.5576);
    expect(latitude).toBeLessThan(29.5576 + 0.01);
    expect(longitude).toBeGreaterThan(106.577);
    expect(longitude).toBeLessThan(106.577 + 0.01);
    await picker.getByRole("button", { name: "使用此位置" }).click();
    await form.getByTestId("point-system").filter({ hasText: "GCJ-02" }).waitFor();
    expect(Number(await form.getByLabel("纬度").inputValue())).toBe(latitude);
    expect(Number(await form.getByLabel("经度").inputValue())).toBe(longitude);

    await form.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("已保存").first().waitFor({ timeout: 30_000 });
    const data = await graphql<{
      myActivities: { edges: { node: { title: string; latitude: number; longitude: number } }[] };
    }>(
      'query { myActivities(orgId: "org-cq", status: DRAFT, first: 50) { edges { node { title latitude longitude } } } }',
    );
    const stored = data.myActivities.edges.map((edge) => edge.node).find((node) => node.title === title);
    const [wgsLongitude, wgsLatitude] = gcoord.transform(
      [longitude as number, latitude as number],
      gcoord.GCJ02,
      gcoord.WGS84,
    );
    expect(stored?.latitude).toBeCloseTo(wgsLatitude, 6);
    expect(stored?.longitude).toBeCloseTo(wgsLongitude, 6);
    // Converted: some hundreds of metres south-west of what the GCJ-02 map showed.
    expect(stored?.latitude).not.toBeCloseTo(latitude as number, 3);
    expect(requests.filter((path) => path === "/shared/map.js")).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
