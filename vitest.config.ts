import { defineConfig } from "vitest/config";

const browserTests = "**/*.browser.test.ts";
const ignored = ["**/node_modules/**", "**/dist/**", "**/.data/**"];

export default defineConfig({
  resolve: {
    // Node (tsx, production) loads graphql 16 from its CommonJS entry, since the package has no
    // "exports" map; Vite would pick its "module" (ESM) entry for our sources. Two copies of graphql
    // in one process break its instanceof checks (a schema built by @apollo/gateway, a rule of
    // ours), so tests load the one copy production loads.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    // Service tests boot real (embedded) PostgreSQL databases and HTTP servers.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{packages,platform,services,gateway,frontends}/**/*.test.{ts,tsx}"],
          exclude: [...ignored, browserTests],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["integration-tests/**/*.test.ts"],
          exclude: ignored,
          // One platform per file; files in parallel would fight over the two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: "browser", include: [browserTests], exclude: ignored, fileParallelism: false },
      },
    ],
  },
});
