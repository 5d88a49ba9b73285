import { errorMessage, useQuery } from "@kepu/graphql-client";
import { useSignedIn } from "@kepu/shared-modules/auth-session";
import { AppFrame, ErrorMessage, formatDateTime, Loading, useLocale } from "@kepu/ui";
import { useActivityStyles } from "../activity/styles.js";
import type { PublicCampaignTrailsQuery } from "../generated/graphql.js";
import { currentCampaignQuery } from "../queries.js";
import { AppLink } from "../works/AppLink.js";
import { campaignTrailsQuery, myTrailProgressQuery } from "./queries.js";

type TrailCardData = PublicCampaignTrailsQuery["trails"]["edges"][number]["node"];

/** Most trails one campaign shows on the page (a campaign runs a handful, not hundreds). */
const trailsShown = 50;

/**
 * 联动打卡 at /trails (issue 9 §5, §8): the current campaign's published check-in trails (a national
 * edition's include its regional editions'), each with its stops in order (a stop at an activity
 * links to it) and, for a signed-in person, how far they have come. Mobile-first, no UI kit.
 */
export function TrailsPage() {
  useActivityStyles();
  const { t } = useLocale();
  const campaign = useQuery(currentCampaignQuery);
  const current = campaign.data?.currentCampaign ?? null;
  const trails = useQuery(campaignTrailsQuery, {
    variables: { campaignId: current?.id ?? "", first: trailsShown },
    skip: !current,
  });
  const error = campaign.error ?? trails.error;
  return (
    <AppFrame title={t("trails.title")} subtitle={current?.name}>
      <p>{t("trails.intro")}</p>
      {error ? (
        <ErrorMessage
          message={errorMessage(error)}
          onRetry={() => void (campaign.error ? campaign.refetch() : trails.refetch())}
        />
      ) : null}
      {(campaign.loading || trails.loading) && !trails.data ? <Loading /> : null}
      {trails.data ? (
        trails.data.trails.edges.length === 0 ? (
          <p className="kepu-muted" data-testid="trails-empty">
            {t("trails.empty")}
          </p>
        ) : (
          <ul className="kepu-trails" data-testid="trails">
            {trails.data.trails.edges.map(({ node }) => (
              <li key={node.id}>
                <TrailCard trail={node} />
              </li>
            ))}
          </ul>
        )
      ) : null}
      {!campaign.loading && !campaign.error && !current ? <p className="kepu-muted">{t("trails.empty")}</p> : null}
    </AppFrame>
  );
}

function TrailCard({ trail }: { trail: TrailCardData }) {
  const { t } = useLocale();
  const headingId = `trail-${trail.id}`;
  return (
    <article className="kepu-card kepu-trail-card" data-testid="trail-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <AppLink href={`/trails/${trail.id}`}>{trail.title}</AppLink>
      </h2>
      <p className="kepu-muted">
        {trail.host ? `${trail.host.name} · ` : ""}
        {t("trails.stopCount", { count: trail.stops.length })}
      </p>
      {trail.summary ? <p className="kepu-trail-summary">{trail.summary}</p> : null}
      <MyProgress trailId={trail.id} />
      <ol className="kepu-trail-stops" aria-label={t("trail.stops")}>
        {trail.stops.map((stop) => (
          <li key={stop.id}>
            {stop.activity ? <AppLink href={`/activities/${stop.activity.id}`}>{stop.title}</AppLink> : stop.title}
            {stop.venue && stop.venue !== stop.title ? <span className="kepu-muted"> · {stop.venue}</span> : null}
          </li>
        ))}
      </ol>
      <p>
        <AppLink href={`/trails/${trail.id}/check-in`}>{t("trails.open")}</AppLink>
      </p>
    </article>
  );
}

/** The signed-in person's progress on one trail (nothing for the anonymous). */
function MyProgress({ trailId }: { trailId: string }) {
  const { t, locale } = useLocale();
  const signedIn = useSignedIn();
  const { data } = useQuery(myTrailProgressQuery, {
    variables: { id: trailId },
    skip: !signedIn,
    fetchPolicy: "cache-and-network",
  });
  const mine = data?.myTrailProgress;
  if (!mine) return null;
  return (
    <p data-testid="trails-progress">
      <strong>
        {mine.completedAt
          ? t("trail.completed", { at: formatDateTime(mine.completedAt, locale) })
          : mine.done === 0
            ? t("trails.notStarted", { total: mine.total })
            : t("trail.progress", { done: mine.done, total: mine.total })}
      </strong>
    </p>
  );
}
