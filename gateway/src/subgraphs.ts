import { localUrl, type SubgraphName, subgraphNames } from "@kepu/platform";

/** The subgraphs, their names in the supergraph and their default local URLs: from the one list in @kepu/platform. */
export { type SubgraphName, subgraphNames };

export const defaultSubgraphUrls = Object.fromEntries(subgraphNames.map((name) => [name, localUrl(name)])) as Record<
  SubgraphName,
  string
>;
