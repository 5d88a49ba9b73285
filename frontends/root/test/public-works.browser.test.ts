import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";
import { createWork, generateMediaFiles, gql, uploadAsset } from "./work-fixtures.js";

/**
 * The public app's works (issue 8 §6) in Debian's Chromium, on the demo data plus works made here
 * through the graph with real files (a video with its poster, an audio, pictures): the feed and its
 * filters, a work's page with the player (seeking by range requests), the article, the image set and
 * the audio, the 404 page of a work the public may not see, at 390 px and on a desktop, in Chinese
 * and English, with no serious or critical axe-core violation.
 */
const ui = useBrowserHarness();
const shots = process.env.KEPU_SCREENSHOTS;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

const ids = { video: "", article: "", images: "", audio: "", pending: "" };
const videoTitle = "一分钟看懂山城的桥";
const articleTitle = "暴雨预警信号怎么看";
/** A demo work filed under 新材料 (packages/demo-data works.ts). */
const newMaterialsTitle = "新质生产力里的新材料";

beforeAll(async () => {
  const { platform } = ui;
  const editor = await platform.signer.sign(
    { sub: "demo-organizer", name: "organizer", adm: false, mem: [{ org: "org-cq", roles: ["ORG_ADMIN", "EDITOR"] }] },
    900,
  );
  const approver = await platform.signer.sign(
    { sub: "demo-admin", name: "中国科协审核员", adm: false, mem: [{ org: "org-cast", roles: ["ORG_ADMIN"] }] },
    900,
  );
  const tokens = { editor, approver };
  const files = await generateMediaFiles();
  const [p0, p1, p2] = files.pictures as [Buffer, Buffer, Buffer];
  const upload = (purpose: string, name: string, bytes: Buffer) => uploadAsset(platform, editor, purpose, name, bytes);
  const person = { kind: "PERSON" as const, displayName: "摄影师小王", role: "SCIENCE_COMMUNICATOR" };

  ids.video = await createWork(
    platform,
    tokens,
    {
      kind: "SHORT_VIDEO",
      title: videoTitle,
      summary: "从石板坡长江大桥到朝天门大桥，用一分钟讲清楚桥梁的受力结构与新材料。",
      creator: person,
      topics: ["新材料"],
      hashtags: ["#山城科普#"],
      licence: "CC_BY_NC",
      coverAssetId: await upload("WORK_COVER", "cover.png", p0),
      fileAssetIds: [await upload("WORK_VIDEO", "bridge.mp4", files.video)],
    },
    { activityId: "act-2024-cq-launch" },
  );
  await gql(platform, editor, "mutation ($i: AddWorkPostingInput!) { addWorkPosting(input: $i) { id } }", {
    i: {
      workId: ids.video,
      platform: "DOUYIN",
      url: "https://www.douyin.com/video/7400000000000000001",
      postedAt: "2024-09-16T10:00:00+08:00",
    },
  });
  ids.article = await createWork(platform, tokens, {
    kind: "ARTICLE",
    title: articleTitle,
    summary: "蓝、黄、橙、红四级暴雨预警分别意味着什么，遇到时该怎么做。",
    body: [
      "<h2>四种颜色</h2>",
      "<p>暴雨预警信号分为<strong>蓝色、黄色、橙色和红色</strong>四级，颜色越深，雨越大、影响越重。收到橙色和红色预警时，应停止户外活动，远离河道、涵洞和地下通道。</p>",
      '<script>window.__pwned = "script"</script>',
      '<img src="x" onerror="window.__pwned = \'img\'">',
      "<svg onload=\"window.__pwned = 'svg'\"><text>svg</text></svg>",
      '<p><a href="javascript:window.__pwned = \'link\'">点我</a> · <a href="https://www.cma.gov.cn/">中国气象局</a></p>',
    ].join(""),
    creator: { kind: "ORG", displayName: "重庆市科协", orgId: "org-cq" },
    topics: ["防灾避险"],
    hashtags: [],
    licence: "CC_BY",
    fileAssetIds: [],
  });
  ids.images = await createWork(platform, tokens, {
    kind: "IMAGE_SET",
    title: "长江上的三座桥",
    summary: "三座桥，三种结构：拱桥、斜拉桥和悬索桥各有各的受力方式。",
    creator: person,
    topics: ["新材料"],
    hashtags: [],
    licence: "ALL_RIGHTS_RESERVED",
    coverAssetId: await upload("WORK_COVER", "cover2.png", p1),
    fileAssetIds: [await upload("WORK_IMAGE", "arch.png", p1), await upload("WORK_IMAGE", "cable.png", p2)],
  });
  ids.audio = await createWork(platform, tokens, {
    kind: "AUDIO",
    title: "桥的声音",
    summary: "风吹过斜拉索时为什么会唱歌？三分钟的声音科普。",
    creator: person,
    topics: [],
    hashtags: [],
    licence: "CC_BY_SA",
    coverAssetId: await upload("WORK_COVER", "cover3.png", p2),
    fileAssetIds: [await upload("WORK_AUDIO", "wind.m4a", files.audio)],
  });
  ids.pending = await createWork(
    platform,
    tokens,
    {
      kind: "SHORT_VIDEO",
      title: "尚未审核的视频",
      summary: "这个作品已提交但尚未审核，公众不应看到它的任何内容。",
      creator: person,
      topics: [],
      hashtags: [],
      licence: "CC_BY",
      coverAssetId: await upload("WORK_COVER", "cover4.png", p0),
      fileAssetIds: [await upload("WORK_VIDEO", "pending.mp4", files.video)],
    },
    { publish: false },
  );
}, 240_000);

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function shoot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

