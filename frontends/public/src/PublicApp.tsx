import { errorMessage, useQuery } from "@kepu/graphql-client";
import { AppFrame, Empty, ErrorMessage, formatDay, formatRange, Loading, NotFound, useLocale } from "@kepu/ui";
import { useState } from "react";
import { type ActivityNode, activitiesQuery, currentCampaignQuery } from "./queries.js";
import { publicRoute, usePathname } from "./routes.js";
import { AppLink } from "./works/AppLink.js";
import { feedHref } from "./works/filters.js";
import { WorkPage } from "./works/WorkPage.js";
import { WorksFeedPage } from "./works/WorksFeedPage.js";

const pageSize = 20;

/**
 * The public site: the current campaign's activities at "/", the works feed at /works, a work at
 * /works/<id>, a 404 page anywhere else (pages.ts).
 */
export function PublicApp() {
  const pathname = usePathname();
  const route = publicRoute(pathname);
  switch (route.page) {
    case "campaign":
      return <CampaignPage />;
    case "works":
      return <WorksFeedPage />;
    case "work":
      return <WorkPage key={route.id} id={route.id} />;
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

/** 科普活动: the current campaign's activities with their hosts. */
function CampaignPage() {
  const { t, locale } = useLocale();
  const campaign = useQuery(currentCampaignQuery);
  const current = campaign.data?.currentCampaign;
  const subtitle = current ? (
    <>
      <div>{t("campaign.theme", { theme: current.theme })}</div>
      <div>
        {t("campaign.window", { from: formatDay(current.startsOn, locale), to: formatDay(current.endsOn, locale) })}
      </div>
    </>
  ) : null;
  return (
    <AppFrame title={current?.name ?? t("app.title")} subtitle={subtitle}>
      {campaign.loading ? <Loading /> : null}
      {campaign.error ? (
        <ErrorMessage message={errorMessage(campaign.error)} onRetry={() => void campaign.refetch()} />
      ) : null}
      {current ? <ActivityList campaignId={current.id} /> : null}
    </AppFrame>
  );
}

function ActivityList({ campaignId }: { campaignId: string }) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(activitiesQuery, {
    variables: { campaignId, first: pageSize },
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const edges = data?.activities.edges ?? [];
  if (edges.length === 0) return <Empty />;
  const { hasNextPage, endCursor } = data?.activities.pageInfo ?? { hasNextPage: false, endCursor: null };
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          activities: {
            ...fetchMoreResult.activities,
            edges: [...previous.activities.edges, ...fetchMoreResult.activities.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <section>
      {edges.map(({ node }) => (
        <ActivityCard key={node.id} activity={node} />
      ))}
      {hasNextPage ? <LoadMore busy={loadingMore} onClick={() => void loadMore()} /> : null}
    </section>
  );
}

function LoadMore({ busy, onClick }: { busy: boolean; onClick: () => void }) {
  const { t } = useLocale();
  return (
    <button type="button" className="kepu-button" disabled={busy} onClick={onClick}>
      {busy ? t("state.loading") : t("action.loadMore")}
    </button>
  );
}

function ActivityCard({ activity }: { activity: ActivityNode }) {
  const { t, locale } = useLocale();
  return (
    <article className="kepu-card" data-testid="activity">
      <h3>{activity.title}</h3>
      <div>
        <span className="kepu-tag">{t(`category.${activity.category}`)}</span>
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
