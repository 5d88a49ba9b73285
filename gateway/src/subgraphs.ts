/** The four subgraphs, their names in the supergraph and their default local URLs. */
export const subgraphNames = ["organizations", "activities", "media", "evaluations"] as const;
export type SubgraphName = (typeof subgraphNames)[number];

export const defaultSubgraphUrls: Record<SubgraphName, string> = {
  organizations: "http://127.0.0.1:4001/graphql",
  activities: "http://127.0.0.1:4002/graphql",
  media: "http://127.0.0.1:4003/graphql",
  evaluations: "http://127.0.0.1:4004/graphql",
};
