export { composeSupergraph, loadSubgraphSdls, readCommittedSupergraph, supergraphPath } from "./compose.js";
export { type GatewayConfig, startGateway } from "./gateway.js";
export { defaultSubgraphUrls, type SubgraphName, subgraphNames } from "./subgraphs.js";
