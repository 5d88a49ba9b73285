import type { OrganizerActivitiesToReportQuery, OrganizerActivityFiguresQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type ActivityToReport = OrganizerActivitiesToReportQuery["myActivities"]["edges"][number]["node"];
export type ActivityFigures = NonNullable<OrganizerActivityFiguresQuery["activityFigures"]>;
/** A row of figures; `org` is asked of rows by unit only (the graph resolves it by the row's key). */
export type FigureRow = ActivityFigures["byCategory"][number] & { org?: { id: string; name: string } | null };

/**
 * A page of a unit's activities that took place and have ended (most recently ended first), with
 * what reporting needs (whether the viewer may report now, the results so far with their photos).
 */
export const activitiesToReportQuery = graphql(`
  query OrganizerActivitiesToReport($orgId: ID!, $after: String, $first: Int) {
    myActivities(orgId: $orgId, reportable: true, first: $first, after: $after) {
      edges {
        node {
          id title mode status startsAt endsAt
          viewerCan { report }
          results {
            sessionsHeld peopleServed newsLinks summary reportedAt correctedAt
            photos { id url thumbnailUrl }
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const reportActivityResultsMutation = graphql(`
  mutation OrganizerReportActivityResults($id: ID!, $input: ActivityResultsInput!) {
    reportActivityResults(id: $id, input: $input) {
      id status
      viewerCan { report }
      results {
        sessionsHeld peopleServed newsLinks summary reportedAt correctedAt
        photos { id url thumbnailUrl }
      }
    }
  }
`);

export const activityFiguresQuery = graphql(`
  query OrganizerActivityFigures($orgId: ID!, $campaignId: ID!) {
    activityFigures(orgId: $orgId, campaignId: $campaignId) {
      total { activities sessions peopleServed registrations reported }
      byCategory { key name figures { activities sessions peopleServed registrations } }
      byRegion { key name figures { activities sessions peopleServed registrations } }
      byDay { key name figures { activities sessions peopleServed registrations } }
      byOrg { key name org { id name } figures { activities sessions peopleServed registrations } }
    }
  }
`);
