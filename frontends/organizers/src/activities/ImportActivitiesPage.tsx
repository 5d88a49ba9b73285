import { useMutation, useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { Button, Space, Typography } from "antd";
import { useState } from "react";
import { CampaignSelect } from "../components/CampaignSelect.js";
import { type ImportFile, ImportFilePicker } from "../components/ImportFile.js";
import { ImportReport } from "../components/ImportReport.js";
import { useAction } from "../components/useAction.js";
import type { OrganizerImportActivitiesMutation } from "../generated/graphql.js";
import {
  activityCategoriesQuery,
  activityFormOptionsQuery,
  activityHostQuery,
  importActivitiesMutation,
} from "../graphql/activities.js";
import { activityTemplateCsv } from "./activity-template.js";

type Report = OrganizerImportActivitiesMutation["importActivities"];

/**
 * 批量导入活动 (issue 9 §3, §7): a unit's activities from a CSV/XLSX file into a campaign, checked row
 * by row first (a dry run), then imported for real, all or nothing, on the shared picker and report;
 * a template to download with the campaign's first category and the unit's region filled in.
 */
export function ImportActivitiesPage({ orgId }: { orgId: string }) {
  const { t } = useLocale();
  const host = useQuery(activityHostQuery, { variables: { id: orgId } });
  const options = useQuery(activityFormOptionsQuery);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const categories = useQuery(activityCategoriesQuery, {
    variables: { campaignId: campaignId ?? "" },
    skip: !campaignId,
  });
  const [file, setFile] = useState<ImportFile | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [importActivities] = useMutation(importActivitiesMutation);
  const action = useAction();
  const campaign = options.data?.campaigns.edges.map((edge) => edge.node).find((node) => node.id === campaignId);

  const send = async (chosen: ImportFile, dryRun: boolean) => {
    if (!campaignId) return;
    const result = await action.run(() =>
      importActivities({
        variables: {
          input: { campaignId, hostOrgId: orgId, format: chosen.format, fileBase64: chosen.base64, dryRun },
        },
      }),
    );
    if (result?.data) setReport(result.data.importActivities);
  };

  const downloadTemplate = () => {
    const csv = activityTemplateCsv({
      category: categories.data?.activityCategories[0]?.nameZh ?? "",
      regionCode: host.data?.org?.regionCode ?? null,
      year: campaign?.year ?? new Date().getFullYear(),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "activities-template.csv";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <Typography.Title level={2}>{t("actImport.title", { org: host.data?.org?.name ?? "" })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("actImport.hint")}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <CampaignSelect
          id="import-activities-campaign"
          value={campaignId}
          onChange={(id) => {
            setCampaignId(id);
            setReport(null);
          }}
        />
        <Button onClick={downloadTemplate} disabled={!campaignId}>
          {t("actImport.template")}
        </Button>
      </Space>
      <ImportFilePicker
        id="import-activities-file"
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
          report={{ ...report, rows: report.rows.map((row) => ({ ...row, name: row.title })) }}
          nameTitle={t("acts.name")}
          busy={action.busy}
          onConfirm={() => file && void send(file, false)}
          done={t("actImport.created", { count: report.createdCount })}
        />
      ) : null}
    </>
  );
}
