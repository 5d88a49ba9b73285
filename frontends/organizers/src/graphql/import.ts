import { gql } from "@kepu/graphql-client";

export type OrgImportFormat = "CSV" | "XLSX";

export interface OrgImportReport {
  accepted: boolean;
  dryRun: boolean;
  createdCount: number;
  rows: { row: number; name: string | null; ok: boolean; errors: string[] }[];
}

export interface ImportOrgsData {
  importOrgs: OrgImportReport;
}

export const importOrgsMutation = gql`
  mutation OrganizerImportOrgs($input: ImportOrgsInput!) {
    importOrgs(input: $input) { accepted dryRun createdCount rows { row name ok errors } }
  }
`;
