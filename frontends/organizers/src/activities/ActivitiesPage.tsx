import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatRange, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import { App, Button, Drawer, Select, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useCursorPages } from "../components/useCursorPages.js";
import {
  type ActivityStatus,
  activityFormOptionsQuery,
  activityHostQuery,
  activityQuery,
  cancelActivityMutation,
  finishActivityMutation,
  type MyActivityRow,
  myActivitiesQuery,
  submitActivityMutation,
  withdrawActivityMutation,
} from "../graphql/activities.js";
import { ActivityEditor } from "./ActivityEditor.js";
import { ReasonModal } from "./ReasonModal.js";

export const activityStatuses: ActivityStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "REJECTED",
  "PUBLISHED",
  "FINISHED",
  "REPORTED",
  "CANCELLED",
];
export const activityStatusColors: Record<ActivityStatus, string> = {
  DRAFT: "default",
  SUBMITTED: "processing",
  REJECTED: "error",
  PUBLISHED: "success",
  FINISHED: "purple",
  REPORTED: "cyan",
  CANCELLED: "default",
};

const pageSize = 20;

/** What the drawer shows: the editor (new or one activity) or one activity's sessions and registrants. */
type Open = { kind: "edit"; id: string | null } | { kind: "sessions"; id: string } | null;

/**
 * 我的活动 (issue 9 §7): the unit's activities in every state as an antd Table, sorted by any column,
 * filtered by status and campaign (on the server) and category, paged over the cursor connection;
 * status tags and the steps the viewer may take now (viewerCan); create and edit in a drawer;
 * cancel with a reason (registrants are mailed).
 */
