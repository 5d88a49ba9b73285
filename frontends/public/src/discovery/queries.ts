import type { DiscoverActivitiesQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type ActivityCard = DiscoverActivitiesQuery["publicActivities"]["edges"][number]["node"];

/** The filtered, searched list (issue 9 §4). */
export const publicActivitiesQuery = graphql(`
  query DiscoverActivities($filter: ActivityFilter, $first: Int!, $after: String) {
    publicActivities(filter: $filter, first: $first, after: $after) {
      edges { node { id title venue startsAt endsAt mode categoryKind } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Near me: nearest first, with distances. */
export const activitiesNearQuery = graphql(`
  query DiscoverNear($latitude: Float!, $longitude: Float!, $radiusKm: Float, $filter: ActivityFilter, $first: Int!) {
    activitiesNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, filter: $filter, first: $first) {
      edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }
    }
  }
`);

/** The 30-minute science service circle. */
export const serviceCircleQuery = graphql(`
  query DiscoverCircle($latitude: Float!, $longitude: Float!, $mode: TravelMode!, $filter: ActivityFilter, $first: Int!) {
    activityServiceCircle(latitude: $latitude, longitude: $longitude, mode: $mode, filter: $filter) {
      mode minutes radiusKm model
      activities(first: $first) {
        edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }
      }
    }
  }
`);

/** Counts per Shanghai day. */
export const activityCalendarQuery = graphql(`
  query DiscoverCalendar($from: Date!, $to: Date!, $filter: ActivityFilter) {
    activityCalendar(from: $from, to: $to, filter: $filter) { day count }
  }
`);

/** Server-side clusters for a viewport and zoom. */
export const activityMapQuery = graphql(`
  query DiscoverMap($bbox: BoundingBoxInput!, $zoom: Int!, $filter: ActivityFilter) {
    activityMap(bbox: $bbox, zoom: $zoom, filter: $filter) {
      zoom total
      features { latitude longitude count expansionZoom activityId activity { id title } }
    }
  }
`);
