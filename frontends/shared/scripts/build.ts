/**
 * Builds the shared modules of the import map into dist/:
 * - ES-module copies of React 19 (CommonJS only upstream). Each copy re-exports its module's named
 *   exports, and its own `require("react")` etc. become bare `import`s resolved by the import map,
 *   so the page has exactly one React.
 * - single-spa, and @kepu/graphql-client (one Apollo Client for all apps), with React left external.
 * - Ant Design (the organizer app's UI kit) as one ES module with React, react-dom and dayjs left to
 *   the import map, and dayjs (CommonJS upstream) as an ES-module copy, so an app's date values and
 *   antd's pickers share one dayjs and its plugins.
 * - ECharts with only the chart types the organizer app draws (`src/charts.ts`, `@kepu/charts`).
 * - MapLibre and the base map (`src/map.ts`, `@kepu/map`), for map pages only.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { type SharedSpecifier, sharedModules } from "../src/manifest.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, "../dist");
const require = createRequire(import.meta.url);
const reactFamily: SharedSpecifier[] = ["react", "react-dom", "react-dom/client", "react/jsx-runtime"];
const cjsCopies: SharedSpecifier[] = [...reactFamily, "dayjs"];
const production = { "process.env.NODE_ENV": '"production"' };

/** Inside a CommonJS copy, `require(shared)` becomes an ESM import of the shared module. */
function cjsCopyPlugin(self: SharedSpecifier): esbuild.Plugin {
  return {
    name: "kepu-cjs-copy",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === "entry-point") return { path: args.path, namespace: "kepu-entry" };
        if (args.path.endsWith("?shared")) return { path: args.path.slice(0, -"?shared".length), external: true };
        if ((reactFamily as string[]).includes(args.path) && args.path !== self)
          return { path: args.path, namespace: "kepu-shim" };
        return undefined;
      });
      build.onLoad({ filter: /.*/, namespace: "kepu-shim" }, (args) => ({
        contents: `import * as shared from "${args.path}?shared"; module.exports = shared;`,
        loader: "js",
      }));
      build.onLoad({ filter: /.*/, namespace: "kepu-entry" }, (args) => {
        const names = Object.keys(require(args.path) as object).filter(
          (name) => name !== "default" && /^[A-Za-z_$][\w$]*$/.test(name),
        );
        return {
          contents: `import m from ${JSON.stringify(require.resolve(args.path))};\nexport default m;\nexport const { ${names.join(", ")} } = m;`,
          loader: "js",
          resolveDir: here,
        };
      });
    },
  };
}

mkdirSync(outdir, { recursive: true });
for (const specifier of cjsCopies) {
  await esbuild.build({
    entryPoints: [specifier],
    outfile: path.join(outdir, sharedModules[specifier]),
    bundle: true,
    format: "esm",
    minify: true,
    define: production,
    plugins: [cjsCopyPlugin(specifier)],
    logLevel: "warning",
  });
}
await esbuild.build({
  // Through stdin so esbuild picks single-spa's ES-module build (package "exports"/"module").
  stdin: { contents: 'export * from "single-spa";', resolveDir: here, loader: "js" },
  platform: "browser",
  outfile: path.join(outdir, sharedModules["single-spa"]),
  bundle: true,
  format: "esm",
  minify: true,
  logLevel: "warning",
});
await esbuild.build({
  entryPoints: [path.resolve(here, "../src/graphql-client.ts")],
  outfile: path.join(outdir, sharedModules["@kepu/graphql-client"]),
  bundle: true,
  format: "esm",
  minify: true,
  define: production,
  external: reactFamily,
  logLevel: "warning",
});
/** Exactly these specifiers stay bare imports (esbuild's `external` would also take every subpath, e.g. dayjs/plugin/…). */
function leaveToImportMap(specifiers: string[]): esbuild.Plugin {
  return {
    name: "kepu-import-map",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) =>
        specifiers.includes(args.path) ? { path: args.path, external: true } : undefined,
      );
    },
  };
}
await esbuild.build({
  stdin: { contents: 'export * from "antd";', resolveDir: here, loader: "js" },
  platform: "browser",
  outfile: path.join(outdir, sharedModules.antd),
  bundle: true,
  format: "esm",
  minify: true,
  define: production,
  plugins: [leaveToImportMap([...reactFamily, "dayjs"])],
  logLevel: "warning",
});
await esbuild.build({
  entryPoints: [path.resolve(here, "../src/charts.ts")],
  outfile: path.join(outdir, sharedModules["@kepu/charts"]),
  bundle: true,
  format: "esm",
  minify: true,
  define: production,
  logLevel: "warning",
});
await esbuild.build({
  entryPoints: [path.resolve(here, "../src/map.ts")],
  outfile: path.join(outdir, sharedModules["@kepu/map"]),
  bundle: true,
  format: "esm",
  minify: true,
  define: production,
  // MapLibre's stylesheet goes in as text, added to the page by the module when a map is made.
  loader: { ".css": "text" },
  logLevel: "warning",
});
console.log(`shared modules built into ${outdir}`);
