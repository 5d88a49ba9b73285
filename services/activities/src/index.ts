import { subgraph } from "./subgraph.js";

export { schema } from "./schema/index.js";
export { seed } from "./seed.js";
export { type ActivitiesConfig, type RunningService, subgraph } from "./subgraph.js";

/** Starts the activities subgraph in this process (tests, the platform harness). */
export const start = subgraph.start;
/** The public map's cells, kept and live (tests and benchmarks compare them). */
export { liveMapCells, preAggregatedMapCells } from "./discovery/map-cells.js";
export { cardRelations, readCards } from "./discovery/rows.js";
export { maxPreAggregatedZoom } from "./domain/map-grid.js";
