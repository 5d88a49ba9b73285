import { parseEnv } from "@kepu/server";
import { connect } from "./db.js";
import { envSchema } from "./env.js";
import { seed } from "./seed.js";

const env = parseEnv(envSchema.pick({ DATABASE_URL: true, DATA_DIR: true }));
const { prisma, database } = connect({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
await seed(prisma);
await prisma.$disconnect();
await database.close();
console.log("organizations: demo data loaded");
