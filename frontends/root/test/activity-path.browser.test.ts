import { must } from "@kepu/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";
import {
  type Account,
  choose,
  fillRange,
  pickOption,
  publishTrailInConsole,
  shanghai,
  shanghaiInstant,
  signInOnPublicPage,
  signInToConsole,
  waitOrTellWhy,
} from "./console-steps.js";

/**
 * Issue 9's first "done when", walked in Chromium through the apps only: 渝中区科协's organizer
 * creates and submits an activity near 解放碑 with a session of capacity 2 (我的活动); 重庆市科协's
 * admin approves it from 活动审核; a member of the public finds it on the map, in search and near
 * 解放碑 (phone width, axe-core on each public page), and registers; a second person takes the last
 * place and a third is waitlisted, then promoted when the second cancels; the organizer makes a
 * trail through the activity on 打卡路线; when the session has begun the first person checks in with
 * the venue screen's code; after it has ended the organizer reports the results (结果填报), the
 * activity page shows them, and the figures rise for 重庆市科协 and 中国科协 (数据看板) and on the
 * public home's big numbers, each read before and after.
 *
 * Time passes by moving the platform's clock (`travelTo`: every service runs in this process), not by
 * writing to any database: the session is two days ahead when people register, under way when they
 * check in and over when results are reported.
 */
const ui = useBrowserHarness();
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const password = "kepu-demo-2024";
const organizer: Account = { email: "yuzhong@kepu.example", password };
const cqAdmin: Account = { email: "organizer@kepu.example", password };
const castAdmin: Account = { email: "admin@kepu.example", password };
const visitors: Account[] = ["visitor31", "visitor32", "visitor33"].map((name) => ({
  email: `${name}@kepu.example`,
  password,
}));
const title = "解放碑陨石与行星科普夜";
const searchWord = "陨石";
/** 解放碑 (WGS-84), and the activity's venue about 50 m from it. */
const jiefangbei = { lat: 29.5576, lng: 106.5775 };
const venuePoint = { lat: 29.558, lng: 106.5772 };
const peopleServed = 36;
// The session: two days from now (Shanghai), 19:00–21:00.
const sessionStart = shanghai(2, 19, 0);
const sessionEnd = shanghai(2, 21, 0);

type Figures = Record<string, number>;
const state: {
  contexts: BrowserContext[];
  activityId?: string;
  activityPath?: string;
  trailId?: string;
  stopId?: string;
  screenPath?: string;
  before?: { cq: Figures; cast: Figures; home: Figures; homeCampaign: string };
} = { contexts: [] };

/** A page in a browser context of its own (its own sign-in), at the given size. */
async function pageOf(viewport: { width: number; height: number }): Promise<Page> {
  const context = await ui.browser.newContext({ viewport });
  state.contexts.push(context);
  return context.newPage();
}

const numberIn = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

/** 数据看板's totals of the 2024 national edition (its regional editions included) for `org`, by label. */
async function dashboardTotals(account: Account, org: string): Promise<Figures> {
  const page = await pageOf(desktop);
  await page.goto(`${ui.web.url}/organizers/dashboard?org=${org}`);
  await signInToConsole(page, account);
  await page.locator("#dashboard-campaign").waitFor({ timeout: 30_000 });
  await page
    .locator(".ant-select", { has: page.locator("#dashboard-campaign") })
    .getByText("2024年全国科普日", { exact: true })
    .waitFor({ timeout: 30_000 });
  const cards = page.getByTestId("dashboard-total").locator(".ant-statistic");
  await cards.first().waitFor({ timeout: 30_000 });
  const figures: Figures = {};
  for (const card of await cards.all()) {
    figures[must(await card.locator(".ant-statistic-title").textContent())] = numberIn(
      await card.locator(".ant-statistic-content-value").textContent(),
    );
  }
  await page.context().close();
  return figures;
}

/** The public home's big numbers (by label) and its campaign's name, at phone width. */
async function homeFigures(page: Page): Promise<{ figures: Figures; campaign: string }> {
  const list = page.getByTestId("campaign-figures");
  await list.waitFor({ timeout: 30_000 });
  const labels = await list.locator("dt").allTextContents();
  const values = await list.locator("dd").allTextContents();
  return {
    figures: Object.fromEntries(labels.map((label, index) => [label, numberIn(values[index] ?? "")])),
    campaign: must(await page.locator("h1").first().textContent()),
  };
}

