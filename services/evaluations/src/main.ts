import { subgraph } from "./subgraph.js";

await subgraph.main();
