import { useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import { Alert, Button, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { HTMLAttributes, ReactNode } from "react";

/** One row of an import's report (the header is row 1). */
export interface ReportRow {
  row: number;
  ok: boolean;
  errors: readonly string[];
  /** What the row names (a unit's name …), when the report says. */
  name?: string | null;
}

/**
 * The row-by-row report of a CSV/XLSX import (units, postings, activities): every row with what to
 * fix (a filter shows the failed ones); on a dry run that passed, the button that imports for real; on one
 * that failed, what to do. All or nothing is the server's rule; this only says it.
 */
export function ImportReport({
  report,
  nameTitle,
  busy,
  onConfirm,
  done,
}: {
  report: { dryRun: boolean; accepted: boolean; rows: readonly ReportRow[] };
  /** The column title of `name`; no such column when omitted. */
  nameTitle?: string;
  busy: boolean;
  onConfirm: () => void;
  /** What the real import wrote ("已导入 12 个单位。"). */
  done: ReactNode;
}) {
  const { t } = useLocale();
  const failed = report.rows.filter((row) => !row.ok).length;
  const columns: TableColumnsType<ReportRow> = [
    { key: "row", title: t("import.row"), dataIndex: "row", width: 72, sorter: (a, b) => a.row - b.row },
    ...(nameTitle ? [{ key: "name", title: nameTitle, render: (_: unknown, row: ReportRow) => row.name ?? "—" }] : []),
    {
      key: "ok",
      title: t("import.ok"),
      filters: [
        { text: t("import.yes"), value: true },
        { text: t("import.no"), value: false },
      ],
      onFilter: (value, row) => row.ok === value,
      render: (_, row) =>
        row.ok ? <Tag color="success">{t("import.yes")}</Tag> : <Tag color="error">{t("import.no")}</Tag>,
    },
    {
      key: "errors",
      title: t("import.errors"),
      render: (_, row) =>
        row.errors.length ? <Typography.Text type="danger">{row.errors.join("；")}</Typography.Text> : "—",
    },
  ];
  return (
    <section aria-label={t("import.report")} data-testid="import-report">
      <Typography.Title level={3}>{report.dryRun ? t("import.reportDry") : t("import.reportDone")}</Typography.Title>
      <p>{t("import.summary", { total: report.rows.length, failed })}</p>
      <Table<ReportRow>
        rowKey="row"
        columns={columns}
        dataSource={report.rows}
        onRow={() => ({ "data-testid": "import-row" }) as HTMLAttributes<HTMLElement>}
        rowClassName={(row) => (row.ok ? "" : "kepu-bad")}
        {...consoleTableProps({ pages: 50 })}
      />
      <Space style={{ marginTop: 12 }}>
        {report.dryRun ? (
          report.accepted ? (
            <Button type="primary" loading={busy} onClick={onConfirm}>
              {busy ? t("import.importing") : t("import.confirm")}
            </Button>
          ) : (
            // What to do next, not a failure of the request: no alert role.
            <Typography.Text type="danger">{t("import.fixFirst")}</Typography.Text>
          )
        ) : (
          <Alert type="success" showIcon role="status" title={done} />
        )}
      </Space>
    </section>
  );
}
