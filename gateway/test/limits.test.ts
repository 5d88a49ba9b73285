import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { printSchema, Supergraph } from "@apollo/federation-internals";
import { buildSchema, type GraphQLSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { readCommittedSupergraph } from "../src/compose.js";
import { limitRules, noShadowingAliasRule, operationLimits } from "../src/limits.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// The schema callers see (the supergraph less its federation machinery), rebuilt with this copy of graphql.
const apiSchema: GraphQLSchema = buildSchema(printSchema(Supergraph.build(readCommittedSupergraph()).apiSchema()));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (["node_modules", "dist", "generated"].includes(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|graphql)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/**
 * Every GraphQL document the frontends and the widget send: `.graphql` files, and template literals
 * that start with an operation keyword (one level of `${fragment}` interpolation resolved from a
 * `const fragment = \`…\`` in the same file).
 */
function frontendOperations(): { where: string; document: string }[] {
  const files = sourceFiles(path.join(repoRoot, "frontends"));
  return files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    const where = path.relative(repoRoot, file);
    if (file.endsWith(".graphql")) return [{ where, document: text }];
    const constants = new Map<string, string>();
    for (const match of text.matchAll(/const (\w+) = (?:\/\* GraphQL \*\/ )?`([^`]*)`/g)) {
      constants.set(match[1] as string, match[2] as string);
    }
    return [...text.matchAll(/`(\s*(?:query|mutation|subscription)\b[^`]*)`/g)].map((match) => ({
      where,
      document: (match[1] as string).replace(/\$\{(\w+)\}/g, (_, name: string) => constants.get(name) ?? ""),
    }));
  });
}

describe("operation limits", () => {
  const operations = frontendOperations();

  it("finds the frontends' operations", () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it("let every operation of the three frontends and the widget through", () => {
    for (const { where, document } of operations) {
      const errors = validate(apiSchema, parse(document, { maxTokens: operationLimits.maxTokens }), limitRules());
      expect(
        errors.map((error) => error.message),
        `${where}:\n${document}`,
      ).toEqual([]);
    }
  });

  it("refuse an alias named like another field of the type, and nothing else", () => {
    const check = (query: string) => validate(apiSchema, parse(query), [noShadowingAliasRule]).map((e) => e.message);
    expect(check(`{ activity(id: "a") { id: title works { title } } }`)[0]).toMatch(
      /别名 id 与 Activity 的字段 id 同名/,
    );
    expect(check(`{ activity(id: "a") { title: summary } }`)[0]).toMatch(/别名 title/);
    expect(check(`{ activity(id: "a") { id: id name: title works { workTitle: title } } }`)).toEqual([]);
  });
});
