import { execFileSync } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { useBrowserHarness } from "./browser-harness.js";
import { choose } from "./console-steps.js";

/**
 * Issue 8 "done when", in Chromium against the whole platform: a science communicator uploads a
 * video in chunks, the connection is cut mid-way and the page reloaded, and the upload continues
 * where it stopped; a cover is added and the work submitted; an admin of the level above approves it
 * in the moderation queue; the public work page (main's /works/:id) plays it and seeking works (206
 * from the file server). Written on the studio branch against its own public page, adapted to main's.
 */
const ui = useBrowserHarness();
const folder = mkdtempSync(path.join(tmpdir(), "kepu-works-browser-"));
const videoPath = path.join(folder, "江豚.webm");
const coverPath = path.join(folder, "封面.jpg");
const title = "长江江豚 一分钟认识微笑天使";

beforeAll(async () => {
  // 8 s of 640×360 noise at 12 Mbit/s: about 12 MB, so three 4 MB chunks.
  execFileSync("ffmpeg", [
    ...["-v", "error", "-y", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-vf", "noise=alls=40:allf=t"],
    ...["-t", "8", "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8"],
    ...["-b:v", "12M", "-minrate", "12M", "-maxrate", "12M", "-bufsize", "2M", videoPath],
  ]);
  execFileSync("ffmpeg", [
    "-v",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    "testsrc2=size=800x450",
    "-frames:v",
    "1",
    coverPath,
  ]);
}, 180_000);

async function signIn(page: Page, email: string): Promise<void> {
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill("kepu-demo-2024");
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("button", { name: "退出登录" }).waitFor({ timeout: 30_000 });
}

/** How far the page reaches past the right edge of the window (0: nothing to scroll sideways). */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Saves a screenshot when KEPU_SCREENSHOTS names a folder. */
async function screenshot(page: Page, name: string): Promise<void> {
  const target = process.env.KEPU_SCREENSHOTS;
  if (target) await page.screenshot({ path: `${target}/${name}.png`, fullPage: true });
}

describe("a science work from upload to the public page", () => {
  it("uploads a video through a cut connection and a reload, is approved by the level above, and plays with seeking", async () => {
    const videoBytes = statSync(videoPath).size;
    expect(videoBytes).toBeGreaterThan(8 * 1024 * 1024);
    const page = await ui.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const uploadCreations: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && /\/uploads$/.test(new URL(request.url()).pathname)) {
        uploadCreations.push(request.url());
      }
    });

    // The communicator of 重庆市科协 starts a work as a draft.
    await page.goto(`${ui.web.url}/organizers/works?org=org-cq`);
    await signIn(page, "organizer@kepu.example");
    await page.getByTestId("works").waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "新建作品" }).click();
    const editor = page.getByTestId("work-editor");
    await choose(page, editor, "所属届次", "2024年全国科普日");
    await editor.getByLabel("标题").fill(title);
    await editor.getByLabel("简介").fill("用一分钟视频介绍长江江豚的习性、保护现状，以及每个人能做什么。");
    await editor.getByLabel("创作者署名（公开显示）").fill("李科普");
    await editor.getByRole("button", { name: "保存" }).click();
    await editor.getByTestId("editor-status").filter({ hasText: "草稿" }).waitFor({ timeout: 30_000 });
    await editor.getByText("#千万IP创科普#").first().waitFor();

    // The video goes up in 4 MB chunks; after the first, the connection drops.
    let cut = false;
    let refusedPatches = 0;
    await page.route(/\/uploads\//, async (route) => {
      if (cut && route.request().method() === "PATCH") {
        refusedPatches += 1;
        return route.abort("internetdisconnected");
      }
      return route.continue();
    });
    const firstChunk = page.waitForResponse(
      (response) => response.request().method() === "PATCH" && response.status() === 204,
      { timeout: 60_000 },
    );
    await editor.getByTestId("file-upload").locator('input[type="file"]').setInputFiles(videoPath);
    await editor.getByTestId("upload-progress").waitFor();
    await firstChunk;
    cut = true;
    await expect.poll(() => refusedPatches, { timeout: 30_000 }).toBeGreaterThan(0);
    const saved = await page.evaluate(() => localStorage.getItem("kepu.uploads") ?? "{}");
    expect(Object.keys(JSON.parse(saved))).toHaveLength(1);

    // The page is reloaded (the browser was closed, the train left the tunnel …) and the network is back.
    await page.unroute(/\/uploads\//);
    await page.reload();
    await page.getByLabel("邮箱").or(page.getByTestId("works")).first().waitFor({ timeout: 30_000 });
    if (await page.getByLabel("邮箱").isVisible()) await signIn(page, "organizer@kepu.example");
    await page.getByTestId("works").waitFor({ timeout: 30_000 });
    await page.getByTestId("works").getByRole("button", { name: title }).click({ timeout: 30_000 });
    const reopened = page.getByTestId("work-editor");
    const offer = reopened.getByTestId("file-upload").getByTestId("upload-pending");
    await offer.waitFor({ timeout: 30_000 });
    await expect(offer.textContent()).resolves.toContain("江豚.webm");
    const resumedPatches: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "PATCH") resumedPatches.push(request.headers()["upload-offset"] ?? "");
    });
    await reopened.getByTestId("file-upload").locator('input[type="file"]').setInputFiles(videoPath);
    await reopened.getByTestId("file-upload").getByTestId("upload-resumed").waitFor({ timeout: 30_000 });
    await reopened.getByTestId("file-upload").getByTestId("upload-ready").waitFor({ timeout: 90_000 });
    // It continued from the server's offset: one upload created in all, the first PATCH after the reload not at 0.
    expect(uploadCreations).toHaveLength(1);
    expect(Number(resumedPatches[0])).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    await expect(reopened.getByTestId("file-upload").getByTestId("upload-ready").textContent()).resolves.toMatch(
      /时长 8 秒/,
    );
    await expect(
      reopened.getByTestId("file-upload").getByTestId("upload-ready").locator("img").getAttribute("src"),
    ).resolves.toMatch(/\/files\/[^/]+\/poster/);

    // A cover, saved, then submitted.
    await reopened.getByTestId("cover-upload").locator('input[type="file"]').setInputFiles(coverPath);
    await reopened
      .getByTestId("upload-ready")
      .filter({ hasText: "上传完成：封面.jpg" })
      .first()
      .waitFor({ timeout: 30_000 });
    await reopened.getByRole("button", { name: "保存" }).click();
    await reopened.getByText("已保存").waitFor({ timeout: 30_000 });
    await reopened.getByRole("button", { name: "提交审核" }).click();
    await reopened.getByTestId("editor-status").filter({ hasText: "待审核" }).waitFor({ timeout: 30_000 });
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "works-editor-390-zh");
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, "works-editor-desktop-zh");

    // Not public before it is approved.
    const anonymous = await ui.browser.newContext({ viewport: { width: 390, height: 844 } });
    const publicPage = await anonymous.newPage();
    await publicPage.goto(`${ui.web.url}/works`);
    await publicPage.getByRole("heading", { name: "科普作品" }).first().waitFor({ timeout: 30_000 });
    await publicPage.getByTestId("work").first().waitFor({ timeout: 30_000 });
    await expect(publicPage.getByText(title).count()).resolves.toBe(0);

    // An admin of the level above (中国科协) approves it in the moderation queue.
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.goto(`${ui.web.url}/organizers/moderation`);
    await signIn(page, "admin@kepu.example");
    const item = page.getByTestId("moderation-item").filter({ hasText: title });
    await item.waitFor({ timeout: 30_000 });
    await expect(page.getByTestId("moderation-counts").textContent()).resolves.toMatch(/\d/);
    await screenshot(page, "works-moderation-desktop-zh");
    await item.getByRole("button", { name: "通过" }).click();
    await page.getByText(`已处理：${title}`).waitFor({ timeout: 30_000 });

    // The public finds it in the feed and plays it; seeking asks the file server for a range (206).
    await publicPage.reload();
    await publicPage.getByRole("link", { name: title }).click({ timeout: 30_000 });
    await publicPage.getByTestId("work-page").waitFor({ timeout: 30_000 });
    expect(await sidewaysOverflow(publicPage)).toBeLessThanOrEqual(0);
    await screenshot(publicPage, "work-page-390-zh");
    const video = publicPage.getByTestId("work-video");
    await expect(video.getAttribute("poster")).resolves.toMatch(/\/files\/[^/]+\/poster$/);
    const ranges: number[] = [];
    publicPage.on("response", (response) => {
      if (/\/files\/[^/]+\/file/.test(response.url()) || response.request().resourceType() === "media")
        ranges.push(response.status());
    });
    await video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<void>((resolve, reject) => {
          element.muted = true;
          element.addEventListener("error", () => reject(new Error(`video error ${element.error?.code}`)));
          if (element.readyState >= 1) resolve();
          else element.addEventListener("loadedmetadata", () => resolve(), { once: true });
          element.load();
        }),
    );
    const seeked = await video.evaluate(
      (element: HTMLVideoElement) =>
        new Promise<{ currentTime: number; duration: number }>((resolve) => {
          element.addEventListener(
            "seeked",
            () => resolve({ currentTime: element.currentTime, duration: element.duration }),
            {
              once: true,
            },
          );
          element.currentTime = 6;
        }),
    );
    expect(seeked.duration).toBeCloseTo(8, 0);
    expect(seeked.currentTime).toBeGreaterThan(5);
    expect(ranges).toContain(206);

    // English, on a phone and on a desktop.
    await publicPage.getByRole("button", { name: "English" }).click();
    await publicPage.getByText("Licence: All rights reserved").waitFor();
    await screenshot(publicPage, "work-page-390-en");
    await publicPage.setViewportSize({ width: 1280, height: 900 });
    await screenshot(publicPage, "work-page-desktop-en");
    await publicPage.goto(`${ui.web.url}/works?hashtag=${encodeURIComponent("#千万IP创科普#")}`);
    await publicPage.getByTestId("work").filter({ hasText: title }).waitFor({ timeout: 30_000 });
    await screenshot(publicPage, "works-feed-desktop-en");
    // An unknown work: the 404 page.
    await publicPage.goto(`${ui.web.url}/works/nosuchwork123`);
    await publicPage.getByTestId("work-not-found").waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
    await anonymous.close();
    await page.close();
  });
});
