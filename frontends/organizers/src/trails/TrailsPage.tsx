import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatDateTime, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import { Alert, App, Button, Drawer, Space, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { CampaignSelect } from "../components/CampaignSelect.js";
import { useCursorPages } from "../components/useCursorPages.js";
import { activityHostQuery } from "../graphql/activities.js";
import {
  myTrailsQuery,
  publishTrailMutation,
  type TrailFields,
  type TrailRow,
  unpublishTrailMutation,
} from "../graphql/trails.js";
import { TrailEditor } from "./TrailEditor.js";

const pageSize = 20;

/** Where a stop's venue screen is (the public app's page; the host's members see the live code there). */
export const venueScreenHref = (trailId: string, stopId: string) => `/trails/${trailId}/screen/${stopId}`;

/**
 * 打卡路线 (issue 9 §5, §7): the unit's check-in trails of a campaign in every state as an antd Table
 * over the cursor connection (myTrails); create and edit in a drawer (TrailEditor); publish and
 * unpublish; each stop links to its venue screen (/trails/<id>/screen/<stopId>) and a published
 * trail to its public page. Who may manage a trail is decided by the graph (@kepu/auth
 * canManageTrailOf, shown as viewerCanManage).
 */
export function TrailsPage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  // The drawer: a new trail (null) or one trail as last loaded or saved.
  const [open, setOpen] = useState<{ trail: TrailFields | null } | null>(null);
  const pages = useCursorPages(pageSize);
  const host = useQuery(activityHostQuery, { variables: { id: orgId } });
  const { data, previousData, loading, error, refetch } = useQuery(myTrailsQuery, {
    variables: { orgId, campaignId, after: pages.after, first: pages.first },
    skip: !campaignId,
    fetchPolicy: "cache-and-network",
  });
  const connection = (data ?? previousData)?.myTrails;
  if (data) pages.learn(data.myTrails.pageInfo);
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const [publish] = useMutation(publishTrailMutation);
  const [unpublish] = useMutation(unpublishTrailMutation);
  const step = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
      void refetch();
    } catch (failure) {
      void message.error(errorMessage(failure));
    }
  };

  const columns: TableColumnsType<TrailRow> = [
    {
      key: "title",
      title: t("trails.name"),
      sorter: (a, b) => a.title.localeCompare(b.title, "zh-CN"),
      render: (_, row) =>
        row.viewerCanManage ? (
          <Button
            type="link"
            style={{ padding: 0, whiteSpace: "normal", textAlign: "left", height: "auto" }}
            onClick={() => setOpen({ trail: row })}
          >
            {row.title}
          </Button>
        ) : (
          row.title
        ),
    },
    {
      key: "status",
      title: t("trails.status"),
      filters: (["DRAFT", "PUBLISHED"] as const).map((status) => ({
        text: t(`trails.status.${status}`),
        value: status,
      })),
      onFilter: (value, row) => row.status === value,
      render: (_, row) => (
        <Tag color={row.status === "PUBLISHED" ? "success" : "default"} data-testid="trail-status">
          {t(`trails.status.${row.status}`)}
        </Tag>
      ),
    },
    {
      key: "stops",
      title: t("trails.stops"),
      render: (_, row) => (
        <ol className="kepu-trail-stops" data-testid="trail-stops">
          {row.stops.map((stop) => {
            const name = stop.title ?? t("trails.unnamedStop");
            return (
              <li key={stop.id}>
                {name}{" "}
                <a
                  href={venueScreenHref(row.id, stop.id)}
                  target="_blank"
                  rel="noopener"
                  aria-label={t("trails.screenOf", { position: stop.position, stop: name })}
                >
                  {t("trails.screen")}
                </a>
              </li>
            );
          })}
        </ol>
      ),
    },
    {
      key: "updatedAt",
      title: t("trails.updatedAt"),
      sorter: (a, b) => String(a.updatedAt).localeCompare(String(b.updatedAt)),
      render: (_, row) => formatDateTime(String(row.updatedAt), locale),
    },
    {
      key: "actions",
      title: t("trails.actions"),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.viewerCanManage ? (
            <Button size="small" onClick={() => setOpen({ trail: row })}>
              {t("trails.edit")}
            </Button>
          ) : null}
          {row.viewerCanManage && row.status === "DRAFT" ? (
            <Button
              size="small"
              type="primary"
              onClick={() => void step(() => publish({ variables: { id: row.id } }), t("trails.published"))}
            >
              {t("trails.publish")}
            </Button>
          ) : null}
          {row.viewerCanManage && row.status === "PUBLISHED" ? (
            <Button
              size="small"
              onClick={() => void step(() => unpublish({ variables: { id: row.id } }), t("trails.unpublished"))}
            >
              {t("trails.unpublish")}
            </Button>
          ) : null}
          {row.status === "PUBLISHED" ? (
            <a href={`/trails/${row.id}`} target="_blank" rel="noopener">
              {t("trails.publicPage")}
            </a>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <style>{".kepu-trail-stops { margin: 0; padding-left: 1.4em; } .kepu-trail-stops li { margin: 2px 0; }"}</style>
      <Typography.Title level={2}>{t("trailsConsole.title", { org: host.data?.org?.name ?? "" })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("trailsConsole.intro")}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <CampaignSelect
          id="trails-campaign"
          value={campaignId}
          onChange={(id) => {
            setCampaignId(id);
            pages.restart();
          }}
        />
        <Button type="primary" disabled={!campaignId} onClick={() => setOpen({ trail: null })}>
          {t("trails.new")}
        </Button>
      </Space>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      <div data-testid="trails">
        <Table<TrailRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          {...consoleTableProps({ pages: pages.pagination(rows.length), empty: t("trailsConsole.empty") })}
        />
      </div>
      <Drawer
        open={open !== null}
        onClose={() => {
          setOpen(null);
          void refetch();
        }}
        title={open?.trail ? t("trails.edit") : t("trails.new")}
        size="min(736px, 100vw)"
        destroyOnHidden
      >
        {open && campaignId ? (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t("trails.draftHint")} />
            <TrailEditor
              // A new editor once a new trail has been saved (it then edits that trail).
              key={open.trail?.id ?? "new"}
              orgId={orgId}
              campaignId={open.trail?.campaign?.id ?? campaignId}
              trail={open.trail}
              onSaved={(trail) => {
                setOpen({ trail });
                void refetch();
              }}
            />
          </>
        ) : null}
      </Drawer>
    </>
  );
}
