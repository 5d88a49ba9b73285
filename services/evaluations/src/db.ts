import type { PrismaClient } from "./generated/prisma/client.js";

export type Db = PrismaClient;
