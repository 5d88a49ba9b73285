import { useMutation, useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { Typography } from "antd";
import { ImportFlow } from "../components/ImportFlow.js";
import { importOrgsMutation } from "../graphql/import.js";
import { orgSummaryQuery } from "../graphql/org.js";

/** 批量导入: check a CSV/XLSX of sub-units row by row first, then import it for real. */
export function ImportPage({ orgId }: { orgId: string }) {
  const { t } = useLocale();
  const summary = useQuery(orgSummaryQuery, { variables: { id: orgId } });
  const [importOrgs] = useMutation(importOrgsMutation);
  const org = summary.data?.org;

  if (org && !org.viewerCanAdminister)
    return (
      <>
        <Typography.Title level={2}>{t("import.title", { org: org.name })}</Typography.Title>
        <p>{t("import.notAdmin")}</p>
      </>
    );

  return (
    <>
      <Typography.Title level={2}>{t("import.title", { org: org?.name ?? "" })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("import.hint")}</Typography.Paragraph>
      <ImportFlow
        id="import-orgs-file"
        nameTitle={t("org.name")}
        send={async (file, dryRun) => {
          const result = await importOrgs({
            variables: { input: { parentId: orgId, format: file.format, fileBase64: file.base64, dryRun } },
          });
          return result.data?.importOrgs;
        }}
        done={(run) => t("import.created", { count: run.createdCount })}
      />
    </>
  );
}