beforeAll(() => {
  expect(shanghaiInstant(sessionStart).getTime()).toBeGreaterThan(Date.now());
});

// A failed step leaves a picture of every page open (KEPU_SCREENSHOTS=<folder>).
afterEach(async (test) => {
  const folder = process.env.KEPU_SCREENSHOTS;
  if (!folder || test.task.result?.state !== "fail") return;
  const pages = state.contexts.flatMap((context) => context.pages());
  await Promise.all(
    pages.map((page, index) =>
      page
        .screenshot({ path: `${folder}/path-${test.task.name.slice(0, 20)}-${index}.png`, fullPage: true })
        .catch(() => {}),
    ),
  );
});

afterAll(async () => {
  for (const context of state.contexts) await context.close().catch(() => {});
});

describe("an activity from submission to figures, through the apps", () => {
  it("reads the figures before: 数据看板 of 重庆市科协 and 中国科协, and the public home", async () => {
    const [cq, cast] = [await dashboardTotals(cqAdmin, "org-cq"), await dashboardTotals(castAdmin, "org-cast")];
    const home = await pageOf(phone);
    await home.goto(`${ui.web.url}/`);
    const { figures, campaign } = await homeFigures(home);
    expect(await seriousViolations(home)).toEqual([]);
    state.before = { cq, cast, home: figures, homeCampaign: campaign };
    expect(cast.活动 ?? 0).toBeGreaterThanOrEqual(cq.活动 ?? 0);
  }, 180_000);

  it("lets 渝中区科协's organizer create and submit the activity with a session of capacity 2", async () => {
    const page = await pageOf(desktop);
    await page.goto(`${ui.web.url}/organizers/activities?org=org-cq-yuzhong`);
    await signInToConsole(page, organizer);
    await page.getByTestId("activities").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "新建活动" }).click();
    const form = page.getByRole("form", { name: "新建活动" });
    await form.waitFor();
    await choose(page, form, "科普日届次", "2024年重庆市全国科普日");
    await form.getByLabel("活动名称").fill(title);
    await form.getByLabel("活动简介").fill("用望远镜看行星，亲手摸一摸来自太空的陨石。");
    // The categories are the chosen campaign's, fetched after the pick (pickOption opens until they show).
    await pickOption(page, form.getByLabel("活动类别"));
    await choose(page, form, "活动形式", "科学之夜");
    await page.keyboard.press("Escape");
    await form.getByLabel("行政区划代码").fill("500103");
    await form.getByLabel("活动地点").fill("解放碑科普广场");
    await form.getByLabel("详细地址").fill("重庆市渝中区解放碑民族路");
    await form.getByLabel("纬度").fill(String(venuePoint.lat));
    await form.getByLabel("经度").fill(String(venuePoint.lng));
    await form.getByLabel("联系电话").fill("023-60000211");
    const range = form.getByTestId("session-row").first();
    await fillRange(page, range, sessionStart, sessionEnd);
    await range.getByRole("switch").click();
    await form.getByLabel("名额").fill("2");
    await form.getByRole("button", { name: "提交审核" }).click();
    // The editor's status tag, not the toast (gone after 3 s: a slow machine may miss it).
    await waitOrTellWhy(page, page.getByTestId("editor-status").filter({ hasText: "待审核" }), 60_000);
    await page.locator(".ant-drawer-close").first().click();
    const row = page.getByTestId("activities").getByRole("row").filter({ hasText: title });
    await row.getByText("待审核").waitFor({ timeout: 30_000 });
    await row.getByText("1 场 · 已报名 0 · 候补 0").waitFor();
  }, 180_000);

  it("lets 重庆市科协's admin approve it from 活动审核", async () => {
    const page = await pageOf(desktop);
    await page.goto(`${ui.web.url}/organizers/activity-review?org=org-cq`);
    await signInToConsole(page, cqAdmin);
    const item = page.getByTestId("review-item").filter({ hasText: title });
    await item.getByText("渝中区科协").waitFor({ timeout: 30_000 });
    await item.getByRole("button", { name: "通过" }).click();
    await item.waitFor({ state: "detached", timeout: 30_000 });
  }, 180_000);

  it("lets the public find it on the map, in search and near 解放碑, at phone width", async () => {
    const page = await pageOf(phone);
    // The map, narrowed by the words in the URL: the activity is a mark of its own, named by its title.
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${ui.web.url}/map?q=${encodeURIComponent(searchWord)}`);
    await page.getByTestId("map-total").getByText("共 1 个活动").waitFor({ timeout: 30_000 });
    const mark = page.getByRole("button", { name: title });
    await mark.waitFor({ timeout: 30_000 });
    expect(requests.some((path) => path.startsWith("/shared/map."))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await mark.click();
    await page.waitForURL(/\/activities\/[^/?]+$/);
    state.activityPath = new URL(page.url()).pathname;
    state.activityId = state.activityPath.split("/").at(-1);
    await page.getByTestId("activity-page").waitFor({ timeout: 30_000 });
    await page.getByText(title).first().waitFor();
    await page.getByTestId("session-places").getByText("余 2 / 2 个名额").waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page)).toEqual([]);

    // Search: the words typed into the list's form.
    await page.goto(`${ui.web.url}/activities`);
    await page.getByTestId("activity-card").first().waitFor({ timeout: 30_000 });
    await page.getByLabel("搜索").fill(searchWord);
    await page.getByRole("button", { name: "筛选", exact: true }).click();
    const found = page.getByTestId("activity-card").filter({ hasText: title });
    await found.waitFor({ timeout: 30_000 });
    expect(await found.getByRole("link", { name: title }).getAttribute("href")).toBe(state.activityPath);
    expect(await seriousViolations(page)).toEqual([]);

    // Near 解放碑: the place typed into the form, within 1 km, with its distance.
    await page.goto(`${ui.web.url}/near`);
    const place = page.getByRole("form", { name: "地点" });
    await place.getByLabel("纬度").fill(String(jiefangbei.lat));
    await place.getByLabel("经度").fill(String(jiefangbei.lng));
    await place.getByLabel("半径（公里）").fill("1");
    await place.getByRole("button", { name: "查找" }).click();
    const near = page.getByTestId("activity-card").filter({ hasText: title });
    await near.waitFor({ timeout: 30_000 });
    expect(
      Number.parseFloat(must(await near.getByTestId("distance").textContent()).replace(/[^\d.]/g, "")),
    ).toBeLessThan(0.2);
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);

  it("registers two people, waitlists a third and promotes them when one cancels", async () => {
    const activity = `${ui.web.url}${must(state.activityPath)}`;
    const [first, second, third] = [await pageOf(phone), await pageOf(phone), await pageOf(phone)];
    const register = async (page: Page, account: Account, name: string, button: "报名" | "报名候补") => {
      await page.goto(activity);
      await page.getByRole("link", { name: "登录后报名" }).click({ timeout: 30_000 });
      await signInOnPublicPage(page, account);
      await page.getByRole("button", { name: button, exact: true }).waitFor({ timeout: 30_000 });
      await page.getByLabel("姓名").fill(name);
      await page.getByRole("button", { name: button, exact: true }).click();
    };
    const mine = (page: Page) => page.getByTestId("my-registration");
    await register(first, must(visitors[0]), "陈一", "报名");
    await expect.poll(() => mine(first).textContent(), { timeout: 30_000 }).toBe("已报名");
    expect(await seriousViolations(first)).toEqual([]);
    await register(second, must(visitors[1]), "陈二", "报名");
    await expect.poll(() => mine(second).textContent(), { timeout: 30_000 }).toBe("已报名");
    await register(third, must(visitors[2]), "陈三", "报名候补");
    await expect.poll(() => mine(third).textContent(), { timeout: 30_000 }).toBe("候补第 1 位");
    await third.getByTestId("session-places").getByText("名额已满").waitFor();

    // The second cancels: the third is promoted, as the page shows when opened again.
    await second.getByRole("button", { name: "取消报名" }).click();
    await mine(second).waitFor({ state: "detached", timeout: 30_000 });
    await third.reload();
    await expect.poll(() => mine(third).textContent(), { timeout: 30_000 }).toBe("已报名");
    expect(await seriousViolations(third)).toEqual([]);
  }, 180_000);

  it("lets the organizer put the activity on a trail (打卡路线) and publish it", async () => {
    const page = await pageOf(desktop);
    await page.goto(`${ui.web.url}/organizers/trails?org=org-cq-yuzhong`);
    await signInToConsole(page, organizer);
    const [screen] = await publishTrailInConsole(page, {
      campaign: "2024年重庆市全国科普日",
      title: "解放碑星空科普打卡",
      summary: "到解放碑看行星、摸陨石，打卡留念。",
      stops: [{ activity: title, search: searchWord }],
    });
    const [, trailId, stopId] = must(screen?.match(/^\/trails\/([^/]+)\/screen\/([^/]+)$/));
    Object.assign(state, { trailId, stopId, screenPath: screen });
  }, 180_000);

  it("checks the first person in at the venue once the session has begun", async () => {
    ui.travelTo(new Date(shanghaiInstant(sessionStart).getTime() + 10 * 60_000));
    const venue = await pageOf(desktop);
    await venue.goto(`${ui.web.url}/organizers/trails?org=org-cq-yuzhong`);
    await signInToConsole(venue, organizer);
    await venue.goto(`${ui.web.url}${must(state.screenPath)}`);
    const shown = venue.getByTestId("venue-code");
    await shown.waitFor({ timeout: 30_000 });
    const code = must(await shown.textContent()).trim();
    expect(code).toMatch(/^\d{6}$/);

    const page = await pageOf(phone);
    await page.goto(`${ui.web.url}/trails/${must(state.trailId)}/check-in?stop=${must(state.stopId)}`);
    await signInOnPublicPage(page, must(visitors[0]));
    await page.getByLabel(/现场打卡码/).fill(code);
    await page.getByRole("button", { name: "打卡", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("trail-progress").textContent(), { timeout: 30_000 })
      .toMatch(/已完成全部站点/);
    await page.getByTestId("trail-stops").getByText(title).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  }, 180_000);

  it("lets the organizer report the results once it has ended, shown on the activity page", async () => {
    ui.travelTo(new Date(shanghaiInstant(sessionEnd).getTime() + 30 * 60_000));
    const page = await pageOf(desktop);
    await page.goto(`${ui.web.url}/organizers/results?org=org-cq-yuzhong`);
    await signInToConsole(page, organizer);
    const row = page.getByTestId("results-table").locator("tr", { hasText: title });
    await row.getByText("待填报").waitFor({ timeout: 30_000 });
    await row.getByRole("button", { name: "填报成效" }).click();
    const form = page.getByTestId("results-form");
    await form.getByLabel("活动场数").fill("1");
    await form.getByLabel("服务人数").fill(String(peopleServed));
    await form.getByLabel("成效简述").fill("两位报名者到场，另有路过的市民加入观测。");
    await form.getByRole("button", { name: "报送" }).click();
    await form.waitFor({ state: "detached", timeout: 30_000 });
    await row.getByText("已报送").waitFor({ timeout: 30_000 });

    const visitor = await pageOf(phone);
    await visitor.goto(`${ui.web.url}${must(state.activityPath)}`);
    await visitor.getByText(`举办 1 场，服务 ${peopleServed} 人次`).waitFor({ timeout: 30_000 });
    expect(await seriousViolations(visitor)).toEqual([]);
  }, 180_000);

  it("shows the figures risen for 重庆市科协 and 中国科协, and on the public home", async () => {
    const before = must(state.before);
    const rise = { 活动: 1, 报名人次: 2, 服务人次: peopleServed, 已报送成效: 1 };
    const risen = (figures: Figures) =>
      Object.fromEntries(
        Object.keys(rise).map((label) => [label, (figures[label] ?? 0) + rise[label as keyof typeof rise]]),
      );
    const pick = (figures: Figures) => Object.fromEntries(Object.keys(rise).map((label) => [label, figures[label]]));
    expect(pick(await dashboardTotals(cqAdmin, "org-cq"))).toEqual(risen(before.cq));
    expect(pick(await dashboardTotals(castAdmin, "org-cast"))).toEqual(risen(before.cast));

    // The home's first screen is rendered by the web server from a snapshot shared for 30 s (a
    // stale one is served while the next is fetched): opened again until the new figures show.
    const home = await pageOf(phone);
    const { 活动, 服务人次, 报名人次 } = before.home;
    await expect
      .poll(
        async () => {
          await home.goto(`${ui.web.url}/`);
          const now = await homeFigures(home);
          return [now.campaign, now.figures.活动, now.figures.服务人次, now.figures.报名人次];
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toEqual([before.homeCampaign, (活动 ?? 0) + 1, (服务人次 ?? 0) + peopleServed, (报名人次 ?? 0) + 2]);
    expect(await seriousViolations(home)).toEqual([]);
  }, 180_000);
});
