import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowserHarness } from "./browser-harness.js";
import { generateMediaFiles } from "./work-fixtures.js";

/**
 * The organizer app's 结果填报 and 数据看板 (issue 9 §6–§7) in Chromium against the whole platform: an
 * organizer of 重庆市科协 reports an ended activity's results with inline validation (a negative
 * figure, a javascript: link), a photo uploaded in place and a news link, sees it reported, and the
 * subtree's dashboard shows the figures in numbers, charts and tables; both pages work at phone width.
 */
const ui = useBrowserHarness();
const organizer = { email: "organizer@kepu.example", password: "kepu-demo-2024" };
const title = "渝中区科普讲座·成效填报浏览器测试";

async function signIn(page: Page): Promise<void> {
  await page.getByLabel("邮箱").fill(organizer.email);
  await page.getByLabel("密码").fill(organizer.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出登录" }).waitFor({ timeout: 30_000 });
}

/** An activity of 重庆市科协 in 重庆's 2024 edition that has ended (published, the clock not yet run). */
async function endedActivity(name = title, startsAt = new Date("2024-09-20T01:30:00Z")): Promise<string> {
  const endsAt = new Date(startsAt.getTime() + 90 * 60_000);
  const row = await ui.platform.services.activities.prisma.activity.create({
    data: {
      campaignId: "cmp-2024-cq",
      editionId: "cmp-2024",
      hostOrgId: "org-cq",
      title: name,
      summary: "前沿讲座",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: ["LECTURE"],
      mode: "OFFLINE",
      startsAt,
      endsAt,
      regionCode: "500103",
      status: "PUBLISHED",
      listed: true,
      sessions: { create: { startsAt, endsAt, capacity: 60, registrationRequired: true, confirmedCount: 45 } },
    },
  });
  return row.id;
}

/** Whether the page scrolls sideways (it must not at phone width). */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe("the organizer app's results and dashboard", () => {
  it("reports results with inline validation, a photo and a link, then shows them on the dashboard", async () => {
    const id = await endedActivity();
    const { pictures } = await generateMediaFiles();
    const { page, consoleErrors } = await ui.openPage("/organizers/results?org=org-cq");
    await signIn(page);
    const table = page.getByTestId("results-table");
    const row = table.locator("tr", { hasText: title });
    await row.waitFor({ timeout: 30_000 });
    await expect(row.textContent()).resolves.toContain("待填报");
    await row.getByRole("button", { name: "填报成效" }).click();
    const form = page.getByTestId("results-form");
    await form.waitFor();

    // Inline validation before anything is sent.
    await form.getByLabel("活动场数").fill("2");
    await form.getByLabel("服务人数").fill("-5");
    await form.getByLabel("新闻报道链接 1").fill("javascript:alert(1)");
    await form.getByRole("button", { name: "报送" }).click();
    await form.getByText("服务人数不能小于0").waitFor();
    await form.getByText("请输入以 http:// 或 https:// 开头的网址").waitFor();
    expect((await ui.platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } })).status).toBe(
      "PUBLISHED",
    );

    // Corrected, with a photo uploaded in place.
    await form.getByLabel("服务人数").fill("180");
    await form.getByLabel("新闻报道链接 1").fill("https://www.cqkx.gov.cn/news/2024/0920.html");
    await form
      .getByTestId("result-photo-upload")
      .locator('input[type="file"]')
      .setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: pictures[0] ?? Buffer.alloc(0) });
    await form.getByTestId("upload-ready").first().waitFor({ timeout: 60_000 });
    await form.getByLabel("成效简述").fill("两场讲座，座无虚席。");
    await form.getByRole("button", { name: "报送" }).click();
    await form.waitFor({ state: "detached", timeout: 30_000 });
    await expect(row.textContent()).resolves.toMatch(/已报送.*2 场 · 180 人次/);
    await row.getByRole("button", { name: "更正成效" }).waitFor();

    const stored = await ui.platform.services.activities.prisma.activity.findUniqueOrThrow({ where: { id } });
    expect([stored.status, stored.sessionsCount, stored.peopleServed, stored.newsLinks]).toEqual([
      "REPORTED",
      2,
      180,
      ["https://www.cqkx.gov.cn/news/2024/0920.html"],
    ]);
    expect(stored.resultPhotoAssetIds).toHaveLength(1);
    const photo = await ui.platform.services.media.prisma.asset.findUniqueOrThrow({
      where: { id: stored.resultPhotoAssetIds[0] ?? "" },
    });
    expect(photo.attachedTo).toBe(`activity:${id}`);

    // The dashboard of 重庆市科协's subtree: big numbers, charts and tables of the same figures.
    await page.getByRole("link", { name: "数据看板" }).first().click();
    const total = page.getByTestId("dashboard-total");
    await total.waitFor({ timeout: 30_000 });
    await expect(total.textContent()).resolves.toMatch(/服务人次\s*180|服务人次[\d,]*180/);
    await page.getByTestId("chart-category").and(page.locator('[data-ready="true"]')).waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("figures-region").textContent()).resolves.toContain("渝中区");
    await expect(page.getByTestId("figures-day").textContent()).resolves.toContain("2024-09-20");
    await expect(page.getByTestId("figures-org").textContent()).resolves.toContain("重庆市科协");
    expect(consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
    await page.close();
  }, 180_000);

  it("works at phone width: the list, the form in its drawer and the dashboard fit the screen", async () => {
    await endedActivity();
    const page = await ui.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ui.web.url}/organizers/results?org=org-cq`);
    await signIn(page);
    const row = page.getByTestId("results-table").locator("tr", { hasText: title }).first();
    await row.waitFor({ timeout: 30_000 });
    expect(await overflows(page)).toBe(false);
    await page.getByTestId("results-table").getByRole("button", { name: "填报成效" }).first().click();
    const form = page.getByTestId("results-form");
    await form.waitFor();
    // Once the drawer has slid in, the form lies within the screen's width.
    await expect
      .poll(
        async () => {
          const box = await form.boundingBox();
          return Boolean(box && box.x >= 0 && box.x + box.width <= 390);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    await form.getByRole("button", { name: "报送" }).click();
    await form.getByText("请填写活动场数").waitFor();
    await page.keyboard.press("Escape");
    await page.goto(`${ui.web.url}/organizers/dashboard?org=org-cq`);
    await page.getByTestId("dashboard-total").waitFor({ timeout: 30_000 });
    expect(await overflows(page)).toBe(false);
    await page.close();
  }, 180_000);

  it("pages through every ended activity of a unit with more than a page (20), most recently ended first", async () => {
    // 25 more of 重庆市科协's activities, ended on consecutive days of September 2024.
    for (let day = 1; day <= 25; day += 1) {
      await endedActivity(`分页测试活动${String(day).padStart(2, "0")}`, new Date(Date.UTC(2024, 8, day, 1, 30)));
    }
    const { page } = await ui.openPage("/organizers/results?org=org-cq");
    await signIn(page);
    const table = page.getByTestId("results-table");
    const titles = () => table.locator("tr.ant-table-row td:first-child").allTextContents();
    await table.locator("tr", { hasText: "分页测试活动25" }).waitFor({ timeout: 30_000 });
    const first = await titles();
    expect(first).toHaveLength(20);
    const seen = new Set(first);
    for (let next = 2; next <= 5; next += 1) {
      // The pager sits beside the table (antd puts the test id on the table itself).
      const button = page.locator(`.ant-pagination-item-${next}`);
      if ((await button.count()) === 0) break;
      await button.click();
      await expect.poll(async () => (await titles()).some((one) => !seen.has(one)), { timeout: 30_000 }).toBe(true);
      for (const one of await titles()) seen.add(one);
    }
    for (let day = 1; day <= 25; day += 1) expect(seen).toContain(`分页测试活动${String(day).padStart(2, "0")}`);
    await page.close();
  }, 180_000);
});
