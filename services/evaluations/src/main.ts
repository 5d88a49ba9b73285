import { parseEnv } from "@kepu/server";
import { envSchema } from "./env.js";
import { start } from "./server.js";

const env = parseEnv(envSchema);
const service = await start({
  database: { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR },
  port: env.PORT,
  host: env.HOST,
  publicKeyPem: env.JWT_PUBLIC_KEY,
});
console.log(`evaluations subgraph ready at ${service.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void service.close().then(() => process.exit(0));
  });
}
