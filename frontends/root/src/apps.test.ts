import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { sharedSpecifiers } from "@kepu/shared-modules/manifest";
import { describe, expect, it } from "vitest";
import { apps } from "./apps.js";

const frontends = path.resolve(import.meta.dirname, "../..");
const built = apps.every((app) => existsSync(path.join(frontends, app.dir, "dist/app.js")));

// Runs after `pnpm build:frontends` (scripts/test.sh builds before testing).
describe.runIf(built)("each app's build", () => {
  for (const app of apps) {
    const code = () => readFileSync(path.join(frontends, app.dir, "dist/app.js"), "utf8");

    it(`${app.dir}: one ES module exporting single-spa's lifecycles`, () => {
      // Without these exports single-spa stops at LOADING_SOURCE_CODE, silently.
      const exported = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(code().trim())?.[1] ?? "";
      const names = exported.split(",").map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop(),
      );
      expect(names).toEqual(expect.arrayContaining(["bootstrap", "mount", "unmount"]));
    });

    it(`${app.dir}: leaves React and the GraphQL client to the import map`, () => {
      const source = code();
      expect(source).not.toMatch(/\brequire\(/);
      expect(source).not.toContain("react.production");
      expect(source).not.toContain("InMemoryCache");
      // Static import and re-export statements only: a string or a GraphQL document may hold `from"`
      // too (an argument named from, a message key such as discovery.from).
      const imported = [...source.matchAll(/\b(?:import|export)\s*[\w$*{}\s,]*?\bfrom\s*["']([^"']+)["']/g)].map(
        (m) => m[1],
      );
      for (const specifier of imported) expect(sharedSpecifiers as readonly string[]).toContain(specifier);
      expect(imported).toContain("react/jsx-runtime");
      expect(imported).toContain("@kepu/graphql-client");
    });
  }
});
