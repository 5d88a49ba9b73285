import { subgraph } from "./subgraph.js";

export { schema } from "./schema/index.js";
export { seed } from "./seed.js";
export { type MediaConfig, type RunningService, subgraph } from "./subgraph.js";

/** Starts the media subgraph in this process (tests, the platform harness). */
export const start = subgraph.start;
