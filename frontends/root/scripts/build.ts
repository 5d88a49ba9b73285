/** Builds the root config into dist/root-config.js; single-spa stays a bare import (import map). */
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
console.log("root config built");
