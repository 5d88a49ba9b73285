import type { OrganizerMeQuery } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type MeData = OrganizerMeQuery;

export const meQuery = graphql(`
  query OrganizerMe {
    me {
      id
      displayName
      email
      memberships { roles org { id name } }
    }
  }
`);
