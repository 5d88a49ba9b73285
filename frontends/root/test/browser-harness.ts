import { createRequire } from "node:module";
import { type RunningPlatform, startPlatform } from "@kepu/harness";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, vi } from "vitest";
import { startWebServer } from "../src/server.js";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core on the page as it is now: the serious and critical violations (rule id and where). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    }
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => String(node.target)).join(", ")}`);
  });
}

export interface BrowserHarness {
  platform: RunningPlatform;
  web: { url: string; close(): Promise<void> };
  browser: Browser;
  /** Opens a page of the web server, recording console errors and the paths it requests (modules by name). */
  openPage(path: string): Promise<{ page: Page; consoleErrors: string[]; requests: string[] }>;
  /**
   * Moves the platform's clock to `instant`, from where it runs on. Every service, the gateway and
   * the web server run in this process, so their `Date` is this process's (PGlite's too): a session
   * begins, an activity ends, access tokens age, as if that time had passed. Only `Date` is faked
   * (timers, sockets and Playwright's waits keep real time); the browser's clock is left alone, as
   * the apps take every time that matters from the server. Real time again after the file.
   */
  travelTo(instant: Date): void;
}

/**
 * The whole platform in a real browser, for one test file: the four subgraphs and the gateway,
 * the web server with the apps' builds, and Debian's Chromium (never a downloaded one). Booted in
 * beforeAll, stopped in afterAll; the fields are set once beforeAll has run.
 */
export function useBrowserHarness(): BrowserHarness {
  const harness = {
    async openPage(path: string) {
      const page = await harness.browser.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));
      // Module paths by name: the content hash the web server puts into them is left out
      // (/shared/react.<hash>.js is recorded as /shared/react.js).
      page.on("request", (request) =>
        requests.push(new URL(request.url()).pathname.replace(/\.[0-9a-f]{10}(\.[a-z0-9]+)$/, "$1")),
      );
      await page.goto(`${harness.web.url}${path}`);
      return { page, consoleErrors, requests };
    },
    travelTo(instant: Date) {
      vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
      vi.setSystemTime(instant);
    },
  } as BrowserHarness;
  beforeAll(async () => {
    const uploadOrigins: string[] = [];
    harness.platform = await startPlatform({ uploadOrigins });
    harness.web = await startWebServer({
      port: 0,
      gatewayUrl: harness.platform.gatewayUrl,
      calendarOrigin: new URL(harness.platform.subgraphUrls.activities).origin,
    });
    // The organizer app uploads to the media service from the web server's origin (tus, cross-origin).
    uploadOrigins.push(new URL(harness.web.url).origin);
    harness.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
      ],
    });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await harness.browser?.close();
    await harness.web?.close();
    await harness.platform?.close();
  });
  return harness;
}
