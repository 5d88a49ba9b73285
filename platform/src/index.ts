/**
 * The platform's processes and their ports: the one list that the services (their default port),
 * the gateway (which subgraphs it joins), `scripts/start.ts`, the test harness and the check of
 * `infra/k8s` (platform.test.ts) all read. Add a subgraph here, and everything that starts,
 * composes or deploys the platform learns of it.
 *
 * Order matters: organizations comes first, because the others ask it where orgs sit in the tree.
 */
export const subgraphs = [
  { name: "organizations", port: 4001 },
  { name: "activities", port: 4002 },
  { name: "media", port: 4003 },
  { name: "evaluations", port: 4004 },
] as const;

export type SubgraphName = (typeof subgraphs)[number]["name"];

export const subgraphNames: readonly SubgraphName[] = subgraphs.map((subgraph) => subgraph.name);

/** The subgraph every other one asks about orgs and campaigns (policy checks), service to service. */
export const directorySubgraph: SubgraphName = "organizations";

export const gatewayPort = 4000;
export const webPort = 8080;

/** A subgraph's default port. */
export function portOf(name: SubgraphName): number {
  const subgraph = subgraphs.find((candidate) => candidate.name === name);
  if (!subgraph) throw new Error(`unknown subgraph ${name}`);
  return subgraph.port;
}

/** A subgraph's GraphQL endpoint on one machine (`http://127.0.0.1:4002/graphql`). */
export function localUrl(name: SubgraphName, host = "127.0.0.1"): string {
  return `http://${host}:${portOf(name)}/graphql`;
}

/** The gateway's setting naming a subgraph's endpoint: `ACTIVITIES_URL`. */
export function urlVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_URL`;
}

/** `pnpm start`'s setting for a subgraph's PostgreSQL database: `ACTIVITIES_DATABASE_URL`. */
export function databaseUrlVariable(name: SubgraphName): string {
  return `${name.toUpperCase()}_DATABASE_URL`;
}
