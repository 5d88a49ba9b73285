import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserHarness } from "./browser-harness.js";
import { choose } from "./console-steps.js";
import { generateMediaFiles } from "./work-fixtures.js";

/**
 * The organizer app's pages on Ant Design for issue 8 §4–§5 and issue 9 §7, in Chromium against the
 * whole platform: reach of works with the postings import (row report, all or nothing) and its
 * charts (ECharts from the import map, fetched once and only by the pages that draw), and the
 * campaign's resource library managed by its lead host.
 */
const ui = useBrowserHarness();
const organizer = { email: "organizer@kepu.example", password: "kepu-demo-2024" };

async function signIn(page: Page): Promise<void> {
  await page.getByLabel("邮箱").fill(organizer.email);
  await page.getByLabel("密码").fill(organizer.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出登录" }).waitFor({ timeout: 30_000 });
}

/** Asks the gateway directly, anonymously (what the public sees). */
async function publicQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ui.platform.gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const header = "作品编号,平台,链接,发布时间（北京时间）,统计日期,浏览量,点赞数,转发数,评论数";
const csv = (...lines: string[]) => Buffer.from([header, ...lines].map((line) => `${line}\r\n`).join(""), "utf8");
const reachQuery = 'query { workReach(campaignId: "cmp-2024-cq", orgId: "org-cq") { total { views likes } } }';

describe("the organizer app's reach of works", () => {
  it("imports postings all or nothing with a row report, and charts the reach with ECharts loaded once", async () => {
    const { page, consoleErrors, requests } = await ui.openPage("/organizers/reach?org=org-cq");
    await signIn(page);
    await choose(page, page.locator("body"), "科普日届次", "2024年重庆市全国科普日");
    await page.getByTestId("reach-total").waitFor({ timeout: 30_000 });
    // Every figure loaded: no missing reference (a platform row is no unit).
    expect(await page.getByRole("alert").count()).toBe(0);
    const before = await publicQuery<{ workReach: { total: { views: number; likes: number } } }>(reachQuery);

    // One good row and one naming a work that does not exist: the report says which, nothing is written.
    const file = page.getByLabel("导入文件（CSV 或 XLSX）");
    await file.setInputFiles({
      name: "postings.csv",
      mimeType: "text/csv",
      buffer: csv(
        "work-cq-storm,抖音,https://www.douyin.com/video/7400000000000000777,2024-09-16 10:00,2024-09-17,1200,80,30,12",
        "no-such-work,抖音,https://www.douyin.com/video/7400000000000000778,2024-09-16 10:00,2024-09-17,10,1,1,1",
      ),
    });
    await page.getByRole("button", { name: "检查文件" }).click();
    const report = page.getByTestId("import-report");
    await report.waitFor({ timeout: 30_000 });
    const rows = report.getByTestId("import-row");
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toMatch(/^2通过/);
    await expect(rows.nth(1).textContent()).resolves.toMatch(/^3未通过/);
    expect(await page.getByRole("button", { name: "确认导入" }).count()).toBe(0);
    await report.getByText("请修改有问题的行后重新上传").waitFor();
    expect(await publicQuery(reachQuery)).toEqual(before);

    // The corrected file: two days of one posting; checked, then imported.
    await file.setInputFiles({
      name: "postings.csv",
      mimeType: "text/csv",
      buffer: csv(
        "work-cq-storm,抖音,https://www.douyin.com/video/7400000000000000777,2024-09-16 10:00,2024-09-17,1200,80,30,12",
        "work-cq-storm,抖音,https://www.douyin.com/video/7400000000000000777,2024-09-16 10:00,2024-09-18,1500,95,31,15",
      ),
    });
    await page.getByRole("button", { name: "检查文件" }).click();
    await page.getByRole("button", { name: "确认导入" }).click({ timeout: 30_000 });
    await page.getByText("已导入 1 条发布记录、2 条传播数据。").waitFor({ timeout: 30_000 });
    const after = await publicQuery<{ workReach: { total: { views: number; likes: number } } }>(reachQuery);
    // Reach counts a posting's latest figures: the 18th's.
    expect(after.workReach.total.views - before.workReach.total.views).toBe(1500);
    expect(after.workReach.total.likes - before.workReach.total.likes).toBe(95);

    // The page shows the new total and draws the charts (SVG) from ECharts, fetched once.
    await page
      .getByTestId("reach-total")
      .getByText(after.workReach.total.views.toLocaleString("zh-CN"))
      .waitFor({ timeout: 30_000 });
    const byDay = page.getByTestId("reach-by-day");
    await byDay.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    await expect(byDay.locator("svg").count()).resolves.toBeGreaterThan(0);
    await expect(byDay.locator("svg").textContent()).resolves.toContain("2024-09-18");
    await page.getByTestId("reach-platforms").getByRole("cell", { name: "抖音", exact: true }).waitFor();
    // Another page and back: the chart module is not fetched again.
    await page.getByRole("link", { name: "资源库" }).click();
    await page.getByTestId("resources").waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: "作品传播" }).click();
    await choose(page, page.locator("body"), "科普日届次", "2024年重庆市全国科普日");
    await page.getByTestId("reach-by-day").and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    expect(requests.filter((path) => path.endsWith("/charts.js"))).toHaveLength(1);
    expect(requests.filter((path) => path.endsWith("/antd.js"))).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
    await page.close();

    // The public app never fetches it.
    const visitor = await ui.openPage("/works");
    await visitor.page.getByTestId("work").first().waitFor({ timeout: 30_000 });
    expect(visitor.requests.filter((path) => path.endsWith("/charts.js") || path.endsWith("/antd.js"))).toEqual([]);
    await visitor.page.close();
  });
});

