import type { PublicWorkQuery, PublicWorksQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type WorkCard = PublicWorksQuery["works"]["edges"][number]["node"];
export type PublicWork = NonNullable<PublicWorkQuery["work"]>;
export type WorkFile = PublicWork["files"][number];

/** The public feed (approved works, newest first) and what its filter offers. */
export const worksQuery = graphql(`
  query PublicWorks($filter: WorkFilter, $first: Int!, $after: String) {
    works(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          id kind title summary hashtags publishedAt
          creator { displayName }
          owner { id name }
          cover { id thumbnailUrl }
          files { id kind posterUrl thumbnailUrl }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The choices of the feed's filter: the topic list and the platforms (both data of the graph). */
export const workFilterChoicesQuery = graphql(`
  query PublicWorkFilterChoices {
    workTopics
    workPlatforms { key nameZh nameEn }
  }
`);

/** Names for the filter chips the URL can carry by id: a unit and an activity. */
export const workFilterNamesQuery = graphql(`
  query PublicWorkFilterNames($orgId: ID!, $activityId: ID!, $withOrg: Boolean!, $withActivity: Boolean!) {
    org(id: $orgId) @include(if: $withOrg) { id name }
    activity(id: $activityId) @include(if: $withActivity) { id title }
  }
`);

/** A work as the public sees it: its approved version (null when unknown or not published). */
export const workQuery = graphql(`
  query PublicWork($id: ID!) {
    work(id: $id) {
      id kind title summary body hashtags topics licence publishedAt
      creator { kind displayName role }
      owner { id name }
      activity { id title }
      cover { id url thumbnailUrl width height }
      files { id kind url posterUrl thumbnailUrl width height durationSeconds }
      postings { id url postedAt platform { key nameZh nameEn } }
      reach { views likes shares comments }
    }
  }
`);
