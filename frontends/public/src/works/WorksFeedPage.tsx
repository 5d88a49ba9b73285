import { errorMessage, useQuery } from "@kepu/graphql-client";
import { AppFrame, ErrorMessage, formatDateTime, Loading, type MessageKey, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { go, useSearch } from "../routes.js";
import { AppLink } from "./AppLink.js";
import { type FeedFilter, feedHref, filterFromSearch, withoutFilter, workKinds } from "./filters.js";
import { enumLabel, topicLabel } from "./labels.js";
import { type WorkCard, workFilterChoicesQuery, workFilterNamesQuery, worksQuery } from "./queries.js";
import { useWorksStyles } from "./styles.js";

const pageSize = 20;

/**
 * 科普作品 (issue 8 §6): approved works, newest first, narrowed by hashtag, topic, unit (with its
 * sub-units), platform, activity or kind. The filter lives in the URL (`filters.ts`), so a filtered
 * feed can be shared and an activity's works are at /works?activity=<id>; a unit's and an
 * activity's filter are set by following their links and shown as chips with their names.
 */
export function WorksFeedPage() {
  useWorksStyles();
  const { t } = useLocale();
  const search = useSearch();
  const filter = filterFromSearch(search);
  return (
    <AppFrame title={t("publicWorks.title")} subtitle={t("publicWorks.subtitle")}>
      <FilterForm key={search} filter={filter} />
      <FilterChips filter={filter} />
      <WorksList key={feedHref(filter)} filter={filter} />
    </AppFrame>
  );
}

/** The filters a person types or picks: hashtag, topic, platform and kind. */
function FilterForm({ filter }: { filter: FeedFilter }) {
  const { t, locale } = useLocale();
  const choices = useQuery(workFilterChoicesQuery);
  const [draft, setDraft] = useState<FeedFilter>(filter);
  const set = (field: keyof FeedFilter, value: string) =>
    setDraft((current) => (value ? { ...current, [field]: value } : withoutFilter(current, field)));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    go(feedHref(draft));
  };
  const select = (field: "topic" | "platform" | "kind", label: MessageKey, options: [string, string][]) => (
    <label>
      {t(label)}
      <select value={draft[field] ?? ""} onChange={(event) => set(field, event.target.value)}>
        <option value="">{t("publicWorks.any")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="kepu-form kepu-filters kepu-works-filters" onSubmit={apply} aria-label={t("publicWorks.filters")}>
      <label>
        {t("publicWorks.hashtag")}
        <input
          type="search"
          value={draft.hashtag ?? ""}
          maxLength={100}
          placeholder={t("publicWorks.hashtagPlaceholder")}
          onChange={(event) => set("hashtag", event.target.value)}
        />
      </label>
      {select(
        "topic",
        "publicWorks.topic",
        (choices.data?.workTopics ?? []).map((topic) => [topic, topicLabel(t, topic)]),
      )}
      {select(
        "platform",
        "publicWorks.platform",
        (choices.data?.workPlatforms ?? []).map((p) => [p.key, locale === "en" ? p.nameEn : p.nameZh]),
      )}
      {select(
        "kind",
        "publicWorks.kind",
        workKinds.map((kind) => [kind, enumLabel(t, "workKind", kind)]),
      )}
      <button className="kepu-button" type="submit">
        {t("publicWorks.apply")}
      </button>
    </form>
  );
}

/** The filters in force, each with a button that removes it; a unit and an activity by name. */
function FilterChips({ filter }: { filter: FeedFilter }) {
  const { t, locale } = useLocale();
  const choices = useQuery(workFilterChoicesQuery);
  const names = useQuery(workFilterNamesQuery, {
    variables: {
      orgId: filter.orgId ?? "",
      activityId: filter.activityId ?? "",
      withOrg: Boolean(filter.orgId),
      withActivity: Boolean(filter.activityId),
    },
    skip: !filter.orgId && !filter.activityId,
  });
  const fields = (Object.keys(filter) as (keyof FeedFilter)[]).filter((field) => filter[field]);
  if (fields.length === 0) return null;
  const chipValue = (field: keyof FeedFilter, value: string): string => {
    const unknown = t("publicWorks.unknownName");
    switch (field) {
      case "orgId":
        return names.loading ? "…" : (names.data?.org?.name ?? unknown);
      case "activityId":
        return names.loading ? "…" : (names.data?.activity?.title ?? unknown);
      case "topic":
        return topicLabel(t, value);
      case "kind":
        return enumLabel(t, "workKind", value);
      case "platform": {
        const platform = choices.data?.workPlatforms.find((p) => p.key === value);
        return platform ? (locale === "en" ? platform.nameEn : platform.nameZh) : value;
      }
      default:
        return value;
    }
  };
  return (
    <section className="kepu-chips" aria-label={t("publicWorks.active")} data-testid="work-filters">
      {fields.map((field) => {
        const label = t(`publicWorks.chip.${field}` as MessageKey, { value: chipValue(field, filter[field] ?? "") });
        return (
          <span key={field} className="kepu-chip" data-testid={`work-filter-${field}`}>
            {label}
            <button
              type="button"
              aria-label={t("publicWorks.remove", { label })}
              onClick={() => go(feedHref(withoutFilter(filter, field)))}
            >
              ×
            </button>
          </span>
        );
      })}
      <AppLink href="/works">{t("publicWorks.clear")}</AppLink>
    </section>
  );
}

function WorksList({ filter }: { filter: FeedFilter }) {
  const { t } = useLocale();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(worksQuery, {
    variables: { filter, first: pageSize },
  });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const edges = data?.works.edges ?? [];
  if (edges.length === 0)
    return (
      <p className="kepu-muted" data-testid="works-empty">
        {t("publicWorks.empty")}
      </p>
    );
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: data?.works.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          works: { ...fetchMoreResult.works, edges: [...previous.works.edges, ...fetchMoreResult.works.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return (
    <>
      <p className="kepu-visually-hidden" role="status">
        {t("publicWorks.count", { count: edges.length })}
      </p>
      <ul className="kepu-works-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <WorkCardView work={node} />
          </li>
        ))}
      </ul>
      {data?.works.pageInfo.hasNextPage ? (
        <button type="button" className="kepu-button" disabled={loadingMore} onClick={() => void loadMore()}>
          {loadingMore ? t("state.loading") : t("action.loadMore")}
        </button>
      ) : null}
    </>
  );
}

