import type { z } from "zod";

/**
 * Parses process.env once into a typed settings object; on failure prints every invalid variable
 * and exits, so a misconfigured service never half-starts.
 */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  source: NodeJS.ProcessEnv = process.env,
): z.infer<Schema> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  console.error(`Invalid settings:\n${lines.join("\n")}`);
  process.exit(1);
}
