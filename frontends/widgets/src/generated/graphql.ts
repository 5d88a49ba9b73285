/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type KepuWidgetCampaignFieldsFragment = { id: string, name: string, activities: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, venue: string | null, host: { name: string } | null } }> } };

export type KepuWidgetCampaignQueryVariables = Exact<{
  campaignId: string | number;
  first: number;
}>;


export type KepuWidgetCampaignQuery = { campaign: { id: string, name: string, activities: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, venue: string | null, host: { name: string } | null } }> } } | null };

export type KepuWidgetCurrentCampaignQueryVariables = Exact<{
  first: number;
}>;


export type KepuWidgetCurrentCampaignQuery = { currentCampaign: { id: string, name: string, activities: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, venue: string | null, host: { name: string } | null } }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const KepuWidgetCampaignFieldsFragmentDoc = new TypedDocumentString(`
    fragment KepuWidgetCampaignFields on Campaign {
  id
  name
  activities(first: $first) {
    edges {
      node {
        id
        title
        startsAt
        endsAt
        venue
        host {
          name
        }
      }
    }
  }
}
    `, {"fragmentName":"KepuWidgetCampaignFields"}) as unknown as TypedDocumentString<KepuWidgetCampaignFieldsFragment, unknown>;
export const KepuWidgetCampaignDocument = new TypedDocumentString(`
    query KepuWidgetCampaign($campaignId: ID!, $first: Int!) {
  campaign(id: $campaignId) {
    ...KepuWidgetCampaignFields
  }
}
    fragment KepuWidgetCampaignFields on Campaign {
  id
  name
  activities(first: $first) {
    edges {
      node {
        id
        title
        startsAt
        endsAt
        venue
        host {
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<KepuWidgetCampaignQuery, KepuWidgetCampaignQueryVariables>;
export const KepuWidgetCurrentCampaignDocument = new TypedDocumentString(`
    query KepuWidgetCurrentCampaign($first: Int!) {
  currentCampaign {
    ...KepuWidgetCampaignFields
  }
}
    fragment KepuWidgetCampaignFields on Campaign {
  id
  name
  activities(first: $first) {
    edges {
      node {
        id
        title
        startsAt
        endsAt
        venue
        host {
          name
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<KepuWidgetCurrentCampaignQuery, KepuWidgetCurrentCampaignQueryVariables>;