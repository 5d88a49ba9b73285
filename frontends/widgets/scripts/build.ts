/** Builds each widget into one self-contained ES module in dist/. */
import { copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
await esbuild.build({
  entryPoints: [path.resolve(here, "../src/kepu-activities.ts")],
  outdir: path.resolve(here, "../dist"),
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2020",
  logLevel: "warning",
});
// The demo partner page, served beside the widget (/widgets/demo.html).
copyFileSync(path.resolve(here, "../demo.html"), path.resolve(here, "../dist/demo.html"));
console.log("widgets built");
