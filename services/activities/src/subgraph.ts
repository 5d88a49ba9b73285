import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { directorySubgraph, localUrl, portOf, webPort } from "@kepu/platform";
import { type Mailer, mailerFromSettings, mailSettings, memoryMailer } from "@kepu/server";
import { defineSubgraph, type OrgDirectorySource, orgDirectoryClient } from "@kepu/subgraph";
import { z } from "zod";
import { graphMediaAssets, type MediaAssets } from "./assets/media-assets.js";
import { calendarRoutes } from "./calendar/routes.js";
import { straightLineTravelModel, type TravelTimeModel } from "./domain/travel-time.js";
import { PrismaClient } from "./generated/prisma/client.js";
import { activityClock } from "./lifecycle/clock.js";
import { schema } from "./schema/index.js";
import { seed } from "./seed.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const defaultWebUrl = `http://localhost:${webPort}`;
const directoryClient = orgDirectoryClient(localUrl(directorySubgraph));

/** What activities takes beside the org directory: it mails registrants when a session is cancelled. */
export type ActivitiesOptions = OrgDirectorySource & {
  /** Default: keep messages in memory (tests); `main.ts` passes the outbox or a relay. */
  mailer?: Mailer;
  /** Base of links in e-mails; default http://localhost:8080. */
  webUrl?: string;
  /**
   * Where activities attaches the files it names (covers, result photos): the media subgraph's URL
   * (a function when it is known only once media listens: the test harness), or a MediaAssets of a
   * test's own. Default: MEDIA_URL's default.
   */
  media?: string | (() => string) | MediaAssets;
  /** How often the clock finishes ended activities (ms); 0 or absent: no clock (tests call it). */
  clockEveryMs?: number;
  /** The service circle's travel-time model; default the straight-line estimate (domain/travel-time.ts). */
  travelTime?: TravelTimeModel;
  /** Signs personal calendar feed URLs; default: random per process (feeds end at a restart). */
  calendarFeedSecret?: string;
};

/** The activities subgraph: what is its own; settings, migrations, seeding and serving come from defineSubgraph. */
export const subgraph = defineSubgraph({
  name: "activities",
  home: new URL("..", import.meta.url),
  port: portOf("activities"),
  schema,
  prismaClient: (adapter) => new PrismaClient({ adapter }),
  settings: {
    ...directoryClient.settings,
    /** Where people open the web app: the base of links in notices. */
    WEB_URL: z.url().default(defaultWebUrl),
    ...mailSettings(path.join(repoRoot, ".data/outbox")),
    /** The media subgraph, asked to attach the files an activity names (service to service). */
    MEDIA_URL: z.url().default(localUrl("media")),
    /** How often each process finishes activities that have ended (ms); 0 turns the clock off. */
    ACTIVITY_CLOCK_MS: z.coerce.number().int().min(0).default(60_000),
    /** Signs personal calendar feed URLs (/ical/me/…); the same on every replica; required in production. */
    CALENDAR_FEED_SECRET: z.string().min(32, "CALENDAR_FEED_SECRET needs at least 32 characters").optional(),
  },
  options: (settings): ActivitiesOptions => {
    if (process.env.NODE_ENV === "production" && !settings.CALENDAR_FEED_SECRET) {
      throw new Error(
        "CALENDAR_FEED_SECRET is required in production (feed URLs must hold across replicas and restarts)",
      );
    }
    return {
      ...directoryClient.options(settings),
      mailer: mailerFromSettings(settings),
      webUrl: settings.WEB_URL,
      media: settings.MEDIA_URL,
      clockEveryMs: settings.ACTIVITY_CLOCK_MS,
      ...(settings.CALENDAR_FEED_SECRET ? { calendarFeedSecret: settings.CALENDAR_FEED_SECRET } : {}),
    };
  },
  context: (prisma, options) => ({
    ...directoryClient.context(prisma, options),
    mailer: options.mailer ?? memoryMailer(),
    webUrl: options.webUrl ?? defaultWebUrl,
    media: typeof options.media === "object" ? options.media : graphMediaAssets(options.media ?? localUrl("media")),
    travelTime: options.travelTime ?? straightLineTravelModel(),
    calendarFeedSecret: options.calendarFeedSecret ?? randomBytes(32).toString("hex"),
  }),
  // The calendar feeds (calendar/routes.ts, /ical/…) and the clock (lifecycle/clock.ts: finishes
  // what has ended; stopped with the server).
  routes: (extra, prisma, config) => {
    const calendar = calendarRoutes(prisma, { webUrl: extra.webUrl, feedSecret: extra.calendarFeedSecret });
    const clock = config.clockEveryMs ? activityClock(prisma, extra.directory, config.clockEveryMs) : null;
    return {
      handle: async (req, res, url) =>
        (await calendar.handle(req, res, url)) || (clock ? clock.handle(req, res, url) : false),
      close: async () => {
        await clock?.close?.();
      },
    };
  },
  seed,
});

export type ActivitiesConfig = Parameters<typeof subgraph.start>[0];
export type RunningService = Awaited<ReturnType<typeof subgraph.start>>;
