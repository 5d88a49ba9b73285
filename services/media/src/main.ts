import { parseEnv, serveUntilSignal } from "@kepu/server";
import { envSchema } from "./env.js";
import { start } from "./server.js";

const env = parseEnv(envSchema);
const service = await start({
  database: { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR },
  port: env.PORT,
  host: env.HOST,
  publicKeyPem: env.JWT_PUBLIC_KEY,
  organizationsUrl: env.ORGANIZATIONS_URL,
  activitiesUrl: env.ACTIVITIES_URL,
});
serveUntilSignal("media subgraph", service);
