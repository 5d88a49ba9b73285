import { sharedModules } from "@kepu/shared-modules/manifest";
import { type AppName, apps } from "./apps.js";

export interface PageSettings {
  gatewayUrl: string;
  /** Base URL of the shared modules (default: served here under /shared/). */
  sharedBaseUrl?: string;
  /** Where each app's module lives; an app deployed elsewhere is just another URL here. */
  appUrls?: Partial<Record<AppName, string>>;
}

/** The import map: shared modules once, then each app by its name. */
export function importMap(settings: PageSettings): { imports: Record<string, string> } {
  const sharedBase = settings.sharedBaseUrl ?? "/shared/";
  const imports: Record<string, string> = {};
  for (const [specifier, file] of Object.entries(sharedModules)) imports[specifier] = `${sharedBase}${file}`;
  for (const app of apps) imports[app.name] = settings.appUrls?.[app.name] ?? `/apps/${app.dir}/app.js`;
  return { imports };
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderPage(settings: PageSettings): string {
  const links = [
    ["/", "科普活动"],
    ["/works", "科普作品"],
    ["/organizers", "组织者"],
    ["/reviewers", "评审"],
  ]
    .map(([href, label]) => `<a href="${href}" onclick="singleSpaNavigate(event)">${label}</a>`)
    .join("\n      ");
  // JSON inside <script> must not be able to close the tag.
  const map = JSON.stringify(importMap(settings), null, 2).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="kepu-gateway" content="${escapeHtml(settings.gatewayUrl)}" />
    <title>全国科普日</title>
    <link rel="icon" href="data:," />
    <script type="importmap">
${map}
    </script>
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
    <main id="kepu-main"></main>
    <script type="module" src="/root-config.js"></script>
  </body>
</html>
`;
}
