import type { PublicActivityPageQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type PublicActivity = NonNullable<PublicActivityPageQuery["activity"]>;
export type PublicSession = PublicActivity["sessions"][number];

/** An activity as the public sees it, with its sessions, works and results (issue 9 §8). */
export const activityPageQuery = graphql(`
  query PublicActivityPage($id: ID!) {
    activity(id: $id) {
      id title summary programme forms mode topics audiences startsAt endsAt
      venue address latitude longitude livestreamUrl status cancelReason
      category { id nameZh nameEn }
      host { id name }
      coHosts { id name }
      cover { id url }
      sessions { id startsAt endsAt capacity registrationRequired confirmedCount waitlistCount placesLeft cancelled cancelReason }
      works { id title kind }
      results { sessionsHeld peopleServed newsLinks summary photos { id url } }
      trailStops(first: 10) { edges { node { id trail { id title } } } }
    }
  }
`);

/** The viewer's own registrations (for the activity page's buttons and 我的报名). */
export const myRegistrationsQuery = graphql(`
  query PublicMyRegistrations {
    myRegistrations(first: 100) {
      edges {
        node {
          id status waitlistPosition createdAt
          session { id startsAt endsAt cancelled activity { id title venue } }
        }
      }
    }
  }
`);

export const registerMutation = graphql(`
  mutation PublicRegister($sessionId: ID!, $contact: RegistrationContactInput!) {
    registerForSession(sessionId: $sessionId, contact: $contact) { id status waitlistPosition }
  }
`);

export const cancelMutation = graphql(`
  mutation PublicCancelRegistration($id: ID!) {
    cancelRegistration(id: $id) { id status }
  }
`);

export const calendarFeedQuery = graphql(`
  query PublicMyCalendarFeed {
    myCalendarFeedUrl
  }
`);
