export { schema } from "./schema/index.js";
export { seed } from "./seed.js";
export { type EvaluationsConfig, migrationsDir, type RunningService, start } from "./server.js";
