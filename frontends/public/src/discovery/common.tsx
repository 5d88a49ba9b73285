import { formatRange, type MessageKey, useLocale } from "@kepu/ui";
import { AppLink } from "../works/AppLink.js";
import { activityHref, type DiscoveryFilter, discoverySearch } from "./filters.js";

/** An activity as discovery lists it. */
export interface CardActivity {
  id: string;
  title: string;
  venue?: string | null;
  startsAt: string;
  endsAt: string;
  mode: string;
  categoryKind: string;
}

/** The four discovery views, the filter carried along. */
export function DiscoveryNav({
  current,
  filter,
}: {
  current: "list" | "near" | "calendar" | "map";
  filter: DiscoveryFilter;
}) {
  const { t } = useLocale();
  const search = discoverySearch(filter);
  const views = [
    ["list", "/activities", "discovery.nav.list"],
    ["near", "/near", "discovery.nav.near"],
    ["calendar", "/calendar", "discovery.nav.calendar"],
    ["map", "/map", "discovery.nav.map"],
  ] as const;
  return (
    <nav aria-label={t("discovery.nav")}>
      <ul className="kepu-disc-nav">
        {views.map(([key, path, label]) => (
          <li key={key}>
            <a
              href={`${path}${search}`}
              aria-current={current === key ? "page" : undefined}
              onClick={(event) => {
                if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
                event.preventDefault();
                window.history.pushState(null, "", `${path}${search}`);
                window.dispatchEvent(new Event("kepu:public-navigate"));
              }}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One activity: its title (a link to its page), time, place, category and form of attendance. */
export function ActivityCardView({ activity, distanceKm }: { activity: CardActivity; distanceKm?: number | null }) {
  const { t, locale } = useLocale();
  return (
    <article className="kepu-disc-card" data-testid="activity-card">
      <h2>
        <AppLink href={activityHref(activity.id)}>{activity.title}</AppLink>
      </h2>
      <p>{t("discovery.when", { when: formatRange(activity.startsAt, activity.endsAt, locale) })}</p>
      <p>
        {t(`category.${activity.categoryKind}` as MessageKey)} · {t(`mode.${activity.mode}` as MessageKey)}
        {activity.venue ? ` · ${activity.venue}` : ""}
      </p>
      {distanceKm != null ? (
        <p data-testid="distance">{t("discovery.distance", { km: distanceKm.toFixed(distanceKm < 10 ? 1 : 0) })}</p>
      ) : null}
    </article>
  );
}

export function ActivityCards({ items }: { items: { activity: CardActivity; distanceKm?: number | null }[] }) {
  const { t } = useLocale();
  if (items.length === 0)
    return (
      <p className="kepu-muted" data-testid="activities-empty">
        {t("discovery.empty")}
      </p>
    );
  return (
    <>
      <p className="kepu-visually-hidden" role="status">
        {t("discovery.count", { count: items.length })}
      </p>
      <ul className="kepu-disc-list">
        {items.map(({ activity, distanceKm }) => (
          <li key={activity.id}>
            <ActivityCardView activity={activity} distanceKm={distanceKm ?? null} />
          </li>
        ))}
      </ul>
    </>
  );
}
