import type {
  OrganizerModerationQueueQuery,
  OrganizerMyWorksQuery,
  OrganizerWorkFieldsFragment,
} from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type {
  AssetPurpose,
  WorkContentInput,
  WorkCreatorKind,
  WorkCreatorRole,
  WorkKind,
  WorkLicence,
  WorkStatus,
} from "../generated/graphql.js";
export type OrganizerWork = OrganizerWorkFieldsFragment;
export type MyWorkRow = OrganizerMyWorksQuery["myWorks"]["edges"][number]["node"];
export type QueueRow = OrganizerModerationQueueQuery["workModerationQueue"]["edges"][number]["node"];

export const requestUploadMutation = graphql(`
  mutation OrganizerRequestUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) { asset { id } uploadUrl token tokenHeader maxBytes accept expiresAt }
  }
`);

export const uploadedAssetQuery = graphql(`
  query OrganizerUploadedAsset($id: ID!) {
    asset(id: $id) { id status kind mime fileName bytes width height durationSeconds url thumbnailUrl posterUrl }
  }
`);

/** Everything the editor shows and edits, and what the history and moderation screens read. */
export const workFieldsFragment = graphql(`
  fragment OrganizerWorkFields on Work {
    id
    kind
    title
    summary
    body
    status
    hasPendingChanges
    reviewNote
    publishedAt
    topics
    hashtags
    licence
    creator { kind displayName role org { id name } }
    owner { id name }
    campaign { id name hashtags }
    activity { id title }
    cover { id thumbnailUrl url }
    files { id kind fileName mime durationSeconds thumbnailUrl posterUrl url }
    postings { id url postedAt platform { key nameZh nameEn } }
    history { id action actorName note at }
  }
`);

export const myWorksQuery = graphql(`
  query OrganizerMyWorks($orgId: ID!, $status: WorkStatus, $after: String) {
    myWorks(orgId: $orgId, status: $status, first: 50, after: $after) {
      edges { node { id kind title status hasPendingChanges reviewNote publishedAt campaign { id name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const workQuery = graphql(`
  query OrganizerWork($id: ID!) {
    work(id: $id) { ...OrganizerWorkFields }
  }
`);

export const workFormOptionsQuery = graphql(`
  query OrganizerWorkFormOptions {
    workTopics
    workPlatforms { key nameZh nameEn }
    campaigns(first: 50) { edges { node { id name hashtags } } }
  }
`);

export const createWorkMutation = graphql(`
  mutation OrganizerCreateWork($input: CreateWorkInput!) {
    createWork(input: $input) { ...OrganizerWorkFields }
  }
`);

export const updateWorkMutation = graphql(`
  mutation OrganizerUpdateWork($id: ID!, $content: WorkContentInput!) {
    updateWork(id: $id, content: $content) { ...OrganizerWorkFields }
  }
`);

export const submitWorkMutation = graphql(`
  mutation OrganizerSubmitWork($id: ID!) { submitWork(id: $id) { ...OrganizerWorkFields } }
`);

export const withdrawWorkMutation = graphql(`
  mutation OrganizerWithdrawWork($id: ID!) { withdrawWork(id: $id) { ...OrganizerWorkFields } }
`);

export const approveWorkMutation = graphql(`
  mutation OrganizerApproveWork($id: ID!) { approveWork(id: $id) { ...OrganizerWorkFields } }
`);

export const rejectWorkMutation = graphql(`
  mutation OrganizerRejectWork($id: ID!, $note: String!) { rejectWork(id: $id, note: $note) { ...OrganizerWorkFields } }
`);

export const takeDownWorkMutation = graphql(`
  mutation OrganizerTakeDownWork($id: ID!, $note: String!) {
    takeDownWork(id: $id, note: $note) { ...OrganizerWorkFields }
  }
`);

export const addWorkPostingMutation = graphql(`
  mutation OrganizerAddWorkPosting($input: AddWorkPostingInput!) { addWorkPosting(input: $input) { id } }
`);

export const removeWorkPostingMutation = graphql(`
  mutation OrganizerRemoveWorkPosting($id: ID!) { removeWorkPosting(id: $id) }
`);

export const moderationQueueQuery = graphql(`
  query OrganizerModerationQueue {
    workModerationCounts { waiting approvedToday rejectedToday }
    workModerationQueue(first: 50) {
      edges { node { ...OrganizerWorkFields } }
    }
  }
`);
