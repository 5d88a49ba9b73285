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
    "\n  query PublicActivityPage($id: ID!) {\n    activity(id: $id) {\n      id title summary programme forms mode topics audiences startsAt endsAt\n      venue address latitude longitude livestreamUrl status cancelReason\n      category { id nameZh nameEn }\n      host { id name }\n      coHosts { id name }\n      cover { id url }\n      sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n      works { id title kind }\n      results { sessionsHeld peopleServed newsLinks summary photos { id url } }\n      trailStops(first: 10) { edges { node { id trail { id title } } } }\n    }\n  }\n": typeof types.PublicActivityPageDocument,
    "\n  query PublicMyRegistrations {\n    myRegistrations(first: 100) {\n      edges {\n        node {\n          id status waitlistPosition createdAt\n          session { id startsAt endsAt cancelled activity { id title venue } }\n        }\n      }\n    }\n  }\n": typeof types.PublicMyRegistrationsDocument,
    "\n  mutation PublicRegister($sessionId: ID!, $contact: RegistrationContactInput!) {\n    registerForSession(sessionId: $sessionId, contact: $contact) { id status waitlistPosition }\n  }\n": typeof types.PublicRegisterDocument,
    "\n  mutation PublicCancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) { id status }\n  }\n": typeof types.PublicCancelRegistrationDocument,
    "\n  query PublicMyCalendarFeed {\n    myCalendarFeedUrl\n  }\n": typeof types.PublicMyCalendarFeedDocument,
    "\n  query DiscoverActivities($filter: ActivityFilter, $first: Int!, $after: String) {\n    publicActivities(filter: $filter, first: $first, after: $after) {\n      edges { node { id title venue startsAt endsAt mode categoryKind } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DiscoverActivitiesDocument,
    "\n  query DiscoverNear($latitude: Float!, $longitude: Float!, $radiusKm: Float, $filter: ActivityFilter, $first: Int!) {\n    activitiesNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, filter: $filter, first: $first) {\n      edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n    }\n  }\n": typeof types.DiscoverNearDocument,
    "\n  query DiscoverCircle($latitude: Float!, $longitude: Float!, $mode: TravelMode!, $filter: ActivityFilter, $first: Int!) {\n    activityServiceCircle(latitude: $latitude, longitude: $longitude, mode: $mode, filter: $filter) {\n      mode minutes radiusKm model\n      activities(first: $first) {\n        edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n      }\n    }\n  }\n": typeof types.DiscoverCircleDocument,
    "\n  query DiscoverCalendar($from: Date!, $to: Date!, $filter: ActivityFilter) {\n    activityCalendar(from: $from, to: $to, filter: $filter) { day count }\n  }\n": typeof types.DiscoverCalendarDocument,
    "\n  query DiscoverMap($bbox: BoundingBoxInput!, $zoom: Int!, $filter: ActivityFilter) {\n    activityMap(bbox: $bbox, zoom: $zoom, filter: $filter) {\n      zoom total\n      features { latitude longitude count expansionZoom activityId activity { id title } }\n    }\n  }\n": typeof types.DiscoverMapDocument,
    "\n  mutation PublicRequestSignUp($email: String!) {\n    requestSignUp(email: $email)\n  }\n": typeof types.PublicRequestSignUpDocument,
    "\n  mutation PublicCompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n": typeof types.PublicCompleteSignUpDocument,
    "\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn figures { activities peopleServed registrations regionsCovered } }\n  }\n": typeof types.PublicCurrentCampaignDocument,
    "\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary categoryKind programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PublicActivitiesDocument,
    "\n  query PublicCampaignTrails($campaignId: ID!, $first: Int!) {\n    trails(campaignId: $campaignId, first: $first) {\n      edges {\n        node {\n          id title summary\n          host { id name }\n          stops { id position title venue activity { id title } }\n        }\n      }\n    }\n  }\n": typeof types.PublicCampaignTrailsDocument,
    "\n  query PublicTrailPage($id: ID!) {\n    trail(id: $id) {\n      id title summary status\n      host { id name }\n      stops { id position title venue address activity { id } }\n    }\n  }\n": typeof types.PublicTrailPageDocument,
    "\n  query PublicMyTrailProgress($id: ID!) {\n    myTrailProgress(trailId: $id) { done total completed completedAt stops { checkedInAt stop { id } } }\n  }\n": typeof types.PublicMyTrailProgressDocument,
    "\n  mutation PublicCheckIn($stopId: ID!, $code: String!) {\n    checkIn(stopId: $stopId, code: $code) {\n      at alreadyCheckedIn\n      stop { id title }\n      progress { done total completed completedAt stops { checkedInAt stop { id } } }\n    }\n  }\n": typeof types.PublicCheckInDocument,
    "\n  query PublicTrailStopCode($stopId: ID!) {\n    trailStopCode(stopId: $stopId) { stopId code rotatesAt stepSeconds checkInUrl }\n  }\n": typeof types.PublicTrailStopCodeDocument,
    "\n  query PublicWorks($filter: WorkFilter, $first: Int!, $after: String) {\n    works(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id kind title summary hashtags publishedAt\n          creator { displayName }\n          owner { id name }\n          cover { id thumbnailUrl }\n          files { id kind posterUrl thumbnailUrl }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PublicWorksDocument,
    "\n  query PublicWorkFilterChoices {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n  }\n": typeof types.PublicWorkFilterChoicesDocument,
    "\n  query PublicWorkFilterNames($orgId: ID!, $activityId: ID!, $withOrg: Boolean!, $withActivity: Boolean!) {\n    org(id: $orgId) @include(if: $withOrg) { id name }\n    activity(id: $activityId) @include(if: $withActivity) { id title }\n  }\n": typeof types.PublicWorkFilterNamesDocument,
    "\n  query PublicWork($id: ID!) {\n    work(id: $id) {\n      id kind title summary body hashtags topics licence publishedAt\n      creator { kind displayName role }\n      owner { id name }\n      activity { id title }\n      cover { id url thumbnailUrl width height }\n      files { id kind url posterUrl thumbnailUrl width height durationSeconds }\n      postings { id url postedAt platform { key nameZh nameEn } }\n      reach { views likes shares comments }\n    }\n  }\n": typeof types.PublicWorkDocument,
};
const documents: Documents = {
    "\n  query PublicActivityPage($id: ID!) {\n    activity(id: $id) {\n      id title summary programme forms mode topics audiences startsAt endsAt\n      venue address latitude longitude livestreamUrl status cancelReason\n      category { id nameZh nameEn }\n      host { id name }\n      coHosts { id name }\n      cover { id url }\n      sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n      works { id title kind }\n      results { sessionsHeld peopleServed newsLinks summary photos { id url } }\n      trailStops(first: 10) { edges { node { id trail { id title } } } }\n    }\n  }\n": types.PublicActivityPageDocument,
    "\n  query PublicMyRegistrations {\n    myRegistrations(first: 100) {\n      edges {\n        node {\n          id status waitlistPosition createdAt\n          session { id startsAt endsAt cancelled activity { id title venue } }\n        }\n      }\n    }\n  }\n": types.PublicMyRegistrationsDocument,
    "\n  mutation PublicRegister($sessionId: ID!, $contact: RegistrationContactInput!) {\n    registerForSession(sessionId: $sessionId, contact: $contact) { id status waitlistPosition }\n  }\n": types.PublicRegisterDocument,
    "\n  mutation PublicCancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) { id status }\n  }\n": types.PublicCancelRegistrationDocument,
    "\n  query PublicMyCalendarFeed {\n    myCalendarFeedUrl\n  }\n": types.PublicMyCalendarFeedDocument,
    "\n  query DiscoverActivities($filter: ActivityFilter, $first: Int!, $after: String) {\n    publicActivities(filter: $filter, first: $first, after: $after) {\n      edges { node { id title venue startsAt endsAt mode categoryKind } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DiscoverActivitiesDocument,
    "\n  query DiscoverNear($latitude: Float!, $longitude: Float!, $radiusKm: Float, $filter: ActivityFilter, $first: Int!) {\n    activitiesNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, filter: $filter, first: $first) {\n      edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n    }\n  }\n": types.DiscoverNearDocument,
    "\n  query DiscoverCircle($latitude: Float!, $longitude: Float!, $mode: TravelMode!, $filter: ActivityFilter, $first: Int!) {\n    activityServiceCircle(latitude: $latitude, longitude: $longitude, mode: $mode, filter: $filter) {\n      mode minutes radiusKm model\n      activities(first: $first) {\n        edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n      }\n    }\n  }\n": types.DiscoverCircleDocument,
    "\n  query DiscoverCalendar($from: Date!, $to: Date!, $filter: ActivityFilter) {\n    activityCalendar(from: $from, to: $to, filter: $filter) { day count }\n  }\n": types.DiscoverCalendarDocument,
    "\n  query DiscoverMap($bbox: BoundingBoxInput!, $zoom: Int!, $filter: ActivityFilter) {\n    activityMap(bbox: $bbox, zoom: $zoom, filter: $filter) {\n      zoom total\n      features { latitude longitude count expansionZoom activityId activity { id title } }\n    }\n  }\n": types.DiscoverMapDocument,
    "\n  mutation PublicRequestSignUp($email: String!) {\n    requestSignUp(email: $email)\n  }\n": types.PublicRequestSignUpDocument,
    "\n  mutation PublicCompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n": types.PublicCompleteSignUpDocument,
    "\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn figures { activities peopleServed registrations regionsCovered } }\n  }\n": types.PublicCurrentCampaignDocument,
    "\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary categoryKind programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PublicActivitiesDocument,
    "\n  query PublicCampaignTrails($campaignId: ID!, $first: Int!) {\n    trails(campaignId: $campaignId, first: $first) {\n      edges {\n        node {\n          id title summary\n          host { id name }\n          stops { id position title venue activity { id title } }\n        }\n      }\n    }\n  }\n": types.PublicCampaignTrailsDocument,
    "\n  query PublicTrailPage($id: ID!) {\n    trail(id: $id) {\n      id title summary status\n      host { id name }\n      stops { id position title venue address activity { id } }\n    }\n  }\n": types.PublicTrailPageDocument,
    "\n  query PublicMyTrailProgress($id: ID!) {\n    myTrailProgress(trailId: $id) { done total completed completedAt stops { checkedInAt stop { id } } }\n  }\n": types.PublicMyTrailProgressDocument,
    "\n  mutation PublicCheckIn($stopId: ID!, $code: String!) {\n    checkIn(stopId: $stopId, code: $code) {\n      at alreadyCheckedIn\n      stop { id title }\n      progress { done total completed completedAt stops { checkedInAt stop { id } } }\n    }\n  }\n": types.PublicCheckInDocument,
    "\n  query PublicTrailStopCode($stopId: ID!) {\n    trailStopCode(stopId: $stopId) { stopId code rotatesAt stepSeconds checkInUrl }\n  }\n": types.PublicTrailStopCodeDocument,
    "\n  query PublicWorks($filter: WorkFilter, $first: Int!, $after: String) {\n    works(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id kind title summary hashtags publishedAt\n          creator { displayName }\n          owner { id name }\n          cover { id thumbnailUrl }\n          files { id kind posterUrl thumbnailUrl }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PublicWorksDocument,
    "\n  query PublicWorkFilterChoices {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n  }\n": types.PublicWorkFilterChoicesDocument,
    "\n  query PublicWorkFilterNames($orgId: ID!, $activityId: ID!, $withOrg: Boolean!, $withActivity: Boolean!) {\n    org(id: $orgId) @include(if: $withOrg) { id name }\n    activity(id: $activityId) @include(if: $withActivity) { id title }\n  }\n": types.PublicWorkFilterNamesDocument,
    "\n  query PublicWork($id: ID!) {\n    work(id: $id) {\n      id kind title summary body hashtags topics licence publishedAt\n      creator { kind displayName role }\n      owner { id name }\n      activity { id title }\n      cover { id url thumbnailUrl width height }\n      files { id kind url posterUrl thumbnailUrl width height durationSeconds }\n      postings { id url postedAt platform { key nameZh nameEn } }\n      reach { views likes shares comments }\n    }\n  }\n": types.PublicWorkDocument,
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
export function graphql(source: "\n  query PublicActivityPage($id: ID!) {\n    activity(id: $id) {\n      id title summary programme forms mode topics audiences startsAt endsAt\n      venue address latitude longitude livestreamUrl status cancelReason\n      category { id nameZh nameEn }\n      host { id name }\n      coHosts { id name }\n      cover { id url }\n      sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n      works { id title kind }\n      results { sessionsHeld peopleServed newsLinks summary photos { id url } }\n      trailStops(first: 10) { edges { node { id trail { id title } } } }\n    }\n  }\n"): (typeof documents)["\n  query PublicActivityPage($id: ID!) {\n    activity(id: $id) {\n      id title summary programme forms mode topics audiences startsAt endsAt\n      venue address latitude longitude livestreamUrl status cancelReason\n      category { id nameZh nameEn }\n      host { id name }\n      coHosts { id name }\n      cover { id url }\n      sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }\n      works { id title kind }\n      results { sessionsHeld peopleServed newsLinks summary photos { id url } }\n      trailStops(first: 10) { edges { node { id trail { id title } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMyRegistrations {\n    myRegistrations(first: 100) {\n      edges {\n        node {\n          id status waitlistPosition createdAt\n          session { id startsAt endsAt cancelled activity { id title venue } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicMyRegistrations {\n    myRegistrations(first: 100) {\n      edges {\n        node {\n          id status waitlistPosition createdAt\n          session { id startsAt endsAt cancelled activity { id title venue } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicRegister($sessionId: ID!, $contact: RegistrationContactInput!) {\n    registerForSession(sessionId: $sessionId, contact: $contact) { id status waitlistPosition }\n  }\n"): (typeof documents)["\n  mutation PublicRegister($sessionId: ID!, $contact: RegistrationContactInput!) {\n    registerForSession(sessionId: $sessionId, contact: $contact) { id status waitlistPosition }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicCancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation PublicCancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMyCalendarFeed {\n    myCalendarFeedUrl\n  }\n"): (typeof documents)["\n  query PublicMyCalendarFeed {\n    myCalendarFeedUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverActivities($filter: ActivityFilter, $first: Int!, $after: String) {\n    publicActivities(filter: $filter, first: $first, after: $after) {\n      edges { node { id title venue startsAt endsAt mode categoryKind } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DiscoverActivities($filter: ActivityFilter, $first: Int!, $after: String) {\n    publicActivities(filter: $filter, first: $first, after: $after) {\n      edges { node { id title venue startsAt endsAt mode categoryKind } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverNear($latitude: Float!, $longitude: Float!, $radiusKm: Float, $filter: ActivityFilter, $first: Int!) {\n    activitiesNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, filter: $filter, first: $first) {\n      edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n    }\n  }\n"): (typeof documents)["\n  query DiscoverNear($latitude: Float!, $longitude: Float!, $radiusKm: Float, $filter: ActivityFilter, $first: Int!) {\n    activitiesNear(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm, filter: $filter, first: $first) {\n      edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverCircle($latitude: Float!, $longitude: Float!, $mode: TravelMode!, $filter: ActivityFilter, $first: Int!) {\n    activityServiceCircle(latitude: $latitude, longitude: $longitude, mode: $mode, filter: $filter) {\n      mode minutes radiusKm model\n      activities(first: $first) {\n        edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DiscoverCircle($latitude: Float!, $longitude: Float!, $mode: TravelMode!, $filter: ActivityFilter, $first: Int!) {\n    activityServiceCircle(latitude: $latitude, longitude: $longitude, mode: $mode, filter: $filter) {\n      mode minutes radiusKm model\n      activities(first: $first) {\n        edges { distanceKm node { id title venue startsAt endsAt mode categoryKind } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverCalendar($from: Date!, $to: Date!, $filter: ActivityFilter) {\n    activityCalendar(from: $from, to: $to, filter: $filter) { day count }\n  }\n"): (typeof documents)["\n  query DiscoverCalendar($from: Date!, $to: Date!, $filter: ActivityFilter) {\n    activityCalendar(from: $from, to: $to, filter: $filter) { day count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscoverMap($bbox: BoundingBoxInput!, $zoom: Int!, $filter: ActivityFilter) {\n    activityMap(bbox: $bbox, zoom: $zoom, filter: $filter) {\n      zoom total\n      features { latitude longitude count expansionZoom activityId activity { id title } }\n    }\n  }\n"): (typeof documents)["\n  query DiscoverMap($bbox: BoundingBoxInput!, $zoom: Int!, $filter: ActivityFilter) {\n    activityMap(bbox: $bbox, zoom: $zoom, filter: $filter) {\n      zoom total\n      features { latitude longitude count expansionZoom activityId activity { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicRequestSignUp($email: String!) {\n    requestSignUp(email: $email)\n  }\n"): (typeof documents)["\n  mutation PublicRequestSignUp($email: String!) {\n    requestSignUp(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicCompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n"): (typeof documents)["\n  mutation PublicCompleteSignUp($input: CompleteSignUpInput!) {\n    completeSignUp(input: $input) { accessToken expiresInSeconds refreshToken user { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn figures { activities peopleServed registrations regionsCovered } }\n  }\n"): (typeof documents)["\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn figures { activities peopleServed registrations regionsCovered } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary categoryKind programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary categoryKind programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCampaignTrails($campaignId: ID!, $first: Int!) {\n    trails(campaignId: $campaignId, first: $first) {\n      edges {\n        node {\n          id title summary\n          host { id name }\n          stops { id position title venue activity { id title } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicCampaignTrails($campaignId: ID!, $first: Int!) {\n    trails(campaignId: $campaignId, first: $first) {\n      edges {\n        node {\n          id title summary\n          host { id name }\n          stops { id position title venue activity { id title } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicTrailPage($id: ID!) {\n    trail(id: $id) {\n      id title summary status\n      host { id name }\n      stops { id position title venue address activity { id } }\n    }\n  }\n"): (typeof documents)["\n  query PublicTrailPage($id: ID!) {\n    trail(id: $id) {\n      id title summary status\n      host { id name }\n      stops { id position title venue address activity { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMyTrailProgress($id: ID!) {\n    myTrailProgress(trailId: $id) { done total completed completedAt stops { checkedInAt stop { id } } }\n  }\n"): (typeof documents)["\n  query PublicMyTrailProgress($id: ID!) {\n    myTrailProgress(trailId: $id) { done total completed completedAt stops { checkedInAt stop { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicCheckIn($stopId: ID!, $code: String!) {\n    checkIn(stopId: $stopId, code: $code) {\n      at alreadyCheckedIn\n      stop { id title }\n      progress { done total completed completedAt stops { checkedInAt stop { id } } }\n    }\n  }\n"): (typeof documents)["\n  mutation PublicCheckIn($stopId: ID!, $code: String!) {\n    checkIn(stopId: $stopId, code: $code) {\n      at alreadyCheckedIn\n      stop { id title }\n      progress { done total completed completedAt stops { checkedInAt stop { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicTrailStopCode($stopId: ID!) {\n    trailStopCode(stopId: $stopId) { stopId code rotatesAt stepSeconds checkInUrl }\n  }\n"): (typeof documents)["\n  query PublicTrailStopCode($stopId: ID!) {\n    trailStopCode(stopId: $stopId) { stopId code rotatesAt stepSeconds checkInUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicWorks($filter: WorkFilter, $first: Int!, $after: String) {\n    works(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id kind title summary hashtags publishedAt\n          creator { displayName }\n          owner { id name }\n          cover { id thumbnailUrl }\n          files { id kind posterUrl thumbnailUrl }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PublicWorks($filter: WorkFilter, $first: Int!, $after: String) {\n    works(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id kind title summary hashtags publishedAt\n          creator { displayName }\n          owner { id name }\n          cover { id thumbnailUrl }\n          files { id kind posterUrl thumbnailUrl }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicWorkFilterChoices {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n  }\n"): (typeof documents)["\n  query PublicWorkFilterChoices {\n    workTopics\n    workPlatforms { key nameZh nameEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicWorkFilterNames($orgId: ID!, $activityId: ID!, $withOrg: Boolean!, $withActivity: Boolean!) {\n    org(id: $orgId) @include(if: $withOrg) { id name }\n    activity(id: $activityId) @include(if: $withActivity) { id title }\n  }\n"): (typeof documents)["\n  query PublicWorkFilterNames($orgId: ID!, $activityId: ID!, $withOrg: Boolean!, $withActivity: Boolean!) {\n    org(id: $orgId) @include(if: $withOrg) { id name }\n    activity(id: $activityId) @include(if: $withActivity) { id title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicWork($id: ID!) {\n    work(id: $id) {\n      id kind title summary body hashtags topics licence publishedAt\n      creator { kind displayName role }\n      owner { id name }\n      activity { id title }\n      cover { id url thumbnailUrl width height }\n      files { id kind url posterUrl thumbnailUrl width height durationSeconds }\n      postings { id url postedAt platform { key nameZh nameEn } }\n      reach { views likes shares comments }\n    }\n  }\n"): (typeof documents)["\n  query PublicWork($id: ID!) {\n    work(id: $id) {\n      id kind title summary body hashtags topics licence publishedAt\n      creator { kind displayName role }\n      owner { id name }\n      activity { id title }\n      cover { id url thumbnailUrl width height }\n      files { id kind url posterUrl thumbnailUrl width height durationSeconds }\n      postings { id url postedAt platform { key nameZh nameEn } }\n      reach { views likes shares comments }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;