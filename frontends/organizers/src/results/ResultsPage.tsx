import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatDateTime, Loading, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import {
  Alert,
  Button,
  Drawer,
  Form,
  Input,
  InputNumber,
  List,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useCursorPages } from "../components/useCursorPages.js";
import { type ActivityToReport, activitiesToReportQuery, reportActivityResultsMutation } from "../graphql/results.js";
import { AssetPreview, type UploadedAsset, Uploader } from "../uploads/Uploader.js";

/** The server's limits (services/activities domain/results.ts), checked here first for inline messages. */
export const resultLimits = {
  sessionsHeld: { min: 1, max: 1000 },
  peopleServedOnSite: 1_000_000,
  peopleServedOnline: 100_000_000,
  photos: 12,
  newsLinks: 10,
  summary: 2000,
} as const;

/** Whether a news link is an absolute http(s) address (the server normalizes it). */
export function isNewsLink(value: string): boolean {
  const text = value.trim();
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
}

/** Activities per page of 结果填报 (the server's pages: a unit with hundreds sees them all by paging). */
const pageSize = 20;

/**
 * 结果填报 (issue 9 §6–§7): the unit's activities that have ended, paged on the server
 * (myActivities(reportable: true), most recently ended first), to report (or correct) their
 * results — sessions held, people served, photos uploaded in place (RESULT_PHOTO, the shared
 * Uploader), news links and a summary — in a drawer with inline validation; the server's refusal
 * (a photo of another unit, a figure out of range) is shown under its field.
 */
