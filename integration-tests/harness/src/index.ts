/** The public map's cells, kept by the database and aggregated live (the map-cells test compares them). */
export { cardRelations, liveMapCells, maxPreAggregatedZoom, preAggregatedMapCells, readCards } from "@kepu/activities";
export * from "./fixtures.js";
export * from "./platform.js";
