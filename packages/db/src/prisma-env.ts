import { fileURLToPath } from "node:url";

/**
 * Prisma's CLI downloads native engines unless these point at an existing file. Every engine we use
 * is the JavaScript/Wasm one (`engine: "js"`, `engineType = "client"`), so any file will do; this one
 * is always there.
 */
export function preventPrismaEngineDownloads(): void {
  const anyExistingFile = fileURLToPath(import.meta.url);
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= anyExistingFile;
  process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= anyExistingFile;
  process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
  process.env.CHECKPOINT_DISABLE ??= "1";
}
