import { servicePrismaConfig } from "@kepu/db/prisma-config";

export default servicePrismaConfig("organizations");
