/**
 * Builds the root config into dist/root-config.js (single-spa stays a bare import, for the import
 * map), and the server-side renderer of the home's first screen into dist/server/prelude.js.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
await esbuild.build({
  entryPoints: [path.resolve(here, "../src/root-config.ts")],
  outfile: path.resolve(here, "../dist/root-config.js"),
  bundle: true,
  format: "esm",
  minify: true,
  external: ["single-spa", "@kepu/*"],
  logLevel: "warning",
});
// The campaign home's first screen as the web server renders it (public/src/home/prelude.tsx),
// compiled ahead with its own React (server rendering only), so the server runs no JSX of its own.
await esbuild.build({
  entryPoints: [path.resolve(here, "../../public/src/home/prelude.tsx")],
  outfile: path.resolve(here, "../dist/server/prelude.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  // React's Node server renderer is CommonJS and requires Node's built-ins (util, crypto, stream);
  // an ES module has no `require`, so esbuild's shim threw "Dynamic require of "util" is not
  // supported" when the web server imported the renderer, and every page went out without its first
  // screen (LCP 4.4–5.7 s in pnpm bench:home instead of about 1.3 s). Give the bundle a real one.
  banner: {
    js: 'import { createRequire as __kepuCreateRequire } from "node:module"; const require = __kepuCreateRequire(import.meta.url);',
  },
  logLevel: "warning",
});
console.log("root config built");
