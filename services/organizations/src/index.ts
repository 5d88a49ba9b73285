export { schema } from "./schema/index.js";
export { seed } from "./seed.js";
export { migrationsDir, type OrganizationsConfig, type RunningService, start } from "./server.js";
