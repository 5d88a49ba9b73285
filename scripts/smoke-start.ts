/**
 * Starts the platform as a deployment and a developer do (`pnpm start`: the services' own
 * `migrate`, `seed` and `serve` commands), and proves that starting again works:
 *
 *   1. first start on empty databases; the demo accounts sign in through the gateway; a unit is created;
 *   2. stop with SIGINT to the whole process group (Ctrl-C), check that no process is left behind;
 *   3. start again on the same data: up, the demo accounts sign in, the unit is still there;
 *   4. (with --new-migration) add a throw-away migration to one service, start again: it is applied
 *      and recorded, the rest left alone; then the migration file is removed again.
 *
 * With KEPU_TEST_POSTGRES_URL (scripts/smoke-start.sh starts a server), every service gets a fresh
 * empty PostgreSQL database through <SERVICE>_DATABASE_URL, dropped at the end. Without it, the
 * services use the embedded default in `.data/` (which must then not exist yet). Frontends must be
 * built. Prints the time of each start; exits non-zero on the first failure, after stopping all.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@kepu/db";
import { databaseUrlVariable, gatewayPort, subgraphNames } from "@kepu/platform";
import { testDatabases } from "@kepu/testing";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
const withNewMigration = process.argv.includes("--new-migration");
const demoPassword = "kepu-demo-2024";
const probeMigration = { service: "media", name: "29991231000000_smoke_probe" } as const;
const probeDir = path.join(root, "services", probeMigration.service, "prisma/migrations", probeMigration.name);

const databases = testDatabases();
const env: NodeJS.ProcessEnv = { ...process.env, KEPU_SEED: "1" };
let running: ChildProcess | null = null;

async function graphql<Data>(query: string, variables: object = {}, token?: string): Promise<Data> {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signIn(email: string): Promise<string> {
  const data = await graphql<{ signIn: { accessToken: string } }>(
    "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
    { email, password: demoPassword },
  );
  return data.signIn.accessToken;
}

/** Runs `pnpm start` in a process group of its own; resolves with the seconds until the web server answers. */
async function start(label: string): Promise<number> {
  const began = Date.now();
  const child = spawn("pnpm", ["start"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running = child;
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${label}: pnpm start exited (${child.exitCode}):\n${output}`);
    if (output.includes("platform is running")) {
      const seconds = (Date.now() - began) / 1000;
      console.log(`${label}: up in ${seconds.toFixed(1)} s`);
      return seconds;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 500))]);
  }
  throw new Error(`${label}: not up within 600 s:\n${output}`);
}

/** Processes whose working directory is inside this checkout's services, gateway or frontends. */
function leftovers(): string[] {
  const places = ["services", "gateway", "frontends"].map((dir) => path.join(root, dir));
  return readdirSync("/proc").flatMap((pid) => {
    if (!/^\d+$/.test(pid)) return [];
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      return places.some((place) => cwd.startsWith(place)) ? [`${pid} (${cwd})`] : [];
    } catch {
      return [];
    }
  });
}

/** Ctrl-C: SIGINT to the start's whole process group; then nothing of it may remain. */
async function interrupt(label: string): Promise<void> {
  const child = running;
  if (!child?.pid) return;
  running = null;
  const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGINT");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  for (let wait = 0; wait < 40 && leftovers().length > 0; wait++) await new Promise((r) => setTimeout(r, 250));
  const left = leftovers();
  if (left.length > 0) throw new Error(`${label}: processes left after Ctrl-C: ${left.join(", ")}`);
  console.log(`${label}: stopped by SIGINT, no process left`);
}

async function checkDemoAccounts(): Promise<string> {
  const tokens = await Promise.all(
    ["organizer@kepu.example", "reviewer@kepu.example", "admin@kepu.example"].map((email) => signIn(email)),
  );
  return tokens[0] as string;
}

async function main(): Promise<void> {
  if (databases.kind === "postgresql") {
    for (const name of subgraphNames) {
      const location = await databases.locationFor(name);
      env[databaseUrlVariable(name)] = location.databaseUrl;
    }
    console.log("databases: an empty PostgreSQL database per service");
  } else {
    if (existsSync(path.join(root, ".data")))
      throw new Error(".data/ exists: the embedded smoke test needs a fresh one");
    console.log("databases: embedded PGlite in .data/");
  }
  const first = await start("first start");
  const organizer = await checkDemoAccounts();
  const unitName = `重启检查科协${Date.now()}`;
  const created = await graphql<{ createOrg: { id: string } }>(
    "mutation ($input: CreateOrgInput!) { createOrg(input: $input) { id } }",
    { input: { parentId: "org-cq", name: unitName, kind: "ASSOCIATION", level: "COUNTY" } },
    organizer,
  );
  await interrupt("first start");

  const second = await start("restart");
  const token = await checkDemoAccounts();
  const found = await graphql<{ org: { name: string } | null }>(
    "query ($id: ID!) { org(id: $id) { name } }",
    { id: created.createOrg.id },
    token,
  );
  if (found.org?.name !== unitName)
    throw new Error(`restart: the unit created before it is gone (${JSON.stringify(found)})`);
  console.log(`restart: demo accounts sign in, the unit created before the restart is there`);
  await interrupt("restart");

  if (withNewMigration) {
    mkdirSync(probeDir, { recursive: true });
    writeFileSync(path.join(probeDir, "migration.sql"), `CREATE TABLE "SmokeProbe" ("id" TEXT PRIMARY KEY);\n`);
    await start("start with a new migration");
    await checkDemoAccounts();
    await interrupt("start with a new migration");
    const url = env[databaseUrlVariable(probeMigration.service)];
    const db = openDatabase({ databaseUrl: url, dataDir: path.join(root, ".data", probeMigration.service) });
    const rows = await db.session((session) =>
      session.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND to_regclass('"SmokeProbe"') IS NOT NULL`,
      ),
    );
    await db.close();
    if (!rows.some((row) => row.name === probeMigration.name)) throw new Error("the new migration was not applied");
    console.log(
      `start with a new migration: ${probeMigration.name} applied and recorded, ${rows.length - 1} left alone`,
    );
  }
  console.log(`figures: first start ${first.toFixed(1)} s, restart ${second.toFixed(1)} s (${databases.kind})`);
  if (second > first) console.log("note: the restart took longer than the first start");
}

let code = 0;
try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  code = 1;
} finally {
  const left = running as ChildProcess | null;
  if (left?.pid) {
    try {
      process.kill(-left.pid, "SIGINT");
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 12_000));
  }
  rmSync(probeDir, { recursive: true, force: true });
  await databases.dropAll().catch(() => {});
}
process.exit(code);
