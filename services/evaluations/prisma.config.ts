import path from "node:path";
import { createAdapterFactory, defaultDataDir } from "@kepu/db";
import { preventPrismaEngineDownloads } from "@kepu/db/prisma-env";
import { defineConfig } from "prisma/config";

preventPrismaEngineDownloads();

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return createAdapterFactory({
      databaseUrl: process.env.DATABASE_URL,
      dataDir: process.env.DATA_DIR ?? defaultDataDir(path.resolve("../.."), "evaluations"),
    });
  },
});
