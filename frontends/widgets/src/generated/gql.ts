/* eslint-disable */
import * as types from './graphql';



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
    "\n  fragment KepuWidgetCampaignFields on Campaign {\n    id\n    name\n    activities(first: $first) { edges { node { id title startsAt endsAt venue host { name } } } }\n  }\n": typeof types.KepuWidgetCampaignFieldsFragmentDoc,
    "\n  query KepuWidgetCampaign($campaignId: ID!, $first: Int!) {\n    campaign(id: $campaignId) { ...KepuWidgetCampaignFields }\n  }\n": typeof types.KepuWidgetCampaignDocument,
    "\n  query KepuWidgetCurrentCampaign($first: Int!) {\n    currentCampaign { ...KepuWidgetCampaignFields }\n  }\n": typeof types.KepuWidgetCurrentCampaignDocument,
};
const documents: Documents = {
    "\n  fragment KepuWidgetCampaignFields on Campaign {\n    id\n    name\n    activities(first: $first) { edges { node { id title startsAt endsAt venue host { name } } } }\n  }\n": types.KepuWidgetCampaignFieldsFragmentDoc,
    "\n  query KepuWidgetCampaign($campaignId: ID!, $first: Int!) {\n    campaign(id: $campaignId) { ...KepuWidgetCampaignFields }\n  }\n": types.KepuWidgetCampaignDocument,
    "\n  query KepuWidgetCurrentCampaign($first: Int!) {\n    currentCampaign { ...KepuWidgetCampaignFields }\n  }\n": types.KepuWidgetCurrentCampaignDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KepuWidgetCampaignFields on Campaign {\n    id\n    name\n    activities(first: $first) { edges { node { id title startsAt endsAt venue host { name } } } }\n  }\n"): typeof import('./graphql').KepuWidgetCampaignFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KepuWidgetCampaign($campaignId: ID!, $first: Int!) {\n    campaign(id: $campaignId) { ...KepuWidgetCampaignFields }\n  }\n"): typeof import('./graphql').KepuWidgetCampaignDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KepuWidgetCurrentCampaign($first: Int!) {\n    currentCampaign { ...KepuWidgetCampaignFields }\n  }\n"): typeof import('./graphql').KepuWidgetCurrentCampaignDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
