import { useMutation, useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { Typography } from "antd";
import { useState } from "react";
import { type ImportFile, ImportFilePicker } from "../components/ImportFile.js";
import { ImportReport } from "../components/ImportReport.js";
import { useAction } from "../components/useAction.js";
import { importOrgsMutation, type OrgImportReport } from "../graphql/import.js";
import { orgSummaryQuery } from "../graphql/org.js";

/** 批量导入: check a CSV/XLSX of sub-units row by row first, then import it for real. */
export function ImportPage({ orgId }: { orgId: string }) {
  const { t } = useLocale();
  const summary = useQuery(orgSummaryQuery, { variables: { id: orgId } });
  const [file, setFile] = useState<ImportFile | null>(null);
  const [report, setReport] = useState<OrgImportReport | null>(null);
  const [importOrgs] = useMutation(importOrgsMutation);
  const action = useAction();
  const org = summary.data?.org;

  const send = async (chosen: ImportFile, dryRun: boolean) => {
    const result = await action.run(() =>
      importOrgs({
        variables: { input: { parentId: orgId, format: chosen.format, fileBase64: chosen.base64, dryRun } },
      }),
    );
    if (result?.data) setReport(result.data.importOrgs);
  };

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
      <ImportFilePicker
        id="import-orgs-file"
        busy={action.busy && !report}
        error={action.error}
        onFile={(chosen) => {
          setFile(chosen);
          setReport(null);
        }}
        onCheck={(chosen) => void send(chosen, true)}
      />
      {report ? (
        <ImportReport
          report={report}
          nameTitle={t("org.name")}
          busy={action.busy}
          onConfirm={() => file && void send(file, false)}
          done={t("import.created", { count: report.createdCount })}
        />
      ) : null}
    </>
  );
}
