import { gql } from "@kepu/graphql-client";

export interface ActivityNode {
  id: string;
  title: string;
  summary: string;
  category: "KEY" | "JOINT_ACTION" | "MAIN_VENUE" | "SPECIAL_ACTION";
  programme: string | null;
  mode: "ONLINE" | "OFFLINE" | "HYBRID";
  forms: (
    | "EXHIBITION"
    | "LECTURE"
    | "EXPERIMENT"
    | "STUDY_TOUR"
    | "SCIENCE_NIGHT"
    | "CHECK_IN_TRAIL"
    | "OPEN_DAY"
    | "LIVESTREAM"
    | "ONLINE_EXHIBITION"
    | "COMPETITION"
    | "TRAINING"
    | "CONSULTATION"
    | "SALON"
    | "AR_VR"
  )[];
  startsAt: string;
  endsAt: string;
  venue: string | null;
  host: { id: string; name: string };
}

export interface CampaignData {
  currentCampaign: { id: string; name: string; theme: string; startsOn: string; endsOn: string } | null;
}

export interface ActivitiesData {
  activities: {
    edges: { cursor: string; node: ActivityNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const currentCampaignQuery = gql`
  query PublicCurrentCampaign {
    currentCampaign { id name theme startsOn endsOn }
  }
`;

export const activitiesQuery = gql`
  query PublicActivities($campaignId: ID, $first: Int!, $after: String) {
    activities(campaignId: $campaignId, first: $first, after: $after) {
      edges {
        cursor
        node { id title summary category programme forms mode startsAt endsAt venue host { id name } }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
