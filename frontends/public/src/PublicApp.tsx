import { AppFrame, NotFound, useLocale } from "@kepu/ui";
import { ActivityPage } from "./activity/ActivityPage.js";
import { ActivitiesPage } from "./discovery/ActivitiesPage.js";
import { CalendarPage } from "./discovery/CalendarPage.js";
import { MapPage } from "./discovery/MapPage.js";
import { NearPage } from "./discovery/NearPage.js";
import { CampaignHome } from "./home/CampaignHome.js";
import { MyRegistrationsPage, SignInPage, SignUpPage } from "./person/PersonPages.js";
import { publicRoute, usePathname } from "./routes.js";
import { TrailPage, VenueScreen } from "./trails/TrailPages.js";
import { TrailsPage } from "./trails/TrailsPage.js";
import { WorkPage } from "./works/WorkPage.js";
import { WorksFeedPage } from "./works/WorksFeedPage.js";

/**
 * The public site: the current campaign's activities at "/", the works feed at /works, a work at
 * /works/<id>, a 404 page anywhere else (pages.ts).
 */
export function PublicApp() {
  const pathname = usePathname();
  const route = publicRoute(pathname);
  switch (route.page) {
    case "campaign":
      return <CampaignHome />;
    case "works":
      return <WorksFeedPage />;
    case "activity":
      return <ActivityPage key={route.id} id={route.id} />;
    case "signIn":
      return <SignInPage />;
    case "signUp":
      return <SignUpPage />;
    case "myRegistrations":
      return <MyRegistrationsPage />;
    case "trails":
      return <TrailsPage />;
    case "trail":
      return <TrailPage key={route.id} id={route.id} />;
    case "venueScreen":
      return <VenueScreen key={route.stopId} stopId={route.stopId} />;
    case "work":
      return <WorkPage key={route.id} id={route.id} />;
    case "activities":
      return <ActivitiesPage />;
    case "near":
      return <NearPage />;
    case "calendar":
      return <CalendarPage />;
    case "map":
      return <MapPage />;
    default:
      return <NotFoundPage path={pathname} />;
  }
}

function NotFoundPage({ path }: { path: string }) {
  const { t } = useLocale();
  return (
    <AppFrame title={t("notFound.title")}>
      <NotFound path={path} homeHref="/" />
    </AppFrame>
  );
}
