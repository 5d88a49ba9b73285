import type { EChartsOption } from "@kepu/charts";
import { errorMessage, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import { Card, Col, Form, Row, Space, Statistic, Table, type TableColumnsType, Typography } from "antd";
import { useMemo, useState } from "react";
import { CampaignSelect } from "../components/CampaignSelect.js";
import { Chart } from "../components/Chart.js";
import { activityFiguresQuery, type FigureRow } from "../graphql/results.js";

const measures = ["activities", "sessions", "peopleServed", "registrations"] as const;
type Measure = (typeof measures)[number];

/** A bar chart of activities and people served per group (category, region or unit), largest first. */
export function figuresBarOption(
  rows: readonly FigureRow[],
  name: (row: FigureRow) => string,
  label: (measure: Measure) => string,
): EChartsOption {
  const shown = rows.slice(0, 20);
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: shown.map(name), axisLabel: { interval: 0, rotate: shown.length > 5 ? 30 : 0 } },
    yAxis: [{ type: "value" }, { type: "value" }],
    series: [
      { type: "bar", name: label("activities"), data: shown.map((row) => row.figures.activities) },
      { type: "bar", name: label("peopleServed"), yAxisIndex: 1, data: shown.map((row) => row.figures.peopleServed) },
    ],
  };
}

/** A line chart by Shanghai day: activities, sessions and registrations. */
export function figuresByDayOption(rows: readonly FigureRow[], label: (measure: Measure) => string): EChartsOption {
  return {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: rows.map((row) => row.key ?? "") },
    yAxis: { type: "value" },
    series: (["activities", "sessions", "registrations"] as const).map((measure) => ({
      type: "line",
      name: label(measure),
      data: rows.map((row) => row.figures[measure]),
    })),
  };
}

/**
 * 数据看板 (issue 9 §6–§7): a campaign's figures for the current unit's whole subtree, live from the
 * server (activityFigures): big numbers, charts by category, region and day (ECharts from the shared
 * `@kepu/charts`, loaded on this page only) and tables of the same figures (what screen readers and
 * tests read), and by the units directly below.
 */
export function DashboardPage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(activityFiguresQuery, {
    variables: { orgId, campaignId: campaignId ?? "" },
    skip: !campaignId,
    fetchPolicy: "cache-and-network",
  });
  const figures = data?.activityFigures;
  const label = (measure: Measure) => t(`figures.${measure}`);
  const regionName = (row: FigureRow) => row.name ?? t("dashboard.noRegion");
  const byCategory = useMemo(
    () =>
      figures
        ? figuresBarOption(
            figures.byCategory,
            (row) => row.name ?? row.key ?? "",
            (m) => t(`figures.${m}`),
          )
        : null,
    [figures, t],
  );
  const byRegion = useMemo(
    () =>
      figures
        ? figuresBarOption(
            figures.byRegion,
            (row) => row.name ?? t("dashboard.noRegion"),
            (m) => t(`figures.${m}`),
          )
        : null,
    [figures, t],
  );
  const byDay = useMemo(
    () => (figures ? figuresByDayOption(figures.byDay, (m) => t(`figures.${m}`)) : null),
    [figures, t],
  );
  const columns = (name: (row: FigureRow) => string, title: string): TableColumnsType<FigureRow> => [
    { key: "key", title, render: (_, row) => name(row) },
    ...measures.map((measure) => ({
      key: measure,
      title: label(measure),
      align: "right" as const,
      sorter: (a: FigureRow, b: FigureRow) => a.figures[measure] - b.figures[measure],
      render: (_: unknown, row: FigureRow) => row.figures[measure].toLocaleString(locale),
    })),
  ];
  const table = (rows: readonly FigureRow[], name: (row: FigureRow) => string, title: string, testId: string) => (
    <Table<FigureRow>
      rowKey={(row) => row.key ?? "none"}
      columns={columns(name, title)}
      dataSource={[...rows]}
      data-testid={testId}
      {...consoleTableProps({ pages: 10 })}
    />
  );
  return (
    <>
      <Typography.Title level={2}>{t("dashboard.title")}</Typography.Title>
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t("campaign.pick")} htmlFor="dashboard-campaign">
          <CampaignSelect id="dashboard-campaign" value={campaignId} onChange={setCampaignId} />
        </Form.Item>
      </Form>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      {figures ? (
        <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="dashboard">
          <Row gutter={[16, 16]} data-testid="dashboard-total">
            {([...measures, "reported"] as const).map((measure) => (
              <Col key={measure} xs={12} md={8} lg={4}>
                <Card size="small">
                  <Statistic title={t(`figures.${measure}`)} value={figures.total[measure]} />
                </Card>
              </Col>
            ))}
          </Row>
          {figures.total.activities === 0 ? (
            <Typography.Text type="secondary">{t("dashboard.empty")}</Typography.Text>
          ) : (
            <>
              <Card size="small" title={t("dashboard.byCategory")}>
                {byCategory ? (
                  <Chart option={byCategory} label={t("dashboard.byCategory")} height={260} testId="chart-category" />
                ) : null}
                {table(
                  figures.byCategory,
                  (row) => row.name ?? row.key ?? "",
                  t("dashboard.byCategory"),
                  "figures-category",
                )}
              </Card>
              <Card size="small" title={t("dashboard.byRegion")}>
                {byRegion ? (
                  <Chart option={byRegion} label={t("dashboard.byRegion")} height={260} testId="chart-region" />
                ) : null}
                {table(figures.byRegion, regionName, t("dashboard.byRegion"), "figures-region")}
              </Card>
              <Card size="small" title={t("dashboard.byDay")}>
                {byDay ? <Chart option={byDay} label={t("dashboard.byDay")} testId="chart-day" /> : null}
                {table(figures.byDay, (row) => row.key ?? "", t("dashboard.byDay"), "figures-day")}
              </Card>
              <Card size="small" title={t("dashboard.byOrg")}>
                {table(figures.byOrg, (row) => row.org?.name ?? row.key ?? "", t("dashboard.unit"), "figures-org")}
              </Card>
            </>
          )}
        </Space>
      ) : null}
    </>
  );
}
