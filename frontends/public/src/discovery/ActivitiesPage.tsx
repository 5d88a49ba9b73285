import { errorMessage, useQuery } from "@kepu/graphql-client";
import { AppFrame, ErrorMessage, Loading, type MessageKey, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { go, useSearch } from "../routes.js";
import { ActivityCards, DiscoveryNav } from "./common.js";
import {
  activityForms,
  audiences,
  categoryKinds,
  type DiscoveryFilter,
  discoveryFilterFromSearch,
  discoverySearch,
} from "./filters.js";
import { publicActivitiesQuery } from "./queries.js";
import { useDiscoveryStyles } from "./styles.js";

const pageSize = 20;

/**
 * /activities (issue 9 §4, §8): the public's activities in programme order, narrowed by the filters
 * and searched in Chinese; the filter lives in the URL (filters.ts). Each activity links to its page.
 */
export function ActivitiesPage() {
  useDiscoveryStyles();
  const { t } = useLocale();
  const search = useSearch();
  const filter = discoveryFilterFromSearch(search);
  return (
    <AppFrame title={t("discovery.list.title")} subtitle={t("discovery.list.subtitle")}>
      <DiscoveryNav current="list" filter={filter} />
      <FilterForm key={search} filter={filter} path="/activities" />
      <ActivityList key={discoverySearch(filter)} filter={filter} />
    </AppFrame>
  );
}

/** The filter form every discovery view shares; submitting puts the filter in the URL. */
export function FilterForm({ filter, path }: { filter: DiscoveryFilter; path: string }) {
  const { t } = useLocale();
  const [draft, setDraft] = useState<DiscoveryFilter>(filter);
  const set = <K extends keyof DiscoveryFilter>(field: K, value: DiscoveryFilter[K] | undefined) =>
    setDraft((current) => {
      const next = { ...current };
      if (value === undefined || value === "") delete next[field];
      else next[field] = value;
      return next;
    });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    go(`${path}${discoverySearch(draft)}`);
  };
  const select = (
    field: "categoryKind" | "form" | "audience",
    label: MessageKey,
    values: readonly string[],
    prefix: string,
  ) => (
    <label>
      {t(label)}
      <select
        value={draft[field] ?? ""}
        onChange={(event) => set(field, (event.target.value || undefined) as DiscoveryFilter[typeof field])}
      >
        <option value="">{t("discovery.any")}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {t(`${prefix}.${value}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="kepu-disc-filters" aria-label={t("discovery.filters")} onSubmit={apply}>
      <label>
        {t("discovery.search")}
        <input
          type="search"
          name="q"
          value={draft.text ?? ""}
          maxLength={100}
          placeholder={t("discovery.searchPlaceholder")}
          onChange={(event) => set("text", event.target.value)}
        />
      </label>
      <label>
        {t("discovery.region")}
        <input
          name="region"
          inputMode="numeric"
          pattern="\d{6}"
          value={draft.regionCode ?? ""}
          placeholder={t("discovery.regionPlaceholder")}
          onChange={(event) => set("regionCode", event.target.value.trim())}
        />
      </label>
      {select("categoryKind", "discovery.categoryKind", categoryKinds, "category")}
      {select("form", "discovery.form", activityForms, "form")}
      {select("audience", "discovery.audience", audiences, "audience")}
      <label>
        {t("discovery.fromDay")}
        <input type="date" value={draft.from ?? ""} onChange={(event) => set("from", event.target.value)} />
      </label>
      <label>
        {t("discovery.toDay")}
        <input type="date" value={draft.to ?? ""} onChange={(event) => set("to", event.target.value)} />
      </label>
      <label>
        {t("discovery.attendance")}
        <select
          value={draft.online === undefined ? "" : draft.online ? "1" : "0"}
          onChange={(event) => set("online", event.target.value === "" ? undefined : event.target.value === "1")}
        >
          <option value="">{t("discovery.any")}</option>
          <option value="1">{t("discovery.attendance.online")}</option>
          <option value="0">{t("discovery.attendance.offline")}</option>
        </select>
      </label>
      <label className="kepu-disc-check">
        <input
          type="checkbox"
          checked={Boolean(draft.freePlaces)}
          onChange={(event) => set("freePlaces", event.target.checked || undefined)}
        />
        {t("discovery.freePlaces")}
      </label>
      <button className="kepu-button" type="submit">
        {t("discovery.apply")}
      </button>
      {discoverySearch(filter) ? (
        <button type="button" className="kepu-link" onClick={() => go(path)}>
          {t("discovery.clear")}
        </button>
      ) : null}
    </form>
  );
}

function ActivityList({ filter }: { filter: DiscoveryFilter }) {
  const { t } = useLocale();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(publicActivitiesQuery, {
    variables: { filter, first: pageSize },
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const edges = data?.publicActivities.edges ?? [];
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: data?.publicActivities.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          publicActivities: {
            ...fetchMoreResult.publicActivities,
            edges: [...previous.publicActivities.edges, ...fetchMoreResult.publicActivities.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <>
      <ActivityCards items={edges.map(({ node }) => ({ activity: node }))} />
      {data?.publicActivities.pageInfo.hasNextPage ? (
        <button type="button" className="kepu-button" disabled={loadingMore} onClick={() => void loadMore()}>
          {loadingMore ? t("state.loading") : t("action.loadMore")}
        </button>
      ) : null}
    </>
  );
}
