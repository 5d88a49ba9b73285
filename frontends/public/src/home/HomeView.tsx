/**
 * The campaign home's pure parts (no queries, no shared GraphQL client): the web server renders them
 * before any script runs (prelude.tsx) and the app renders them from the same data (CampaignHome.tsx).
 */
import { AppFrame, Empty, formatDay, formatRange, useLocale } from "@kepu/ui";
import type { ReactNode } from "react";
import type { ActivitiesData, ActivityNode, CampaignData } from "../queries.js";
import { AppLink } from "../works/AppLink.js";
import { feedHref } from "../works/filters.js";

type Campaign = NonNullable<CampaignData["currentCampaign"]>;

/**
 * The home's frame and hero: the campaign's name, theme and dates. Pure (no queries), so the web
 * server renders exactly this before any script runs (prelude.tsx).
 */
export function CampaignFrame({ campaign, children }: { campaign: Campaign | null; children: ReactNode }) {
  const { t } = useLocale();
  return (
    <AppFrame title={campaign?.name ?? t("app.title")}>
      {campaign ? <CampaignHero campaign={campaign} /> : null}
      {children}
    </AppFrame>
  );
}

function CampaignHero({ campaign }: { campaign: Campaign }) {
  const { t, locale } = useLocale();
  return (
    <section className="kepu-hero" aria-label={t("home.hero")}>
      <p className="kepu-hero-theme">{t("campaign.theme", { theme: campaign.theme })}</p>
      <p>
        {t("campaign.window", { from: formatDay(campaign.startsOn, locale), to: formatDay(campaign.endsOn, locale) })}
      </p>
      {campaign.figures ? <CampaignFigures figures={campaign.figures} /> : null}
      <HomeLinks />
    </section>
  );
}

/** Where the home leads: the discovery views and the check-in trails (plain links, like every page's). */
function HomeLinks() {
  const { t } = useLocale();
  const links = [
    ["/activities", "discovery.nav.list"],
    ["/near", "discovery.nav.near"],
    ["/calendar", "discovery.nav.calendar"],
    ["/map", "discovery.nav.map"],
    ["/trails", "trails.title"],
  ] as const;
  return (
    <nav aria-label={t("discovery.nav")}>
      <ul className="kepu-hero-links">
        {links.map(([href, label]) => (
          <li key={href}>
            <AppLink href={href}>{t(label)}</AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A page of activity cards with "more" below; pure, like CampaignFrame. */
export function ActivityCards({
  activities,
  busy,
  onLoadMore,
}: {
  activities: ActivitiesData["activities"];
  busy: boolean;
  onLoadMore?: () => void;
}) {
  const { t } = useLocale();
  if (activities.edges.length === 0) return <Empty />;
  return (
    <section>
      {activities.edges.map(({ node }) => (
        <ActivityCard key={node.id} activity={node} />
      ))}
      {activities.pageInfo.hasNextPage ? (
        <button type="button" className="kepu-button" disabled={busy} onClick={onLoadMore}>
          {busy ? t("state.loading") : t("action.loadMore")}
        </button>
      ) : null}
    </section>
  );
}

function ActivityCard({ activity }: { activity: ActivityNode }) {
  const { t, locale } = useLocale();
  return (
    <article className="kepu-card" data-testid="activity">
      <h3>{activity.title}</h3>
      <div>
        <span className="kepu-tag">{t(`category.${activity.categoryKind}`)}</span>
        <span className="kepu-tag">{t(`mode.${activity.mode}`)}</span>
        {activity.forms.map((form) => (
          <span key={form} className="kepu-tag">
            {t(`form.${form}`)}
          </span>
        ))}
        {activity.programme ? <span className="kepu-tag">{activity.programme}</span> : null}
      </div>
      <p className="kepu-muted">{formatRange(activity.startsAt, activity.endsAt, locale)}</p>
      <p className="kepu-muted" data-testid="activity-host">
        {t("activity.host", { name: activity.host?.name ?? "—" })}
      </p>
      {activity.venue ? <p className="kepu-muted">{t("activity.venue", { venue: activity.venue })}</p> : null}
      <p>{activity.summary}</p>
      <p>
        <AppLink href={feedHref({ activityId: activity.id })}>{t("activity.works")}</AppLink>
      </p>
    </article>
  );
}

/** The campaign's public big numbers (issue 9 §6), in the hero; absent when activities did not answer. */
function CampaignFigures({ figures }: { figures: NonNullable<Campaign["figures"]> }) {
  const { t, locale } = useLocale();
  const number = new Intl.NumberFormat(locale);
  const items = [
    ["figures.activities", figures.activities],
    ["figures.peopleServed", figures.peopleServed],
    ["figures.registrations", figures.registrations],
    ["figures.regionsCovered", figures.regionsCovered],
  ] as const;
  return (
    <dl className="kepu-figures" aria-label={t("figures.label")} data-testid="campaign-figures">
      {items.map(([key, value]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{number.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
