import type { Mailer } from "@kepu/server";
import { createBuilder, type OrgDirectory, type ServiceContext } from "@kepu/subgraph";
import type { MediaAssets } from "./assets/media-assets.js";
import type { Db } from "./db.js";
import type { TravelTimeModel } from "./domain/travel-time.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";

/** Org places and campaign approvers for the shared policy, asked of the organizations service. */
export interface ActivitiesExtras {
  directory: OrgDirectory;
  /** Notices to registrants (a cancelled session). */
  mailer: Mailer;
  /** Base of links in e-mails. */
  webUrl: string;
  /** Attaches the files an activity names in media (covers, result photos). */
  media: MediaAssets;
  /** How far a trip reaches, for the service circle (straight-line estimate unless a routing service is given). */
  travelTime: TravelTimeModel;
  /** Signs personal calendar feed URLs (calendar/feed-token.ts). */
  calendarFeedSecret: string;
}
export type Context = ServiceContext<Db, ActivitiesExtras>;

export const builder = createBuilder<PrismaTypes, Context>({ dmmf: getDatamodel() });
