import { writeFileSync } from "node:fs";
import { composeSupergraph, loadSubgraphSdls, supergraphPath } from "./compose.js";

const supergraph = composeSupergraph(await loadSubgraphSdls());
writeFileSync(supergraphPath, supergraph);
console.log(`supergraph written to ${supergraphPath}`);
