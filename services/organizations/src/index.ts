export { schema } from "./schema/index.js";
export { seed, upsertOrgs } from "./seed.js";
export { migrationsDir, type OrganizationsConfig, type RunningService, start } from "./server.js";
