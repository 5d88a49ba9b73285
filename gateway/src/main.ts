import { gatewayPort, subgraphNames, urlVariable, webPort } from "@kepu/platform";
import { clientLimitsEnvSchema, clientLimitsFrom, parseEnv, serveUntilSignal } from "@kepu/server";
import { z } from "zod";
import { startGateway } from "./gateway.js";

/** One optional `<SUBGRAPH>_URL` per subgraph of the platform list (default: its local URL). */
const subgraphUrlSettings = Object.fromEntries(subgraphNames.map((name) => [urlVariable(name), z.url().optional()]));

const env = parseEnv(
  clientLimitsEnvSchema.extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(gatewayPort),
    HOST: z.string().default("127.0.0.1"),
    ...subgraphUrlSettings,
    /** Comma-separated browser origins allowed to call the graph, or "*". */
    CORS_ORIGINS: z.string().default(`http://localhost:${webPort},http://127.0.0.1:${webPort}`),
  }),
);
const settings = env as typeof env & Record<string, string | undefined>;

const gateway = await startGateway({
  port: env.PORT,
  host: env.HOST,
  clientLimits: clientLimitsFrom(env),
  corsOrigins: env.CORS_ORIGINS === "*" ? "*" : env.CORS_ORIGINS.split(",").map((origin) => origin.trim()),
  subgraphUrls: Object.fromEntries(
    subgraphNames.flatMap((name) => {
      const url = settings[urlVariable(name)];
      return url ? [[name, url]] : [];
    }),
  ),
});
serveUntilSignal("gateway", gateway);
