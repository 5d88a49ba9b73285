import { sharedModules } from "@kepu/shared-modules/manifest";
import { type Locale, sharedCss, sharedStylesId } from "@kepu/ui/server";
import { serverEventMarkupId } from "../../public/src/activity/json-ld.js";
import { type AppName, apps } from "./apps.js";

export interface PageSettings {
  gatewayUrl: string;
  /** Base URL of the shared modules (default: served here under /shared/). */
  sharedBaseUrl?: string;
  /** Where each app's module lives; an app deployed elsewhere is just another URL here. */
  appUrls?: Partial<Record<AppName, string>>;
  /** The base map's style (`MAP_STYLE_URL`, e.g. 天地图); the offline light style shipped with the map module when unset. */
  mapStyleUrl?: string;
  /** The coordinate system that base map draws in (`MAP_COORDINATE_SYSTEM`): GCJ02 for AMap or Tencent; WGS84 when unset. */
  mapCoordinateSystem?: "WGS84" | "GCJ02";
}

/** Turns a URL this server serves into its content-hashed form (others are returned as they are). */
export type Versioned = (url: string) => string;

/**
 * The import map: shared modules once, then each app by its name. `versioned` gives the URLs this
 * server serves their content hash (`/shared/react.3f2a9c1b0d.js`), so browsers keep them for a year.
 */
export function importMap(
  settings: PageSettings,
  versioned: Versioned = (url) => url,
): { imports: Record<string, string> } {
  const sharedBase = settings.sharedBaseUrl ?? "/shared/";
  const imports: Record<string, string> = {};
  for (const [specifier, file] of Object.entries(sharedModules)) imports[specifier] = versioned(`${sharedBase}${file}`);
  for (const app of apps) imports[app.name] = settings.appUrls?.[app.name] ?? versioned(`/apps/${app.dir}/app.js`);
  return { imports };
}

/** What one answer's page carries beyond the settings. */
export interface PageView {
  versioned?: Versioned;
  /** The person's language and elderly-friendly mode (their cookies), for the first paint. */
  locale?: Locale;
  elder?: boolean;
  /** The app that mounts for the path: its module and what it imports are preloaded. */
  app?: AppName;
  /** HTML rendered before any script (the campaign home's first screen), inside the apps' outlet. */
  prelude?: string;
  /** Data for the app, written as JSON into <script type="application/json" id="…">. */
  data?: { id: string; value: unknown };
  /** schema.org JSON-LD for search engines: an activity page's Event (the app sees it by the id). */
  jsonLd?: { activityId: string; value: unknown };
  title?: string;
}

/** The shared modules every app imports at start (antd and dayjs only the organizer app). */
const startModules = [
  "single-spa",
  "react",
  "react/jsx-runtime",
  "react-dom",
  "react-dom/client",
  "@kepu/graphql-client",
];

/** The map module's settings (`@kepu/map` reads them): the base map and its coordinate system, when set. */
function mapMeta(settings: PageSettings): string {
  return [
    settings.mapStyleUrl ? `<meta name="kepu-map-style" content="${escapeHtml(settings.mapStyleUrl)}" />` : "",
    settings.mapCoordinateSystem ? `<meta name="kepu-map-crs" content="${settings.mapCoordinateSystem}" />` : "",
  ].join("");
}

/** JSON inside <script> must not be able to close the tag (nor open a comment). */
const scriptJson = (value: unknown, space?: number) =>
  JSON.stringify(value, null, space)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The root page: import map, the shared styles, the navigation, and the apps' outlet with what the
 * server rendered for this path. Module URLs are content-hashed where `versioned` says so, and the
 * modules the path's app needs first are preloaded in parallel rather than discovered one by one.
 */
export function renderPage(settings: PageSettings, view: PageView = {}): string {
  const links = [
    ["/", "科普活动"],
    ["/works", "科普作品"],
    ["/organizers", "组织者"],
    ["/reviewers", "评审"],
  ]
    .map(([href, label]) => `<a href="${href}" onclick="singleSpaNavigate(event)">${label}</a>`)
    .join("\n      ");
  const versioned = view.versioned ?? ((url: string) => url);
  const map = importMap(settings, versioned);
  const preloads = view.app
    ? [versioned("/root-config.js"), ...startModules.map((specifier) => map.imports[specifier]), map.imports[view.app]]
        .filter((url): url is string => Boolean(url))
        .map((url) => `<link rel="modulepreload" href="${escapeHtml(url)}" />`)
        .join("\n    ")
    : "";
  const jsonLd = view.jsonLd
    ? `<script type="application/ld+json" id="${serverEventMarkupId}" data-activity-id="${escapeHtml(view.jsonLd.activityId)}">${scriptJson(view.jsonLd.value)}</script>`
    : "";
  const data = view.data
    ? `<script type="application/json" id="${escapeHtml(view.data.id)}">${scriptJson(view.data.value)}</script>`
    : "";
  return `<!doctype html>
<html lang="${view.locale ?? "zh-CN"}"${view.elder ? " data-kepu-elder" : ""}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="kepu-gateway" content="${escapeHtml(settings.gatewayUrl)}" />
    ${mapMeta(settings)}
    <title>${escapeHtml(view.title ?? "全国科普日")}</title>
    <link rel="icon" href="data:," />
    <script type="importmap">
${scriptJson(map, 2)}
    </script>
    ${preloads}
    ${jsonLd}
    <style id="${sharedStylesId}">${sharedCss}</style>
    <style>
      body { margin: 0; background: #f5f7fa; }
      .kepu-nav { display: flex; flex-wrap: wrap; gap: 8px 16px; padding: 12px 16px; background: #0b5394; font-family: system-ui, "PingFang SC", sans-serif; }
      .kepu-nav a { color: #fff; text-decoration: none; }
      .kepu-nav strong { color: #fff; margin-right: 16px; }
    </style>
  </head>
  <body>
    <nav class="kepu-nav" aria-label="main">
      <strong>全国科普日</strong>
      ${links}
    </nav>
    <main id="kepu-main">${view.prelude ?? ""}</main>
    ${data}
    <script type="module" src="${escapeHtml(versioned("/root-config.js"))}"></script>
  </body>
</html>
`;
}
