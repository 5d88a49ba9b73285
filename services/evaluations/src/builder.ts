import { createBuilder, type ServiceContext } from "@kepu/subgraph";
import type { Db } from "./db.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";

/** This service only verifies tokens; it injects nothing beyond the shared context. */
export type EvaluationsExtras = Record<never, never>;
export type Context = ServiceContext<Db, EvaluationsExtras>;

export const builder = createBuilder<PrismaTypes, Context>({ dmmf: getDatamodel() });