describe("the organizer app's resource library", () => {
  it("lets the lead host add a kit with an uploaded file, public at once, and remove it", async () => {
    const [picture] = (await generateMediaFiles()).pictures as [Buffer];
    const { page, consoleErrors } = await ui.openPage("/organizers/resources?org=org-cq");
    await signIn(page);
    await choose(page, page.locator("body"), "科普日届次", "2024年重庆市全国科普日");
    await page.getByRole("button", { name: "添加资源" }).click();
    const drawer = page.getByRole("form", { name: "编辑资源" });
    await drawer.getByRole("button", { name: "保存" }).click();
    // Inline validation: the name is required, and a kit needs a file.
    await drawer.getByText("请填写名称").waitFor();
    await drawer.getByLabel("名称").fill("2024重庆科普日主视觉");
    await drawer.getByLabel("使用规范").fill("主视觉须按原比例使用，不得变形或改色。");
    await drawer.getByRole("button", { name: "保存" }).click();
    await drawer.getByRole("alert").filter({ hasText: "请至少上传一个文件" }).waitFor();
    await drawer.getByTestId("resource-file").locator('input[type="file"]').setInputFiles({
      name: "主视觉.png",
      mimeType: "image/png",
      buffer: picture,
    });
    await drawer.getByTestId("upload-ready").waitFor({ timeout: 60_000 });
    await drawer.getByRole("button", { name: "保存" }).click();
    const row = page.getByTestId("resources").getByRole("row").filter({ hasText: "2024重庆科普日主视觉" });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.textContent()).resolves.toContain("主视觉须按原比例使用");

    const listed = await publicQuery<{ resources: { title: string; files: { url: string | null }[] }[] }>(
      'query { resources(campaignId: "cmp-2024-cq") { title files { url } } }',
    );
    const kit = listed.resources.find((resource) => resource.title === "2024重庆科普日主视觉");
    expect(kit?.files[0]?.url).toMatch(/\/files\//);
    const download = await fetch(kit?.files[0]?.url ?? "");
    expect(download.status).toBe(200);

    await row.getByRole("button", { name: "删除" }).click();
    await page
      .locator(".ant-popconfirm")
      .getByRole("button", { name: "确定" })
      .or(page.locator(".ant-popconfirm").getByRole("button", { name: "OK" }))
      .first()
      .click();
    await row.waitFor({ state: "detached", timeout: 30_000 });
    const after = await publicQuery<{ resources: { title: string }[] }>(
      'query { resources(campaignId: "cmp-2024-cq") { title } }',
    );
    expect(after.resources.map((resource) => resource.title)).not.toContain("2024重庆科普日主视觉");
    expect((await fetch(kit?.files[0]?.url ?? "")).status).not.toBe(200);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
