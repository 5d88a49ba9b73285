import type { TokenSigner } from "@kepu/auth";
import type { Mailer } from "@kepu/server";
import { createBuilder, type OrgDirectory, type ServiceContext } from "@kepu/subgraph";
import type { Db } from "./db.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";

export interface OrganizationsExtras {
  signer: TokenSigner;
  accessTokenTtlSeconds: number;
  /** Derives a rotated refresh token's successor (secrets.ts `successorSecret`). */
  refreshRotationKey: Buffer;
  /** Signs sign-up links (secrets.ts signUpKey). */
  signUpKey: Buffer;
  directory: OrgDirectory;
  mailer: Mailer;
  webUrl: string;
}
export type Context = ServiceContext<Db, OrganizationsExtras>;

export const builder = createBuilder<PrismaTypes, Context>({ dmmf: getDatamodel() });
