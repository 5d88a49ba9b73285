import { graphql } from "../generated/index.js";

/** The current campaign's published trails with their stops (issue 9 §5): public, no personal data. */
export const campaignTrailsQuery = graphql(`
  query PublicCampaignTrails($campaignId: ID!, $first: Int!) {
    trails(campaignId: $campaignId, first: $first) {
      edges {
        node {
          id title summary
          host { id name }
          stops { id position title venue activity { id title } }
        }
      }
    }
  }
`);

export const trailPageQuery = graphql(`
  query PublicTrailPage($id: ID!) {
    trail(id: $id) {
      id title summary status
      host { id name }
      stops { id position title venue address activity { id } }
    }
  }
`);

export const myTrailProgressQuery = graphql(`
  query PublicMyTrailProgress($id: ID!) {
    myTrailProgress(trailId: $id) { done total completed completedAt stops { checkedInAt stop { id } } }
  }
`);

export const checkInMutation = graphql(`
  mutation PublicCheckIn($stopId: ID!, $code: String!) {
    checkIn(stopId: $stopId, code: $code) {
      at alreadyCheckedIn
      stop { id title }
      progress { done total completed completedAt stops { checkedInAt stop { id } } }
    }
  }
`);

export const stopCodeQuery = graphql(`
  query PublicTrailStopCode($stopId: ID!) {
    trailStopCode(stopId: $stopId) { stopId code rotatesAt stepSeconds checkInUrl }
  }
`);
