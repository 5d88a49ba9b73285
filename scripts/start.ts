/**
 * Starts the whole platform on one machine: migrates and seeds each service's database (embedded
 * PGlite by default, PostgreSQL when <SERVICE>_DATABASE_URL is set) with the services' own commands
 * (`main.ts migrate`, `main.ts seed`: the ones a deployment runs), then runs the subgraphs, the
 * gateway and the web server (root config + apps), prints where to open it, and stops everything on
 * Ctrl-C. Frontends must be built first (`pnpm build:frontends`; scripts/up.sh does it all).
 *
 * `tsx scripts/start.ts migrate` (`pnpm migrate`) runs only the migrations and exits.
 *
 * Every child runs in its own process group, and stopping kills whole groups: a step that fails or
 * hangs, or Ctrl-C, leaves no process behind (tsx runs each script in a child process of its own).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateSigningKeys } from "@kepu/auth";
import {
  databaseUrlVariable,
  gatewayPort as defaultGatewayPort,
  webPort as defaultWebPort,
  directorySubgraph,
  localUrl,
  portOf,
  type SubgraphName,
  subgraphs,
  urlVariable,
} from "@kepu/platform";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const gatewayPort = Number(process.env.GATEWAY_PORT ?? defaultGatewayPort);
const webPort = Number(process.env.WEB_PORT ?? defaultWebPort);
const host = process.env.HOST ?? "127.0.0.1";
const seedDemoData = process.env.KEPU_SEED !== "0";
/** A step (migrate, seed) that has not ended by then is stopped, and the start fails with its output. */
const stepTimeoutMs = Number(process.env.KEPU_STEP_TIMEOUT_MS ?? 300_000);
const startedAt = Date.now();
const seconds = () => ((Date.now() - startedAt) / 1000).toFixed(1);

/** Every process group this script started (each child leads its own), alive or not. */
const groups = new Set<number>();
const servers: ChildProcess[] = [];
let stopping = false;

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

/** A service's environment: its own DATABASE_URL from <SERVICE>_DATABASE_URL (unset: embedded PGlite). */
function serviceEnv(name: SubgraphName): NodeJS.ProcessEnv {
  const url = process.env[databaseUrlVariable(name)];
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  if (url) env.DATABASE_URL = url;
  return env;
}

function spawnInGroup(args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(tsx, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid) groups.add(child.pid);
  return child;
}

function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false; // the group is gone
  }
}

const groupAlive = (pgid: number) => signalGroup(pgid, 0);

