import { describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";

/**
 * The whole platform in a real browser: Debian's Chromium (never a downloaded one) against the root
 * config, the apps' builds and the gateway over the four subgraphs.
 */
const ui = useBrowserHarness();

describe("the platform in Chromium", () => {
  it("mounts the public app, which lists the current campaign's activities with their hosts' names", async () => {
    const { page, consoleErrors, requests } = await ui.openPage("/");
    await page.getByTestId("activity").first().waitFor({ timeout: 30_000 });
    await expect(page.locator("h1").first().textContent()).resolves.toBe("2024年全国科普日");
    const hosts = await page.getByTestId("activity-host").allTextContents();
    expect(hosts.length).toBeGreaterThanOrEqual(10);
    // Every entry names its host (resolved by the organizations subgraph), none is left blank.
    for (const host of hosts) expect(host).toMatch(/^主办单位：\S*(科协|馆|大学|学会|公司|委员会|局)/);
    expect(hosts.join("\n")).toMatch(/主办单位：.*(重庆|湖南|深圳)/);
    // One React for the whole page: each shared module fetched once.
    expect(requests.filter((p) => p === "/shared/react.js")).toHaveLength(1);
    expect(requests.filter((p) => p === "/shared/graphql-client.js")).toHaveLength(1);
    // The public app stays light: the organizer app's UI kit is never fetched for it.
    expect(requests.filter((p) => /\/shared\/(antd|dayjs)\.js$/.test(p))).toEqual([]);
    expect(consoleErrors.filter((e) => /LOADING_SOURCE_CODE|SKIP_BECAUSE_BROKEN|Dynamic require/.test(e))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("goes from / to /organizers on one page, where the organizer signs in and sees their unit, roles and activities", async () => {
    const { page, consoleErrors, requests } = await ui.openPage("/");
    await page.getByTestId("activity").first().waitFor({ timeout: 30_000 });
    // Client-side navigation through the root config's nav: single-spa swaps the apps.
    await page.getByRole("link", { name: "组织者" }).click();
    await page.waitForURL(/\/organizers$/);
    await page.getByLabel("邮箱").fill("organizer@kepu.example");
    await page.getByLabel("密码").fill("wrong-password");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("alert").waitFor();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("邮箱或密码错误");

    await page.getByLabel("密码").fill("kepu-demo-2024");
    await page.getByRole("button", { name: "登录" }).click();
    const memberships = page.getByTestId("memberships");
    await memberships.waitFor({ timeout: 30_000 });
    await expect(memberships.textContent()).resolves.toContain("重庆市科协：单位管理员、编辑");
    await page.getByText("2024年重庆市全国科普日主场活动启动仪式").waitFor();
    // The unit's file storage: nothing used yet of its 10 GB.
    await page.getByText("已用 0 B，共 10 GB").waitFor();

    // Navigating to the public app keeps one page, one React, and unmounts the organizers app.
    await page.getByRole("link", { name: "科普活动" }).click();
    await page.getByTestId("activity").first().waitFor();
    expect(await page.getByTestId("memberships").count()).toBe(0);
    // Public, organizers, public again: two apps mounted and still one React, one react-dom, one Apollo
    // Client, and the organizer app's antd and dayjs fetched once, from the import map.
    for (const shared of ["react.js", "react-dom-client.js", "graphql-client.js", "antd.js", "dayjs.js"])
      expect(
        requests.filter((p) => p === `/shared/${shared}`),
        shared,
      ).toHaveLength(1);
    expect(consoleErrors.filter((e) => /LOADING_SOURCE_CODE|SKIP_BECAUSE_BROKEN|Dynamic require/.test(e))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("shows the reviewer the nominations sent to 湖南省科协, in English on request, with no serious axe-core violation", async () => {
    const { page } = await ui.openPage("/reviewers");
    await page.getByLabel("邮箱").waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("邮箱").fill("reviewer@kepu.example");
    await page.getByLabel("密码").fill("kepu-demo-2024");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByTestId("nomination").first().waitFor({ timeout: 30_000 });
    const text = (await page.getByTestId("nomination").allTextContents()).join("\n");
    expect(text).toContain("开福区科普进社区嘉年华");
    expect(text).not.toMatch(/\d{3,4}-\d{7,8}/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText("Nominations to review").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("renders the partner widget on a foreign page with activities and hosts", async () => {
    const page = await ui.browser.newPage();
    await page.goto(`${ui.web.url}/widgets/demo.html`);
    // The demo page points at the default gateway; point it at this run's.
    await page.evaluate((gateway) => {
      document.querySelector("kepu-activities")?.setAttribute("gateway", gateway);
    }, ui.platform.gatewayUrl);
    const items = page.locator("kepu-activities li");
    await items.first().waitFor({ timeout: 30_000 });
    expect(await items.count()).toBe(5);
    await expect(items.first().textContent()).resolves.toMatch(/主办：\S+/);
    await page.close();
  });

  it("shows a 404 page (not the activity list) at an unknown path, in Chinese and English, with HTTP 404", async () => {
    const { page, consoleErrors } = await ui.openPage("/no-such-page");
    const response = await page.reload();
    expect(response?.status()).toBe(404);
    const notFound = page.getByTestId("not-found");
    await notFound.waitFor({ timeout: 30_000 });
    await expect(page.locator("h1").first().textContent()).resolves.toBe("页面不存在");
    await expect(notFound.textContent()).resolves.toContain("/no-such-page");
    expect(await page.getByTestId("activity").count()).toBe(0);
    await page.getByRole("button", { name: "English" }).click();
    await page.locator("h1", { hasText: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Back to the home page" }).click();
    await page.getByTestId("activity").first().waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe("/");
    expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });

  it("fits the public list and the reviewer's list on a phone (375 px)", async () => {
    const page = await ui.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${ui.web.url}/`);
    await page.getByTestId("activity").first().waitFor({ timeout: 30_000 });
    if (process.env.KEPU_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.KEPU_SCREENSHOTS}/public-375.png`, fullPage: false });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${ui.web.url}/reviewers`);
    await page.getByLabel("邮箱").fill("reviewer@kepu.example");
    await page.getByLabel("密码").fill("kepu-demo-2024");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByTestId("nomination").first().waitFor({ timeout: 30_000 });
    if (process.env.KEPU_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.KEPU_SCREENSHOTS}/reviewers-375.png`, fullPage: false });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${ui.web.url}/no-such-page`);
    await page.getByTestId("not-found").waitFor({ timeout: 30_000 });
    if (process.env.KEPU_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.KEPU_SCREENSHOTS}/not-found-375.png`, fullPage: false });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("shows a unit's file storage on 我的单位 at phone width (390 px), in Chinese and English", async () => {
    const page = await ui.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${ui.web.url}/organizers`);
    await page.getByLabel("邮箱").fill("organizer@kepu.example");
    await page.getByLabel("密码").fill("kepu-demo-2024");
    await page.getByRole("button", { name: "登录" }).click();
    const storage = page.getByTestId("org-storage");
    await storage.getByText("已用 0 B，共 10 GB").waitFor({ timeout: 30_000 });
    expect(await storage.getByRole("progressbar", { name: "存储空间" }).getAttribute("aria-valuenow")).toBe("0");
    if (process.env.KEPU_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.KEPU_SCREENSHOTS}/organizers-storage-390.png`, fullPage: true });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "English" }).click();
    await storage.getByText("0 B of 10 GB used").waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("heads the widget with the campaign it is set to: 重庆's edition, in both languages", async () => {
    const page = await ui.browser.newPage();
    await page.goto(`${ui.web.url}/widgets/demo.html`);
    for (const lang of ["zh-CN", "en"]) {
      await page.evaluate(
        ({ gateway, lang }) => {
          const widget = document.querySelector("kepu-activities");
          widget?.setAttribute("gateway", gateway);
          widget?.setAttribute("campaign", "cmp-2024-cq");
          widget?.setAttribute("lang", lang);
        },
        { gateway: ui.platform.gatewayUrl, lang },
      );
      const heading = page.locator("kepu-activities h2");
      await heading.waitFor({ timeout: 30_000 });
      await expect(heading.textContent(), lang).resolves.toBe("2024年重庆市全国科普日");
      const hosts = await page.locator("kepu-activities li").allTextContents();
      expect(hosts.length, lang).toBeGreaterThan(0);
      expect(hosts.join("\n"), lang).toMatch(/重庆|渝中|沙坪坝|北碚|九龙坡/);
    }
    await page.close();
  });
});
