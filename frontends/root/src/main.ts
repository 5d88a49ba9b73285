import { parseEnv, serveUntilSignal } from "@kepu/server";
import { z } from "zod";
import { startWebServer } from "./server.js";

const env = parseEnv(
  z.object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().default("127.0.0.1"),
    GATEWAY_URL: z.url().default("http://localhost:4000/graphql"),
    /** Where the shared modules are deployed, if not served from here (e.g. a CDN). */
    SHARED_BASE_URL: z.url().optional(),
    PUBLIC_APP_URL: z.url().optional(),
    ORGANIZERS_APP_URL: z.url().optional(),
    REVIEWERS_APP_URL: z.url().optional(),
    /** The activities service's HTTP origin: /ical/ calendar feeds are forwarded there. */
    ACTIVITIES_HTTP_URL: z.url().default("http://localhost:4002"),
    /** The site's public origin (https://kepu.example), named in pages' markup; default: the request's Host. */
    PUBLIC_ORIGIN: z.url().optional(),
    /** The maps' base map (a MapLibre style URL, e.g. 天地图's); the offline light style when unset. */
    MAP_STYLE_URL: z.url().optional(),
    /** The coordinate system that base map draws in: GCJ02 for AMap or Tencent, WGS84 otherwise. */
    MAP_COORDINATE_SYSTEM: z.enum(["WGS84", "GCJ02"]).optional(),
  }),
);

const web = await startWebServer({
  port: env.PORT,
  host: env.HOST,
  gatewayUrl: env.GATEWAY_URL,
  calendarOrigin: env.ACTIVITIES_HTTP_URL,
  ...(env.PUBLIC_ORIGIN ? { publicOrigin: new URL(env.PUBLIC_ORIGIN).origin } : {}),
  ...(env.SHARED_BASE_URL ? { sharedBaseUrl: env.SHARED_BASE_URL } : {}),
  ...(env.MAP_STYLE_URL ? { mapStyleUrl: env.MAP_STYLE_URL } : {}),
  ...(env.MAP_COORDINATE_SYSTEM ? { mapCoordinateSystem: env.MAP_COORDINATE_SYSTEM } : {}),
  appUrls: {
    ...(env.PUBLIC_APP_URL ? { "@kepu/public": env.PUBLIC_APP_URL } : {}),
    ...(env.ORGANIZERS_APP_URL ? { "@kepu/organizers": env.ORGANIZERS_APP_URL } : {}),
    ...(env.REVIEWERS_APP_URL ? { "@kepu/reviewers": env.REVIEWERS_APP_URL } : {}),
  },
});
serveUntilSignal("web (root config + apps)", web);
