/**
 * The campaign home's first screen, rendered by the web server into the page before any script runs
 * (issue 9 §8: nothing showed before the GraphQL answer, and the LCP on a phone was 6.6–7.4 s). It
 * renders the same pure components the app renders (HomeView.tsx) from the same answers
 * (snapshot.ts), and the app, seeded with them, replaces it in the same task (@kepu/ui lifecycles).
 *
 * Imported by the web server (Node): keep it free of the shared GraphQL client and of the DOM.
 */
import { type Locale, preludeId, ServerLocale } from "@kepu/ui";
import { renderToStaticMarkup } from "react-dom/server";
import { ActivityCards, CampaignFrame } from "./HomeView.js";
import type { HomeSnapshot } from "./snapshot.js";

/** The home's first screen as HTML, in `locale`, inside the element the app removes once mounted. */
export function renderHomePrelude(snapshot: HomeSnapshot, locale: Locale): string {
  const campaign = snapshot.campaign.currentCampaign ?? null;
  return renderToStaticMarkup(
    <ServerLocale value={locale}>
      <div id={preludeId}>
        <CampaignFrame campaign={campaign}>
          {snapshot.activities ? <ActivityCards activities={snapshot.activities.activities} busy={false} /> : null}
        </CampaignFrame>
      </div>
    </ServerLocale>,
  );
}
