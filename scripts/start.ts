/**
 * Starts the whole platform on one machine: migrates and seeds each service's database (embedded
 * PGlite by default, PostgreSQL when <SERVICE>_DATABASE_URL is set), then runs the four subgraphs,
 * the gateway and the web server (root config + apps), prints where to open it, and stops everything
 * on Ctrl-C. Frontends must be built first (`pnpm build:frontends`; scripts/up.sh does it all).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSigningKeys } from "@kepu/auth";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const services = [
  { name: "organizations", port: 4001 },
  { name: "activities", port: 4002 },
  { name: "media", port: 4003 },
  { name: "evaluations", port: 4004 },
] as const;
const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
const webPort = Number(process.env.WEB_PORT ?? 8080);
const host = process.env.HOST ?? "127.0.0.1";
const seedDemoData = process.env.KEPU_SEED !== "0";
const children: ChildProcess[] = [];

async function signingKeys(): Promise<{ privateKeyPem: string; publicKeyPem: string }> {
  if (process.env.JWT_PRIVATE_KEY && process.env.JWT_PUBLIC_KEY) {
    return { privateKeyPem: process.env.JWT_PRIVATE_KEY, publicKeyPem: process.env.JWT_PUBLIC_KEY };
  }
  // Embedded default: one key pair per checkout, kept with the data so sessions survive restarts.
  const dir = path.join(root, ".data/keys");
  const file = path.join(dir, "jwt-ed25519.json");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, JSON.stringify(await generateSigningKeys()), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

function serviceEnv(name: string): NodeJS.ProcessEnv {
  const url = process.env[`${name.toUpperCase()}_DATABASE_URL`];
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  if (url) env.DATABASE_URL = url;
  return env;
}

const stepTimeoutMs = 300_000;

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; label: string }) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    // A step that hangs (seen once with the embedded engine) fails loudly instead of waiting forever.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${options.label} did not finish in ${stepTimeoutMs / 1000} s; run it again:\n${output}`));
    }, stepTimeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${options.label} failed (exit ${code}):\n${output}`));
    });
  });
}

function launch(label: string, script: string, cwd: string, env: NodeJS.ProcessEnv): void {
  const child = spawn(tsx, [script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `[${label}] `;
  const relay = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on("data", relay(process.stdout));
  child.stderr?.on("data", relay(process.stderr));
  child.on("error", (error) => {
    console.error(`${prefix}could not start: ${error.message}`);
    if (!stopping) void stop(1);
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the platform`);
      void stop(1);
    }
  });
  children.push(child);
}

async function waitForHealth(label: string, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${label} did not become healthy at ${url}`);
}

let stopping = false;
async function stop(code: number): Promise<never> {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((r) => child.once("exit", r)) : null)),
  );
  process.exit(code);
}
process.once("SIGINT", () => void stop(0));
process.once("SIGTERM", () => void stop(0));

async function main(): Promise<void> {
  const keys = await signingKeys();
  console.log("Migrating databases …");
  await Promise.all(
    services.map(({ name }) =>
      run(path.join(root, "services", name, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
        cwd: path.join(root, "services", name),
        env: serviceEnv(name),
        label: `${name} migrations`,
      }),
    ),
  );
  if (seedDemoData) {
    console.log("Loading demo data …");
    for (const { name } of services) {
      await run(tsx, ["src/seed-main.ts"], {
        cwd: path.join(root, "services", name),
        env: serviceEnv(name),
        label: `${name} seed`,
      });
    }
  }

  for (const { name, port } of services) {
    launch(name, "src/main.ts", path.join(root, "services", name), {
      ...serviceEnv(name),
      PORT: String(port),
      HOST: host,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      // Service to service: organizations for places and campaigns, activities for activity facts.
      ...Object.fromEntries(
        services.map((service) => [`${service.name.toUpperCase()}_URL`, `http://${host}:${service.port}/graphql`]),
      ),
      ...(name === "organizations" ? { JWT_PRIVATE_KEY: keys.privateKeyPem } : {}),
    });
  }
  await Promise.all(services.map(({ name, port }) => waitForHealth(name, `http://${host}:${port}/health`)));

  const webOrigin = `http://localhost:${webPort}`;
  launch("gateway", "src/main.ts", path.join(root, "gateway"), {
    ...process.env,
    PORT: String(gatewayPort),
    HOST: host,
    CORS_ORIGINS: `${webOrigin},http://127.0.0.1:${webPort}`,
    ...Object.fromEntries(
      services.map(({ name, port }) => [`${name.toUpperCase()}_URL`, `http://${host}:${port}/graphql`]),
    ),
  });
  await waitForHealth("gateway", `http://${host}:${gatewayPort}/health`);

  launch("web", "src/main.ts", path.join(root, "frontends/root"), {
    ...process.env,
    PORT: String(webPort),
    HOST: host,
    GATEWAY_URL: `http://localhost:${gatewayPort}/graphql`,
  });
  await waitForHealth("web", `http://${host}:${webPort}/`);

  console.log(`
  科普日 platform is running (Ctrl-C stops everything):
    Web (public)      ${webOrigin}/
    Organizers        ${webOrigin}/organizers
    Reviewers         ${webOrigin}/reviewers
    GraphQL gateway   http://localhost:${gatewayPort}/graphql
    Subgraphs         ${services.map(({ name, port }) => `${name} :${port}`).join(", ")}
    Demo accounts     organizer@kepu.example, reviewer@kepu.example, admin@kepu.example (password kepu-demo-2024)
    Outgoing mail     ${process.env.SMTP_URL ? "SMTP relay" : path.join(root, ".data/outbox")}
  `);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
