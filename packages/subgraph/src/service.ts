import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTokenVerifier } from "@kepu/auth";
import {
  type DatabaseLocation,
  type DriverAdapterFactory,
  defaultDataDir,
  describeLocation,
  migrateDatabase,
  type OpenDatabase,
  openDatabase,
} from "@kepu/db";
import {
  type EdgeOptions,
  type ErrorLogger,
  edgeOptionsFromEnv,
  type HttpRoutes,
  parseEnv,
  type RunningServer,
  serveUntilSignal,
} from "@kepu/server";
import type { GraphQLSchema } from "graphql";
import { z } from "zod";
import { type OrgDirectorySource, orgDirectoryFrom } from "./org-directory.js";
import { type SubgraphExtras, startSubgraphServer } from "./subgraph-server.js";

/** What every subgraph needs to start; each adds its own options (organizations: its signing key). */
export interface ServiceConfig {
  database: DatabaseLocation;
  port: number;
  host?: string;
  /** The organizations service's token key: subgraphs verify tokens with it. */
  publicKeyPem: string;
  /**
   * Migrate the database before serving (tests, on throw-away databases). Deployments and
   * `pnpm start` run the same migrations as their own step first: `main.ts migrate`.
   */
  migrate?: boolean;
  /** Production masking and the request time limit; default: parsed once from the environment. */
  edge?: EdgeOptions;
  /** Where internal errors are logged in full (default: JSON lines on stderr). */
  errorLog?: ErrorLogger;
}

export interface RunningService<Db> extends RunningServer {
  prisma: Db;
  /** SQL statements this service has sent to its database (query-count tests and benchmarks). */
  statementCount(): number;
}

interface PrismaLike {
  $disconnect(): Promise<void>;
  $executeRawUnsafe(sql: string): Promise<number>;
}

/** The settings every subgraph reads from its environment, beside its own. */
function commonSettings(name: string, port: number, repoRoot: string) {
  return {
    PORT: z.coerce.number().int().min(0).max(65535).default(port),
    HOST: z.string().default("127.0.0.1"),
    /** PostgreSQL in production; unset → embedded PGlite in DATA_DIR. */
    DATABASE_URL: z.url().optional(),
    DATA_DIR: z.string().default(defaultDataDir(repoRoot, name)),
    /** Ed25519 public key (SPKI PEM) of the organizations service, which alone signs access tokens. */
    JWT_PUBLIC_KEY: z.string().min(1, "JWT_PUBLIC_KEY (SPKI PEM) is required"),
  };
}

/**
 * What differs between subgraphs; everything else (settings, migrations, seeding, HTTP, the
 * commands of `main.ts`) is the same for all and lives in `defineSubgraph`.
 */
export interface SubgraphDefinition<
  Db,
  Options extends object,
  Extra extends SubgraphExtras,
  Settings extends z.ZodRawShape,
> {
  name: string;
  /** The service's folder: `new URL("..", import.meta.url)` from its `src/`. Migrations are read from its `prisma/migrations`. */
  home: URL;
  /** Default port (from `@kepu/platform`). */
  port: number;
  schema: GraphQLSchema;
  /** A Prisma client of this service's generated kind over the driver adapter. */
  prismaClient: (adapter: DriverAdapterFactory) => Db;
  /** This service's own settings (zod), beside the common ones (PORT, HOST, DATABASE_URL, DATA_DIR, JWT_PUBLIC_KEY). */
  settings: Settings;
  /** Turns parsed settings into this service's options (what `start` takes beyond ServiceConfig). */
  options: (settings: z.infer<z.ZodObject<Settings>>) => Options;
  /** What this service adds to every resolver's context. */
  context: (prisma: Db, config: ServiceConfig & Options) => Extra | Promise<Extra>;
  /** Loads the demo data (idempotent). */
  seed: (prisma: Db) => Promise<void>;
  /** Largest request body (default 1 MB). */
  maxBodyBytes?: number;
  /** HTTP routes beside GraphQL, built from the service's context and its start config (media: uploads, files). */
  routes?: (extra: Extra, prisma: Db, config: ServiceConfig & Options) => HttpRoutes;
  /** Called once the service listens, with its GraphQL URL (e.g. to learn a port chosen by the OS). */
  started?: (extra: Extra, url: string) => void;
}

export interface Subgraph<Db, Options extends object> {
  name: string;
  migrationsDir: string;
  /** Starts the subgraph in this process: database (migrated first if asked), schema, HTTP with /health. */
  start(config: ServiceConfig & Options): Promise<RunningService<Db>>;
  /** Opens this service's database with its Prisma client. */
  connect(location: DatabaseLocation): { prisma: Db; database: OpenDatabase };
  /**
   * The service's command line (`tsx src/main.ts [serve|migrate|seed]`), each reading its settings
   * from the environment once:
   * - `serve` (default): serve until SIGINT/SIGTERM;
   * - `migrate`: apply pending migrations (see `@kepu/db` migrate), print what it applied, exit;
   * - `seed`: load the demo data, exit.
   * Exits 1 with the reason on failure; `migrate` and `seed` always exit by themselves.
   */
  main(argv?: readonly string[]): Promise<void>;
}

/** Defines a subgraph from what is its own; see SubgraphDefinition and Subgraph. */
export function defineSubgraph<
  Db extends PrismaLike,
  Options extends object,
  Extra extends SubgraphExtras,
  Settings extends z.ZodRawShape,
