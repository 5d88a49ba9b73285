import { createBuilder, type OrgDirectory, type ServiceContext } from "@kepu/subgraph";
import type { Db } from "./db.js";
import type { FilesContext } from "./files/context.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";

/** Org places and campaign approvers for the shared policy, asked of the organizations service. */
export interface MediaExtras {
  directory: OrgDirectory;
  /** File storage, signed URLs and quotas (uploads and Asset fields). */
  files: FilesContext;
}
export type Context = ServiceContext<Db, MediaExtras>;

export const builder = createBuilder<PrismaTypes, Context>({ dmmf: getDatamodel() });
