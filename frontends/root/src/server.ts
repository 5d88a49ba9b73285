import { once } from "node:events";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apps, isKnownPath } from "./apps.js";
import { type PageSettings, renderPage } from "./page.js";

const frontends = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** URL prefix → folder of built files. Each app's dist is mounted on its own, as a CDN would. */
const mounts: [prefix: string, dir: string][] = [
  ["/shared/", path.join(frontends, "shared/dist")],
  ["/widgets/", path.join(frontends, "widgets/dist")],
  ...apps.map((app): [string, string] => [`/apps/${app.dir}/`, path.join(frontends, app.dir, "dist")]),
];

const types: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

export interface WebServerOptions extends PageSettings {
  port: number;
  host?: string;
}

/**
 * Serves the root config page (import map generated from settings), the root config module, the
 * shared modules and each app's build. Any other path is a client-side route: it gets the page,
 * with HTTP 404 when no app has a page there (the public app then shows its 404 page).
 */
export async function startWebServer(options: WebServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const page = renderPage(options);
  const server = createServer((req, res) => {
    handle(req, res, page).catch(() => {
      res.statusCode = 500;
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

async function handle(req: IncomingMessage, res: ServerResponse, page: string): Promise<void> {
  const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  if (pathname === "/root-config.js") return sendFile(res, path.join(frontends, "root/dist/root-config.js"));
  for (const [prefix, dir] of mounts) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${pathname.slice(prefix.length - 1)}`);
    // Never serve outside the mounted folder.
    if (!file.startsWith(dir + path.sep)) return notFound(res);
    return sendFile(res, file);
  }
  if (path.extname(pathname)) return notFound(res);
  if (!isKnownPath(pathname)) res.statusCode = 404;
  res.setHeader("content-type", types[".html"] ?? "text/html");
  res.setHeader("cache-control", "no-cache");
  res.end(page);
}

async function sendFile(res: ServerResponse, file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound(res);
  res.setHeader("content-type", types[path.extname(file)] ?? "application/octet-stream");
  res.setHeader("content-length", info.size);
  res.setHeader("cache-control", "no-cache");
  createReadStream(file).pipe(res);
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.end("not found");
}
