/**
 * Benchmark: the public campaign home on a phone (issue 9 §8, "done when": LCP ≤ 2.5 s, CLS ≤ 0.1).
 *
 *   pnpm bench:home               (RUNS=… cold loads, default 5; PAGE=/… another public path)
 *
 * Boots the whole platform in-process with its demo data (@kepu/harness) and the web server on the
 * apps' builds (run `pnpm build:frontends` first), then loads the page in Debian's Chromium on
 * Lighthouse's phone profile: a 412×823 viewport at 1.75 DPR with a phone's user agent, the CPU
 * slowed 4× and the network throttled to "slow 4G" as DevTools applies it (562.5 ms request latency,
 * 1,474.6 kbit/s down, 607.5 kbit/s up; Lighthouse's `mobileSlow4G` with its DevTools factors).
 * Every cold load is a new browser context (empty cache); then one repeat visit in the same context
 * shows what the long-cached, content-hashed modules save. Prints, per load, LCP (the last
 * `largest-contentful-paint` entry), CLS (the largest session window of `layout-shift` entries
 * without recent input, as web-vitals computes it), the LCP element, the bytes transferred and the
 * requests made; then the median and the worst of the cold loads.
 */
import { startPlatform } from "@kepu/harness";
import { startWebServer } from "@kepu/root-config";
import { type BrowserContext, chromium } from "playwright-core";

const runs = Number(process.env.RUNS ?? 5);
const pagePath = process.env.PAGE ?? "/";

/** Lighthouse's mobileSlow4G throttling as DevTools applies it (constants.js: devtools factors). */
const slow4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};
const phone = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
};

interface Vitals {
  lcp: number;
  lcpElement: string;
  cls: number;
}

/**
 * Records LCP and CLS in the page from its first moment (an init script: it runs before any of the
 * page's own scripts), into `window.__vitals`.
 */
const recordVitals = `(() => {
  const state = { lcp: 0, lcpElement: "", cls: 0, window: 0, first: 0, last: 0 };
  window.__vitals = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.lcp = entry.startTime;
      const element = entry.element;
      state.lcpElement = element
        ? element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
          (element.className ? "." + String(element.className).split(" ").join(".") : "") +
          ' "' + (element.textContent || "").trim().slice(0, 24) + '"'
        : "(removed)";
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      // A session window: shifts less than 1 s apart, at most 5 s long (web-vitals' CLS).
      if (state.window && entry.startTime - state.last < 1000 && entry.startTime - state.first < 5000) {
        state.window += entry.value;
      } else {
        state.window = entry.value;
        state.first = entry.startTime;
      }
      state.last = entry.startTime;
      state.cls = Math.max(state.cls, state.window);
    }
  }).observe({ type: "layout-shift", buffered: true });
})();`;

async function load(context: BrowserContext, url: string): Promise<Vitals & { bytes: number; requests: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", slow4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let bytes = 0;
  let requests = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
    requests += 1;
  });
  await page.addInitScript({ content: recordVitals });
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  // Until the network has been quiet for a while (the app's GraphQL answers and what they bring).
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
  await page.waitForTimeout(1500);
  const vitals = (await page.evaluate("window.__vitals")) as Vitals;
  await page.close();
  return { lcp: vitals.lcp, lcpElement: vitals.lcpElement, cls: vitals.cls, bytes, requests };
}

const platform = await startPlatform({ errorLog: () => {} });
const web = await startWebServer({ port: 0, gatewayUrl: platform.gatewayUrl });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
});
const print = (label: string, result: Vitals & { bytes: number; requests: number }) =>
  console.log(
    `${label.padEnd(14)} LCP ${(result.lcp / 1000).toFixed(2)} s  CLS ${result.cls.toFixed(3)}  ` +
      `${(result.bytes / 1024).toFixed(1)} KB in ${result.requests} requests  LCP element ${result.lcpElement}`,
  );

try {
  const url = `${web.url}${pagePath}`;
  // Warm the servers (compression caches, the gateway's plan cache), unthrottled and uncounted.
  const warm = await browser.newContext(phone);
  await (await warm.newPage()).goto(url, { waitUntil: "networkidle" });
  await warm.close();
  console.log(`${pagePath} on a phone profile (412×823, 4× CPU slowdown, slow 4G), ${runs} cold loads`);
  const cold: (Vitals & { bytes: number; requests: number })[] = [];
  let last: BrowserContext | null = null;
  for (let run = 1; run <= runs; run++) {
    await last?.close();
    last = await browser.newContext(phone);
    const result = await load(last, url);
    cold.push(result);
    print(`cold ${run}`, result);
  }
  if (last) print("repeat visit", await load(last, url));
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const lcps = sorted(cold.map((r) => r.lcp));
  const clss = sorted(cold.map((r) => r.cls));
  const median = (values: number[]) => values[Math.floor((values.length - 1) / 2)] ?? 0;
  console.log(
    `cold loads: LCP median ${(median(lcps) / 1000).toFixed(2)} s, worst ${((lcps.at(-1) ?? 0) / 1000).toFixed(2)} s ` +
      `(target ≤ 2.5 s); CLS median ${median(clss).toFixed(3)}, worst ${(clss.at(-1) ?? 0).toFixed(3)} (target ≤ 0.1)`,
  );
} finally {
  await browser.close();
  await web.close();
  await platform.close();
}
