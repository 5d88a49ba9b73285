import { useMutation, useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { Button, Space, Typography } from "antd";
import { useState } from "react";
import { CampaignSelect } from "../components/CampaignSelect.js";
import { ImportFlow } from "../components/ImportFlow.js";
import {
  activityCategoriesQuery,
  activityFormOptionsQuery,
  activityHostQuery,
  importActivitiesMutation,
} from "../graphql/activities.js";
import { activityTemplateCsv } from "./activity-template.js";

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
  // A new campaign starts a new import (the picker and report are keyed by it).
  const [importActivities] = useMutation(importActivitiesMutation);
  const campaign = options.data?.campaigns.edges.map((edge) => edge.node).find((node) => node.id === campaignId);

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
        <CampaignSelect id="import-activities-campaign" value={campaignId} onChange={setCampaignId} />
        <Button onClick={downloadTemplate} disabled={!campaignId}>
          {t("actImport.template")}
        </Button>
      </Space>
      {campaignId ? (
        <ImportFlow
          key={campaignId}
          id="import-activities-file"
          nameTitle={t("acts.name")}
          send={async (file, dryRun) => {
            const result = await importActivities({
              variables: {
                input: { campaignId, hostOrgId: orgId, format: file.format, fileBase64: file.base64, dryRun },
              },
            });
            const run = result.data?.importActivities;
            return run && { ...run, rows: run.rows.map((row) => ({ ...row, name: row.title })) };
          }}
          done={(run) => t("actImport.created", { count: run.createdCount })}
        />
      ) : null}
    </>
  );
}
