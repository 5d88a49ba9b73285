import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { apiSchemaSdl, codegenConfig, outputDir, repoRoot, targets } from "./config.js";

describe("typed operations", () => {
  it("match the supergraph and the operations of every app (run `pnpm codegen` if not)", async () => {
    // Throws when an operation does not validate against the supergraph.
    const files: { filename: string; content: string }[] = await generate(codegenConfig(), false);
    for (const { app } of targets) {
      expect(
        files.some((file) => path.resolve(file.filename).startsWith(outputDir(app))),
        app,
      ).toBe(true);
    }
    // No file left over from an earlier generation (a target's folder holds exactly what it generates).
    for (const { app } of targets) {
      const expected = files.map((file) => path.resolve(file.filename)).filter((f) => f.startsWith(outputDir(app)));
      const present = readdirSync(outputDir(app)).map((name) => path.join(outputDir(app), name));
      expect(present.sort(), `frontends/${app}/src/generated has files codegen no longer writes`).toEqual(
        expected.sort(),
      );
    }
    for (const file of files) {
      const committed = readFileSync(path.resolve(repoRoot, file.filename), "utf8");
      expect(committed, `${path.relative(repoRoot, file.filename)} is stale: run \`pnpm codegen\``).toBe(file.content);
    }
  });

  it("refuses an operation that does not validate against the supergraph", async () => {
    const documents = () => ["query StaleField { currentCampaign { id editionId } }"];
    await expect(generate(codegenConfig({ documents }), false)).rejects.toThrow(/editionId/);
  });

  it("refuses a custom scalar without a mapping (strictScalars)", async () => {
    const schema = "scalar Unmapped\ntype Query { at: Unmapped }";
    const documents = () => ["query At { at }"];
    await expect(generate(codegenConfig({ schema, documents }), false)).rejects.toThrow(/Unmapped/);
  });

  it("reads the API schema of the supergraph: no federation bookkeeping", () => {
    const sdl = apiSchemaSdl();
    expect(sdl).toMatch(/type Query \{/);
    expect(sdl).not.toMatch(/join__|link__|@join/);
  });
});
