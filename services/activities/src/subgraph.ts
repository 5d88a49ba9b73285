import { directorySubgraph, localUrl, portOf } from "@kepu/platform";
import { defineSubgraph, orgDirectoryClient } from "@kepu/subgraph";
import { PrismaClient } from "./generated/prisma/client.js";
import { schema } from "./schema/index.js";
import { seed } from "./seed.js";

/** The activities subgraph: what is its own; settings, migrations, seeding and serving come from defineSubgraph. */
export const subgraph = defineSubgraph({
  name: "activities",
  home: new URL("..", import.meta.url),
  port: portOf("activities"),
  schema,
  prismaClient: (adapter) => new PrismaClient({ adapter }),
  ...orgDirectoryClient(localUrl(directorySubgraph)),
  seed,
});

export type ActivitiesConfig = Parameters<typeof subgraph.start>[0];
export type RunningService = Awaited<ReturnType<typeof subgraph.start>>;