export function ActivitiesPage({
  orgId,
  renderSessions,
}: {
  orgId: string;
  /** 场次与报名 for one activity, when the app offers it. */
  renderSessions?: (activityId: string, onChanged: () => void) => React.ReactNode;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [status, setStatus] = useState<ActivityStatus | "">("");
  const [campaignId, setCampaignId] = useState("");
  const pages = useCursorPages(pageSize);
  const [open, setOpen] = useState<Open>(null);
  const [cancelling, setCancelling] = useState<MyActivityRow | null>(null);
  const host = useQuery(activityHostQuery, { variables: { id: orgId } });
  const options = useQuery(activityFormOptionsQuery);
  const { data, previousData, loading, error, refetch } = useQuery(myActivitiesQuery, {
    variables: {
      orgId,
      status: status || null,
      campaignId: campaignId || null,
      after: pages.after,
      first: pages.first,
    },
    fetchPolicy: "cache-and-network",
  });
  const connection = (data ?? previousData)?.myActivities;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  pages.learn(data?.myActivities.pageInfo);
  const [submit] = useMutation(submitActivityMutation);
  const [withdraw] = useMutation(withdrawActivityMutation);
  const [finish] = useMutation(finishActivityMutation);
  const [cancel] = useMutation(cancelActivityMutation);
  const step = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      void refetch();
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
  };

  const categoryName = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameZh);
  const categories = [...new Map(rows.map((row) => [row.category.id, row.category])).values()];
  const campaigns = options.data?.campaigns.edges.map((edge) => edge.node) ?? [];
  const columns: TableColumnsType<MyActivityRow> = [
    {
      key: "title",
      title: t("acts.name"),
      sorter: (a, b) => a.title.localeCompare(b.title, "zh-CN"),
      render: (_, row) => (
        <Button
          type="link"
          style={{ padding: 0, whiteSpace: "normal", textAlign: "left", height: "auto" }}
          onClick={() => setOpen({ kind: "edit", id: row.id })}
        >
          {row.title}
        </Button>
      ),
    },
    {
      key: "category",
      title: t("acts.category"),
      filters: categories.map((category) => ({ text: categoryName(category), value: category.id })),
      onFilter: (value, row) => row.category.id === value,
      render: (_, row) => categoryName(row.category),
    },
    {
      key: "time",
      title: t("acts.time"),
      defaultSortOrder: undefined,
      sorter: (a, b) => a.startsAt.localeCompare(b.startsAt),
      render: (_, row) => formatRange(row.startsAt, row.endsAt, locale),
    },
    {
      key: "status",
      title: t("acts.status"),
      sorter: (a, b) => activityStatuses.indexOf(a.status) - activityStatuses.indexOf(b.status),
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag color={activityStatusColors[row.status]} data-testid="activity-status">
            {t(`actStatus.${row.status}`)}
          </Tag>
          {row.hasPendingChanges ? <Tag color="warning">{t("acts.pending")}</Tag> : null}
        </Space>
      ),
    },
    {
      key: "sessions",
      title: t("acts.sessionsCol"),
      render: (_, row) => {
        const live = row.sessions.filter((session) => !session.cancelled);
        return t("acts.sessionsSummary", {
          sessions: live.length,
          confirmed: live.reduce((sum, session) => sum + session.confirmedCount, 0),
          waitlist: live.reduce((sum, session) => sum + session.waitlistCount, 0),
        });
      },
    },
    {
      key: "actions",
      title: t("acts.actions"),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.viewerCan.submit ? (
            <Button
              size="small"
              onClick={() => void step(() => submit({ variables: { id: row.id } }), t("acts.submitted"))}
            >
              {t("acts.submit")}
            </Button>
          ) : null}
          {row.viewerCan.withdraw ? (
            <Button
              size="small"
              onClick={() => void step(() => withdraw({ variables: { id: row.id } }), t("acts.withdrawn"))}
            >
              {t("acts.withdraw")}
            </Button>
          ) : null}
          {renderSessions ? (
            <Button size="small" onClick={() => setOpen({ kind: "sessions", id: row.id })}>
              {t("acts.sessionsAndRegistrations")}
            </Button>
          ) : null}
          {row.viewerCan.finish ? (
            <Button
              size="small"
              onClick={() => void step(() => finish({ variables: { id: row.id } }), t("actStatus.FINISHED"))}
            >
              {t("acts.finish")}
            </Button>
          ) : null}
          {row.viewerCan.cancel ? (
            <Button size="small" danger onClick={() => setCancelling(row)}>
              {t("acts.cancel")}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Typography.Title level={2}>{t("acts.title", { org: host.data?.org?.name ?? "" })}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t("acts.status")}
          style={{ minWidth: 140 }}
          value={status}
          onChange={(value: ActivityStatus | "") => {
            setStatus(value);
            pages.restart();
          }}
          options={[
            { value: "", label: t("acts.anyStatus") },
            ...activityStatuses.map((s) => ({ value: s, label: t(`actStatus.${s}`) })),
          ]}
        />
        <Select
          aria-label={t("acts.campaign")}
          style={{ minWidth: 220 }}
          value={campaignId}
          onChange={(value: string) => {
            setCampaignId(value);
            pages.restart();
          }}
          options={[
            { value: "", label: t("acts.anyCampaign") },
            ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name })),
          ]}
        />
        <Button type="primary" onClick={() => setOpen({ kind: "edit", id: null })}>
          {t("acts.new")}
        </Button>
      </Space>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      <div data-testid="activities">
        <Table<MyActivityRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          {...consoleTableProps({ pages: pages.pagination(rows.length), empty: t("acts.empty") })}
        />
      </div>
      <Drawer
        open={open !== null}
        onClose={() => {
          setOpen(null);
          void refetch();
        }}
        title={
          open?.kind === "sessions" ? t("acts.sessionsAndRegistrations") : open?.id ? t("acts.edit") : t("acts.new")
        }
        // Large on a desktop, the whole width on a phone.
        size="min(736px, 100vw)"
        destroyOnHidden
      >
        {open?.kind === "edit" && open.id === null ? (
          <ActivityEditor
            orgId={orgId}
            hostRegionCode={host.data?.org?.regionCode ?? null}
            activity={null}
            onSaved={(id) => {
              setOpen({ kind: "edit", id });
              void refetch();
            }}
          />
        ) : open?.kind === "edit" && open.id ? (
          <LoadedEditor
            orgId={orgId}
            hostRegionCode={host.data?.org?.regionCode ?? null}
            id={open.id}
            onChanged={() => void refetch()}
          />
        ) : open?.kind === "sessions" && renderSessions ? (
          renderSessions(open.id, () => void refetch())
        ) : null}
      </Drawer>
      <ReasonModal
        open={cancelling !== null}
        title={t("acts.cancelTitle", { title: cancelling?.title ?? "" })}
        label={t("acts.cancelReason")}
        warning={t("acts.cancelWarn")}
        confirm={t("acts.cancelConfirm")}
        onClose={() => setCancelling(null)}
        onConfirm={async (reason) => {
          if (!cancelling) return;
          await cancel({ variables: { id: cancelling.id, reason } });
          void message.success(t("acts.cancelled"));
          void refetch();
        }}
      />
    </>
  );
}

function LoadedEditor({
  orgId,
  hostRegionCode,
  id,
  onChanged,
}: {
  orgId: string;
  hostRegionCode: string | null;
  id: string;
  onChanged: () => void;
}) {
  const { data, previousData, error } = useQuery(activityQuery, { variables: { id }, fetchPolicy: "network-only" });
  const activity = data?.activity ?? previousData?.activity;
  if (error) return <ErrorMessage message={errorMessage(error)} />;
  if (!activity) return null;
  // Keyed by its state: after a save or a step the form starts again from what the server holds.
  return (
    <ActivityEditor
      key={`${activity.id}:${activity.status}:${activity.history.length}`}
      orgId={orgId}
      hostRegionCode={hostRegionCode}
      activity={activity}
      onSaved={onChanged}
    />
  );
}
