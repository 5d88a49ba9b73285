/**
 * `packages/` knows no service: nothing under packages/ may import a service, the gateway, a
 * frontend or the platform harness (by package name or by a relative path that leaves packages/),
 * nor list one among its package.json dependencies. The forbidden names are read from the
 * workspace itself, so a new service is covered the day it is added.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const packagesDir = path.join(root, "packages");
const skipped = new Set(["node_modules", "dist", "generated"]);

/** Every workspace package that lives outside packages/ (services, gateway, frontends, harness). */
function outsidePackageNames(): string[] {
  const manifests = [
    ...readdirSync(path.join(root, "services")).map((name) => path.join(root, "services", name, "package.json")),
    ...readdirSync(path.join(root, "frontends")).map((name) => path.join(root, "frontends", name, "package.json")),
    path.join(root, "gateway/package.json"),
    path.join(root, "integration-tests/harness/package.json"),
    path.join(root, "platform/package.json"),
  ];
  return manifests.flatMap((manifest) => {
    try {
      return [(JSON.parse(readFileSync(manifest, "utf8")) as { name: string }).name];
    } catch {
      return [];
    }
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (skipped.has(entry)) return [];
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry) ? [full] : [];
  });
}

/** The module specifiers a source file imports (static, type-only, re-exports, dynamic, require). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** Why `specifier`, imported from `file` under packages/, crosses the boundary; null when it does not. */
function violation(file: string, specifier: string, forbidden: readonly string[]): string | null {
  if (specifier.startsWith(".")) {
    const target = path.resolve(path.dirname(file), specifier);
    return target.startsWith(`${packagesDir}${path.sep}`) ? null : `leaves packages/ (${specifier})`;
  }
  const hit = forbidden.find((name) => specifier === name || specifier.startsWith(`${name}/`));
  return hit ? `imports ${hit}` : null;
}

describe("packages/ depends on no service, gateway, frontend or harness", () => {
  const forbidden = outsidePackageNames();

  it("knows the names it must refuse", () => {
    expect(forbidden).toEqual(
      expect.arrayContaining([
        "@kepu/organizations",
        "@kepu/activities",
        "@kepu/gateway",
        "@kepu/harness",
        "@kepu/platform",
      ]),
    );
  });

  it("finds every kind of import, and refuses a service by name or by path", () => {
    const file = path.join(packagesDir, "subgraph/src/x.ts");
    const specifiers = importsOf(
      'import a from "@kepu/organizations"; export * from "../../db/src/index.js"; await import("@kepu/gateway/src/x"); import type { T } from "../../../services/media/src/index.js";',
    );
    expect(specifiers.map((specifier) => violation(file, specifier, forbidden))).toEqual([
      "imports @kepu/organizations",
      null,
      "imports @kepu/gateway",
      "leaves packages/ (../../../services/media/src/index.js)",
    ]);
  });

  it("no source file under packages/ imports one", () => {
    const found = sourceFiles(packagesDir).flatMap((file) =>
      importsOf(readFileSync(file, "utf8")).flatMap((specifier) => {
        const why = violation(file, specifier, forbidden);
        return why ? [`${path.relative(root, file)} ${why}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });

  it("no package.json under packages/ depends on one", () => {
    const found = readdirSync(packagesDir).flatMap((name) => {
      const manifest = path.join(packagesDir, name, "package.json");
      let json: Record<string, Record<string, string> | undefined>;
      try {
        json = JSON.parse(readFileSync(manifest, "utf8"));
      } catch {
        return [];
      }
      const dependencies = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"].flatMap(
        (field) => Object.keys(json[field] ?? {}),
      );
      return dependencies.filter((dependency) => forbidden.includes(dependency)).map((d) => `${name} → ${d}`);
    });
    expect(found).toEqual([]);
  });
});