/** The picture a card shows: the cover, else a video's poster, else the first picture. */
function cardImage(work: WorkCard): string | null {
  return (
    work.cover?.thumbnailUrl ??
    work.files.find((file) => file.posterUrl)?.posterUrl ??
    work.files.find((file) => file.kind === "IMAGE")?.thumbnailUrl ??
    null
  );
}

function WorkCardView({ work }: { work: WorkCard }) {
  const { t, locale } = useLocale();
  const image = cardImage(work);
  return (
    <article className="kepu-card kepu-work-card" data-testid="work">
      {image ? <img className="kepu-work-thumb" src={image} alt="" loading="lazy" /> : null}
      <h2>
        <AppLink href={`/works/${encodeURIComponent(work.id)}`}>{work.title}</AppLink>
      </h2>
      <ul className="kepu-tags">
        <li className="kepu-tag">{enumLabel(t, "workKind", work.kind)}</li>
        {work.hashtags.map((tag) => (
          <li key={tag}>
            <AppLink className="kepu-tag" href={feedHref({ hashtag: tag })}>
              {tag}
            </AppLink>
          </li>
        ))}
      </ul>
      <p className="kepu-muted">
        {t("publicWorks.by", { name: work.creator.displayName })}
        {work.owner ? (
          <>
            {" · "}
            <AppLink href={feedHref({ orgId: work.owner.id })}>{work.owner.name}</AppLink>
          </>
        ) : null}
      </p>
      {work.publishedAt ? (
        <p className="kepu-muted">{t("publicWorks.published", { date: formatDateTime(work.publishedAt, locale) })}</p>
      ) : null}
      <p>{work.summary}</p>
    </article>
  );
}
