import { createBuilder, type OrgDirectory, type ServiceContext } from "@kepu/subgraph";
import type { Db } from "./db.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";

/** Org places and campaign approvers for the shared policy, asked of the organizations service. */
export interface EvaluationsExtras {
  directory: OrgDirectory;
}
export type Context = ServiceContext<Db, EvaluationsExtras>;

export const builder = createBuilder<PrismaTypes, Context>({ dmmf: getDatamodel() });
