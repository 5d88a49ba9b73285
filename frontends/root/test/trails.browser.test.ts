import { graphql, must, signIn } from "@kepu/testing";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";

/**
 * The public activity page and a check-in trail in Chromium at phone width (issue 9 §5, §8): an
 * anonymous visitor is sent to sign in, comes back and joins the waitlist of a full session (its
 * position shown); the host's member opens the venue screen and the visitor checks in with the code
 * read from it. axe-core finds no serious or critical violation on the pages.
 */
const ui = useBrowserHarness();
const phone = { width: 390, height: 844 };
const activityId = "act-browser-trail";
const now = Date.now();

async function signInOnPage(page: Page, email: string) {
  await page
    .getByLabel(/邮箱|E-mail/)
    .first()
    .fill(email);
  await page
    .getByLabel(/密码|Password/)
    .first()
    .fill("kepu-demo-2024");
  await page.getByRole("button", { name: /^登录$|^Sign in$/ }).click();
}

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
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain('"@type":"Event"');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "登录后报名" }).click();
    await signInOnPage(page, "visitor01@kepu.example");
    await expect.poll(() => page.getByRole("button", { name: "报名候补" }).count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel("姓名").fill("王小明");
    await page.getByRole("button", { name: "报名候补" }).click();
    await expect.poll(() => page.getByTestId("my-registration").textContent(), { timeout: 15_000 }).toBe("候补第 1 位");
    expect(await seriousViolations(page)).toEqual([]);

    // A trail with one venue stop, published by 渝中区科协's organizer.
    const organizer = await signIn(platform.gatewayUrl, "yuzhong@kepu.example", "kepu-demo-2024");
    const created = await graphql<{ createTrail: { id: string; stops: { id: string }[] } }>(
      platform.gatewayUrl,
      `mutation { createTrail(input: { campaignId: "cmp-2024-cq", hostOrgId: "org-cq-yuzhong", title: "渝中科普联动打卡", summary: "走一站，打一卡。", stops: [{ title: "解放碑科普长廊", venue: "解放碑步行街" }] }) { id stops { id } } }`,
      { token: organizer },
    );
    expect(created.errors).toBeUndefined();
    const trail = must(created.data).createTrail;
    const stopId = must(trail.stops[0]).id;
    await graphql(platform.gatewayUrl, `mutation { publishTrail(id: "${trail.id}") { id } }`, { token: organizer });

    const venue = await (await ui.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await venue.goto(`${ui.web.url}/trails/${trail.id}/screen/${stopId}`);
    await signInOnPage(venue, "yuzhong@kepu.example");
    await expect.poll(() => venue.getByTestId("venue-code").count(), { timeout: 15_000 }).toBe(1);
    const code = must(await venue.getByTestId("venue-code").textContent()).trim();
    expect(code).toMatch(/^\d{6}$/);

    await page.goto(`${ui.web.url}/trails/${trail.id}/check-in?stop=${stopId}`);
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
});
