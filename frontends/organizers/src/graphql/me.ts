import { gql } from "@kepu/graphql-client";
import type { OrgName, Role } from "./types.js";

export interface MeData {
  me: {
    id: string;
    displayName: string;
    email: string | null;
    memberships: { roles: Role[]; org: OrgName }[];
  } | null;
}

export const meQuery = gql`
  query OrganizerMe {
    me {
      id
      displayName
      email
      memberships { roles org { id name } }
    }
  }
`;
