import { parseEnv, serveUntilSignal } from "@kepu/server";
import { z } from "zod";
import { startGateway } from "./gateway.js";

const env = parseEnv(
  z.object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default("127.0.0.1"),
    ORGANIZATIONS_URL: z.url().optional(),
    ACTIVITIES_URL: z.url().optional(),
    MEDIA_URL: z.url().optional(),
    EVALUATIONS_URL: z.url().optional(),
    /** Comma-separated browser origins allowed to call the graph, or "*". */
    CORS_ORIGINS: z.string().default("http://localhost:8080,http://127.0.0.1:8080"),
  }),
);

const gateway = await startGateway({
  port: env.PORT,
  host: env.HOST,
  corsOrigins: env.CORS_ORIGINS === "*" ? "*" : env.CORS_ORIGINS.split(",").map((origin) => origin.trim()),
  subgraphUrls: {
    ...(env.ORGANIZATIONS_URL ? { organizations: env.ORGANIZATIONS_URL } : {}),
    ...(env.ACTIVITIES_URL ? { activities: env.ACTIVITIES_URL } : {}),
    ...(env.MEDIA_URL ? { media: env.MEDIA_URL } : {}),
    ...(env.EVALUATIONS_URL ? { evaluations: env.EVALUATIONS_URL } : {}),
  },
});
serveUntilSignal("gateway", gateway);
