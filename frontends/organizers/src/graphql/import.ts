import type { OrganizerImportOrgsMutation } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";

export type { OrgImportFormat } from "../generated/graphql.js";
export type OrgImportReport = OrganizerImportOrgsMutation["importOrgs"];

export const importOrgsMutation = graphql(`
  mutation OrganizerImportOrgs($input: ImportOrgsInput!) {
    importOrgs(input: $input) { accepted dryRun createdCount rows { row name ok errors } }
  }
`);
