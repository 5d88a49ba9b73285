export { schema } from "./schema/index.js";
export { seed } from "./seed.js";
export { type ActivitiesConfig, migrationsDir, type RunningService, start } from "./server.js";
