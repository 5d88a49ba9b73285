/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrganizerActivityFields on Activity {\n    id\n    title\n    summary\n    status\n    hasPendingChanges\n    reviewNote\n    cancelReason\n    publishedAt\n    category { id key nameZh nameEn }\n    programme\n    forms\n    mode\n    topics\n    audiences\n    startsAt\n    endsAt\n    regionCode\n    venue\n    address\n    latitude\n    longitude\n    livestreamUrl\n    coverAssetId\n    contact { name phone email }\n    host { id name regionCode }\n    coHosts { id name }\n    campaign { id name }\n    viewerCan { edit submit withdraw approve reject finish cancel }\n    sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n    pendingEdit {\n      title summary category { id nameZh nameEn } programme forms mode topics audiences startsAt endsAt\n      regionCode venue address latitude longitude livestreamUrl coHosts { id name } coverAssetId\n      sessions { sessionId startsAt endsAt capacity registrationRequired }\n    }\n    history { id action fromStatus toStatus note at }\n  }\n": typeof types.OrganizerActivityFieldsFragmentDoc,
    "\n  query OrganizerMyActivities($orgId: ID!, $status: ActivityStatus, $campaignId: ID, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, status: $status, campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          id title status hasPendingChanges reviewNote startsAt endsAt venue mode\n          category { id nameZh nameEn }\n          campaign { id name }\n          viewerCan { edit submit withdraw approve reject finish cancel }\n          sessions { id confirmedCount waitlistCount capacity cancelled }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrganizerMyActivitiesDocument,
    "\n  query OrganizerActivity($id: ID!) {\n    activity(id: $id) { ...OrganizerActivityFields }\n  }\n": typeof types.OrganizerActivityDocument,
    "\n  query OrganizerActivityCategories($campaignId: ID!) {\n    activityCategories(campaignId: $campaignId) { id key kind nameZh nameEn }\n  }\n": typeof types.OrganizerActivityCategoriesDocument,
    "\n  query OrganizerActivityFormOptions {\n    workTopics\n    campaigns(first: 50) { edges { node { id name year parent { id } } } }\n  }\n": typeof types.OrganizerActivityFormOptionsDocument,
    "\n  mutation OrganizerCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...OrganizerActivityFields }\n  }\n": typeof types.OrganizerCreateActivityDocument,
    "\n  mutation OrganizerUpdateActivity($id: ID!, $input: ActivityContentInput!) {\n    updateActivity(id: $id, input: $input) { ...OrganizerActivityFields }\n  }\n": typeof types.OrganizerUpdateActivityDocument,
    "\n  mutation OrganizerSubmitActivity($id: ID!) { submitActivity(id: $id) { ...OrganizerActivityFields } }\n": typeof types.OrganizerSubmitActivityDocument,
    "\n  mutation OrganizerWithdrawActivity($id: ID!) { withdrawActivity(id: $id) { ...OrganizerActivityFields } }\n": typeof types.OrganizerWithdrawActivityDocument,
    "\n  mutation OrganizerCancelActivity($id: ID!, $reason: String!) {\n    cancelActivity(id: $id, reason: $reason) { ...OrganizerActivityFields }\n  }\n": typeof types.OrganizerCancelActivityDocument,
    "\n  mutation OrganizerFinishActivity($id: ID!) { finishActivity(id: $id) { ...OrganizerActivityFields } }\n": typeof types.OrganizerFinishActivityDocument,
    "\n  mutation OrganizerApproveActivity($id: ID!) { approveActivity(id: $id) { ...OrganizerActivityFields } }\n": typeof types.OrganizerApproveActivityDocument,
    "\n  mutation OrganizerRejectActivity($id: ID!, $note: String!) {\n    rejectActivity(id: $id, note: $note) { ...OrganizerActivityFields }\n  }\n": typeof types.OrganizerRejectActivityDocument,
    "\n  query OrganizerActivityApprovalQueue($campaignId: ID, $after: String) {\n    activityApprovalCounts { waiting approvedToday rejectedToday }\n    activityApprovalQueue(campaignId: $campaignId, first: 20, after: $after) {\n      edges { node { ...OrganizerActivityFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrganizerActivityApprovalQueueDocument,
    "\n  query OrganizerSessionRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      sessions {\n        id\n        registrations(first: 100) {\n          edges { node { id status name phone createdAt waitlistPosition } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.OrganizerSessionRegistrationsDocument,
    "\n  mutation OrganizerSetSessionCapacity($sessionId: ID!, $capacity: Int!) {\n    setSessionCapacity(sessionId: $sessionId, capacity: $capacity) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled\n    }\n  }\n": typeof types.OrganizerSetSessionCapacityDocument,
    "\n  mutation OrganizerCancelActivitySession($sessionId: ID!, $reason: String!) {\n    cancelActivitySession(sessionId: $sessionId, reason: $reason) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled cancelReason\n    }\n  }\n": typeof types.OrganizerCancelActivitySessionDocument,
    "\n  mutation OrganizerImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) { accepted dryRun createdCount activityIds rows { row title ok errors } }\n  }\n": typeof types.OrganizerImportActivitiesDocument,
    "\n  query OrganizerActivityCover($id: ID!) {\n    asset(id: $id) { id kind fileName url thumbnailUrl }\n  }\n": typeof types.OrganizerActivityCoverDocument,
    "\n  query OrganizerActivityHost($id: ID!) {\n    org(id: $id) { id name regionCode }\n  }\n": typeof types.OrganizerActivityHostDocument,
    "\n  fragment OrganizerCampaignFields on Campaign {\n    id\n    name\n    edition\n    year\n    theme\n    startsOn\n    endsOn\n    summaryDeadline\n    parent { id name }\n    regionOrg { id name }\n    approverOrg { id name }\n    hosts { role org { id name } }\n    viewerCanManage\n  }\n": typeof types.OrganizerCampaignFieldsFragmentDoc,
    "\n  query OrganizerCampaigns {\n    campaigns(first: 50) { edges { node { ...OrganizerCampaignFields } } }\n  }\n": typeof types.OrganizerCampaignsDocument,
    "\n  mutation OrganizerUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) { ...OrganizerCampaignFields }\n  }\n": typeof types.OrganizerUpdateCampaignDocument,
    "\n  mutation OrganizerSetCampaignHosts($campaignId: ID!, $hosts: [CampaignHostInput!]!) {\n    setCampaignHosts(campaignId: $campaignId, hosts: $hosts) { ...OrganizerCampaignFields }\n  }\n": typeof types.OrganizerSetCampaignHostsDocument,
    "\n  mutation OrganizerImportOrgs($input: ImportOrgsInput!) {\n    importOrgs(input: $input) { accepted dryRun createdCount rows { row name ok errors } }\n  }\n": typeof types.OrganizerImportOrgsDocument,
    "\n  query OrganizerInvitationPreview($token: String!) {\n    invitation(token: $token) { orgName roles email expiresAt status }\n  }\n": typeof types.OrganizerInvitationPreviewDocument,
    "\n  mutation OrganizerAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n": typeof types.OrganizerAcceptInvitationDocument,
    "\n  query OrganizerMe {\n    me {\n      id\n      displayName\n      email\n      memberships { roles org { id name } }\n    }\n  }\n": typeof types.OrganizerMeDocument,
    "\n  fragment OrganizerInvitationFields on Invitation { id email roles expiresAt createdAt status }\n": typeof types.OrganizerInvitationFieldsFragmentDoc,
    "\n  query OrganizerMembers($orgId: ID!, $after: String) {\n    org(id: $orgId) {\n      id\n      name\n      viewerCanAdminister\n      members(first: 50, after: $after) {\n        edges { node { roles user { id displayName email } } }\n        pageInfo { hasNextPage endCursor }\n      }\n      invitations { ...OrganizerInvitationFields }\n    }\n  }\n": typeof types.OrganizerMembersDocument,
    "\n  mutation OrganizerSetMemberRoles($orgId: ID!, $userId: ID!, $roles: [Role!]!) {\n    setMemberRoles(orgId: $orgId, userId: $userId, roles: $roles) { roles user { id } }\n  }\n": typeof types.OrganizerSetMemberRolesDocument,
    "\n  mutation OrganizerRemoveMember($orgId: ID!, $userId: ID!) {\n    removeMember(orgId: $orgId, userId: $userId)\n  }\n": typeof types.OrganizerRemoveMemberDocument,
    "\n  mutation OrganizerInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      link\n      invitation { ...OrganizerInvitationFields }\n    }\n  }\n": typeof types.OrganizerInviteMemberDocument,
    "\n  mutation OrganizerRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": typeof types.OrganizerRevokeInvitationDocument,
    "\n  query OrganizerAudit($orgId: ID!) {\n    org(id: $orgId) {\n      id\n      auditEvents(first: 20) {\n        edges { node { id at action actor { id displayName } subjectUser { id displayName } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.OrganizerAuditDocument,
    "\n  query OrganizerOrg($id: ID!) {\n    org(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      regionCode\n      address\n      contacts { name title phone email }\n      viewerCanAdminister\n      ancestors { id name }\n      activities(first: 20) { edges { node { id title startsAt endsAt } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": typeof types.OrganizerOrgDocument,
    "\n  query OrganizerStorageUsage($orgId: ID!) {\n    storageUsage(orgId: $orgId) { usedBytes quotaBytes }\n  }\n": typeof types.OrganizerStorageUsageDocument,
    "\n  query OrganizerOrgSummary($id: ID!) {\n    org(id: $id) { id name level viewerCanAdminister ancestors { id name } }\n  }\n": typeof types.OrganizerOrgSummaryDocument,
    "\n  mutation OrganizerUpdateOrg($id: ID!, $input: UpdateOrgInput!) {\n    updateOrg(id: $id, input: $input) { id name shortName kind level regionCode address }\n  }\n": typeof types.OrganizerUpdateOrgDocument,
    "\n  mutation OrganizerSetContacts($orgId: ID!, $contacts: [ContactInput!]!) {\n    setOrgContacts(orgId: $orgId, contacts: $contacts) { id contacts { name title phone email } }\n  }\n": typeof types.OrganizerSetContactsDocument,
    "\n  query OrganizerSubtree($under: ID!, $search: String, $kind: OrgKind, $level: OrgLevel, $first: Int, $after: String) {\n    orgs(under: $under, search: $search, kind: $kind, level: $level, first: $first, after: $after) {\n      totalCount\n      edges { node { id name kind level regionCode parent { id name } children(first: 1) { totalCount } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrganizerSubtreeDocument,
    "\n  query OrganizerOrgSearch($search: String!, $first: Int) {\n    orgs(search: $search, first: $first) { totalCount edges { node { id name level } } }\n  }\n": typeof types.OrganizerOrgSearchDocument,
    "\n  mutation OrganizerCreateOrg($input: CreateOrgInput!) {\n    createOrg(input: $input) { id name level regionCode }\n  }\n": typeof types.OrganizerCreateOrgDocument,
    "\n  mutation OrganizerMoveOrg($id: ID!, $newParentId: ID!) {\n    moveOrg(id: $id, newParentId: $newParentId) { id ancestors { id name } }\n  }\n": typeof types.OrganizerMoveOrgDocument,
    "\n  query OrganizerCampaignChoices {\n    campaigns(first: 50) { edges { node { id name year startsOn endsOn parent { id } hosts { role org { id } } } } }\n  }\n": typeof types.OrganizerCampaignChoicesDocument,
    "\n  fragment OrganizerReachRow on ReachRow {\n    key views likes shares comments\n  }\n": typeof types.OrganizerReachRowFragmentDoc,
    "\n  query OrganizerWorkReach($campaignId: ID!, $orgId: ID) {\n    workReach(campaignId: $campaignId, orgId: $orgId) {\n      total { views likes shares comments }\n      byPlatform { ...OrganizerReachRow platform { key nameZh nameEn } }\n      byHashtag { ...OrganizerReachRow }\n      byOrg { ...OrganizerReachRow org { id name } }\n      byDay { day views likes shares comments }\n    }\n  }\n": typeof types.OrganizerWorkReachDocument,
    "\n  mutation OrganizerImportWorkPostings($input: ImportWorkPostingsInput!) {\n    importWorkPostings(input: $input) { accepted dryRun postingCount snapshotCount rows { row ok errors } }\n  }\n": typeof types.OrganizerImportWorkPostingsDocument,
    "\n  fragment OrganizerResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    usageRules\n    position\n    publishedAt\n    owner { id name }\n    campaign { id name }\n    files { id kind fileName mime bytes url thumbnailUrl posterUrl durationSeconds }\n  }\n": typeof types.OrganizerResourceFieldsFragmentDoc,
    "\n  query OrganizerResources($campaignId: ID!) {\n    resources(campaignId: $campaignId) { ...OrganizerResourceFields }\n  }\n": typeof types.OrganizerResourcesDocument,
    "\n  mutation OrganizerCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { ...OrganizerResourceFields }\n  }\n": typeof types.OrganizerCreateResourceDocument,
    "\n  mutation OrganizerUpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) { ...OrganizerResourceFields }\n  }\n": typeof types.OrganizerUpdateResourceDocument,
    "\n  mutation OrganizerReorderResources($campaignId: ID!, $ids: [ID!]!) {\n    reorderResources(campaignId: $campaignId, ids: $ids) { id position }\n  }\n": typeof types.OrganizerReorderResourcesDocument,
    "\n  mutation OrganizerRemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n": typeof types.OrganizerRemoveResourceDocument,
    "\n  query OrganizerActivitiesToReport($orgId: ID!, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, reportable: true, first: $first, after: $after) {\n      edges {\n        node {\n          id title mode status startsAt endsAt\n          viewerCan { report }\n          results {\n            sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n            photos { id url thumbnailUrl }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrganizerActivitiesToReportDocument,
    "\n  mutation OrganizerReportActivityResults($id: ID!, $input: ActivityResultsInput!) {\n    reportActivityResults(id: $id, input: $input) {\n      id status\n      viewerCan { report }\n      results {\n        sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n        photos { id url thumbnailUrl }\n      }\n    }\n  }\n": typeof types.OrganizerReportActivityResultsDocument,
    "\n  query OrganizerActivityFigures($orgId: ID!, $campaignId: ID!) {\n    activityFigures(orgId: $orgId, campaignId: $campaignId) {\n      total { activities sessions peopleServed registrations reported }\n      byCategory { key name figures { activities sessions peopleServed registrations } }\n      byRegion { key name figures { activities sessions peopleServed registrations } }\n      byDay { key name figures { activities sessions peopleServed registrations } }\n      byOrg { key name org { id name } figures { activities sessions peopleServed registrations } }\n    }\n  }\n": typeof types.OrganizerActivityFiguresDocument,
    "\n  fragment OrganizerTrailFields on Trail {\n    id title summary status publishedAt updatedAt viewerCanManage\n    campaign { id name }\n    stops { id position title venue address latitude longitude activity { id title startsAt endsAt } }\n  }\n": typeof types.OrganizerTrailFieldsFragmentDoc,
    "\n  query OrganizerMyTrails($orgId: ID!, $campaignId: ID, $after: String, $first: Int) {\n    myTrails(orgId: $orgId, campaignId: $campaignId, first: $first, after: $after) {\n      edges { node { ...OrganizerTrailFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrganizerMyTrailsDocument,
    "\n  query OrganizerStopActivityChoices($campaignId: ID!, $text: String) {\n    publicActivities(filter: { campaignId: $campaignId, text: $text }, first: 20) {\n      edges { node { id title status startsAt venue host { id name } } }\n    }\n  }\n": typeof types.OrganizerStopActivityChoicesDocument,
    "\n  mutation OrganizerCreateTrail($input: CreateTrailInput!) {\n    createTrail(input: $input) { ...OrganizerTrailFields }\n  }\n": typeof types.OrganizerCreateTrailDocument,
    "\n  mutation OrganizerUpdateTrail($id: ID!, $input: TrailContentInput!) {\n    updateTrail(id: $id, input: $input) { ...OrganizerTrailFields }\n  }\n": typeof types.OrganizerUpdateTrailDocument,
    "\n  mutation OrganizerPublishTrail($id: ID!) { publishTrail(id: $id) { ...OrganizerTrailFields } }\n": typeof types.OrganizerPublishTrailDocument,
    "\n  mutation OrganizerUnpublishTrail($id: ID!) { unpublishTrail(id: $id) { ...OrganizerTrailFields } }\n": typeof types.OrganizerUnpublishTrailDocument,
    "\n  mutation OrganizerRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) { asset { id } uploadUrl token tokenHeader maxBytes accept expiresAt }\n  }\n": typeof types.OrganizerRequestUploadDocument,
    "\n  query OrganizerUploadedAsset($id: ID!) {\n    asset(id: $id) { id status kind mime fileName bytes width height durationSeconds url thumbnailUrl posterUrl }\n  }\n": typeof types.OrganizerUploadedAssetDocument,
    "\n  fragment OrganizerWorkFields on Work {\n    id\n    kind\n    title\n    summary\n    body\n    status\n    hasPendingChanges\n    reviewNote\n    publishedAt\n    topics\n    hashtags\n    licence\n    creator { kind displayName role org { id name } }\n    owner { id name }\n    campaign { id name hashtags }\n    activity { id title }\n    cover { id thumbnailUrl url }\n    files { id kind fileName mime durationSeconds thumbnailUrl posterUrl url }\n    postings { id url postedAt platform { key nameZh nameEn } }\n    history { id action actorName note at }\n  }\n": typeof types.OrganizerWorkFieldsFragmentDoc,
    "\n  query OrganizerMyWorks($orgId: ID!, $status: WorkStatus, $after: String) {\n    myWorks(orgId: $orgId, status: $status, first: 50, after: $after) {\n      edges { node { id kind title status hasPendingChanges reviewNote publishedAt campaign { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.OrganizerMyWorksDocument,
    "\n  query OrganizerWork($id: ID!) {\n    work(id: $id) { ...OrganizerWorkFields }\n  }\n": typeof types.OrganizerWorkDocument,
    "\n  query OrganizerWorkFormOptions {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n    campaigns(first: 50) { edges { node { id name hashtags } } }\n  }\n": typeof types.OrganizerWorkFormOptionsDocument,
    "\n  mutation OrganizerCreateWork($input: CreateWorkInput!) {\n    createWork(input: $input) { ...OrganizerWorkFields }\n  }\n": typeof types.OrganizerCreateWorkDocument,
    "\n  mutation OrganizerUpdateWork($id: ID!, $content: WorkContentInput!) {\n    updateWork(id: $id, content: $content) { ...OrganizerWorkFields }\n  }\n": typeof types.OrganizerUpdateWorkDocument,
    "\n  mutation OrganizerSubmitWork($id: ID!) { submitWork(id: $id) { ...OrganizerWorkFields } }\n": typeof types.OrganizerSubmitWorkDocument,
    "\n  mutation OrganizerWithdrawWork($id: ID!) { withdrawWork(id: $id) { ...OrganizerWorkFields } }\n": typeof types.OrganizerWithdrawWorkDocument,
    "\n  mutation OrganizerApproveWork($id: ID!) { approveWork(id: $id) { ...OrganizerWorkFields } }\n": typeof types.OrganizerApproveWorkDocument,
    "\n  mutation OrganizerRejectWork($id: ID!, $note: String!) { rejectWork(id: $id, note: $note) { ...OrganizerWorkFields } }\n": typeof types.OrganizerRejectWorkDocument,
    "\n  mutation OrganizerTakeDownWork($id: ID!, $note: String!) {\n    takeDownWork(id: $id, note: $note) { ...OrganizerWorkFields }\n  }\n": typeof types.OrganizerTakeDownWorkDocument,
    "\n  mutation OrganizerAddWorkPosting($input: AddWorkPostingInput!) { addWorkPosting(input: $input) { id } }\n": typeof types.OrganizerAddWorkPostingDocument,
    "\n  mutation OrganizerRemoveWorkPosting($id: ID!) { removeWorkPosting(id: $id) }\n": typeof types.OrganizerRemoveWorkPostingDocument,
    "\n  query OrganizerModerationQueue {\n    workModerationCounts { waiting approvedToday rejectedToday }\n    workModerationQueue(first: 50) {\n      edges { node { ...OrganizerWorkFields } }\n    }\n  }\n": typeof types.OrganizerModerationQueueDocument,
};
const documents: Documents = {
    "\n  fragment OrganizerActivityFields on Activity {\n    id\n    title\n    summary\n    status\n    hasPendingChanges\n    reviewNote\n    cancelReason\n    publishedAt\n    category { id key nameZh nameEn }\n    programme\n    forms\n    mode\n    topics\n    audiences\n    startsAt\n    endsAt\n    regionCode\n    venue\n    address\n    latitude\n    longitude\n    livestreamUrl\n    coverAssetId\n    contact { name phone email }\n    host { id name regionCode }\n    coHosts { id name }\n    campaign { id name }\n    viewerCan { edit submit withdraw approve reject finish cancel }\n    sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n    pendingEdit {\n      title summary category { id nameZh nameEn } programme forms mode topics audiences startsAt endsAt\n      regionCode venue address latitude longitude livestreamUrl coHosts { id name } coverAssetId\n      sessions { sessionId startsAt endsAt capacity registrationRequired }\n    }\n    history { id action fromStatus toStatus note at }\n  }\n": types.OrganizerActivityFieldsFragmentDoc,
    "\n  query OrganizerMyActivities($orgId: ID!, $status: ActivityStatus, $campaignId: ID, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, status: $status, campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          id title status hasPendingChanges reviewNote startsAt endsAt venue mode\n          category { id nameZh nameEn }\n          campaign { id name }\n          viewerCan { edit submit withdraw approve reject finish cancel }\n          sessions { id confirmedCount waitlistCount capacity cancelled }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrganizerMyActivitiesDocument,
    "\n  query OrganizerActivity($id: ID!) {\n    activity(id: $id) { ...OrganizerActivityFields }\n  }\n": types.OrganizerActivityDocument,
    "\n  query OrganizerActivityCategories($campaignId: ID!) {\n    activityCategories(campaignId: $campaignId) { id key kind nameZh nameEn }\n  }\n": types.OrganizerActivityCategoriesDocument,
    "\n  query OrganizerActivityFormOptions {\n    workTopics\n    campaigns(first: 50) { edges { node { id name year parent { id } } } }\n  }\n": types.OrganizerActivityFormOptionsDocument,
    "\n  mutation OrganizerCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...OrganizerActivityFields }\n  }\n": types.OrganizerCreateActivityDocument,
    "\n  mutation OrganizerUpdateActivity($id: ID!, $input: ActivityContentInput!) {\n    updateActivity(id: $id, input: $input) { ...OrganizerActivityFields }\n  }\n": types.OrganizerUpdateActivityDocument,
    "\n  mutation OrganizerSubmitActivity($id: ID!) { submitActivity(id: $id) { ...OrganizerActivityFields } }\n": types.OrganizerSubmitActivityDocument,
    "\n  mutation OrganizerWithdrawActivity($id: ID!) { withdrawActivity(id: $id) { ...OrganizerActivityFields } }\n": types.OrganizerWithdrawActivityDocument,
    "\n  mutation OrganizerCancelActivity($id: ID!, $reason: String!) {\n    cancelActivity(id: $id, reason: $reason) { ...OrganizerActivityFields }\n  }\n": types.OrganizerCancelActivityDocument,
    "\n  mutation OrganizerFinishActivity($id: ID!) { finishActivity(id: $id) { ...OrganizerActivityFields } }\n": types.OrganizerFinishActivityDocument,
    "\n  mutation OrganizerApproveActivity($id: ID!) { approveActivity(id: $id) { ...OrganizerActivityFields } }\n": types.OrganizerApproveActivityDocument,
    "\n  mutation OrganizerRejectActivity($id: ID!, $note: String!) {\n    rejectActivity(id: $id, note: $note) { ...OrganizerActivityFields }\n  }\n": types.OrganizerRejectActivityDocument,
    "\n  query OrganizerActivityApprovalQueue($campaignId: ID, $after: String) {\n    activityApprovalCounts { waiting approvedToday rejectedToday }\n    activityApprovalQueue(campaignId: $campaignId, first: 20, after: $after) {\n      edges { node { ...OrganizerActivityFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrganizerActivityApprovalQueueDocument,
    "\n  query OrganizerSessionRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      sessions {\n        id\n        registrations(first: 100) {\n          edges { node { id status name phone createdAt waitlistPosition } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": types.OrganizerSessionRegistrationsDocument,
    "\n  mutation OrganizerSetSessionCapacity($sessionId: ID!, $capacity: Int!) {\n    setSessionCapacity(sessionId: $sessionId, capacity: $capacity) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled\n    }\n  }\n": types.OrganizerSetSessionCapacityDocument,
    "\n  mutation OrganizerCancelActivitySession($sessionId: ID!, $reason: String!) {\n    cancelActivitySession(sessionId: $sessionId, reason: $reason) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled cancelReason\n    }\n  }\n": types.OrganizerCancelActivitySessionDocument,
    "\n  mutation OrganizerImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) { accepted dryRun createdCount activityIds rows { row title ok errors } }\n  }\n": types.OrganizerImportActivitiesDocument,
    "\n  query OrganizerActivityCover($id: ID!) {\n    asset(id: $id) { id kind fileName url thumbnailUrl }\n  }\n": types.OrganizerActivityCoverDocument,
    "\n  query OrganizerActivityHost($id: ID!) {\n    org(id: $id) { id name regionCode }\n  }\n": types.OrganizerActivityHostDocument,
    "\n  fragment OrganizerCampaignFields on Campaign {\n    id\n    name\n    edition\n    year\n    theme\n    startsOn\n    endsOn\n    summaryDeadline\n    parent { id name }\n    regionOrg { id name }\n    approverOrg { id name }\n    hosts { role org { id name } }\n    viewerCanManage\n  }\n": types.OrganizerCampaignFieldsFragmentDoc,
    "\n  query OrganizerCampaigns {\n    campaigns(first: 50) { edges { node { ...OrganizerCampaignFields } } }\n  }\n": types.OrganizerCampaignsDocument,
    "\n  mutation OrganizerUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) { ...OrganizerCampaignFields }\n  }\n": types.OrganizerUpdateCampaignDocument,
    "\n  mutation OrganizerSetCampaignHosts($campaignId: ID!, $hosts: [CampaignHostInput!]!) {\n    setCampaignHosts(campaignId: $campaignId, hosts: $hosts) { ...OrganizerCampaignFields }\n  }\n": types.OrganizerSetCampaignHostsDocument,
    "\n  mutation OrganizerImportOrgs($input: ImportOrgsInput!) {\n    importOrgs(input: $input) { accepted dryRun createdCount rows { row name ok errors } }\n  }\n": types.OrganizerImportOrgsDocument,
    "\n  query OrganizerInvitationPreview($token: String!) {\n    invitation(token: $token) { orgName roles email expiresAt status }\n  }\n": types.OrganizerInvitationPreviewDocument,
    "\n  mutation OrganizerAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n": types.OrganizerAcceptInvitationDocument,
    "\n  query OrganizerMe {\n    me {\n      id\n      displayName\n      email\n      memberships { roles org { id name } }\n    }\n  }\n": types.OrganizerMeDocument,
    "\n  fragment OrganizerInvitationFields on Invitation { id email roles expiresAt createdAt status }\n": types.OrganizerInvitationFieldsFragmentDoc,
    "\n  query OrganizerMembers($orgId: ID!, $after: String) {\n    org(id: $orgId) {\n      id\n      name\n      viewerCanAdminister\n      members(first: 50, after: $after) {\n        edges { node { roles user { id displayName email } } }\n        pageInfo { hasNextPage endCursor }\n      }\n      invitations { ...OrganizerInvitationFields }\n    }\n  }\n": types.OrganizerMembersDocument,
    "\n  mutation OrganizerSetMemberRoles($orgId: ID!, $userId: ID!, $roles: [Role!]!) {\n    setMemberRoles(orgId: $orgId, userId: $userId, roles: $roles) { roles user { id } }\n  }\n": types.OrganizerSetMemberRolesDocument,
    "\n  mutation OrganizerRemoveMember($orgId: ID!, $userId: ID!) {\n    removeMember(orgId: $orgId, userId: $userId)\n  }\n": types.OrganizerRemoveMemberDocument,
    "\n  mutation OrganizerInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      link\n      invitation { ...OrganizerInvitationFields }\n    }\n  }\n": types.OrganizerInviteMemberDocument,
    "\n  mutation OrganizerRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n": types.OrganizerRevokeInvitationDocument,
    "\n  query OrganizerAudit($orgId: ID!) {\n    org(id: $orgId) {\n      id\n      auditEvents(first: 20) {\n        edges { node { id at action actor { id displayName } subjectUser { id displayName } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.OrganizerAuditDocument,
    "\n  query OrganizerOrg($id: ID!) {\n    org(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      regionCode\n      address\n      contacts { name title phone email }\n      viewerCanAdminister\n      ancestors { id name }\n      activities(first: 20) { edges { node { id title startsAt endsAt } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n": types.OrganizerOrgDocument,
    "\n  query OrganizerStorageUsage($orgId: ID!) {\n    storageUsage(orgId: $orgId) { usedBytes quotaBytes }\n  }\n": types.OrganizerStorageUsageDocument,
    "\n  query OrganizerOrgSummary($id: ID!) {\n    org(id: $id) { id name level viewerCanAdminister ancestors { id name } }\n  }\n": types.OrganizerOrgSummaryDocument,
    "\n  mutation OrganizerUpdateOrg($id: ID!, $input: UpdateOrgInput!) {\n    updateOrg(id: $id, input: $input) { id name shortName kind level regionCode address }\n  }\n": types.OrganizerUpdateOrgDocument,
    "\n  mutation OrganizerSetContacts($orgId: ID!, $contacts: [ContactInput!]!) {\n    setOrgContacts(orgId: $orgId, contacts: $contacts) { id contacts { name title phone email } }\n  }\n": types.OrganizerSetContactsDocument,
    "\n  query OrganizerSubtree($under: ID!, $search: String, $kind: OrgKind, $level: OrgLevel, $first: Int, $after: String) {\n    orgs(under: $under, search: $search, kind: $kind, level: $level, first: $first, after: $after) {\n      totalCount\n      edges { node { id name kind level regionCode parent { id name } children(first: 1) { totalCount } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrganizerSubtreeDocument,
    "\n  query OrganizerOrgSearch($search: String!, $first: Int) {\n    orgs(search: $search, first: $first) { totalCount edges { node { id name level } } }\n  }\n": types.OrganizerOrgSearchDocument,
    "\n  mutation OrganizerCreateOrg($input: CreateOrgInput!) {\n    createOrg(input: $input) { id name level regionCode }\n  }\n": types.OrganizerCreateOrgDocument,
    "\n  mutation OrganizerMoveOrg($id: ID!, $newParentId: ID!) {\n    moveOrg(id: $id, newParentId: $newParentId) { id ancestors { id name } }\n  }\n": types.OrganizerMoveOrgDocument,
    "\n  query OrganizerCampaignChoices {\n    campaigns(first: 50) { edges { node { id name year startsOn endsOn parent { id } hosts { role org { id } } } } }\n  }\n": types.OrganizerCampaignChoicesDocument,
    "\n  fragment OrganizerReachRow on ReachRow {\n    key views likes shares comments\n  }\n": types.OrganizerReachRowFragmentDoc,
    "\n  query OrganizerWorkReach($campaignId: ID!, $orgId: ID) {\n    workReach(campaignId: $campaignId, orgId: $orgId) {\n      total { views likes shares comments }\n      byPlatform { ...OrganizerReachRow platform { key nameZh nameEn } }\n      byHashtag { ...OrganizerReachRow }\n      byOrg { ...OrganizerReachRow org { id name } }\n      byDay { day views likes shares comments }\n    }\n  }\n": types.OrganizerWorkReachDocument,
    "\n  mutation OrganizerImportWorkPostings($input: ImportWorkPostingsInput!) {\n    importWorkPostings(input: $input) { accepted dryRun postingCount snapshotCount rows { row ok errors } }\n  }\n": types.OrganizerImportWorkPostingsDocument,
    "\n  fragment OrganizerResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    usageRules\n    position\n    publishedAt\n    owner { id name }\n    campaign { id name }\n    files { id kind fileName mime bytes url thumbnailUrl posterUrl durationSeconds }\n  }\n": types.OrganizerResourceFieldsFragmentDoc,
    "\n  query OrganizerResources($campaignId: ID!) {\n    resources(campaignId: $campaignId) { ...OrganizerResourceFields }\n  }\n": types.OrganizerResourcesDocument,
    "\n  mutation OrganizerCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { ...OrganizerResourceFields }\n  }\n": types.OrganizerCreateResourceDocument,
    "\n  mutation OrganizerUpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) { ...OrganizerResourceFields }\n  }\n": types.OrganizerUpdateResourceDocument,
    "\n  mutation OrganizerReorderResources($campaignId: ID!, $ids: [ID!]!) {\n    reorderResources(campaignId: $campaignId, ids: $ids) { id position }\n  }\n": types.OrganizerReorderResourcesDocument,
    "\n  mutation OrganizerRemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n": types.OrganizerRemoveResourceDocument,
    "\n  query OrganizerActivitiesToReport($orgId: ID!, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, reportable: true, first: $first, after: $after) {\n      edges {\n        node {\n          id title mode status startsAt endsAt\n          viewerCan { report }\n          results {\n            sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n            photos { id url thumbnailUrl }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrganizerActivitiesToReportDocument,
    "\n  mutation OrganizerReportActivityResults($id: ID!, $input: ActivityResultsInput!) {\n    reportActivityResults(id: $id, input: $input) {\n      id status\n      viewerCan { report }\n      results {\n        sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n        photos { id url thumbnailUrl }\n      }\n    }\n  }\n": types.OrganizerReportActivityResultsDocument,
    "\n  query OrganizerActivityFigures($orgId: ID!, $campaignId: ID!) {\n    activityFigures(orgId: $orgId, campaignId: $campaignId) {\n      total { activities sessions peopleServed registrations reported }\n      byCategory { key name figures { activities sessions peopleServed registrations } }\n      byRegion { key name figures { activities sessions peopleServed registrations } }\n      byDay { key name figures { activities sessions peopleServed registrations } }\n      byOrg { key name org { id name } figures { activities sessions peopleServed registrations } }\n    }\n  }\n": types.OrganizerActivityFiguresDocument,
    "\n  fragment OrganizerTrailFields on Trail {\n    id title summary status publishedAt updatedAt viewerCanManage\n    campaign { id name }\n    stops { id position title venue address latitude longitude activity { id title startsAt endsAt } }\n  }\n": types.OrganizerTrailFieldsFragmentDoc,
    "\n  query OrganizerMyTrails($orgId: ID!, $campaignId: ID, $after: String, $first: Int) {\n    myTrails(orgId: $orgId, campaignId: $campaignId, first: $first, after: $after) {\n      edges { node { ...OrganizerTrailFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrganizerMyTrailsDocument,
    "\n  query OrganizerStopActivityChoices($campaignId: ID!, $text: String) {\n    publicActivities(filter: { campaignId: $campaignId, text: $text }, first: 20) {\n      edges { node { id title status startsAt venue host { id name } } }\n    }\n  }\n": types.OrganizerStopActivityChoicesDocument,
    "\n  mutation OrganizerCreateTrail($input: CreateTrailInput!) {\n    createTrail(input: $input) { ...OrganizerTrailFields }\n  }\n": types.OrganizerCreateTrailDocument,
    "\n  mutation OrganizerUpdateTrail($id: ID!, $input: TrailContentInput!) {\n    updateTrail(id: $id, input: $input) { ...OrganizerTrailFields }\n  }\n": types.OrganizerUpdateTrailDocument,
    "\n  mutation OrganizerPublishTrail($id: ID!) { publishTrail(id: $id) { ...OrganizerTrailFields } }\n": types.OrganizerPublishTrailDocument,
    "\n  mutation OrganizerUnpublishTrail($id: ID!) { unpublishTrail(id: $id) { ...OrganizerTrailFields } }\n": types.OrganizerUnpublishTrailDocument,
    "\n  mutation OrganizerRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) { asset { id } uploadUrl token tokenHeader maxBytes accept expiresAt }\n  }\n": types.OrganizerRequestUploadDocument,
    "\n  query OrganizerUploadedAsset($id: ID!) {\n    asset(id: $id) { id status kind mime fileName bytes width height durationSeconds url thumbnailUrl posterUrl }\n  }\n": types.OrganizerUploadedAssetDocument,
    "\n  fragment OrganizerWorkFields on Work {\n    id\n    kind\n    title\n    summary\n    body\n    status\n    hasPendingChanges\n    reviewNote\n    publishedAt\n    topics\n    hashtags\n    licence\n    creator { kind displayName role org { id name } }\n    owner { id name }\n    campaign { id name hashtags }\n    activity { id title }\n    cover { id thumbnailUrl url }\n    files { id kind fileName mime durationSeconds thumbnailUrl posterUrl url }\n    postings { id url postedAt platform { key nameZh nameEn } }\n    history { id action actorName note at }\n  }\n": types.OrganizerWorkFieldsFragmentDoc,
    "\n  query OrganizerMyWorks($orgId: ID!, $status: WorkStatus, $after: String) {\n    myWorks(orgId: $orgId, status: $status, first: 50, after: $after) {\n      edges { node { id kind title status hasPendingChanges reviewNote publishedAt campaign { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.OrganizerMyWorksDocument,
    "\n  query OrganizerWork($id: ID!) {\n    work(id: $id) { ...OrganizerWorkFields }\n  }\n": types.OrganizerWorkDocument,
    "\n  query OrganizerWorkFormOptions {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n    campaigns(first: 50) { edges { node { id name hashtags } } }\n  }\n": types.OrganizerWorkFormOptionsDocument,
    "\n  mutation OrganizerCreateWork($input: CreateWorkInput!) {\n    createWork(input: $input) { ...OrganizerWorkFields }\n  }\n": types.OrganizerCreateWorkDocument,
    "\n  mutation OrganizerUpdateWork($id: ID!, $content: WorkContentInput!) {\n    updateWork(id: $id, content: $content) { ...OrganizerWorkFields }\n  }\n": types.OrganizerUpdateWorkDocument,
    "\n  mutation OrganizerSubmitWork($id: ID!) { submitWork(id: $id) { ...OrganizerWorkFields } }\n": types.OrganizerSubmitWorkDocument,
    "\n  mutation OrganizerWithdrawWork($id: ID!) { withdrawWork(id: $id) { ...OrganizerWorkFields } }\n": types.OrganizerWithdrawWorkDocument,
    "\n  mutation OrganizerApproveWork($id: ID!) { approveWork(id: $id) { ...OrganizerWorkFields } }\n": types.OrganizerApproveWorkDocument,
    "\n  mutation OrganizerRejectWork($id: ID!, $note: String!) { rejectWork(id: $id, note: $note) { ...OrganizerWorkFields } }\n": types.OrganizerRejectWorkDocument,
    "\n  mutation OrganizerTakeDownWork($id: ID!, $note: String!) {\n    takeDownWork(id: $id, note: $note) { ...OrganizerWorkFields }\n  }\n": types.OrganizerTakeDownWorkDocument,
    "\n  mutation OrganizerAddWorkPosting($input: AddWorkPostingInput!) { addWorkPosting(input: $input) { id } }\n": types.OrganizerAddWorkPostingDocument,
    "\n  mutation OrganizerRemoveWorkPosting($id: ID!) { removeWorkPosting(id: $id) }\n": types.OrganizerRemoveWorkPostingDocument,
    "\n  query OrganizerModerationQueue {\n    workModerationCounts { waiting approvedToday rejectedToday }\n    workModerationQueue(first: 50) {\n      edges { node { ...OrganizerWorkFields } }\n    }\n  }\n": types.OrganizerModerationQueueDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizerActivityFields on Activity {\n    id\n    title\n    summary\n    status\n    hasPendingChanges\n    reviewNote\n    cancelReason\n    publishedAt\n    category { id key nameZh nameEn }\n    programme\n    forms\n    mode\n    topics\n    audiences\n    startsAt\n    endsAt\n    regionCode\n    venue\n    address\n    latitude\n    longitude\n    livestreamUrl\n    coverAssetId\n    contact { name phone email }\n    host { id name regionCode }\n    coHosts { id name }\n    campaign { id name }\n    viewerCan { edit submit withdraw approve reject finish cancel }\n    sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n    pendingEdit {\n      title summary category { id nameZh nameEn } programme forms mode topics audiences startsAt endsAt\n      regionCode venue address latitude longitude livestreamUrl coHosts { id name } coverAssetId\n      sessions { sessionId startsAt endsAt capacity registrationRequired }\n    }\n    history { id action fromStatus toStatus note at }\n  }\n"): (typeof documents)["\n  fragment OrganizerActivityFields on Activity {\n    id\n    title\n    summary\n    status\n    hasPendingChanges\n    reviewNote\n    cancelReason\n    publishedAt\n    category { id key nameZh nameEn }\n    programme\n    forms\n    mode\n    topics\n    audiences\n    startsAt\n    endsAt\n    regionCode\n    venue\n    address\n    latitude\n    longitude\n    livestreamUrl\n    coverAssetId\n    contact { name phone email }\n    host { id name regionCode }\n    coHosts { id name }\n    campaign { id name }\n    viewerCan { edit submit withdraw approve reject finish cancel }\n    sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n    pendingEdit {\n      title summary category { id nameZh nameEn } programme forms mode topics audiences startsAt endsAt\n      regionCode venue address latitude longitude livestreamUrl coHosts { id name } coverAssetId\n      sessions { sessionId startsAt endsAt capacity registrationRequired }\n    }\n    history { id action fromStatus toStatus note at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerMyActivities($orgId: ID!, $status: ActivityStatus, $campaignId: ID, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, status: $status, campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          id title status hasPendingChanges reviewNote startsAt endsAt venue mode\n          category { id nameZh nameEn }\n          campaign { id name }\n          viewerCan { edit submit withdraw approve reject finish cancel }\n          sessions { id confirmedCount waitlistCount capacity cancelled }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerMyActivities($orgId: ID!, $status: ActivityStatus, $campaignId: ID, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, status: $status, campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          id title status hasPendingChanges reviewNote startsAt endsAt venue mode\n          category { id nameZh nameEn }\n          campaign { id name }\n          viewerCan { edit submit withdraw approve reject finish cancel }\n          sessions { id confirmedCount waitlistCount capacity cancelled }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivity($id: ID!) {\n    activity(id: $id) { ...OrganizerActivityFields }\n  }\n"): (typeof documents)["\n  query OrganizerActivity($id: ID!) {\n    activity(id: $id) { ...OrganizerActivityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivityCategories($campaignId: ID!) {\n    activityCategories(campaignId: $campaignId) { id key kind nameZh nameEn }\n  }\n"): (typeof documents)["\n  query OrganizerActivityCategories($campaignId: ID!) {\n    activityCategories(campaignId: $campaignId) { id key kind nameZh nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivityFormOptions {\n    workTopics\n    campaigns(first: 50) { edges { node { id name year parent { id } } } }\n  }\n"): (typeof documents)["\n  query OrganizerActivityFormOptions {\n    workTopics\n    campaigns(first: 50) { edges { node { id name year parent { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...OrganizerActivityFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerCreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) { ...OrganizerActivityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerUpdateActivity($id: ID!, $input: ActivityContentInput!) {\n    updateActivity(id: $id, input: $input) { ...OrganizerActivityFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerUpdateActivity($id: ID!, $input: ActivityContentInput!) {\n    updateActivity(id: $id, input: $input) { ...OrganizerActivityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerSubmitActivity($id: ID!) { submitActivity(id: $id) { ...OrganizerActivityFields } }\n"): (typeof documents)["\n  mutation OrganizerSubmitActivity($id: ID!) { submitActivity(id: $id) { ...OrganizerActivityFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerWithdrawActivity($id: ID!) { withdrawActivity(id: $id) { ...OrganizerActivityFields } }\n"): (typeof documents)["\n  mutation OrganizerWithdrawActivity($id: ID!) { withdrawActivity(id: $id) { ...OrganizerActivityFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerCancelActivity($id: ID!, $reason: String!) {\n    cancelActivity(id: $id, reason: $reason) { ...OrganizerActivityFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerCancelActivity($id: ID!, $reason: String!) {\n    cancelActivity(id: $id, reason: $reason) { ...OrganizerActivityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerFinishActivity($id: ID!) { finishActivity(id: $id) { ...OrganizerActivityFields } }\n"): (typeof documents)["\n  mutation OrganizerFinishActivity($id: ID!) { finishActivity(id: $id) { ...OrganizerActivityFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerApproveActivity($id: ID!) { approveActivity(id: $id) { ...OrganizerActivityFields } }\n"): (typeof documents)["\n  mutation OrganizerApproveActivity($id: ID!) { approveActivity(id: $id) { ...OrganizerActivityFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerRejectActivity($id: ID!, $note: String!) {\n    rejectActivity(id: $id, note: $note) { ...OrganizerActivityFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerRejectActivity($id: ID!, $note: String!) {\n    rejectActivity(id: $id, note: $note) { ...OrganizerActivityFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivityApprovalQueue($campaignId: ID, $after: String) {\n    activityApprovalCounts { waiting approvedToday rejectedToday }\n    activityApprovalQueue(campaignId: $campaignId, first: 20, after: $after) {\n      edges { node { ...OrganizerActivityFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerActivityApprovalQueue($campaignId: ID, $after: String) {\n    activityApprovalCounts { waiting approvedToday rejectedToday }\n    activityApprovalQueue(campaignId: $campaignId, first: 20, after: $after) {\n      edges { node { ...OrganizerActivityFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerSessionRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      sessions {\n        id\n        registrations(first: 100) {\n          edges { node { id status name phone createdAt waitlistPosition } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerSessionRegistrations($id: ID!) {\n    activity(id: $id) {\n      id\n      sessions {\n        id\n        registrations(first: 100) {\n          edges { node { id status name phone createdAt waitlistPosition } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerSetSessionCapacity($sessionId: ID!, $capacity: Int!) {\n    setSessionCapacity(sessionId: $sessionId, capacity: $capacity) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled\n    }\n  }\n"): (typeof documents)["\n  mutation OrganizerSetSessionCapacity($sessionId: ID!, $capacity: Int!) {\n    setSessionCapacity(sessionId: $sessionId, capacity: $capacity) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerCancelActivitySession($sessionId: ID!, $reason: String!) {\n    cancelActivitySession(sessionId: $sessionId, reason: $reason) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled cancelReason\n    }\n  }\n"): (typeof documents)["\n  mutation OrganizerCancelActivitySession($sessionId: ID!, $reason: String!) {\n    cancelActivitySession(sessionId: $sessionId, reason: $reason) {\n      id capacity confirmedCount waitlistCount placesLeft cancelled cancelReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) { accepted dryRun createdCount activityIds rows { row title ok errors } }\n  }\n"): (typeof documents)["\n  mutation OrganizerImportActivities($input: ImportActivitiesInput!) {\n    importActivities(input: $input) { accepted dryRun createdCount activityIds rows { row title ok errors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivityCover($id: ID!) {\n    asset(id: $id) { id kind fileName url thumbnailUrl }\n  }\n"): (typeof documents)["\n  query OrganizerActivityCover($id: ID!) {\n    asset(id: $id) { id kind fileName url thumbnailUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivityHost($id: ID!) {\n    org(id: $id) { id name regionCode }\n  }\n"): (typeof documents)["\n  query OrganizerActivityHost($id: ID!) {\n    org(id: $id) { id name regionCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizerCampaignFields on Campaign {\n    id\n    name\n    edition\n    year\n    theme\n    startsOn\n    endsOn\n    summaryDeadline\n    parent { id name }\n    regionOrg { id name }\n    approverOrg { id name }\n    hosts { role org { id name } }\n    viewerCanManage\n  }\n"): (typeof documents)["\n  fragment OrganizerCampaignFields on Campaign {\n    id\n    name\n    edition\n    year\n    theme\n    startsOn\n    endsOn\n    summaryDeadline\n    parent { id name }\n    regionOrg { id name }\n    approverOrg { id name }\n    hosts { role org { id name } }\n    viewerCanManage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerCampaigns {\n    campaigns(first: 50) { edges { node { ...OrganizerCampaignFields } } }\n  }\n"): (typeof documents)["\n  query OrganizerCampaigns {\n    campaigns(first: 50) { edges { node { ...OrganizerCampaignFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) { ...OrganizerCampaignFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {\n    updateCampaign(id: $id, input: $input) { ...OrganizerCampaignFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerSetCampaignHosts($campaignId: ID!, $hosts: [CampaignHostInput!]!) {\n    setCampaignHosts(campaignId: $campaignId, hosts: $hosts) { ...OrganizerCampaignFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerSetCampaignHosts($campaignId: ID!, $hosts: [CampaignHostInput!]!) {\n    setCampaignHosts(campaignId: $campaignId, hosts: $hosts) { ...OrganizerCampaignFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerImportOrgs($input: ImportOrgsInput!) {\n    importOrgs(input: $input) { accepted dryRun createdCount rows { row name ok errors } }\n  }\n"): (typeof documents)["\n  mutation OrganizerImportOrgs($input: ImportOrgsInput!) {\n    importOrgs(input: $input) { accepted dryRun createdCount rows { row name ok errors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerInvitationPreview($token: String!) {\n    invitation(token: $token) { orgName roles email expiresAt status }\n  }\n"): (typeof documents)["\n  query OrganizerInvitationPreview($token: String!) {\n    invitation(token: $token) { orgName roles email expiresAt status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n"): (typeof documents)["\n  mutation OrganizerAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerMe {\n    me {\n      id\n      displayName\n      email\n      memberships { roles org { id name } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerMe {\n    me {\n      id\n      displayName\n      email\n      memberships { roles org { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizerInvitationFields on Invitation { id email roles expiresAt createdAt status }\n"): (typeof documents)["\n  fragment OrganizerInvitationFields on Invitation { id email roles expiresAt createdAt status }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerMembers($orgId: ID!, $after: String) {\n    org(id: $orgId) {\n      id\n      name\n      viewerCanAdminister\n      members(first: 50, after: $after) {\n        edges { node { roles user { id displayName email } } }\n        pageInfo { hasNextPage endCursor }\n      }\n      invitations { ...OrganizerInvitationFields }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerMembers($orgId: ID!, $after: String) {\n    org(id: $orgId) {\n      id\n      name\n      viewerCanAdminister\n      members(first: 50, after: $after) {\n        edges { node { roles user { id displayName email } } }\n        pageInfo { hasNextPage endCursor }\n      }\n      invitations { ...OrganizerInvitationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerSetMemberRoles($orgId: ID!, $userId: ID!, $roles: [Role!]!) {\n    setMemberRoles(orgId: $orgId, userId: $userId, roles: $roles) { roles user { id } }\n  }\n"): (typeof documents)["\n  mutation OrganizerSetMemberRoles($orgId: ID!, $userId: ID!, $roles: [Role!]!) {\n    setMemberRoles(orgId: $orgId, userId: $userId, roles: $roles) { roles user { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerRemoveMember($orgId: ID!, $userId: ID!) {\n    removeMember(orgId: $orgId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation OrganizerRemoveMember($orgId: ID!, $userId: ID!) {\n    removeMember(orgId: $orgId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      link\n      invitation { ...OrganizerInvitationFields }\n    }\n  }\n"): (typeof documents)["\n  mutation OrganizerInviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      link\n      invitation { ...OrganizerInvitationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation OrganizerRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerAudit($orgId: ID!) {\n    org(id: $orgId) {\n      id\n      auditEvents(first: 20) {\n        edges { node { id at action actor { id displayName } subjectUser { id displayName } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerAudit($orgId: ID!) {\n    org(id: $orgId) {\n      id\n      auditEvents(first: 20) {\n        edges { node { id at action actor { id displayName } subjectUser { id displayName } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerOrg($id: ID!) {\n    org(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      regionCode\n      address\n      contacts { name title phone email }\n      viewerCanAdminister\n      ancestors { id name }\n      activities(first: 20) { edges { node { id title startsAt endsAt } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerOrg($id: ID!) {\n    org(id: $id) {\n      id\n      name\n      shortName\n      kind\n      level\n      regionCode\n      address\n      contacts { name title phone email }\n      viewerCanAdminister\n      ancestors { id name }\n      activities(first: 20) { edges { node { id title startsAt endsAt } } pageInfo { hasNextPage endCursor } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerStorageUsage($orgId: ID!) {\n    storageUsage(orgId: $orgId) { usedBytes quotaBytes }\n  }\n"): (typeof documents)["\n  query OrganizerStorageUsage($orgId: ID!) {\n    storageUsage(orgId: $orgId) { usedBytes quotaBytes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerOrgSummary($id: ID!) {\n    org(id: $id) { id name level viewerCanAdminister ancestors { id name } }\n  }\n"): (typeof documents)["\n  query OrganizerOrgSummary($id: ID!) {\n    org(id: $id) { id name level viewerCanAdminister ancestors { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerUpdateOrg($id: ID!, $input: UpdateOrgInput!) {\n    updateOrg(id: $id, input: $input) { id name shortName kind level regionCode address }\n  }\n"): (typeof documents)["\n  mutation OrganizerUpdateOrg($id: ID!, $input: UpdateOrgInput!) {\n    updateOrg(id: $id, input: $input) { id name shortName kind level regionCode address }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerSetContacts($orgId: ID!, $contacts: [ContactInput!]!) {\n    setOrgContacts(orgId: $orgId, contacts: $contacts) { id contacts { name title phone email } }\n  }\n"): (typeof documents)["\n  mutation OrganizerSetContacts($orgId: ID!, $contacts: [ContactInput!]!) {\n    setOrgContacts(orgId: $orgId, contacts: $contacts) { id contacts { name title phone email } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerSubtree($under: ID!, $search: String, $kind: OrgKind, $level: OrgLevel, $first: Int, $after: String) {\n    orgs(under: $under, search: $search, kind: $kind, level: $level, first: $first, after: $after) {\n      totalCount\n      edges { node { id name kind level regionCode parent { id name } children(first: 1) { totalCount } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerSubtree($under: ID!, $search: String, $kind: OrgKind, $level: OrgLevel, $first: Int, $after: String) {\n    orgs(under: $under, search: $search, kind: $kind, level: $level, first: $first, after: $after) {\n      totalCount\n      edges { node { id name kind level regionCode parent { id name } children(first: 1) { totalCount } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerOrgSearch($search: String!, $first: Int) {\n    orgs(search: $search, first: $first) { totalCount edges { node { id name level } } }\n  }\n"): (typeof documents)["\n  query OrganizerOrgSearch($search: String!, $first: Int) {\n    orgs(search: $search, first: $first) { totalCount edges { node { id name level } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerCreateOrg($input: CreateOrgInput!) {\n    createOrg(input: $input) { id name level regionCode }\n  }\n"): (typeof documents)["\n  mutation OrganizerCreateOrg($input: CreateOrgInput!) {\n    createOrg(input: $input) { id name level regionCode }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerMoveOrg($id: ID!, $newParentId: ID!) {\n    moveOrg(id: $id, newParentId: $newParentId) { id ancestors { id name } }\n  }\n"): (typeof documents)["\n  mutation OrganizerMoveOrg($id: ID!, $newParentId: ID!) {\n    moveOrg(id: $id, newParentId: $newParentId) { id ancestors { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerCampaignChoices {\n    campaigns(first: 50) { edges { node { id name year startsOn endsOn parent { id } hosts { role org { id } } } } }\n  }\n"): (typeof documents)["\n  query OrganizerCampaignChoices {\n    campaigns(first: 50) { edges { node { id name year startsOn endsOn parent { id } hosts { role org { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizerReachRow on ReachRow {\n    key views likes shares comments\n  }\n"): (typeof documents)["\n  fragment OrganizerReachRow on ReachRow {\n    key views likes shares comments\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerWorkReach($campaignId: ID!, $orgId: ID) {\n    workReach(campaignId: $campaignId, orgId: $orgId) {\n      total { views likes shares comments }\n      byPlatform { ...OrganizerReachRow platform { key nameZh nameEn } }\n      byHashtag { ...OrganizerReachRow }\n      byOrg { ...OrganizerReachRow org { id name } }\n      byDay { day views likes shares comments }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerWorkReach($campaignId: ID!, $orgId: ID) {\n    workReach(campaignId: $campaignId, orgId: $orgId) {\n      total { views likes shares comments }\n      byPlatform { ...OrganizerReachRow platform { key nameZh nameEn } }\n      byHashtag { ...OrganizerReachRow }\n      byOrg { ...OrganizerReachRow org { id name } }\n      byDay { day views likes shares comments }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerImportWorkPostings($input: ImportWorkPostingsInput!) {\n    importWorkPostings(input: $input) { accepted dryRun postingCount snapshotCount rows { row ok errors } }\n  }\n"): (typeof documents)["\n  mutation OrganizerImportWorkPostings($input: ImportWorkPostingsInput!) {\n    importWorkPostings(input: $input) { accepted dryRun postingCount snapshotCount rows { row ok errors } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizerResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    usageRules\n    position\n    publishedAt\n    owner { id name }\n    campaign { id name }\n    files { id kind fileName mime bytes url thumbnailUrl posterUrl durationSeconds }\n  }\n"): (typeof documents)["\n  fragment OrganizerResourceFields on Resource {\n    id\n    kind\n    title\n    description\n    usageRules\n    position\n    publishedAt\n    owner { id name }\n    campaign { id name }\n    files { id kind fileName mime bytes url thumbnailUrl posterUrl durationSeconds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerResources($campaignId: ID!) {\n    resources(campaignId: $campaignId) { ...OrganizerResourceFields }\n  }\n"): (typeof documents)["\n  query OrganizerResources($campaignId: ID!) {\n    resources(campaignId: $campaignId) { ...OrganizerResourceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { ...OrganizerResourceFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerCreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) { ...OrganizerResourceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerUpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) { ...OrganizerResourceFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerUpdateResource($input: UpdateResourceInput!) {\n    updateResource(input: $input) { ...OrganizerResourceFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerReorderResources($campaignId: ID!, $ids: [ID!]!) {\n    reorderResources(campaignId: $campaignId, ids: $ids) { id position }\n  }\n"): (typeof documents)["\n  mutation OrganizerReorderResources($campaignId: ID!, $ids: [ID!]!) {\n    reorderResources(campaignId: $campaignId, ids: $ids) { id position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerRemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n"): (typeof documents)["\n  mutation OrganizerRemoveResource($id: ID!) {\n    removeResource(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivitiesToReport($orgId: ID!, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, reportable: true, first: $first, after: $after) {\n      edges {\n        node {\n          id title mode status startsAt endsAt\n          viewerCan { report }\n          results {\n            sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n            photos { id url thumbnailUrl }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerActivitiesToReport($orgId: ID!, $after: String, $first: Int) {\n    myActivities(orgId: $orgId, reportable: true, first: $first, after: $after) {\n      edges {\n        node {\n          id title mode status startsAt endsAt\n          viewerCan { report }\n          results {\n            sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n            photos { id url thumbnailUrl }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerReportActivityResults($id: ID!, $input: ActivityResultsInput!) {\n    reportActivityResults(id: $id, input: $input) {\n      id status\n      viewerCan { report }\n      results {\n        sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n        photos { id url thumbnailUrl }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrganizerReportActivityResults($id: ID!, $input: ActivityResultsInput!) {\n    reportActivityResults(id: $id, input: $input) {\n      id status\n      viewerCan { report }\n      results {\n        sessionsHeld peopleServed newsLinks summary reportedAt correctedAt\n        photos { id url thumbnailUrl }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerActivityFigures($orgId: ID!, $campaignId: ID!) {\n    activityFigures(orgId: $orgId, campaignId: $campaignId) {\n      total { activities sessions peopleServed registrations reported }\n      byCategory { key name figures { activities sessions peopleServed registrations } }\n      byRegion { key name figures { activities sessions peopleServed registrations } }\n      byDay { key name figures { activities sessions peopleServed registrations } }\n      byOrg { key name org { id name } figures { activities sessions peopleServed registrations } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerActivityFigures($orgId: ID!, $campaignId: ID!) {\n    activityFigures(orgId: $orgId, campaignId: $campaignId) {\n      total { activities sessions peopleServed registrations reported }\n      byCategory { key name figures { activities sessions peopleServed registrations } }\n      byRegion { key name figures { activities sessions peopleServed registrations } }\n      byDay { key name figures { activities sessions peopleServed registrations } }\n      byOrg { key name org { id name } figures { activities sessions peopleServed registrations } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizerTrailFields on Trail {\n    id title summary status publishedAt updatedAt viewerCanManage\n    campaign { id name }\n    stops { id position title venue address latitude longitude activity { id title startsAt endsAt } }\n  }\n"): (typeof documents)["\n  fragment OrganizerTrailFields on Trail {\n    id title summary status publishedAt updatedAt viewerCanManage\n    campaign { id name }\n    stops { id position title venue address latitude longitude activity { id title startsAt endsAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerMyTrails($orgId: ID!, $campaignId: ID, $after: String, $first: Int) {\n    myTrails(orgId: $orgId, campaignId: $campaignId, first: $first, after: $after) {\n      edges { node { ...OrganizerTrailFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerMyTrails($orgId: ID!, $campaignId: ID, $after: String, $first: Int) {\n    myTrails(orgId: $orgId, campaignId: $campaignId, first: $first, after: $after) {\n      edges { node { ...OrganizerTrailFields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerStopActivityChoices($campaignId: ID!, $text: String) {\n    publicActivities(filter: { campaignId: $campaignId, text: $text }, first: 20) {\n      edges { node { id title status startsAt venue host { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerStopActivityChoices($campaignId: ID!, $text: String) {\n    publicActivities(filter: { campaignId: $campaignId, text: $text }, first: 20) {\n      edges { node { id title status startsAt venue host { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerCreateTrail($input: CreateTrailInput!) {\n    createTrail(input: $input) { ...OrganizerTrailFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerCreateTrail($input: CreateTrailInput!) {\n    createTrail(input: $input) { ...OrganizerTrailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerUpdateTrail($id: ID!, $input: TrailContentInput!) {\n    updateTrail(id: $id, input: $input) { ...OrganizerTrailFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerUpdateTrail($id: ID!, $input: TrailContentInput!) {\n    updateTrail(id: $id, input: $input) { ...OrganizerTrailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerPublishTrail($id: ID!) { publishTrail(id: $id) { ...OrganizerTrailFields } }\n"): (typeof documents)["\n  mutation OrganizerPublishTrail($id: ID!) { publishTrail(id: $id) { ...OrganizerTrailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerUnpublishTrail($id: ID!) { unpublishTrail(id: $id) { ...OrganizerTrailFields } }\n"): (typeof documents)["\n  mutation OrganizerUnpublishTrail($id: ID!) { unpublishTrail(id: $id) { ...OrganizerTrailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) { asset { id } uploadUrl token tokenHeader maxBytes accept expiresAt }\n  }\n"): (typeof documents)["\n  mutation OrganizerRequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) { asset { id } uploadUrl token tokenHeader maxBytes accept expiresAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerUploadedAsset($id: ID!) {\n    asset(id: $id) { id status kind mime fileName bytes width height durationSeconds url thumbnailUrl posterUrl }\n  }\n"): (typeof documents)["\n  query OrganizerUploadedAsset($id: ID!) {\n    asset(id: $id) { id status kind mime fileName bytes width height durationSeconds url thumbnailUrl posterUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizerWorkFields on Work {\n    id\n    kind\n    title\n    summary\n    body\n    status\n    hasPendingChanges\n    reviewNote\n    publishedAt\n    topics\n    hashtags\n    licence\n    creator { kind displayName role org { id name } }\n    owner { id name }\n    campaign { id name hashtags }\n    activity { id title }\n    cover { id thumbnailUrl url }\n    files { id kind fileName mime durationSeconds thumbnailUrl posterUrl url }\n    postings { id url postedAt platform { key nameZh nameEn } }\n    history { id action actorName note at }\n  }\n"): (typeof documents)["\n  fragment OrganizerWorkFields on Work {\n    id\n    kind\n    title\n    summary\n    body\n    status\n    hasPendingChanges\n    reviewNote\n    publishedAt\n    topics\n    hashtags\n    licence\n    creator { kind displayName role org { id name } }\n    owner { id name }\n    campaign { id name hashtags }\n    activity { id title }\n    cover { id thumbnailUrl url }\n    files { id kind fileName mime durationSeconds thumbnailUrl posterUrl url }\n    postings { id url postedAt platform { key nameZh nameEn } }\n    history { id action actorName note at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerMyWorks($orgId: ID!, $status: WorkStatus, $after: String) {\n    myWorks(orgId: $orgId, status: $status, first: 50, after: $after) {\n      edges { node { id kind title status hasPendingChanges reviewNote publishedAt campaign { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerMyWorks($orgId: ID!, $status: WorkStatus, $after: String) {\n    myWorks(orgId: $orgId, status: $status, first: 50, after: $after) {\n      edges { node { id kind title status hasPendingChanges reviewNote publishedAt campaign { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerWork($id: ID!) {\n    work(id: $id) { ...OrganizerWorkFields }\n  }\n"): (typeof documents)["\n  query OrganizerWork($id: ID!) {\n    work(id: $id) { ...OrganizerWorkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerWorkFormOptions {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n    campaigns(first: 50) { edges { node { id name hashtags } } }\n  }\n"): (typeof documents)["\n  query OrganizerWorkFormOptions {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n    campaigns(first: 50) { edges { node { id name hashtags } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerCreateWork($input: CreateWorkInput!) {\n    createWork(input: $input) { ...OrganizerWorkFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerCreateWork($input: CreateWorkInput!) {\n    createWork(input: $input) { ...OrganizerWorkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerUpdateWork($id: ID!, $content: WorkContentInput!) {\n    updateWork(id: $id, content: $content) { ...OrganizerWorkFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerUpdateWork($id: ID!, $content: WorkContentInput!) {\n    updateWork(id: $id, content: $content) { ...OrganizerWorkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerSubmitWork($id: ID!) { submitWork(id: $id) { ...OrganizerWorkFields } }\n"): (typeof documents)["\n  mutation OrganizerSubmitWork($id: ID!) { submitWork(id: $id) { ...OrganizerWorkFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerWithdrawWork($id: ID!) { withdrawWork(id: $id) { ...OrganizerWorkFields } }\n"): (typeof documents)["\n  mutation OrganizerWithdrawWork($id: ID!) { withdrawWork(id: $id) { ...OrganizerWorkFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerApproveWork($id: ID!) { approveWork(id: $id) { ...OrganizerWorkFields } }\n"): (typeof documents)["\n  mutation OrganizerApproveWork($id: ID!) { approveWork(id: $id) { ...OrganizerWorkFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerRejectWork($id: ID!, $note: String!) { rejectWork(id: $id, note: $note) { ...OrganizerWorkFields } }\n"): (typeof documents)["\n  mutation OrganizerRejectWork($id: ID!, $note: String!) { rejectWork(id: $id, note: $note) { ...OrganizerWorkFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerTakeDownWork($id: ID!, $note: String!) {\n    takeDownWork(id: $id, note: $note) { ...OrganizerWorkFields }\n  }\n"): (typeof documents)["\n  mutation OrganizerTakeDownWork($id: ID!, $note: String!) {\n    takeDownWork(id: $id, note: $note) { ...OrganizerWorkFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerAddWorkPosting($input: AddWorkPostingInput!) { addWorkPosting(input: $input) { id } }\n"): (typeof documents)["\n  mutation OrganizerAddWorkPosting($input: AddWorkPostingInput!) { addWorkPosting(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrganizerRemoveWorkPosting($id: ID!) { removeWorkPosting(id: $id) }\n"): (typeof documents)["\n  mutation OrganizerRemoveWorkPosting($id: ID!) { removeWorkPosting(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerModerationQueue {\n    workModerationCounts { waiting approvedToday rejectedToday }\n    workModerationQueue(first: 50) {\n      edges { node { ...OrganizerWorkFields } }\n    }\n  }\n"): (typeof documents)["\n  query OrganizerModerationQueue {\n    workModerationCounts { waiting approvedToday rejectedToday }\n    workModerationQueue(first: 50) {\n      edges { node { ...OrganizerWorkFields } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;