/** Runs one step of a service to its end; fails with its output if it fails or outlives the timeout. */
function step(name: SubgraphName, command: "migrate" | "seed"): Promise<void> {
  const label = `${name} ${command}`;
  return new Promise<void>((resolve, reject) => {
    const child = spawnInGroup(["src/main.ts", command], path.join(root, "services", name), serviceEnv(name));
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk;
      for (const line of chunk.toString().split("\n")) if (line.trim()) console.log(`  ${line}`);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    const timer = setTimeout(() => {
      if (child.pid) signalGroup(child.pid, "SIGKILL");
      reject(new Error(`${label} did not end within ${stepTimeoutMs / 1000} s:\n${output}`));
    }, stepTimeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`${label} could not start: ${error.message}`));
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Starts a long-running process whose output is prefixed with its label; its end stops the platform. */
function launch(label: string, cwd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawnInGroup(args, cwd, env);
  const prefix = `[${label}] `;
  const relay = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) if (line.trim()) stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on("data", relay(process.stdout));
  child.stderr?.on("data", relay(process.stderr));
  child.on("error", (error) => {
    console.error(`${prefix}could not start: ${error.message}`);
    void stop(1);
  });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the platform`);
      void stop(1);
    }
  });
  servers.push(child);
}

async function waitForHealth(label: string, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${label} did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

/** Fails at once, before any migration, when a port the platform needs is taken (e.g. by another start). */
async function assertPortsFree(ports: number[]): Promise<void> {
  const taken: number[] = [];
  for (const port of ports) {
    await new Promise<void>((resolve) => {
      const probe = createServer();
      probe.once("error", () => {
        taken.push(port);
        resolve();
      });
      probe.listen(port, host, () => probe.close(() => resolve()));
    });
  }
  if (taken.length > 0)
    throw new Error(`port(s) ${taken.join(", ")} on ${host} are in use: is the platform running already?`);
}

/** Stops every process group this script started: SIGTERM, then SIGKILL after 10 s. Exits with `code`. */
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const pgid of groups) signalGroup(pgid, "SIGTERM");
    const deadline = Date.now() + 10_000;
    while ([...groups].some(groupAlive) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const pgid of groups) if (groupAlive(pgid)) signalGroup(pgid, "SIGKILL");
    process.exit(code);
  }
  return new Promise<never>(() => {});
}
process.once("SIGINT", () => void stop(0));
process.once("SIGTERM", () => void stop(0));
process.once("SIGHUP", () => void stop(0));

/** `pnpm migrate`: only the migrate step of every service (with the same <SERVICE>_DATABASE_URL settings), then exit. */
async function migrateOnly(): Promise<void> {
  await Promise.all(subgraphs.map(({ name }) => step(name, "migrate")));
  console.log(`Databases migrated in ${seconds()} s`);
  process.exit(0);
}

async function main(): Promise<void> {
  if (process.argv[2] === "migrate") return migrateOnly();
  await assertPortsFree([...subgraphs.map((subgraph) => subgraph.port), gatewayPort, webPort]);
  const keys = await signingKeys();
  console.log(seedDemoData ? "Migrating databases, then loading demo data …" : "Migrating databases …");
  // Each service's database is its own: the services prepare theirs side by side.
  await Promise.all(
    subgraphs.map(async ({ name }) => {
      await step(name, "migrate");
      if (seedDemoData) await step(name, "seed");
    }),
  );
  console.log(`Databases ready in ${seconds()} s; starting the services …`);

  for (const { name, port } of subgraphs) {
    launch(name, path.join(root, "services", name), ["src/main.ts", "serve"], {
      ...serviceEnv(name),
      PORT: String(port),
      HOST: host,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      // Service to service: organizations for places and campaigns, activities for activity facts.
      ...Object.fromEntries(subgraphs.map((subgraph) => [urlVariable(subgraph.name), localUrl(subgraph.name, host)])),
      ...(name === directorySubgraph ? { JWT_PRIVATE_KEY: keys.privateKeyPem } : {}),
    });
  }
  await Promise.all(subgraphs.map(({ name, port }) => waitForHealth(name, `http://${host}:${port}/health`)));

  const webOrigin = `http://localhost:${webPort}`;
  launch("gateway", path.join(root, "gateway"), ["src/main.ts"], {
    ...process.env,
    PORT: String(gatewayPort),
    HOST: host,
    CORS_ORIGINS: `${webOrigin},http://127.0.0.1:${webPort}`,
    ...Object.fromEntries(subgraphs.map(({ name }) => [urlVariable(name), localUrl(name, host)])),
  });
  await waitForHealth("gateway", `http://${host}:${gatewayPort}/health`);

  launch("web", path.join(root, "frontends/root"), ["src/main.ts"], {
    ...process.env,
    PORT: String(webPort),
    HOST: host,
    GATEWAY_URL: `http://localhost:${gatewayPort}/graphql`,
    // Calendar feeds (/ical/) are forwarded to the activities service.
    ACTIVITIES_HTTP_URL: `http://${host}:${portOf("activities")}`,
  });
  await waitForHealth("web", `http://${host}:${webPort}/`);
  if (stopping) return;

  console.log(`
  科普日 platform is running (up in ${seconds()} s; Ctrl-C stops everything):
    Web (public)      ${webOrigin}/
    Organizers        ${webOrigin}/organizers
    Reviewers         ${webOrigin}/reviewers
    GraphQL gateway   http://localhost:${gatewayPort}/graphql
    Subgraphs         ${subgraphs.map(({ name, port }) => `${name} :${port}`).join(", ")}
    Demo accounts     organizer@kepu.example, yuzhong@kepu.example, reviewer@kepu.example, admin@kepu.example,
                      visitor01…40@kepu.example (password kepu-demo-2024)
    Outgoing mail     ${process.env.SMTP_URL ? "SMTP relay" : path.join(root, ".data/outbox")}
  `);
}

main().catch((error: unknown) => {
  console.error(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  void stop(1);
});
