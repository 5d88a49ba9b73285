import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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
 * Every operation the frontends and the widget send, as written in their sources (`graphql(\`…\`)`
 * for GraphQL Code Generator, or a plain template literal), each with its app's fragments appended.
 */
function frontendOperations(): { where: string; document: string }[] {
  const frontends = path.join(repoRoot, "frontends");
  return readdirSync(frontends).flatMap((app) => {
    const dir = path.join(frontends, app, "src");
    if (!existsSync(dir)) return [];
    const definitions = sourceFiles(dir).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/`(\s*(?:query|mutation|subscription|fragment)\b[^`]*)`/g)].map(
        (match) => ({ where: path.relative(repoRoot, file), text: match[1] as string }),
      ),
    );
    const fragments = definitions.filter((d) => d.text.trim().startsWith("fragment")).map((d) => d.text);
    return definitions
      .filter((d) => !d.text.trim().startsWith("fragment"))
      .map((d) => ({ where: d.where, document: [d.text, ...fragments].join("\n") }));
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
