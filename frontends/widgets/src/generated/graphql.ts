/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type KepuWidgetQueryVariables = Exact<{
  campaignId?: string | number | null | undefined;
  first: number;
}>;


export type KepuWidgetQuery = { currentCampaign: { id: string, name: string } | null, activities: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, venue: string | null, host: { name: string } } }> } };

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

export const KepuWidgetDocument = new TypedDocumentString(`
    query KepuWidget($campaignId: ID, $first: Int!) {
  currentCampaign {
    id
    name
  }
  activities(campaignId: $campaignId, first: $first) {
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
    `) as unknown as TypedDocumentString<KepuWidgetQuery, KepuWidgetQueryVariables>;