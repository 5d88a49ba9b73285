import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type OrgDirectorySource,
  orgDirectoryFrom,
  type RunningService as Running,
  type ServiceConfig,
  startService,
} from "@kepu/subgraph";
import { connect, type Db } from "./db.js";
import { schema } from "./schema/index.js";

export const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../prisma/migrations");

/** The organizations subgraph's URL (or, in tests of this service alone, a directory of fixture orgs). */
export type ActivitiesConfig = ServiceConfig & OrgDirectorySource;
export type RunningService = Running<Db>;

/** Starts the activities subgraph: database, schema, HTTP. */
export function start(config: ActivitiesConfig): Promise<RunningService> {
  return startService({
    name: "activities",
    schema,
    migrationsDir,
    connect,
    config,
    extra: { directory: orgDirectoryFrom(config) },
  });
}
