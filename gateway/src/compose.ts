import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { composeServices } from "@apollo/composition";
import { type GraphQLSchema, parse } from "graphql";
import { defaultSubgraphUrls, type SubgraphName, subgraphNames } from "./subgraphs.js";

export const supergraphPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../supergraph.graphql");

/**
 * Composes the supergraph from the subgraphs' SDL at build time, so the gateway never depends on
 * subgraphs being up to learn the schema, and a composition error fails the build, not production.
 */
export function composeSupergraph(sdls: Record<SubgraphName, string>): string {
  const result = composeServices(
    subgraphNames.map((name) => ({ name, url: defaultSubgraphUrls[name], typeDefs: parse(sdls[name]) })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

/** Each subgraph's module, by its name in the platform list (the compiler checks none is missing). */
const subgraphModules: Record<SubgraphName, () => Promise<{ schema: GraphQLSchema }>> = {
  organizations: () => import("@kepu/organizations"),
  activities: () => import("@kepu/activities"),
  media: () => import("@kepu/media"),
  evaluations: () => import("@kepu/evaluations"),
};

/** The subgraphs' SDL, printed from each service's schema (no service needs to run). */
export async function loadSubgraphSdls(): Promise<Record<SubgraphName, string>> {
  const { printSubgraphSchema } = await import("@apollo/subgraph");
  const sdls = await Promise.all(
    subgraphNames.map(async (name) => [name, printSubgraphSchema((await subgraphModules[name]()).schema)] as const),
  );
  return Object.fromEntries(sdls) as Record<SubgraphName, string>;
}

export function readCommittedSupergraph(): string {
  return readFileSync(supergraphPath, "utf8");
}
