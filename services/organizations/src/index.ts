import { subgraph } from "./subgraph.js";

export { schema } from "./schema/index.js";
export { seed, upsertOrgs } from "./seed.js";
export { type OrganizationsConfig, type RunningService, subgraph } from "./subgraph.js";

/** Starts the organizations subgraph in this process (tests, the platform harness). */
export const start = subgraph.start;
