import { type DatabaseLocation, type OpenDatabase, openDatabase } from "@kepu/db";
import { PrismaClient } from "./generated/prisma/client.js";

export type Db = PrismaClient;

export function connect(location: DatabaseLocation): { prisma: PrismaClient; database: OpenDatabase } {
  const database = openDatabase(location);
  return { prisma: new PrismaClient({ adapter: database.adapter }), database };
}
