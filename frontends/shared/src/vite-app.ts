import path from "node:path";
import react from "@vitejs/plugin-react";
import type { UserConfig } from "vite";
import { sharedSpecifiers } from "./manifest.js";

/**
 * One app = one ES module (dist/app.js) exporting single-spa's bootstrap/mount/unmount. Library mode
 * keeps the entry's exports (without them single-spa stops at LOADING_SOURCE_CODE, silently), and
 * every shared module stays a bare import for the import map to resolve, so the page loads one React
 * and one Apollo Client whatever the number of apps.
 */
export function appBuildConfig(name: string, dir: string): UserConfig {
  return {
    plugins: [react()],
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    build: {
      outDir: path.join(dir, "dist"),
      emptyOutDir: true,
      lib: { entry: path.join(dir, "src/main.tsx"), formats: ["es"], fileName: () => "app.js", name },
      rollupOptions: { external: [...sharedSpecifiers] },
      target: "es2022",
      minify: true,
    },
  };
}
