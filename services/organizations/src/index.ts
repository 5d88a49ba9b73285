export { type OrganizationsConfig, type RunningService, migrationsDir, start } from "./server.js";
export { seed } from "./seed.js";
export { schema } from "./schema/index.js";