export function ResultsPage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const pages = useCursorPages(pageSize);
  const { data, previousData, loading, error, refetch } = useQuery(activitiesToReportQuery, {
    variables: { orgId, after: pages.after, first: pages.first },
    fetchPolicy: "cache-and-network",
  });
  const [open, setOpen] = useState<ActivityToReport | null>(null);
  if (data) pages.learn(data.myActivities.pageInfo);
  const shown = data ?? previousData;
  if (loading && !shown) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const rows = shown?.myActivities.edges.map((edge) => edge.node) ?? [];
  const columns: TableColumnsType<ActivityToReport> = [
    { key: "title", title: t("results.activity"), dataIndex: "title" },
    {
      key: "endsAt",
      title: t("results.endedAt"),
      sorter: (a, b) => String(a.endsAt).localeCompare(String(b.endsAt)),
      defaultSortOrder: "descend",
      render: (_, activity) => formatDateTime(String(activity.endsAt), locale),
    },
    {
      key: "status",
      title: t("results.state"),
      render: (_, activity) =>
        activity.results ? (
          <Space direction="vertical" size={0}>
            <Tag color="green">{t("results.status.reported")}</Tag>
            <Typography.Text type="secondary">
              {t("results.reportedFigures", {
                sessions: activity.results.sessionsHeld,
                people: activity.results.peopleServed.toLocaleString(locale),
              })}
            </Typography.Text>
          </Space>
        ) : (
          <Tag color="orange">{t("results.status.toReport")}</Tag>
        ),
    },
    {
      key: "action",
      title: "",
      render: (_, activity) =>
        activity.viewerCan.report ? (
          <Button size="small" type={activity.results ? "default" : "primary"} onClick={() => setOpen(activity)}>
            {activity.results ? t("results.correct") : t("results.report")}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Typography.Title level={2}>{t("results.title")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("results.intro")}</Typography.Paragraph>
      <Table<ActivityToReport>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        data-testid="results-table"
        {...consoleTableProps({ pages: pages.pagination(rows.length), empty: t("results.none") })}
      />
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        title={open?.title}
        // A phone gets the narrow drawer (378 px), which fits its screen; a desktop the wide one.
        size={typeof window !== "undefined" && window.matchMedia?.("(max-width: 760px)").matches ? "default" : "large"}
        destroyOnHidden
      >
        {open ? (
          <ResultsForm
            orgId={orgId}
            activity={open}
            onDone={() => {
              setOpen(null);
              void refetch();
            }}
          />
        ) : null}
      </Drawer>
    </>
  );
}

interface FormValues {
  sessionsHeld: number | null;
  peopleServed: number | null;
  newsLinks: string[];
  summary: string;
}

/** The report form for one activity, filled with its results so far. */
function ResultsForm({ orgId, activity, onDone }: { orgId: string; activity: ActivityToReport; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<FormValues>();
  const [photos, setPhotos] = useState<UploadedAsset[]>(
    (activity.results?.photos ?? []).flatMap((photo) =>
      photo ? [{ id: photo.id, kind: "IMAGE", url: photo.url, thumbnailUrl: photo.thumbnailUrl }] : [],
    ),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report] = useMutation(reportActivityResultsMutation);
  const peopleMax = activity.mode === "ONLINE" ? resultLimits.peopleServedOnline : resultLimits.peopleServedOnSite;
  const whole = (label: string, min: number, max: number) => [
    { required: true, message: t("results.required", { field: label }) },
    {
      validator: async (_: unknown, value: number | null) => {
        if (value === null || value === undefined) return;
        if (!Number.isInteger(value)) throw new Error(t("results.wholeNumber", { field: label }));
        if (value < min) throw new Error(t("results.min", { field: label, min }));
        if (value > max) throw new Error(t("results.max", { field: label, max: max.toLocaleString() }));
      },
    },
  ];
  const submit = async (values: FormValues) => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await report({
        variables: {
          id: activity.id,
          input: {
            sessionsHeld: Number(values.sessionsHeld),
            peopleServed: Number(values.peopleServed),
            photoAssetIds: photos.map((photo) => photo.id),
            newsLinks: values.newsLinks.map((link) => link.trim()).filter(Boolean),
            summary: values.summary?.trim() || null,
          },
        },
      });
      if (result.data?.reportActivityResults) onDone();
    } catch (failure) {
      const message = errorMessage(failure);
      const field = (failure as { graphQLErrors?: { extensions?: { field?: string } }[] }).graphQLErrors?.[0]
        ?.extensions?.field;
      if (field === "sessionsHeld" || field === "peopleServed") form.setFields([{ name: field, errors: [message] }]);
      else setProblem(message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      initialValues={{
        sessionsHeld: activity.results?.sessionsHeld ?? null,
        peopleServed: activity.results?.peopleServed ?? null,
        newsLinks: activity.results?.newsLinks.length ? [...activity.results.newsLinks] : [""],
        summary: activity.results?.summary ?? "",
      }}
      data-testid="results-form"
    >
      <Form.Item
        name="sessionsHeld"
        label={t("results.sessionsHeld")}
        rules={whole(t("results.sessionsHeld"), resultLimits.sessionsHeld.min, resultLimits.sessionsHeld.max)}
      >
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item
        name="peopleServed"
        label={t("results.peopleServed")}
        rules={whole(t("results.peopleServed"), 0, peopleMax)}
      >
        <InputNumber style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item label={t("results.photos")} extra={t("results.photos.hint")}>
        <List
          size="small"
          dataSource={photos}
          locale={{ emptyText: " " }}
          renderItem={(photo) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  onClick={() => setPhotos((now) => now.filter((p) => p.id !== photo.id))}
                >
                  {t("works.postingRemove")}
                </Button>,
              ]}
            >
              <AssetPreview asset={photo} />
            </List.Item>
          )}
        />
        {photos.length < resultLimits.photos ? (
          <Uploader
            orgId={orgId}
            purpose="RESULT_PHOTO"
            label={t("upload.choose")}
            accept="image/jpeg,image/png,image/webp"
            onReady={(asset) => setPhotos((now) => [...now, asset])}
            testId="result-photo-upload"
          />
        ) : null}
      </Form.Item>
      <Form.List name="newsLinks">
        {(fields, { add, remove }) => (
          <Form.Item label={t("results.newsLinks")} extra={t("results.newsLinks.hint")}>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" style={{ display: "flex" }}>
                <Form.Item
                  name={field.name}
                  rules={[
                    {
                      validator: async (_: unknown, value: string) => {
                        if (value?.trim() && !isNewsLink(value)) throw new Error(t("results.badLink"));
                      },
                    },
                  ]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input
                    type="url"
                    placeholder="https://"
                    aria-label={`${t("results.newsLinks")} ${index + 1}`}
                    style={{ minWidth: 220 }}
                  />
                </Form.Item>
                {fields.length > 1 ? (
                  <Button size="small" onClick={() => remove(field.name)}>
                    {t("works.postingRemove")}
                  </Button>
                ) : null}
              </Space>
            ))}
            {fields.length < resultLimits.newsLinks ? (
              <Button size="small" onClick={() => add("")}>
                {t("results.newsLinks.add")}
              </Button>
            ) : null}
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="summary" label={t("results.summary")}>
        <Input.TextArea rows={4} maxLength={resultLimits.summary} showCount />
      </Form.Item>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 8 }} /> : null}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t("results.submit")}
      </Button>
    </Form>
  );
}
