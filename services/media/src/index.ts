export { schema } from "./schema/index.js";
export { seed } from "./seed.js";
export { type MediaConfig, migrationsDir, type RunningService, start } from "./server.js";
