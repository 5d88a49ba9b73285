import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { sharedModules } from "@kepu/shared-modules/manifest";
import { type Locale, parseCookieHeader, preferenceCookies } from "@kepu/ui/server";
import { type HomeSnapshot, homeSnapshotId } from "../../public/src/home/snapshot.js";
import { publicRoute } from "../../public/src/pages.js";
import { ActivityMarkupData } from "./activity-markup.js";
import { appForPath, apps, isKnownPath } from "./apps.js";
import { HomeData } from "./home-data.js";
import { type PageSettings, type PageView, renderPage } from "./page.js";
import { chooseEncoding, type StaticFile, StaticFiles } from "./static-files.js";

const frontends = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** URL prefix → folder of built files. Each app's dist is mounted on its own, as a CDN would. */
const mounts: [prefix: string, dir: string][] = [
  ["/shared/", path.join(frontends, "shared/dist")],
  ["/widgets/", path.join(frontends, "widgets/dist")],
  ...apps.map((app): [string, string] => [`/apps/${app.dir}/`, path.join(frontends, app.dir, "dist")]),
];
const rootConfigFile = path.join(frontends, "root/dist/root-config.js");
/** The home's first screen renderer, compiled by the root build (scripts/build.ts). */
const preludeRenderer = path.join(frontends, "root/dist/server/prelude.js");

/** What dist/server/prelude.js exports (public/src/home/prelude.tsx). */
interface PreludeModule {
  renderHomePrelude(snapshot: HomeSnapshot, locale: Locale): string;
}

/**
 * The compiled renderer, or null when the frontends are not built (then pages go out without it).
 * A renderer that is there but fails to load is said on stderr: every home page would otherwise go
 * out without its first screen, silently (as when its React needed a `require`).
 */
async function loadPrelude(): Promise<PreludeModule | null> {
  try {
    return (await import(pathToFileURL(preludeRenderer).href)) as PreludeModule;
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") {
      console.error(`web: the home's first-screen renderer (${preludeRenderer}) failed to load`, error);
    }
    return null;
  }
}

const types: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

/** A content-hashed URL keeps its bytes forever: browsers and CDNs keep it for a year unasked. */
const immutable = "public, max-age=31536000, immutable";
/** Anything else is checked each time (a 304 costs a round trip, not the bytes). */
const revalidate = "no-cache";

/** `name.<10 hex>.ext`: the content-hashed form of `name.ext` (page.ts writes them into the import map). */
const hashedName = /^(.+)\.([0-9a-f]{10})(\.[a-z0-9]+)$/;

export interface WebServerOptions extends PageSettings {
  port: number;
  host?: string;
  /**
   * The activities service's HTTP origin (e.g. http://activities:4002): `/ical/…` calendar feeds are
   * forwarded there, so they are reached at the public origin. Without it, /ical/ is not served here.
   */
  calendarOrigin?: string;
  /**
   * The public origin (https://kepu.example) that pages name in their markup (an activity's Event
   * URL); default: the request's own Host.
   */
  publicOrigin?: string;
}

/**
 * Serves the root config page (import map generated from settings), the root config module, the
 * shared modules and each app's build. Any other path is a client-side route: it gets the page,
 * with HTTP 404 when no app has a page there (the public app then shows its 404 page).
 *
 * Speed (issue 9 §8): module URLs in the page are content-hashed and sent with a year's
 * `immutable` caching (a plain URL is revalidated with its ETag); text is sent brotli- or
 * gzip-compressed as the client accepts; the modules the path's app starts with are preloaded; and
 * the campaign home's first screen is rendered into the page from the gateway's answers (cached
 * 30 s), so a phone paints it before any script has arrived. An activity's page carries its
 * schema.org Event markup and title from the first byte (search engines need no script), and is a
 * 404 when the public sees no such activity.
 */
