/**
 * Typed operations for every frontend, generated from the graph the browser really talks to: the
 * API schema of the gateway's committed supergraph (gateway/supergraph.graphql, federation
 * bookkeeping such as join__/link__ removed). GraphQL Code Generator's client preset writes, per
 * app, a `graphql()` function whose overloads give each operation its result and variable types
 * (see docs/decisions.md for why this and not gql.tada).
 *
 * Every operation of an app is written as `graphql(\`…\`)` in its sources; codegen validates each one
 * against the schema and refuses to generate if one does not validate.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { printSchema, Supergraph } from "@apollo/federation-internals";
import type { CodegenConfig } from "@graphql-codegen/cli";

/** The repository root (absolute), so codegen behaves the same from any working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export const supergraphFile = path.join(repoRoot, "gateway/supergraph.graphql");

/**
 * The apps that get typed operations. `documentMode: "string"` is for the widget: it posts the
 * query text with fetch (no Apollo Client, no parsed documents); the apps hand Apollo Client
 * parsed documents, precompiled at generation time so no GraphQL parser ships to the browser.
 */
export const targets = [
  { app: "organizers", documentMode: "documentNode" },
  { app: "public", documentMode: "documentNode" },
  { app: "reviewers", documentMode: "documentNode" },
  { app: "widgets", documentMode: "string" },
  // The shared client's own sign-in session (AuthSession) mutations: sign-in, renewal, sign-out.
  { app: "shared", documentMode: "documentNode" },
] as const;

/** Where a target's generated files live (biome skips `generated/` folders). */
export function outputDir(app: string): string {
  return path.join(repoRoot, "frontends", app, "src/generated");
}

/**
 * The schema clients see, as SDL: the supergraph's API schema (no join__/link__ bookkeeping).
 * Printed with federation's own printer (graphql-js objects from federation's CommonJS copy of
 * graphql and this module's ESM copy must not meet). Throws if the file is not a valid supergraph.
 */
export function apiSchemaSdl(supergraphSdl = readFileSync(supergraphFile, "utf8")): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema());
}

/** Custom scalars as the browser receives them over JSON. */
const scalars = { DateTime: "string", Date: "string" };

/**
 * The codegen configuration for every target. `documents` may be replaced (tests check that an
 * invalid operation is refused); `schema` defaults to the committed supergraph's API schema.
 */
export function codegenConfig(options: { schema?: string; documents?: (app: string) => string[] } = {}): CodegenConfig {
  const schema = options.schema ?? apiSchemaSdl();
  const documents =
    options.documents ??
    ((app: string) => [
      path.join(repoRoot, "frontends", app, "src/**/*.{ts,tsx}"),
      `!${path.join(repoRoot, "frontends", app, "src/generated/**")}`,
      `!${path.join(repoRoot, "frontends", app, "src/**/*.test.{ts,tsx}")}`,
    ]);
  return {
    schema,
    ignoreNoDocuments: false,
    silent: true,
    generates: Object.fromEntries(
      targets.map(({ app, documentMode }) => [
        `${outputDir(app)}/`,
        {
          documents: documents(app),
          preset: "client",
          presetConfig: { fragmentMasking: false },
          config: {
            documentMode,
            scalars,
            strictScalars: true,
            enumsAsTypes: true,
            useTypeImports: true,
            skipTypename: true,
            avoidOptionals: { field: true, inputValue: false, object: false },
          },
        },
      ]),
    ),
  };
}
