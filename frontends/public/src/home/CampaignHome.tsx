import { errorMessage, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, Loading } from "@kepu/ui";
import { useState } from "react";
import { activitiesQuery, currentCampaignQuery } from "../queries.js";
import { ActivityCards, CampaignFrame } from "./HomeView.js";
import { homePageSize } from "./snapshot.js";

/** 科普活动 at "/": the current campaign's theme and dates, then its activities with their hosts. */
export function CampaignHome() {
  const campaign = useQuery(currentCampaignQuery);
  const current = campaign.data?.currentCampaign ?? null;
  return (
    <CampaignFrame campaign={current}>
      {campaign.loading ? <Loading /> : null}
      {campaign.error ? (
        <ErrorMessage message={errorMessage(campaign.error)} onRetry={() => void campaign.refetch()} />
      ) : null}
      {current ? <ActivityList campaignId={current.id} /> : null}
    </CampaignFrame>
  );
}

function ActivityList({ campaignId }: { campaignId: string }) {
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore, refetch } = useQuery(activitiesQuery, {
    variables: { campaignId, first: homePageSize },
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { endCursor } = data.activities.pageInfo;
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
  return <ActivityCards activities={data.activities} busy={loadingMore} onLoadMore={() => void loadMore()} />;
}
