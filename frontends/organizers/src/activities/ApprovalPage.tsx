import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { formatRange, type MessageKey, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import {
  type ApprovalRow,
  activityApprovalQueueQuery,
  approveActivityMutation,
  rejectActivityMutation,
} from "../graphql/activities.js";
import { type DiffField, type DiffRow, pendingEditDiff } from "./activity-diff.js";
import { ReasonModal } from "./ReasonModal.js";

const diffLabels: Record<DiffField, MessageKey> = {
  title: "acts.name",
  summary: "acts.summary",
  category: "acts.category",
  programme: "acts.programme",
  forms: "acts.forms",
  mode: "acts.mode",
  topics: "acts.topics",
  audiences: "acts.audiences",
  time: "acts.time",
  regionCode: "acts.regionCode",
  venue: "acts.venue",
  address: "acts.address",
  point: "acts.point",
  livestreamUrl: "acts.livestreamUrl",
  coHosts: "acts.coHosts",
  cover: "acts.cover",
};

/**
 * 活动审核 (issue 9 §2, §7): the activities and edits waiting for the viewer's decision across its
 * subtree and designated regions (oldest first, paged), with the counts (waiting, decided today);
 * approve, or send back with a reason. A pending edit of a published activity is shown as a diff
 * against the approved row: what the public sees now and what it would see.
 */
export function ApprovalPage() {
  const { t } = useLocale();
  const [after, setAfter] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(activityApprovalQueueQuery, {
    variables: { after },
    fetchPolicy: "cache-and-network",
  });
  const counts = data?.activityApprovalCounts;
  const queue = data?.activityApprovalQueue;
  const rows = queue?.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <Typography.Title level={2}>{t("review.title")}</Typography.Title>
      {counts ? (
        <Space wrap size="large" data-testid="review-counts" style={{ marginBottom: 12 }}>
          <Statistic title={t("review.waiting")} value={counts.waiting} />
          <Statistic title={t("review.approvedToday")} value={counts.approvedToday} />
          <Statistic title={t("review.rejectedToday")} value={counts.rejectedToday} />
        </Space>
      ) : null}
      {error ? <Alert type="error" showIcon title={errorMessage(error)} /> : null}
      {data && rows.length === 0 ? <Empty description={t("review.empty")} /> : null}
      {loading && !data ? <Typography.Text type="secondary">{t("state.loading")}</Typography.Text> : null}
      <div data-testid="review-queue">
        {rows.map((activity) => (
          <QueueItem key={activity.id} activity={activity} onDone={() => void refetch()} />
        ))}
      </div>
      <Space>
        {after ? <Button onClick={() => setAfter(null)}>{t("organizers.home")}</Button> : null}
        {queue?.pageInfo.hasNextPage ? (
          <Button onClick={() => setAfter(queue.pageInfo.endCursor ?? null)}>{t("acts.loadMore")}</Button>
        ) : null}
      </Space>
    </>
  );
}

function QueueItem({ activity, onDone }: { activity: ApprovalRow; onDone: () => void }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [approve] = useMutation(approveActivityMutation);
  const [reject] = useMutation(rejectActivityMutation);
  const categoryName = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameZh);
  const isEdit = Boolean(activity.pendingEdit);
  const diff = pendingEditDiff(activity, {
    form: (value) => t(`actForm.${value}` as MessageKey),
    mode: (value) => t(`mode.${value}` as MessageKey),
    audience: (value) => t(`actAudience.${value}` as MessageKey),
    category: categoryName,
    range: (start, end) => formatRange(start, end, locale),
  });
  const decideApprove = async () => {
    setBusy(true);
    try {
      await approve({ variables: { id: activity.id } });
      void message.success(t("review.approved"));
      onDone();
    } catch (failure) {
      void message.error(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const columns: TableColumnsType<DiffRow> = [
    { key: "field", title: t("review.field"), render: (_, row) => t(diffLabels[row.field]), width: 110 },
    { key: "before", title: t("review.before"), render: (_, row) => <del>{row.before || "—"}</del> },
    { key: "after", title: t("review.after"), render: (_, row) => <ins>{row.after || "—"}</ins> },
  ];
  return (
    <Card size="small" style={{ margin: "12px 0" }} data-testid="review-item" title={activity.title}>
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        <Tag color={isEdit ? "warning" : "processing"}>{isEdit ? t("review.kindEdit") : t("review.kindNew")}</Tag>
        <Tag>{categoryName(activity.category)}</Tag>
        {activity.host ? <Tag>{`${t("review.host")}：${activity.host.name}`}</Tag> : null}
      </Space>
      {isEdit ? (
        <section aria-label={t("review.diff")} data-testid="review-diff">
          <Typography.Text strong>{t("review.diff")}</Typography.Text>
          {diff.length ? (
            <Table<DiffRow>
              rowKey="field"
              columns={columns}
              dataSource={diff}
              {...consoleTableProps({ pages: false })}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t("review.noChange")}</Typography.Paragraph>
          )}
        </section>
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: "time", label: t("acts.time"), children: formatRange(activity.startsAt, activity.endsAt, locale) },
            { key: "mode", label: t("acts.mode"), children: t(`mode.${activity.mode}`) },
            {
              key: "forms",
              label: t("acts.forms"),
              children: activity.forms.map((form) => t(`actForm.${form}`)).join("、"),
            },
            {
              key: "place",
              label: t("acts.place"),
              children: [activity.venue, activity.address, activity.regionCode].filter(Boolean).join(" · ") || "—",
            },
            ...(activity.livestreamUrl
              ? [{ key: "live", label: t("acts.livestreamUrl"), children: activity.livestreamUrl }]
              : []),
            {
              key: "sessions",
              label: t("acts.sessions"),
              children: activity.sessions
                .filter((session) => !session.cancelled)
                .map(
                  (session) =>
                    `${formatRange(session.startsAt, session.endsAt, locale)}${session.capacity != null ? ` · ${t("sessions.capacity")} ${session.capacity}` : ""}`,
                )
                .join("；"),
            },
            { key: "summary", label: t("acts.summary"), children: activity.summary },
          ]}
        />
      )}
      <Space wrap style={{ marginTop: 8 }}>
        {activity.viewerCan.approve ? (
          <Button type="primary" loading={busy} onClick={() => void decideApprove()}>
            {t("review.approve")}
          </Button>
        ) : null}
        {activity.viewerCan.reject ? (
          <Button danger disabled={busy} onClick={() => setRejecting(true)}>
            {t("review.reject")}
          </Button>
        ) : null}
      </Space>
      <ReasonModal
        open={rejecting}
        title={t("review.rejectTitle", { title: activity.title })}
        label={t("review.rejectReason")}
        confirm={t("review.rejectConfirm")}
        onClose={() => setRejecting(false)}
        onConfirm={async (note) => {
          await reject({ variables: { id: activity.id, note } });
          void message.success(t("review.rejected"));
          onDone();
        }}
      />
    </Card>
  );
}
