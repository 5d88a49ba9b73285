import type { EChartsOption } from "@kepu/charts";
import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import { Card, Col, Form, Row, Space, Statistic, Table, type TableColumnsType, Typography } from "antd";
import { useMemo, useState } from "react";
import { CampaignSelect } from "../components/CampaignSelect.js";
import { Chart } from "../components/Chart.js";
import { ImportFlow } from "../components/ImportFlow.js";
import { importWorkPostingsMutation, type ReachRow, type WorkReach, workReachQuery } from "../graphql/reach.js";

const measures = ["views", "likes", "shares", "comments"] as const;
type Measure = (typeof measures)[number];

/** A platform's name in the page's language (its key when the platform is unknown). */
function platformLabel(row: ReachRow, locale: string): string {
  return (locale === "en" ? row.platform?.nameEn : row.platform?.nameZh) ?? row.key;
}

/** The chart of reach by day: one line per measure, the days on the x axis (Shanghai days from the server). */
export function reachByDayOption(byDay: WorkReach["byDay"], label: (measure: Measure) => string): EChartsOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: byDay.map((day) => day.day) },
    yAxis: { type: "value" },
    series: measures.map((measure) => ({
      type: "line",
      name: label(measure),
      smooth: false,
      data: byDay.map((day) => day[measure]),
    })),
  };
}

/** The chart of views by platform, largest first. */
export function reachByPlatformOption(rows: readonly ReachRow[], name: (row: ReachRow) => string): EChartsOption {
  const sorted = [...rows].sort((a, b) => b.views - a.views);
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: sorted.map(name), axisLabel: { interval: 0, rotate: sorted.length > 6 ? 30 : 0 } },
    yAxis: { type: "value" },
    series: [{ type: "bar", data: sorted.map((row) => row.views) }],
  };
}

/**
 * 作品传播 (issue 8 §4, §7): the reach of a campaign's published works within the current unit's
 * subtree — totals, a chart by day and by platform, tables by platform, hashtag and sub-unit (the
 * latter only for the unit's own people: the server gives null to others) — and the import of
 * postings and their figures from CSV/XLSX with the row-by-row report, all or nothing.
 */
export function ReachPage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(workReachQuery, {
    variables: { campaignId: campaignId ?? "", orgId },
    skip: !campaignId,
    fetchPolicy: "cache-and-network",
  });
  const reach = data?.workReach;
  const label = (measure: Measure) => t(`reach.${measure}`);
  const platformName = (row: ReachRow) => platformLabel(row, locale);
  const byDay = useMemo(
    () => (reach ? reachByDayOption(reach.byDay, (measure) => t(`reach.${measure}`)) : null),
    [reach, t],
  );
  const byPlatform = useMemo(
    () => (reach ? reachByPlatformOption(reach.byPlatform, (row) => platformLabel(row, locale)) : null),
    [reach, locale],
  );
  const figures = (name: (row: ReachRow) => string, title: string): TableColumnsType<ReachRow> => [
    { key: "key", title, render: (_, row) => name(row) },
    ...measures.map((measure) => ({
      key: measure,
      title: label(measure),
      align: "right" as const,
      sorter: (a: ReachRow, b: ReachRow) => a[measure] - b[measure],
      render: (_: unknown, row: ReachRow) => row[measure].toLocaleString(locale),
    })),
  ];
  return (
    <>
      <Typography.Title level={2}>{t("reach.title")}</Typography.Title>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t("campaign.pick")} htmlFor="reach-campaign">
          <CampaignSelect id="reach-campaign" value={campaignId} onChange={setCampaignId} />
        </Form.Item>
      </Form>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      {reach ? (
        <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="reach">
          <Row gutter={[16, 16]} data-testid="reach-total">
            {measures.map((measure) => (
              <Col key={measure} xs={12} md={6}>
                <Card size="small">
                  <Statistic title={label(measure)} value={reach.total[measure]} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t("reach.byDay")}>
            {byDay && reach.byDay.length ? (
              <Chart option={byDay} label={t("reach.byDay")} testId="reach-by-day" />
            ) : (
              <Typography.Text type="secondary">{t("reach.none")}</Typography.Text>
            )}
          </Card>
          <Card size="small" title={t("reach.byPlatform")}>
            {byPlatform && reach.byPlatform.length ? (
              <Chart option={byPlatform} label={t("reach.byPlatform")} height={240} testId="reach-by-platform" />
            ) : null}
            <Table<ReachRow>
              rowKey="key"
              columns={figures(platformName, t("reach.platform"))}
              dataSource={reach.byPlatform}
              data-testid="reach-platforms"
              {...consoleTableProps({ pages: false })}
            />
          </Card>
          <Card size="small" title={t("reach.byHashtag")}>
            <Table<ReachRow>
              rowKey="key"
              columns={figures((row) => row.key, t("reach.hashtag"))}
              dataSource={reach.byHashtag}
              {...consoleTableProps({ pages: 10 })}
            />
          </Card>
          {reach.byOrg ? (
            <Card size="small" title={t("reach.byOrg")}>
              <Table<ReachRow>
                rowKey="key"
                columns={figures((row) => row.org?.name ?? row.key, t("reach.org"))}
                dataSource={reach.byOrg}
                data-testid="reach-orgs"
                {...consoleTableProps()}
              />
            </Card>
          ) : null}
        </Space>
      ) : null}
      {campaignId ? <PostingsImport orgId={orgId} campaignId={campaignId} onImported={() => void refetch()} /> : null}
    </>
  );
}

/** Postings and their figures from a CSV/XLSX file: checked first, imported only when every row passes. */
function PostingsImport({
  orgId,
  campaignId,
  onImported,
}: {
  orgId: string;
  campaignId: string;
  onImported: () => void;
}) {
  const { t } = useLocale();
  const [importPostings] = useMutation(importWorkPostingsMutation);
  return (
    <Card size="small" title={t("reach.import")} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t("reach.importHint")}</Typography.Paragraph>
      <ImportFlow
        id="import-postings-file"
        send={async (file, dryRun) => {
          const result = await importPostings({
            variables: { input: { orgId, campaignId, format: file.format, fileBase64: file.base64, dryRun } },
          });
          return result.data?.importWorkPostings;
        }}
        done={(run) => t("reach.imported", { postings: run.postingCount, snapshots: run.snapshotCount })}
        onImported={onImported}
      />
    </Card>
  );
}
