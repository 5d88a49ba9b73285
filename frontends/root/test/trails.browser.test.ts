import { graphql, must, signIn } from "@kepu/testing";
import { describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";
import { choose, pickOption, publishTrailInConsole, signInOnPublicPage, signInToConsole } from "./console-steps.js";

/**
 * The public activity page and a check-in trail in Chromium at phone width (issue 9 §5, §8): an
 * anonymous visitor is sent to sign in, comes back and joins the waitlist of a full session (its
 * position shown); 渝中区科协's organizer makes and publishes a trail on 打卡路线 (the organizer app) and
 * opens its stop's venue screen from there, and the visitor checks in with the code read from it. axe-core finds no serious or critical violation on the pages.
 */
const ui = useBrowserHarness();
const phone = { width: 390, height: 844 };
const activityId = "act-browser-trail";
const now = Date.now();

describe("the activity page and a trail on a phone", () => {
  it("registers to the waitlist after signing in, and checks in with the venue screen's code", async () => {
    const { platform } = ui;
    await platform.services.activities.prisma.activity.create({
      data: {
        id: activityId,
        campaignId: "cmp-2024-cq",
        editionId: "cmp-2024",
        hostOrgId: "org-cq-yuzhong",
        title: "青少年机器人编程体验营",
        summary: "动手搭建并编程一台小车。",
        categoryId: "cat-cmp-2024-exhibitions",
        categoryKind: "KEY",
        forms: ["EXPERIMENT"],
        mode: "OFFLINE",
        venue: "重庆科技馆",
        address: "江北区文星门街7号",
        startsAt: new Date(now + 86_400_000),
        endsAt: new Date(now + 90_000_000),
        status: "PUBLISHED",
        listed: true,
        sessions: {
          create: {
            id: "ses-browser-full",
            startsAt: new Date(now + 86_400_000),
            endsAt: new Date(now + 90_000_000),
            capacity: 1,
            registrationRequired: true,
          },
        },
      },
    });
    const someone = await signIn(platform.gatewayUrl, "visitor02@kepu.example", "kepu-demo-2024");
    const first = await graphql(
      platform.gatewayUrl,
      'mutation { registerForSession(sessionId: "ses-browser-full", contact: { name: "李四" }) { status } }',
      { token: someone },
    );
    expect(first.errors).toBeUndefined();

    const context = await ui.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(`${ui.web.url}/activities/${activityId}`);
    await expect.poll(() => page.getByTestId("activity-page").count(), { timeout: 15_000 }).toBe(1);
    // The server's Event markup only: the app adds none of its own for the same activity.
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"@type":"Event"');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "登录后报名" }).click();
    await signInOnPublicPage(page, { email: "visitor01@kepu.example", password: "kepu-demo-2024" });
    await expect.poll(() => page.getByRole("button", { name: "报名候补" }).count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel("姓名").fill("王小明");
    await page.getByRole("button", { name: "报名候补" }).click();
    await expect.poll(() => page.getByTestId("my-registration").textContent(), { timeout: 15_000 }).toBe("候补第 1 位");
    expect(await seriousViolations(page)).toEqual([]);

    // A trail with one venue stop, made and published on 打卡路线 by 渝中区科协's organizer, who
    // then opens the stop's venue screen from the page's link.
    const venue = await (await ui.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await venue.goto(`${ui.web.url}/organizers/trails?org=org-cq-yuzhong`);
    await signInToConsole(venue, { email: "yuzhong@kepu.example", password: "kepu-demo-2024" });
    const [screen] = await publishTrailInConsole(venue, {
      campaign: "2024年重庆市全国科普日",
      title: "渝中科普联动打卡",
      summary: "走一站，打一卡。",
      stops: [{ venue: "解放碑科普长廊", place: "解放碑步行街" }],
    });
    const [, trailId, stopId] = must(screen?.match(/^\/trails\/([^/]+)\/screen\/([^/]+)$/));
    await venue.goto(`${ui.web.url}${screen}`);
    await expect.poll(() => venue.getByTestId("venue-code").count(), { timeout: 15_000 }).toBe(1);
    const code = must(await venue.getByTestId("venue-code").textContent()).trim();
    expect(code).toMatch(/^\d{6}$/);

    await page.goto(`${ui.web.url}/trails/${trailId}/check-in?stop=${stopId}`);
    await expect.poll(() => page.getByTestId("trail-stops").count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel(/现场打卡码/).fill(code);
    await page.getByRole("button", { name: "打卡", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("trail-progress").textContent(), { timeout: 15_000 })
      .toMatch(/已完成全部站点/);
    expect(await seriousViolations(page)).toEqual([]);
    if (process.env.KEPU_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.KEPU_SCREENSHOTS}/trail-check-in.png`, fullPage: true });
    await context.close();
  }, 180_000);

  it("sends the activity page's Event markup in the HTML before any script runs, and a 404 for an unknown one", async () => {
    const bare = await ui.browser.newPage({ javaScriptEnabled: false, viewport: phone });
    const response = await bare.goto(`${ui.web.url}/activities/${activityId}`);
    expect(response?.status()).toBe(200);
    const markup = bare.locator('head script[type="application/ld+json"]');
    expect(await markup.count()).toBe(1);
    const event = JSON.parse(must(await markup.textContent())) as Record<string, unknown>;
    expect(event).toMatchObject({
      "@type": "Event",
      name: "青少年机器人编程体验营",
      organizer: { name: "渝中区科协" },
      location: { "@type": "Place", name: "重庆科技馆", address: "江北区文星门街7号" },
    });
    expect(await bare.title()).toContain("青少年机器人编程体验营");
    const unknown = await bare.goto(`${ui.web.url}/activities/act-no-such-activity`);
    expect(unknown?.status()).toBe(404);
    expect(await bare.locator('script[type="application/ld+json"]').count()).toBe(0);
    await bare.close();
  });

  it("lists the campaign's trails with their stops and the person's progress at 390 px, in Chinese and English", async () => {
    const { platform } = ui;
    // A second trail whose one stop is the activity above: the activity page links to it.
    const organizer = await signIn(platform.gatewayUrl, "yuzhong@kepu.example", "kepu-demo-2024");
    const created = await graphql<{ createTrail: { id: string } }>(
      platform.gatewayUrl,
      `mutation { createTrail(input: { campaignId: "cmp-2024-cq", hostOrgId: "org-cq-yuzhong", title: "机器人主题打卡", summary: "到科技馆的机器人编程体验营打卡。", stops: [{ activityId: "${activityId}" }] }) { id } }`,
      { token: organizer },
    );
    expect(created.errors).toBeUndefined();
    const robotTrail = must(created.data).createTrail.id;
    await graphql(platform.gatewayUrl, `mutation { publishTrail(id: "${robotTrail}") { id } }`, { token: organizer });

    // From the campaign home, anonymous, at phone width.
    const context = await ui.browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await page.goto(`${ui.web.url}/`);
    await page.getByRole("link", { name: "联动打卡路线" }).click();
    await expect.poll(() => page.getByTestId("trail-card").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    expect(new URL(page.url()).pathname).toBe("/trails");
    // The public page's own heading and lead, not the organizer console's (they once shared keys).
    await page.getByRole("heading", { name: "联动打卡路线", exact: true }).waitFor();
    expect(await page.getByText("在每一站输入现场显示的打卡码").count()).toBe(1);
    const robotCard = page.getByTestId("trail-card").filter({ hasText: "机器人主题打卡" });
    expect(await robotCard.getByRole("link", { name: "青少年机器人编程体验营" }).getAttribute("href")).toBe(
      `/activities/${activityId}`,
    );
    expect(await page.getByTestId("trails-progress").count()).toBe(0);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // The activity page of the stop links to its trail and to the list.
    await robotCard.getByRole("link", { name: "青少年机器人编程体验营" }).click();
    await expect.poll(() => page.getByTestId("activity-trails").count(), { timeout: 15_000 }).toBe(1);
    await page.getByRole("link", { name: "本活动是联动打卡路线「机器人主题打卡」的一站" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/trails/${robotTrail}`);
    await page.goBack();
    await page.getByRole("link", { name: "全部打卡路线" }).click();
    await page.getByTestId("trail-card").first().waitFor();

    // Signed in (the visitor who completed the first trail): progress on each card.
    await page.goto(`${ui.web.url}/sign-in?next=%2Ftrails`);
    await signInOnPublicPage(page, { email: "visitor01@kepu.example", password: "kepu-demo-2024" });
    await expect.poll(() => page.getByTestId("trails-progress").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId("trail-card").filter({ hasText: "渝中科普联动打卡" }).textContent()).toMatch(
      /已完成全部站点/,
    );
    expect(await robotCard.getByTestId("trails-progress").textContent()).toBe("尚未打卡（共 1 站）");
    expect(await seriousViolations(page)).toEqual([]);

    // Elderly-friendly mode and English: larger text, still one column without sideways scrolling.
    await page.getByRole("button", { name: "长辈模式" }).click();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Check-in trails", exact: true }).waitFor();
    expect(await robotCard.getByTestId("trails-progress").textContent()).toBe("Not started: 1 to go");
    expect(await page.getByRole("link", { name: "Open the trail and check in" }).count()).toBeGreaterThanOrEqual(2);
    expect(await fits()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    if (process.env.KEPU_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.KEPU_SCREENSHOTS}/trails.png`, fullPage: true });
    await context.close();
  }, 180_000);
});

describe("打卡路线 in the organizer app", () => {
  it("checks a trail inline, takes an activity and a venue stop, reorders them and publishes and withdraws it", async () => {
    const { page, consoleErrors } = await ui.openPage("/organizers/trails?org=org-cq-yuzhong");
    await signInToConsole(page, { email: "yuzhong@kepu.example", password: "kepu-demo-2024" });
    await choose(page, page.locator("body"), "科普日届次", "2024年重庆市全国科普日");
    await page.getByRole("button", { name: "新建路线" }).click();
    const form = page.getByRole("form", { name: "新建路线" });
    // Nothing filled: the name and the stop's activity are asked for under their fields, nothing sent.
    await form.getByRole("button", { name: "保存" }).click();
    await form.getByText("请填写路线名称").waitFor();
    await form.getByText("请选择活动").waitFor();
    await form.getByLabel("路线名称").fill("解放碑周边科普打卡");
    const stops = form.getByTestId("trail-stop");
    const select = stops.nth(0).getByLabel("选择活动");
    await select.click();
    await select.fill("机器人");
    await pickOption(page, select, { text: "青少年机器人编程体验营" });
    await form.getByRole("button", { name: "添加站点" }).click();
    await stops.nth(1).getByText("场馆", { exact: true }).click();
    await stops.nth(1).getByLabel("站点名称").fill("解放碑科普长廊");
    await form.getByRole("button", { name: "上移第2站" }).click();
    await expect(stops.nth(0).getByLabel("站点名称").inputValue()).resolves.toBe("解放碑科普长廊");
    await form.getByRole("button", { name: "保存" }).click();
    // Saved, the drawer edits that trail; the list shows the stops in the new order.
    await page.getByRole("form", { name: "编辑路线" }).waitFor({ timeout: 30_000 });
    await page.locator(".ant-drawer-close").first().click();
    const row = page.getByTestId("trails").getByRole("row").filter({ hasText: "解放碑周边科普打卡" });
    await expect
      .poll(() => row.getByTestId("trail-stops").locator("li").allTextContents(), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/^解放碑科普长廊/), expect.stringMatching(/^青少年机器人编程体验营/)]);
    await row.getByRole("button", { name: "发布" }).click();
    await row.getByText("已发布").waitFor({ timeout: 30_000 });
    await row.getByRole("link", { name: "公开页面" }).waitFor();
    await row.getByRole("button", { name: "撤回发布" }).click();
    await row.getByText("草稿").waitFor({ timeout: 30_000 });
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
