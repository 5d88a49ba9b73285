import { parseEnv, serveUntilSignal } from "@kepu/server";
import { envSchema } from "./env.js";
import { outboxMailer, smtpMailer } from "./mailer.js";
import { start } from "./server.js";

const env = parseEnv(envSchema);
const service = await start({
  database: { databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR },
  port: env.PORT,
  host: env.HOST,
  privateKeyPem: env.JWT_PRIVATE_KEY,
  publicKeyPem: env.JWT_PUBLIC_KEY,
  accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
  webUrl: env.WEB_URL,
  mailer: env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM) : outboxMailer(env.MAIL_OUTBOX_DIR),
});
serveUntilSignal("organizations subgraph", service);