export async function startWebServer(options: WebServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const files = new StaticFiles();
  const home = new HomeData(options.gatewayUrl);
  const activities = new ActivityMarkupData(options.gatewayUrl);
  const prelude = loadPrelude();
  void home.snapshot(); // ask early, so the first visitor gets the first screen too
  const server = createServer((req, res) => {
    handle(req, res, { options, files, home, activities, prelude }).catch((error: unknown) => {
      console.error(`web: ${req.method} ${req.url} failed`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end("internal error");
    });
  });
  const host = options.host ?? "127.0.0.1";
  server.listen(options.port, host);
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Served {
  options: WebServerOptions;
  files: StaticFiles;
  home: HomeData;
  activities: ActivityMarkupData;
  prelude: Promise<PreludeModule | null>;
}

/** Which file a URL path names: the root config or a file under a mount (never outside it). */
function fileOf(pathname: string): string | null {
  if (pathname === "/root-config.js") return rootConfigFile;
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${pathname.slice(prefix.length - 1)}`);
    return file.startsWith(dir + path.sep) ? file : null;
  }
  return null;
}

async function handle(req: IncomingMessage, res: ServerResponse, served: Served): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  if (
    /^\/root-config\.(?:[0-9a-f]{10}\.)?js$/.test(pathname) ||
    mounts.some(([prefix]) => pathname.startsWith(prefix))
  ) {
    const direct = fileOf(pathname);
    const plain = direct ? await served.files.get(direct) : null;
    if (direct && plain) return sendFile(req, res, direct, plain, revalidate);
    // A content-hashed name: kept forever, so served only while the hash is the file's current one.
    const match = hashedName.exec(path.posix.basename(pathname));
    const unhashed = match ? fileOf(path.posix.join(path.posix.dirname(pathname), `${match[1]}${match[3]}`)) : null;
    const file = unhashed ? await served.files.get(unhashed) : null;
    if (!unhashed || !file || file.hash !== match?.[2]) return notFound(res);
    return sendFile(req, res, unhashed, file, immutable);
  }
  if (pathname.startsWith("/ical/") && served.options.calendarOrigin) {
    return forwardCalendar(req, res, served.options.calendarOrigin);
  }
  if (path.extname(pathname)) return notFound(res);
  const { page, found } = await pageFor(pathname, req, served);
  if (!found || !isKnownPath(pathname)) res.statusCode = 404;
  res.setHeader("content-type", types[".html"] ?? "text/html");
  // The page names the current hashes and follows the person's cookies: never kept without asking.
  res.setHeader("cache-control", revalidate);
  res.setHeader("vary", "Accept-Encoding, Cookie");
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const body = Buffer.from(page);
  if (!encoding) return void res.end(body);
  res.setHeader("content-encoding", encoding);
  res.end(await compressPage(body, encoding));
}

/** Headers of the activities service's calendar answer that reach the browser. */
const calendarHeaders = [
  "content-type",
  "content-disposition",
  "cache-control",
  "etag",
  "vary",
  "x-content-type-options",
];

/**
 * Forwards a calendar feed request (GET/HEAD, with If-None-Match) to the activities service and
 * passes its answer on, caching headers included (issue 9 §4: .ics feeds at the public origin).
 */
async function forwardCalendar(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.statusCode = 405;
    res.setHeader("allow", "GET, HEAD");
    return void res.end();
  }
  const target = new URL(new URL(req.url ?? "/", "http://x").pathname, origin);
  const ifNoneMatch = req.headers["if-none-match"];
  const answer = await fetch(target, {
    method: req.method,
    headers: ifNoneMatch ? { "if-none-match": ifNoneMatch } : {},
    signal: AbortSignal.timeout(15_000),
  });
  res.statusCode = answer.status;
  for (const name of calendarHeaders) {
    const value = answer.headers.get(name);
    if (value) res.setHeader(name, value);
  }
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * The page for a client-side route, with what the server can render for it ahead of the app, and
 * whether what the path names exists for the public (false: an activity the gateway says it cannot see).
 */
async function pageFor(
  pathname: string,
  req: IncomingMessage,
  served: Served,
): Promise<{ page: string; found: boolean }> {
  const cookies = parseCookieHeader(req.headers.cookie);
  const locale: Locale = cookies.get(preferenceCookies.locale) === "en" ? "en" : "zh-CN";
  const hashes = new Map<string, string>();
  await Promise.all(
    pageModuleUrls(served.options).map(async (url) => {
      const local = fileOf(url);
      const file = local ? await served.files.get(local) : null;
      if (file) hashes.set(url, file.hash);
    }),
  );
  const view: PageView = {
    versioned: (url) => {
      const hash = hashes.get(url);
      return hash ? url.replace(/(\.[a-z0-9]+)$/, `.${hash}$1`) : url;
    },
    locale,
    elder: cookies.get(preferenceCookies.elder) === "1",
    app: appForPath(pathname),
  };
  let found = true;
  const route = view.app === "@kepu/public" ? publicRoute(pathname) : null;
  if (route?.page === "campaign") {
    const [snapshot, renderer] = await Promise.all([served.home.snapshot(), served.prelude]);
    if (snapshot && renderer) {
      view.prelude = renderer.renderHomePrelude(snapshot, locale);
      view.data = { id: homeSnapshotId, value: snapshot };
      view.title = snapshot.campaign.currentCampaign?.name ?? undefined;
    }
  } else if (route?.page === "activity") {
    const origin = served.options.publicOrigin ?? `http://${req.headers.host ?? "localhost"}`;
    const markup = await served.activities.markup(route.id, origin);
    if (markup.kind === "public") {
      view.title = `${markup.title} · 全国科普日`;
      view.jsonLd = { activityId: route.id, value: markup.event };
    }
    found = markup.kind !== "none";
  }
  return { page: renderPage(served.options, view), found };
}

/** The local module URLs a page names (the root config, its import map's shared modules and apps). */
function pageModuleUrls(settings: PageSettings): string[] {
  const urls = ["/root-config.js"];
  if (!settings.sharedBaseUrl) urls.push(...Object.values(sharedModules).map((file) => `/shared/${file}`));
  for (const app of apps) if (!settings.appUrls?.[app.name]) urls.push(`/apps/${app.dir}/app.js`);
  return urls;
}

const brotliPage = promisify(brotliCompress);
const gzipPage = promisify(gzip);

/** The page is made per request: compressed fast (brotli 5, gzip 6), still ~5× smaller. */
function compressPage(body: Buffer, encoding: "br" | "gzip"): Promise<Buffer> {
  return encoding === "br"
    ? brotliPage(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipPage(body, { level: 6 });
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  entry: StaticFile,
  cacheControl: string,
): Promise<void> {
  const etag = `"${entry.hash}"`;
  res.setHeader("content-type", types[path.extname(file)] ?? "application/octet-stream");
  res.setHeader("cache-control", cacheControl);
  res.setHeader("etag", etag);
  res.setHeader("vary", "Accept-Encoding");
  if (req.headers["if-none-match"] === etag) {
    res.statusCode = 304;
    return void res.end();
  }
  const encoding = StaticFiles.encoding(file, req.headers["accept-encoding"], entry.body.length);
  const body = encoding ? await StaticFiles.encode(entry, encoding) : entry.body;
  if (encoding) res.setHeader("content-encoding", encoding);
  res.setHeader("content-length", body.length);
  res.end(req.method === "HEAD" ? undefined : body);
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.end("not found");
}
