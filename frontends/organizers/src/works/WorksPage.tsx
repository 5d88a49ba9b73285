import { errorMessage, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatDateTime, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import { Button, Drawer, Select, Space, Table, type TableColumnsType, Tag } from "antd";
import { useState } from "react";
import { type MyWorkRow, myWorksQuery, type WorkStatus, workQuery } from "../graphql/works.js";
import { WorkEditor } from "./WorkEditor.js";

const statuses: WorkStatus[] = ["DRAFT", "SUBMITTED", "REJECTED", "PUBLISHED"];
const statusColors: Record<WorkStatus, string> = {
  DRAFT: "default",
  SUBMITTED: "processing",
  REJECTED: "error",
  PUBLISHED: "success",
};

/** 科普作品 (issue 8 §7): a unit's works in every state, filtered by status; create and edit in a drawer. */
export function WorksPage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const [status, setStatus] = useState<WorkStatus | "">("");
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const { data, loading, error, refetch } = useQuery(myWorksQuery, {
    variables: { orgId, status: status || null },
    fetchPolicy: "cache-and-network",
  });
  const rows = data?.myWorks.edges.map((edge) => edge.node) ?? [];
  const columns: TableColumnsType<MyWorkRow> = [
    {
      key: "title",
      title: t("works.titleField"),
      sorter: (a, b) => a.title.localeCompare(b.title, "zh-CN"),
      render: (_, work) => (
        <Button
          type="link"
          style={{ padding: 0, whiteSpace: "normal", textAlign: "left", height: "auto" }}
          onClick={() => setEditing(work.id)}
        >
          {work.title}
        </Button>
      ),
    },
    { key: "kind", title: t("works.kind"), render: (_, work) => t(`workKind.${work.kind}`) },
    {
      key: "status",
      title: t("works.status"),
      sorter: (a, b) => statuses.indexOf(a.status) - statuses.indexOf(b.status),
      render: (_, work) => (
        <Space size={4} wrap>
          <Tag color={statusColors[work.status]} data-testid="work-status">
            {t(`workStatus.${work.status}`)}
          </Tag>
          {work.hasPendingChanges ? <Tag color="warning">{t("works.pending")}</Tag> : null}
        </Space>
      ),
    },
    {
      key: "published",
      title: t("workStatus.PUBLISHED"),
      render: (_, work) => (work.publishedAt ? formatDateTime(String(work.publishedAt), locale) : "—"),
    },
  ];
  return (
    <>
      <h2>{t("nav.works")}</h2>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t("works.status")}
          style={{ minWidth: 140 }}
          value={status}
          onChange={(value: WorkStatus | "") => setStatus(value)}
          options={[
            { value: "", label: t("works.anyStatus") },
            ...statuses.map((s) => ({ value: s, label: t(`workStatus.${s}`) })),
          ]}
        />
        <Button type="primary" onClick={() => setEditing("new")}>
          {t("works.new")}
        </Button>
      </Space>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      <div data-testid="works">
        <Table<MyWorkRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          {...consoleTableProps({ empty: t("works.empty") })}
        />
      </div>
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("works.new") : t("works.edit")}
        size="large"
        styles={{ wrapper: { maxWidth: "100vw" } }}
        destroyOnHidden
      >
        {editing === "new" ? (
          <WorkEditor
            orgId={orgId}
            work={null}
            onSaved={(id) => {
              setEditing(id);
              void refetch();
            }}
          />
        ) : editing ? (
          <LoadedEditor orgId={orgId} id={editing} onChanged={() => void refetch()} />
        ) : null}
      </Drawer>
    </>
  );
}

function LoadedEditor({ orgId, id, onChanged }: { orgId: string; id: string; onChanged: () => void }) {
  const { data, previousData, error } = useQuery(workQuery, { variables: { id }, fetchPolicy: "network-only" });
  // While the cache refreshes (an upload just changed an asset), keep the editor and what is being typed.
  const work = data?.work ?? previousData?.work;
  if (error) return <ErrorMessage message={errorMessage(error)} />;
  if (!work) return null;
  return <WorkEditor key={work.id} orgId={orgId} work={work} onSaved={onChanged} />;
}
