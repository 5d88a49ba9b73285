import path from "node:path";
import { defineConfig } from "prisma/config";
import { createAdapterFactory, defaultDataDir } from "./adapter.js";
import { preventPrismaEngineDownloads } from "./prisma-env.js";

/**
 * The Prisma CLI's settings for a service (run from its folder): the JavaScript engine with a driver
 * adapter — PostgreSQL when DATABASE_URL is set, else the embedded PGlite folder — so `migrate dev`
 * and `migrate deploy` work offline and write one set of PostgreSQL migrations for both.
 */
export function servicePrismaConfig(service: string) {
  preventPrismaEngineDownloads();
  return defineConfig({
    engine: "js",
    experimental: { adapter: true },
    schema: path.join("prisma", "schema.prisma"),
    migrations: { path: path.join("prisma", "migrations") },
    async adapter() {
      return createAdapterFactory({
        databaseUrl: process.env.DATABASE_URL,
        dataDir: process.env.DATA_DIR ?? defaultDataDir(path.resolve("../.."), service),
      });
    },
  });
}