>(definition: SubgraphDefinition<Db, Options, Extra, Settings>): Subgraph<Db, Options> {
  const home = fileURLToPath(definition.home);
  const repoRoot = path.resolve(home, "../..");
  const migrationsDir = path.join(home, "prisma/migrations");
  const common = commonSettings(definition.name, definition.port, repoRoot);

  function connect(location: DatabaseLocation) {
    const database = openDatabase(location);
    return { prisma: definition.prismaClient(database.adapter), database };
  }

  async function start(config: ServiceConfig & Options): Promise<RunningService<Db>> {
    const { prisma, database } = connect(config.database);
    try {
      if (config.migrate) await migrateDatabase(database, migrationsDir);
      const extra = await definition.context(prisma, config);
      const routes = definition.routes?.(extra, prisma, config);
      const server = await startSubgraphServer({
        name: definition.name,
        schema: definition.schema,
        db: prisma,
        extra,
        ...(routes ? { routes } : {}),
        verifier: await createTokenVerifier(config.publicKeyPem),
        port: config.port,
        edge: config.edge ?? edgeOptionsFromEnv(),
        ...(config.errorLog ? { errorLog: config.errorLog } : {}),
        ...(config.host ? { host: config.host } : {}),
        ...(definition.maxBodyBytes ? { maxBodyBytes: definition.maxBodyBytes } : {}),
        ready: async () => {
          await prisma.$executeRawUnsafe("SELECT 1");
        },
      });
      definition.started?.(extra, server.url);
      return {
        ...server,
        prisma,
        statementCount: () => database.statementCount(),
        async close() {
          await server.close();
          await prisma.$disconnect();
          await database.close();
        },
      };
    } catch (error) {
      await prisma.$disconnect().catch(() => {});
      await database.close().catch(() => {});
      throw error;
    }
  }

  /** Runs a one-off command on the database and ends the process, whatever handles remain open. */
  async function once(work: (opened: { prisma: Db; database: OpenDatabase }, where: string) => Promise<string>) {
    const settings = parseEnv(z.object({ DATABASE_URL: common.DATABASE_URL, DATA_DIR: common.DATA_DIR }));
    const location = { databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR };
    const opened = connect(location);
    let code = 0;
    try {
      console.log(`${definition.name}: ${await work(opened, describeLocation(location))}`);
    } catch (error) {
      console.error(`${definition.name}: ${error instanceof Error ? error.message : String(error)}`);
      code = 1;
    } finally {
      await opened.prisma.$disconnect().catch(() => {});
      await opened.database.close().catch(() => {});
    }
    process.exit(code);
  }

  async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
    const [command = "serve", ...rest] = argv;
    if (rest.length > 0 || !["serve", "migrate", "seed"].includes(command)) {
      console.error(`usage: main.ts [serve|migrate|seed] (got: ${argv.join(" ")})`);
      process.exit(2);
    }
    if (command === "migrate") {
      return once(async ({ database }, where) => {
        const report = await migrateDatabase(database, migrationsDir, {
          log: (line) => console.log(`${definition.name}: ${line}`),
        });
        return report.applied.length === 0
          ? `${where} is up to date (${report.alreadyApplied} migrations)`
          : `${where}: applied ${report.applied.length} migration(s), ${report.alreadyApplied} were already applied`;
      });
    }
    if (command === "seed") {
      return once(async ({ prisma }, where) => {
        await definition.seed(prisma);
        return `demo data loaded into ${where}`;
      });
    }
    // Checked together so every invalid variable is listed at once, then read as two typed halves.
    parseEnv(z.object({ ...common, ...definition.settings }));
    const settings = z.object(common).parse(process.env);
    const service = await start({
      database: { databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR },
      port: settings.PORT,
      host: settings.HOST,
      publicKeyPem: settings.JWT_PUBLIC_KEY,
      ...definition.options(z.object(definition.settings).parse(process.env)),
    });
    serveUntilSignal(`${definition.name} subgraph`, service);
  }

  return { name: definition.name, migrationsDir, start, connect, main };
}

/**
 * The part of a definition every subgraph but organizations shares: it asks the organizations
 * subgraph where orgs sit (ORGANIZATIONS_URL, default `organizationsUrl`), or, in tests of one
 * service alone, takes a directory of fixture orgs.
 */
export function orgDirectoryClient(organizationsUrl: string) {
  return {
    settings: { ORGANIZATIONS_URL: z.url().default(organizationsUrl) },
    options: (settings: { ORGANIZATIONS_URL: string }): OrgDirectorySource => ({
      organizationsUrl: settings.ORGANIZATIONS_URL,
    }),
    context: (_prisma: unknown, options: OrgDirectorySource) => ({ directory: orgDirectoryFrom(options) }),
  };
}

/**
 * orgDirectoryClient for a subgraph whose inputs also name activities (media, evaluations): the
 * directory also asks the activities subgraph (ACTIVITIES_URL, default `activitiesUrl`) whether a
 * named activity exists and where it belongs.
 */
export function orgAndActivityDirectoryClient(organizationsUrl: string, activitiesUrl: string) {
  return {
    settings: {
      ORGANIZATIONS_URL: z.url().default(organizationsUrl),
      ACTIVITIES_URL: z.url().default(activitiesUrl),
    },
    options: (settings: { ORGANIZATIONS_URL: string; ACTIVITIES_URL: string }): OrgDirectorySource => ({
      organizationsUrl: settings.ORGANIZATIONS_URL,
      activitiesUrl: settings.ACTIVITIES_URL,
    }),
    context: (_prisma: unknown, options: OrgDirectorySource) => ({ directory: orgDirectoryFrom(options) }),
  };
}
