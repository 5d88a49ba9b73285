import { directorySubgraph, localUrl, portOf } from "@kepu/platform";
import { defineSubgraph, orgAndActivityDirectoryClient } from "@kepu/subgraph";
import { PrismaClient } from "./generated/prisma/client.js";
import { schema } from "./schema/index.js";
import { seed } from "./seed.js";

/** The evaluations subgraph: what is its own; settings, migrations, seeding and serving come from defineSubgraph. */
export const subgraph = defineSubgraph({
  name: "evaluations",
  home: new URL("..", import.meta.url),
  port: portOf("evaluations"),
  schema,
  prismaClient: (adapter) => new PrismaClient({ adapter }),
  ...orgAndActivityDirectoryClient(localUrl(directorySubgraph), localUrl("activities")),
  seed,
});

export type EvaluationsConfig = Parameters<typeof subgraph.start>[0];
export type RunningService = Awaited<ReturnType<typeof subgraph.start>>;
