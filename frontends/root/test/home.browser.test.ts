import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { seriousViolations, useBrowserHarness } from "./browser-harness.js";

/**
 * The public shell and its speed (issue 9 §8): the campaign home's first screen is in the HTML
 * before any script (rendered from the gateway's answers), the app takes it over without asking
 * again and without moving anything; modules go out compressed under content-hashed URLs cached
 * for a year; the elderly-friendly mode and the language are the person's cookies, so the server's
 * first paint already follows them; axe-core finds no serious or critical violation.
 */
const ui = useBrowserHarness();
const gatewayOperations = (requests: { url: string; body: string | null }[]) =>
  requests.filter((r) => r.url.includes("/graphql")).map((r) => /"operationName":"(\w+)"/.exec(r.body ?? "")?.[1]);

describe("the campaign home", () => {
  it("is in the HTML before any script, and the app takes it over without asking the gateway again", async () => {
    const html = await (await fetch(`${ui.web.url}/`)).text();
    const prelude = html.slice(html.indexOf('<main id="kepu-main">'), html.indexOf("</main>"));
    expect(prelude).toContain('id="kepu-prelude"');
    expect(prelude).toContain("<h1>2024年全国科普日</h1>");
    expect(prelude).toContain("主题：提升全民科学素质，协力建设科技强国");
    expect(prelude.match(/data-testid="activity"/g)?.length).toBe(20);
    // The edition's big numbers (issue 9 §6) are in the hero of the first screen too.
    expect(prelude).toMatch(/data-testid="campaign-figures".*<dt>活动<\/dt><dd>[\d,]+<\/dd>.*<dt>覆盖区县<\/dt>/);
    expect(html).toContain('<script type="application/json" id="kepu-snapshot">');

    const page = await ui.browser.newPage({ viewport: { width: 390, height: 844 } });
    const posts: { url: string; body: string | null }[] = [];
    const errors: string[] = [];
    page.on("request", (request) => posts.push({ url: request.url(), body: request.postData() }));
    page.on("pageerror", (error) => errors.push(error.message));
    // Scripts off: what a phone shows before its JavaScript has arrived.
    const bare = await ui.browser.newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await bare.goto(`${ui.web.url}/`);
    expect(await bare.locator("h1").textContent()).toBe("2024年全国科普日");
    expect(await bare.locator("[data-testid=activity]").count()).toBe(20);
    const before = await bare.locator(".kepu-hero").boundingBox();
    await bare.close();

    await page.goto(`${ui.web.url}/`);
    await page.locator("#kepu-app-public [data-testid=activity]").first().waitFor();
    expect(await page.locator("#kepu-prelude").count()).toBe(0);
    expect(await page.locator("#kepu-snapshot").count()).toBe(0);
    expect(await page.locator("[data-testid=activity]").count()).toBe(20);
    // Same place, same size: the app's hero is where the server's was.
    expect(await page.locator(".kepu-hero").boundingBox()).toEqual(before);
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shifts).toBeLessThan(0.01);
    // The campaign and the first page came with the page: the app asked neither.
    expect(gatewayOperations(posts)).not.toContain("PublicCurrentCampaign");
    expect(gatewayOperations(posts)).not.toContain("PublicActivities");
    // "More" still pages through the gateway from the seeded first page.
    await page.getByRole("button", { name: "加载更多" }).click();
    await expect.poll(() => page.locator("[data-testid=activity]").count()).toBeGreaterThan(20);
    expect(gatewayOperations(posts)).toContain("PublicActivities");
    expect(errors).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("keeps the elderly-friendly mode and the language in cookies, so the first paint follows them", async () => {
    const context = await ui.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${ui.web.url}/`);
    await page.locator("#kepu-app-public [data-testid=activity]").first().waitFor();
    const size = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    const normal = await size();
    await page.getByRole("button", { name: "长辈模式" }).click();
    expect(await page.getByRole("button", { name: "长辈模式" }).getAttribute("aria-pressed")).toBe("true");
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.25);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.locator("h1", { hasText: "2024" }).waitFor();

    // The server renders the next visit in English with the larger text, before any script.
    const cookies = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const html = await (await fetch(`${ui.web.url}/`, { headers: { cookie: cookies } })).text();
    expect(html).toContain('<html lang="en" data-kepu-elder>');
    expect(html).toContain("Theme: ");
    expect(html).toContain(">Larger text</button>");
    await page.reload();
    await page.locator("#kepu-app-public [data-testid=activity]").first().waitFor();
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-kepu-elder"))).toBe(true);
    expect(await page.getByRole("button", { name: "Larger text" }).getAttribute("aria-pressed")).toBe("true");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Larger text" }).click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute("data-kepu-elder"))).toBe(false);
    await context.close();
  });

  it("has an accessible 404 page for unknown paths (HTTP 404)", async () => {
    for (const lang of ["zh-CN", "en"]) {
      const context = await ui.browser.newContext();
      await context.addCookies([{ name: "kepu_locale", value: lang, url: ui.web.url }]);
      const page = await context.newPage();
      const response = await page.goto(`${ui.web.url}/no-such-page`);
      expect(response?.status()).toBe(404);
      await page.getByTestId("not-found").waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe("the web server", () => {
  it("loads the home's first-screen renderer in plain Node (an ES module has no require)", async () => {
    // vitest's module runner lends modules a require, so the page test above passed while the web
    // server, run by Node or tsx, failed to import the renderer and sent no first screen.
    const renderer = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist/server/prelude.js");
    const script = `const { renderHomePrelude } = await import(${JSON.stringify(pathToFileURL(renderer).href)});
      process.stdout.write(renderHomePrelude({ campaign: { currentCampaign: null }, activities: null }, "zh-CN"));`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script]);
    expect(stdout).toContain('id="kepu-prelude"');
  });

  it("sends modules compressed under content-hashed URLs kept for a year, and the page revalidated", async () => {
    const response = await fetch(`${ui.web.url}/`, { headers: { "accept-encoding": "br" } });
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    const html = await response.text(); // fetch decodes what the server compressed
    const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "{}") as {
      imports: Record<string, string>;
    };
    const react = map.imports["react-dom/client"] ?? "";
    expect(react).toMatch(/^\/shared\/react-dom-client\.[0-9a-f]{10}\.js$/);
    expect(html).toContain(`<link rel="modulepreload" href="${react}" />`);

    const hashed = await fetch(`${ui.web.url}${react}`, { headers: { "accept-encoding": "br, gzip" } });
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get("content-encoding")).toBe("br");
    expect(hashed.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const compressed = Number(hashed.headers.get("content-length"));
    const plain = await fetch(`${ui.web.url}/shared/react-dom-client.js`, {
      headers: { "accept-encoding": "identity" },
    });
    const bytes = (await plain.arrayBuffer()).byteLength;
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("cache-control")).toBe("no-cache");
    expect(compressed).toBeLessThan(bytes / 3);
    const gzipped = await fetch(`${ui.web.url}${react}`, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    // A revalidation of an unchanged module costs no bytes; an old hash is not this file.
    const etag = plain.headers.get("etag") ?? "";
    const again = await fetch(`${ui.web.url}/shared/react-dom-client.js`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect((await fetch(`${ui.web.url}/shared/react-dom-client.0123456789.js`)).status).toBe(404);
    expect((await fetch(`${ui.web.url}/shared/..%2f..%2fpackage.json`)).status).toBe(404);
  });
});
