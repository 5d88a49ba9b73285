import type {
  OrganizerActivityApprovalQueueQuery,
  OrganizerActivityFieldsFragment,
  OrganizerMyActivitiesQuery,
  OrganizerSessionRegistrationsQuery,
} from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type {
  ActivityContentInput,
  ActivityForm,
  ActivityMode,
  ActivitySessionInput,
  ActivityStatus,
  Audience,
  CoordinateSystem,
  CreateActivityInput,
} from "../generated/graphql.js";
export type OrganizerActivity = OrganizerActivityFieldsFragment;
export type MyActivityRow = OrganizerMyActivitiesQuery["myActivities"]["edges"][number]["node"];
export type ApprovalRow = OrganizerActivityApprovalQueueQuery["activityApprovalQueue"]["edges"][number]["node"];
export type RegistrationRow = NonNullable<
  OrganizerSessionRegistrationsQuery["activity"]
>["sessions"][number]["registrations"]["edges"][number]["node"];

/** Everything the editor, the session screen and the review screen read of one activity. */
export const activityFieldsFragment = graphql(`
  fragment OrganizerActivityFields on Activity {
    id
    title
    summary
    status
    hasPendingChanges
    reviewNote
    cancelReason
    publishedAt
    category { id key nameZh nameEn }
    programme
    forms
    mode
    topics
    audiences
    startsAt
    endsAt
    regionCode
    venue
    address
    latitude
    longitude
    livestreamUrl
    coverAssetId
    contact { name phone email }
    host { id name regionCode }
    coHosts { id name }
    campaign { id name }
    viewerCan { edit submit withdraw approve reject finish cancel }
    sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }
    pendingEdit {
      title summary category { id nameZh nameEn } programme forms mode topics audiences startsAt endsAt
      regionCode venue address latitude longitude livestreamUrl coHosts { id name } coverAssetId
      sessions { sessionId startsAt endsAt capacity registrationRequired }
    }
    history { id action fromStatus toStatus note at }
  }
`);

export const myActivitiesQuery = graphql(`
  query OrganizerMyActivities($orgId: ID!, $status: ActivityStatus, $campaignId: ID, $after: String, $first: Int) {
    myActivities(orgId: $orgId, status: $status, campaignId: $campaignId, first: $first, after: $after) {
      edges {
        node {
          id title status hasPendingChanges reviewNote startsAt endsAt venue mode
          category { id nameZh nameEn }
          campaign { id name }
          viewerCan { edit submit withdraw approve reject finish cancel }
          sessions { id confirmedCount waitlistCount capacity cancelled }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const activityQuery = graphql(`
  query OrganizerActivity($id: ID!) {
    activity(id: $id) { ...OrganizerActivityFields }
  }
`);

export const activityCategoriesQuery = graphql(`
  query OrganizerActivityCategories($campaignId: ID!) {
    activityCategories(campaignId: $campaignId) { id key kind nameZh nameEn }
  }
`);

export const activityFormOptionsQuery = graphql(`
  query OrganizerActivityFormOptions {
    workTopics
    campaigns(first: 50) { edges { node { id name year parent { id } } } }
  }
`);

export const createActivityMutation = graphql(`
  mutation OrganizerCreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) { ...OrganizerActivityFields }
  }
`);

export const updateActivityMutation = graphql(`
  mutation OrganizerUpdateActivity($id: ID!, $input: ActivityContentInput!) {
    updateActivity(id: $id, input: $input) { ...OrganizerActivityFields }
  }
`);

export const submitActivityMutation = graphql(`
  mutation OrganizerSubmitActivity($id: ID!) { submitActivity(id: $id) { ...OrganizerActivityFields } }
`);

export const withdrawActivityMutation = graphql(`
  mutation OrganizerWithdrawActivity($id: ID!) { withdrawActivity(id: $id) { ...OrganizerActivityFields } }
`);

export const cancelActivityMutation = graphql(`
  mutation OrganizerCancelActivity($id: ID!, $reason: String!) {
    cancelActivity(id: $id, reason: $reason) { ...OrganizerActivityFields }
  }
`);

export const finishActivityMutation = graphql(`
  mutation OrganizerFinishActivity($id: ID!) { finishActivity(id: $id) { ...OrganizerActivityFields } }
`);

export const approveActivityMutation = graphql(`
  mutation OrganizerApproveActivity($id: ID!) { approveActivity(id: $id) { ...OrganizerActivityFields } }
`);

export const rejectActivityMutation = graphql(`
  mutation OrganizerRejectActivity($id: ID!, $note: String!) {
    rejectActivity(id: $id, note: $note) { ...OrganizerActivityFields }
  }
`);

export const activityApprovalQueueQuery = graphql(`
  query OrganizerActivityApprovalQueue($campaignId: ID, $after: String) {
    activityApprovalCounts { waiting approvedToday rejectedToday }
    activityApprovalQueue(campaignId: $campaignId, first: 20, after: $after) {
      edges { node { ...OrganizerActivityFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const sessionRegistrationsQuery = graphql(`
  query OrganizerSessionRegistrations($id: ID!) {
    activity(id: $id) {
      id
      sessions {
        id
        registrations(first: 100) {
          edges { node { id status name phone createdAt waitlistPosition } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`);

export const setSessionCapacityMutation = graphql(`
  mutation OrganizerSetSessionCapacity($sessionId: ID!, $capacity: Int!) {
    setSessionCapacity(sessionId: $sessionId, capacity: $capacity) {
      id capacity confirmedCount waitlistCount placesLeft cancelled
    }
  }
`);

export const cancelActivitySessionMutation = graphql(`
  mutation OrganizerCancelActivitySession($sessionId: ID!, $reason: String!) {
    cancelActivitySession(sessionId: $sessionId, reason: $reason) {
      id capacity confirmedCount waitlistCount placesLeft cancelled cancelReason
    }
  }
`);

export const importActivitiesMutation = graphql(`
  mutation OrganizerImportActivities($input: ImportActivitiesInput!) {
    importActivities(input: $input) { accepted dryRun createdCount activityIds rows { row title ok errors } }
  }
`);

export const coverAssetQuery = graphql(`
  query OrganizerActivityCover($id: ID!) {
    asset(id: $id) { id kind fileName url thumbnailUrl }
  }
`);

/** The host at hand: its name and the region its activities must lie in. */
export const activityHostQuery = graphql(`
  query OrganizerActivityHost($id: ID!) {
    org(id: $id) { id name regionCode }
  }
`);
