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
    "\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn }\n  }\n": typeof types.PublicCurrentCampaignDocument,
    "\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary category programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PublicActivitiesDocument,
};
const documents: Documents = {
    "\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn }\n  }\n": types.PublicCurrentCampaignDocument,
    "\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary category programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PublicActivitiesDocument,
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
export function graphql(source: "\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn }\n  }\n"): (typeof documents)["\n  query PublicCurrentCampaign {\n    currentCampaign { id name theme startsOn endsOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary category programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {\n    activities(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        cursor\n        node { id title summary category programme forms mode startsAt endsAt venue host { id name } }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;