import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sharedModules } from "./manifest.js";

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, "../dist");

// Runs after `pnpm build:frontends` (scripts/test.sh builds before testing).
describe.runIf(existsSync(path.join(dist, "react.js")))("shared modules build", () => {
  it("turns React's CommonJS into ES modules with no require() left", () => {
    for (const file of Object.values(sharedModules)) {
      const code = readFileSync(path.join(dist, file), "utf8");
      expect(code, file).not.toMatch(/\brequire\(/);
    }
  });

  it("keeps React itself out of every other shared module: one copy per page", () => {
    for (const file of ["react-dom.js", "react-dom-client.js", "graphql-client.js", "antd.js"]) {
      const code = readFileSync(path.join(dist, file), "utf8");
      expect(code, file).toMatch(/from"react"/);
      expect(code, file).not.toContain("react.production");
    }
  });

  it("keeps dayjs out of antd: one dayjs per page, its plugins inside antd", () => {
    const antd = readFileSync(path.join(dist, "antd.js"), "utf8");
    expect(antd).toMatch(/from"dayjs"/);
    expect(antd).not.toMatch(/from"dayjs\//);
    const dayjs = readFileSync(path.join(dist, "dayjs.js"), "utf8");
    expect(dayjs).toMatch(/export\{/);
  });

  it("builds ECharts with only the chart types the organizer app draws, far smaller than the whole library", () => {
    const charts = readFileSync(path.join(dist, "charts.js"), "utf8");
    expect(charts).toMatch(/export\{/);
    expect(charts).not.toMatch(/from"/);
    const whole = statSync(path.join(require.resolve("echarts/package.json"), "../dist/echarts.min.js")).size;
    expect(charts.length).toBeLessThan(whole * 0.6);
  });

  it("exports React's hooks by name", async () => {
    const react = readFileSync(path.join(dist, "react.js"), "utf8");
    for (const name of ["useState", "useEffect", "useSyncExternalStore", "createElement"])
      expect(react).toContain(name);
  });
});
