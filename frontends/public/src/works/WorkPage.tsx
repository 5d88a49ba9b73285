import { errorMessage, useQuery } from "@kepu/graphql-client";
import { AppFrame, ErrorMessage, formatDateTime, Loading, useLocale } from "@kepu/ui";
import { AppLink } from "./AppLink.js";
import { ArticleBody } from "./article-body.js";
import { feedHref } from "./filters.js";
import { enumLabel, topicLabel } from "./labels.js";
import { type PublicWork, workQuery } from "./queries.js";
import { useWorksStyles } from "./styles.js";
import { WorkMedia } from "./WorkMedia.js";

/**
 * A work's page at /works/<id> (issue 8 §6): the approved version the graph gives the public —
 * player, pictures or audio, summary, the article, creator, unit, licence, hashtags and topics, its
 * activity, and where else it was posted. A work the public may not see (unknown, in review, taken
 * down) is a 404 page; nothing tells those cases apart.
 */
export function WorkPage({ id }: { id: string }) {
  useWorksStyles();
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(workQuery, { variables: { id } });
  if (loading && !data)
    return (
      <AppFrame title={t("publicWorks.title")}>
        <Loading />
      </AppFrame>
    );
  if (error)
    return (
      <AppFrame title={t("publicWorks.title")}>
        <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />
      </AppFrame>
    );
  const work = data?.work;
  if (!work)
    return (
      <AppFrame title={t("publicWorks.notFoundTitle")}>
        <section data-testid="not-found">
          <p data-testid="work-not-found">{t("publicWorks.notFound")}</p>
          <p>
            <AppLink href="/works">{t("publicWorks.back")}</AppLink>
          </p>
        </section>
      </AppFrame>
    );
  return (
    <AppFrame title={work.title}>
      <article className="kepu-work" data-testid="work-page">
        <WorkMeta work={work} />
        <WorkMedia work={work} />
        <h2 className="kepu-visually-hidden">{t("publicWorks.summary")}</h2>
        <p data-testid="work-summary">{work.summary}</p>
        {work.body ? <h2 className="kepu-visually-hidden">{t("publicWorks.article")}</h2> : null}
        <ArticleBody html={work.body} />
        <WorkTags work={work} />
        <Reach work={work} />
        <Postings work={work} />
        <p>
          <AppLink href="/works">{t("publicWorks.back")}</AppLink>
        </p>
      </article>
    </AppFrame>
  );
}

/** Kind, creator (a person's public name and role, or a unit), unit, date, licence, activity. */
function WorkMeta({ work }: { work: PublicWork }) {
  const { t, locale } = useLocale();
  const { creator } = work;
  return (
    <div className="kepu-work-meta kepu-muted" data-testid="work-meta">
      <span className="kepu-tag">{enumLabel(t, "workKind", work.kind)}</span>
      <span data-testid="work-creator">
        {creator.role
          ? t("publicWorks.byRole", { name: creator.displayName, role: enumLabel(t, "creatorRole", creator.role) })
          : t("publicWorks.by", { name: creator.displayName })}
      </span>
      {work.owner ? (
        <span>
          {t("publicWorks.owner")}
          <AppLink href={feedHref({ orgId: work.owner.id })}>{work.owner.name}</AppLink>
        </span>
      ) : null}
      {work.publishedAt ? (
        <span>{t("publicWorks.published", { date: formatDateTime(work.publishedAt, locale) })}</span>
      ) : null}
      <span data-testid="work-licence">
        {t("publicWorks.licence", { licence: enumLabel(t, "licence", work.licence) })}
      </span>
      {work.activity ? (
        <span data-testid="work-activity">
          {t("publicWorks.activity")}
          <AppLink href={feedHref({ activityId: work.activity.id })}>{work.activity.title}</AppLink>
        </span>
      ) : null}
    </div>
  );
}

function WorkTags({ work }: { work: PublicWork }) {
  const { t } = useLocale();
  if (work.hashtags.length + work.topics.length === 0) return null;
  return (
    <section aria-label={t("publicWorks.tags")}>
      <ul className="kepu-tags" data-testid="work-tags">
        {work.hashtags.map((tag) => (
          <li key={tag}>
            <AppLink className="kepu-tag" href={feedHref({ hashtag: tag })}>
              {tag}
            </AppLink>
          </li>
        ))}
        {work.topics.map((topic) => (
          <li key={topic}>
            <AppLink className="kepu-tag" href={feedHref({ topic })}>
              {topicLabel(t, topic)}
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Where else the work was posted: the platform's name, a link out, and when. */
function Postings({ work }: { work: PublicWork }) {
  const { t, locale } = useLocale();
  if (work.postings.length === 0) return null;
  return (
    <section data-testid="work-postings">
      <h2>{t("publicWorks.postings")}</h2>
      <ul className="kepu-postings">
        {work.postings.map((posting) => (
          <li key={posting.id}>
            <a href={posting.url} target="_blank" rel="noopener noreferrer nofollow">
              {locale === "en" ? posting.platform.nameEn : posting.platform.nameZh}
            </a>{" "}
            <span className="kepu-muted">{formatDateTime(posting.postedAt, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The work's reach: each posting's latest figures summed (shown once there are any). */
function Reach({ work }: { work: PublicWork }) {
  const { t, locale } = useLocale();
  const { reach } = work;
  if (reach.views + reach.likes + reach.shares + reach.comments <= 0) return null;
  const number = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const figures = [
    ["publicWorks.views", reach.views],
    ["publicWorks.likes", reach.likes],
    ["publicWorks.shares", reach.shares],
    ["publicWorks.comments", reach.comments],
  ] as const;
  return (
    <section data-testid="work-reach">
      <h2>{t("publicWorks.reach")}</h2>
      <dl className="kepu-reach">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
