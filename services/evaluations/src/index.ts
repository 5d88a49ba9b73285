import { subgraph } from "./subgraph.js";

export { schema } from "./schema/index.js";
export { seed } from "./seed.js";
export { type EvaluationsConfig, type RunningService, subgraph } from "./subgraph.js";

/** Starts the evaluations subgraph in this process (tests, the platform harness). */
export const start = subgraph.start;
