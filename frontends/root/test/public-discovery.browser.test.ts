import { beforeAll, describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";

/**
 * Discovery in the public app (issue 9 §4, §8) in Debian's Chromium at phone width, on the demo data
 * plus one activity 2 km north of 解放碑: the list with its filters and search (the filter in the URL),
 * near me and the 30-minute circle, the calendar, and the map with server clusters (MapLibre fetched
 * on the map page only); axe-core finds no serious or critical violation on each page.
 */
const ui = useBrowserHarness();
const phone = { width: 390, height: 844 };
const title = "青少年机器人编程体验营";
const id = "act-browser-robot";

beforeAll(async () => {
  const startsAt = new Date("2030-09-20T09:30:00+08:00");
  const endsAt = new Date("2030-09-20T11:00:00+08:00");
  await ui.platform.services.activities.prisma.activity.create({
    data: {
      id,
      campaignId: "cmp-2024-cq",
      editionId: "cmp-2024",
      hostOrgId: "org-cq-yuzhong",
      title,
      summary: "动手搭建并编程一台小车。",
      categoryId: "cat-cmp-2024-exhibitions",
      categoryKind: "KEY",
      forms: ["EXPERIMENT"],
      mode: "OFFLINE",
      startsAt,
      endsAt,
      regionCode: "500103",
      venue: "解放碑青少年宫",
      latitude: 29.5576 + (2 / 6371.0088) * (180 / Math.PI),
      longitude: 106.5775,
      status: "PUBLISHED",
      listed: true,
      sessions: { create: { startsAt, endsAt, capacity: 30, registrationRequired: true } },
    },
  });
});

describe("discovery pages at 390 px", () => {
  it("lists activities, searches 编程 from the form into the URL, and filters by region", async () => {
    const { page, consoleErrors, requests } = await ui.openPage("/activities");
    await page.setViewportSize(phone);
    await page.getByTestId("activity-card").first().waitFor();
    await page.getByLabel("搜索").fill("编程");
    await page.getByRole("button", { name: "筛选", exact: true }).click();
    await page.waitForURL(/q=%E7%BC%96%E7%A8%8B/);
    await page.getByText(title).waitFor();
    expect(await page.getByTestId("activity-card").filter({ hasText: title }).count()).toBe(1);
    expect(await page.getByRole("link", { name: title }).getAttribute("href")).toBe(`/activities/${id}`);
    await page.goto(`${ui.web.url}/activities?region=430000&q=${encodeURIComponent("机器人编程体验营")}`);
    await page.getByTestId("activities-empty").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(requests.some((path) => path.endsWith("/shared/map.js"))).toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("near 解放碑: inside 3 km with its distance, and the cycling circle reaches it", async () => {
    const { page } = await ui.openPage("/near?lat=29.5576&lng=106.5775&r=3");
    await page.setViewportSize(phone);
    const card = page.getByTestId("activity-card").filter({ hasText: title });
    await card.waitFor();
    expect(await card.getByTestId("distance").textContent()).toContain("2.0");
    await page.goto(`${ui.web.url}/near?lat=29.5576&lng=106.5775&r=3&mode=CYCLE`);
    await page.getByTestId("circle-reach").waitFor();
    expect(await page.getByTestId("circle-reach").textContent()).toContain("4.3");
    await page.getByTestId("activity-card").filter({ hasText: title }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("the calendar counts the day and lists it when chosen", async () => {
    const { page } = await ui.openPage("/calendar?month=2030-09");
    await page.setViewportSize(phone);
    const day = page.locator('[data-day="2030-09-20"]');
    // Until the day's cell is there its count reads as missing, not "0": wait for a real count.
    await page.waitForFunction(
      () => Number(document.querySelector('[data-day="2030-09-20"]')?.getAttribute("data-count") ?? "0") > 0,
    );
    expect(Number(await day.getAttribute("data-count"))).toBeGreaterThanOrEqual(1);
    await day.click();
    await page.getByTestId("activity-card").filter({ hasText: title }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("the map loads MapLibre on the map page only and draws server clusters", async () => {
    const { page, requests } = await ui.openPage("/map");
    await page.setViewportSize(phone);
    await page.getByTestId("map-total").waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="map-cluster"], [data-testid="map-activity"]').first().waitFor();
    expect(await page.getByTestId("map-cluster").count()).toBeGreaterThan(0);
    expect(requests.filter((path) => path.endsWith("/shared/map.js"))).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("the elderly-friendly mode (适老化) covers the discovery pages: larger text, darker text, still accessible", async () => {
    const context = await ui.browser.newContext({ viewport: phone });
    await context.addCookies([{ name: "kepu_elder", value: "1", url: ui.web.url }]);
    const page = await context.newPage();
    const style = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const computed = getComputedStyle(element);
          return {
            size: Number.parseFloat(computed.fontSize),
            color: computed.color,
            background: computed.backgroundColor,
          };
        });
    await page.goto(`${ui.web.url}/activities?q=${encodeURIComponent("编程")}`);
    await page.getByTestId("activity-card").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-kepu-elder"))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("20px");
    expect((await style("[data-testid=activity-card] p")).size).toBeGreaterThanOrEqual(18);
    expect((await style("[data-testid=activity-card] p")).color).toBe("rgb(0, 0, 0)");
    expect(await style('.kepu-disc-nav a[aria-current="page"]')).toMatchObject({
      color: "rgb(255, 255, 255)",
      background: "rgb(0, 51, 102)",
    });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    for (const path of ["/calendar?month=2030-09", "/near?lat=29.5576&lng=106.5775&r=3"]) {
      await page.goto(`${ui.web.url}${path}`);
      await page.locator(".kepu-disc-nav").first().waitFor();
      await page.waitForLoadState("networkidle");
      expect(await fits(), path).toBe(true);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