async function toEnglish(page: Page) {
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "中文" }).waitFor();
}

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("missing");
  return value;
}

const cardTitles = (page: Page) => page.getByTestId("work").locator("h2").allTextContents();

describe("the public works pages in Chromium", () => {
  it("lists approved works newest first at 390 px, filters them by topic, unit, platform, hashtag and activity, in Chinese and English", async () => {
    const page = await ui.browser.newPage({ viewport: phone });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${ui.web.url}/works`);
    await page.getByTestId("work").first().waitFor({ timeout: 30_000 });
    await expect(page.locator("h1").first().textContent()).resolves.toBe("科普作品");
    let titles = await cardTitles(page);
    // Newest first: the works approved just now lead; the submitted one is nowhere.
    expect(titles.slice(0, 4).sort()).toEqual([videoTitle, articleTitle, "长江上的三座桥", "桥的声音"].sort());
    expect(titles).toContain("60秒看懂量子计算");
    expect(titles).not.toContain("尚未审核的视频");
    // The video's card shows a picture (its cover).
    const videoCard = page.getByTestId("work").filter({ hasText: videoTitle });
    await expect(videoCard.locator("img").getAttribute("src")).resolves.toMatch(/\/files\/[^/]+\/thumb$/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-works-390-zh");

    // Topic, from the one topic list.
    await page.getByLabel("主题").selectOption("新材料");
    await page.getByRole("button", { name: "筛选", exact: true }).click();
    await page.waitForURL(/\/works\?topic=/);
    await page.getByTestId("work-filter-topic").getByText("主题：新材料").waitFor();
    await page.getByTestId("work").filter({ hasText: "长江上的三座桥" }).waitFor();
    titles = await cardTitles(page);
    expect(titles).toContain(videoTitle);
    expect(titles).toContain(newMaterialsTitle);
    expect(titles).not.toContain(articleTitle);
    expect(titles).not.toContain("60秒看懂量子计算");
    // Removing the chip brings every work back.
    await page.getByRole("button", { name: "移除筛选：主题：新材料" }).click();
    await page.waitForURL(/\/works$/);
    await page.getByTestId("work").filter({ hasText: "60秒看懂量子计算" }).waitFor();

    // A unit (and everything below it), by following its name on a card.
    await videoCard.getByRole("link", { name: "重庆市科协" }).click();
    await page.waitForURL(/\/works\?org=org-cq$/);
    await page.getByText("单位：重庆市科协（含下级单位）").waitFor();
    await page.getByTestId("work").filter({ hasText: "桥的声音" }).waitFor();
    titles = await cardTitles(page);
    expect(titles).not.toContain("60秒看懂量子计算");
    expect(titles).toContain(articleTitle);

    // A hashtag, by following it; the campaign's own is on every 2024 work.
    await page.goto(`${ui.web.url}/works`);
    await page.getByTestId("work").filter({ hasText: videoTitle }).getByRole("link", { name: "#山城科普#" }).click();
    await page.waitForURL(/hashtag=/);
    await page.getByText("话题：#山城科普#").waitFor();
    // The chip shows with the URL, the cards with the answer: read them until the answer is in.
    await expect.poll(() => cardTitles(page), { timeout: 30_000 }).toEqual([videoTitle]);

    // A platform, from the platforms' list: the video was posted on 抖音.
    await page.getByLabel("发布平台").selectOption({ label: "抖音" });
    await page.getByLabel("话题标签").fill("");
    await page.getByRole("button", { name: "筛选", exact: true }).click();
    await page.waitForURL(/\/works\?platform=DOUYIN$/);
    await page.getByText("平台：抖音").waitFor();
    await page.getByTestId("work").filter({ hasText: "低钠盐人人都能吃吗？" }).waitFor();
    titles = await cardTitles(page);
    expect(titles).toContain(videoTitle);
    expect(titles).toContain("低钠盐人人都能吃吗？");
    expect(titles).not.toContain(articleTitle);

    // An activity's works have an address; the chip names the activity.
    await page.goto(`${ui.web.url}/works?activity=act-2024-cq-launch`);
    await page.getByText("活动：2024年重庆市全国科普日主场活动启动仪式").waitFor({ timeout: 30_000 });
    await expect.poll(() => cardTitles(page), { timeout: 30_000 }).toEqual([videoTitle]);
    // A filter that finds nothing says so.
    await page.goto(`${ui.web.url}/works?hashtag=%23%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E8%AF%9D%E9%A2%98%23&kind=VR`);
    await page.getByTestId("works-empty").waitFor({ timeout: 30_000 });

    await page.goto(`${ui.web.url}/works?topic=%E6%96%B0%E6%9D%90%E6%96%99`);
    await page.getByTestId("work").first().waitFor({ timeout: 30_000 });
    await toEnglish(page);
    await page.locator("h1", { hasText: "Science works" }).waitFor();
    await page.getByText("Topic: New materials").waitFor();
    await page.getByTestId("work").filter({ hasText: videoTitle }).getByText("Short video").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-works-390-en");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("plays a video work with its poster and seeks by range requests, with creator, licence, activity, hashtags and postings", async () => {
    const page = await ui.browser.newPage({ viewport: desktop });
    const ranges: number[] = [];
    page.on("response", (response) => {
      if (/\/files\/[^/]+\/file/.test(response.url()) || response.request().resourceType() === "media")
        ranges.push(response.status());
    });
    await page.goto(`${ui.web.url}/works`);
    await page.getByRole("link", { name: videoTitle }).click();
    await page.waitForURL(new RegExp(`/works/${ids.video}$`));
    const video = page.getByTestId("work-video");
    await video.waitFor({ timeout: 30_000 });
    await expect(page.locator("h1").first().textContent()).resolves.toBe(videoTitle);
    await expect(video.getAttribute("poster")).resolves.toMatch(/\/files\/[^/]+\/poster$/);
    await expect(page.getByTestId("work-creator").textContent()).resolves.toBe("作者：摄影师小王（科普工作者）");
    await expect(page.getByTestId("work-licence").textContent()).resolves.toBe("授权方式：CC BY-NC 署名-非商业性使用");
    await page.getByTestId("work-activity").getByText("2024年重庆市全国科普日主场活动启动仪式").waitFor();
    const tags = await page.getByTestId("work-tags").textContent();
    expect(tags).toContain("#千万IP创科普#");
    expect(tags).toContain("#山城科普#");
    expect(tags).toContain("新材料");
    await page.getByTestId("work-postings").getByRole("link", { name: "抖音" }).waitFor();
    await page.getByText("时长 0:06").waitFor();

    // The player reads the length from the file, then seeks: the file server answers ranges (206).
    await page.waitForFunction(
      () => (document.querySelector("[data-testid=work-video]") as HTMLVideoElement | null)?.readyState ?? 0 >= 1,
      undefined,
      { timeout: 30_000 },
    );
    const seeked = await video.evaluate(
      (element) =>
        new Promise<{ duration: number; time: number }>((resolve) => {
          const player = element as HTMLVideoElement;
          player.addEventListener("seeked", () => resolve({ duration: player.duration, time: player.currentTime }), {
            once: true,
          });
          player.currentTime = 4;
        }),
    );
    expect(seeked.duration).toBeGreaterThan(5.5);
    expect(seeked.time).toBeGreaterThanOrEqual(3.5);
    expect(ranges).toContain(206);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-work-video-desktop-zh");
    await toEnglish(page);
    await expect(page.getByTestId("work-creator").textContent()).resolves.toBe("By 摄影师小王 (Science communicator)");
    await page.getByText("Licence: CC BY-NC (attribution, non-commercial)").waitFor();
    await page.getByTestId("work-postings").getByRole("link", { name: "Douyin" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-work-video-desktop-en");
    await page.close();
  });

  it("renders an article's text with no way for stored HTML to run, and shows an image set and an audio at 390 px", async () => {
    const page = await ui.browser.newPage({ viewport: phone });
    await page.goto(`${ui.web.url}/works/${ids.article}`);
    const body = page.getByTestId("work-body");
    await body.waitFor({ timeout: 30_000 });
    await body.getByText("四种颜色").waitFor();
    await body.getByRole("link", { name: "中国气象局" }).waitFor();
    expect(await body.locator("script, img, svg, iframe, style, [onerror], [onload]").count()).toBe(0);
    expect(await body.locator('a[href^="javascript" i]').count()).toBe(0);
    await expect(body.getByRole("link", { name: "中国气象局" }).getAttribute("rel")).resolves.toBe(
      "noopener noreferrer nofollow",
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await expect(page.getByTestId("work-creator").textContent()).resolves.toBe("作者：重庆市科协");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-work-article-390-zh");

    await page.goto(`${ui.web.url}/works/${ids.images}`);
    const pictures = page.getByTestId("work-images").locator("img");
    await pictures.first().waitFor({ timeout: 30_000 });
    await expect(pictures.evaluateAll((images) => images.map((image) => image.getAttribute("alt")))).resolves.toEqual([
      "《长江上的三座桥》第 1 张，共 2 张",
      "《长江上的三座桥》第 2 张，共 2 张",
    ]);
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>("[data-testid=work-images] img")].every(
        (image) => image.complete && image.naturalWidth > 0,
      ),
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-work-images-390-zh");

    await page.goto(`${ui.web.url}/works/${ids.audio}`);
    const audio = page.getByTestId("work-audio");
    await audio.waitFor({ state: "attached", timeout: 30_000 });
    // The audio file itself (the public copy), whose length the player reads from it.
    await expect(audio.getAttribute("src")).resolves.toMatch(/\/files\/[^/]+\/original$/);
    const audioDuration = await audio.evaluate(
      (element) =>
        new Promise<number>((resolve, reject) => {
          const player = element as HTMLAudioElement;
          if (player.readyState >= 1) resolve(player.duration);
          player.addEventListener("loadedmetadata", () => resolve(player.duration), { once: true });
          player.addEventListener("error", () => reject(new Error(`audio error ${player.error?.code}`)), {
            once: true,
          });
        }),
    );
    expect(audioDuration).toBeGreaterThan(2.5);
    await page.getByTestId("work-cover").waitFor();
    await toEnglish(page);
    await page.getByText("Length 0:03").waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-work-audio-390-en");
    await page.close();
  });

  it("shows the 404 page for an unknown work and for one still in review, in Chinese and English, and leads from an activity to its works", async () => {
    const page = await ui.browser.newPage({ viewport: phone });
    for (const id of ["no-such-work", ids.pending]) {
      await page.goto(`${ui.web.url}/works/${id}`);
      await page.getByTestId("work-not-found").waitFor({ timeout: 30_000 });
      await expect(page.locator("h1").first().textContent()).resolves.toBe("作品不存在");
      expect(await page.getByText("尚未审核的视频").count()).toBe(0);
      expect(await page.locator("video").count()).toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "public-work-404-390-zh");
    await toEnglish(page);
    await page.locator("h1", { hasText: "Work not found" }).waitFor();
    await page.getByRole("link", { name: "Back to all works" }).click();
    await page.waitForURL(/\/works$/);
    await page.getByTestId("work").first().waitFor({ timeout: 30_000 });

    // From the activity list, an activity's works (the chip names it).
    await page.goto(`${ui.web.url}/`);
    const first = page.getByTestId("activity").first();
    await first.waitFor({ timeout: 30_000 });
    const activityTitle = must(await first.locator("h3").textContent());
    await first.getByRole("link", { name: "Science works of this activity" }).click();
    await page.waitForURL(/\/works\?activity=[\w-]+$/);
    await page.getByText(`Activity: ${activityTitle}`).waitFor({ timeout: 30_000 });
    await page.close();
  });
});
