import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatBytes, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import {
  Alert,
  Button,
  Drawer,
  Form,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { CampaignSelect } from "../components/CampaignSelect.js";
import { campaignChoicesQuery } from "../graphql/reach.js";
import {
  createResourceMutation,
  type ResourceKind,
  type ResourceRow,
  removeResourceMutation,
  reorderResourcesMutation,
  resourcesQuery,
  updateResourceMutation,
} from "../graphql/resources.js";
import { type UploadedAsset, Uploader } from "../uploads/Uploader.js";

const kinds: ResourceKind[] = ["SHORT_VIDEO", "EXHIBITION_PANEL", "GRAPHIC", "LOGO", "PROMOTION_KIT", "OTHER"];

type FileRow = ResourceRow["files"][number] | (UploadedAsset & { bytes?: number | null });

/** A campaign's kits with one moved up or down (ids in the new order), or null at an end. */
export function moved(ids: readonly string[], id: string, by: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return next;
}

/**
 * 资源库 (issue 8 §5, §7): a campaign's downloadable kits (short videos, exhibition panels, graphics,
 * logo files, promotion kits) with their usage rules. Everyone here sees the list the public sees;
 * the editors of a unit that leads or co-hosts the campaign add kits (files uploaded in place),
 * change, reorder and remove them — the server decides (`canManageResourcesAs`), this page only
 * offers the buttons to a host unit.
 */
export function ResourcesPage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [editing, setEditing] = useState<ResourceRow | "new" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const choices = useQuery(campaignChoicesQuery);
  const { data, loading, error, refetch } = useQuery(resourcesQuery, {
    variables: { campaignId: campaignId ?? "" },
    skip: !campaignId,
    fetchPolicy: "cache-and-network",
  });
  const [reorder] = useMutation(reorderResourcesMutation);
  const [remove] = useMutation(removeResourceMutation);
  const campaign = choices.data?.campaigns.edges.find((edge) => edge.node.id === campaignId)?.node;
  const isHost = Boolean(
    campaign?.hosts.some((host) => host.org.id === orgId && (host.role === "LEAD" || host.role === "CO_HOST")),
  );
  const rows = data?.resources ?? [];
  // Only the campaign's own kits are reordered here; a regional edition's list ends with its national edition's.
  const own = rows.filter((row) => row.campaign?.id === campaignId);

  const act = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
      await refetch();
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  };
  const move = (id: string, by: -1 | 1) => {
    const ids = moved(
      own.map((row) => row.id),
      id,
      by,
    );
    if (ids && campaignId) void act(() => reorder({ variables: { campaignId, ids } }));
  };

  const columns: TableColumnsType<ResourceRow> = [
    {
      key: "title",
      title: t("resources.titleField"),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{row.title}</Typography.Text>
          {row.description ? <Typography.Text type="secondary">{row.description}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: "kind",
      title: t("resources.kind"),
      filters: kinds.map((kind) => ({ text: t(`resourceKind.${kind}`), value: kind })),
      onFilter: (value, row) => row.kind === value,
      render: (_, row) => <Tag>{t(`resourceKind.${row.kind}`)}</Tag>,
    },
    {
      key: "files",
      title: t("resources.files"),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {row.files.map((file) =>
            file.url ? (
              <a key={file.id} href={file.url} target="_blank" rel="noreferrer">
                {file.fileName ?? file.mime ?? file.id}
                {file.bytes ? ` (${formatBytes(file.bytes, locale)})` : ""}
              </a>
            ) : (
              <span key={file.id}>{file.fileName ?? file.id}</span>
            ),
          )}
        </Space>
      ),
    },
    { key: "rules", title: t("resources.usageRules"), render: (_, row) => row.usageRules || "—" },
    { key: "owner", title: t("resources.owner"), render: (_, row) => row.owner?.name ?? "—" },
    ...(isHost
      ? [
          {
            key: "actions",
            title: t("resources.actions"),
            render: (_: unknown, row: ResourceRow) =>
              row.owner?.id === orgId ? (
                <Space wrap size={4}>
                  <Button size="small" onClick={() => setEditing(row)}>
                    {t("resources.edit")}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t("resources.up", { title: row.title })}
                    disabled={own[0]?.id === row.id}
                    onClick={() => move(row.id, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    size="small"
                    aria-label={t("resources.down", { title: row.title })}
                    disabled={own.at(-1)?.id === row.id}
                    onClick={() => move(row.id, 1)}
                  >
                    ↓
                  </Button>
                  <Popconfirm
                    title={t("resources.removeConfirm", { title: row.title })}
                    onConfirm={() => void act(() => remove({ variables: { id: row.id } }))}
                  >
                    <Button size="small" danger>
                      {t("resources.remove")}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Title level={2}>{t("resources.title")}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Form layout="inline">
          <Form.Item label={t("campaign.pick")} htmlFor="resources-campaign">
            <CampaignSelect id="resources-campaign" value={campaignId} onChange={setCampaignId} />
          </Form.Item>
        </Form>
        {isHost ? (
          <Button type="primary" onClick={() => setEditing("new")}>
            {t("resources.new")}
          </Button>
        ) : null}
      </Space>
      {campaign && !isHost ? (
        <Typography.Paragraph type="secondary">{t("resources.notHost")}</Typography.Paragraph>
      ) : null}
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      {failure ? <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 8 }} /> : null}
      <div data-testid="resources">
        <Table<ResourceRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          {...consoleTableProps({ empty: t("resources.empty") })}
        />
      </div>
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === "new" ? t("resources.new") : t("resources.edit")}
        size="large"
        styles={{ wrapper: { maxWidth: "100vw" } }}
        destroyOnHidden
      >
        {editing && campaignId ? (
          <ResourceEditor
            orgId={orgId}
            campaignId={campaignId}
            resource={editing === "new" ? null : editing}
            onSaved={() => {
              setEditing(null);
              void refetch();
            }}
          />
        ) : null}
      </Drawer>
    </>
  );
}

interface Values {
  kind: ResourceKind;
  title: string;
  description: string;
  usageRules: string;
}

/** One kit: kind, title, description, usage rules and its files (uploaded here, in order). */
function ResourceEditor({
  orgId,
  campaignId,
  resource,
  onSaved,
}: {
  orgId: string;
  campaignId: string;
  resource: ResourceRow | null;
  onSaved: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<FileRow[]>(resource?.files ?? []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(createResourceMutation);
  const [update] = useMutation(updateResourceMutation);
  const required = (field: string) => [{ required: true, whitespace: true, message: t("works.required", { field }) }];

  const save = async (values: Values) => {
    if (files.length === 0) return setError(t("resources.noFiles"));
    setBusy(true);
    setError(null);
    try {
      const fileAssetIds = files.map((file) => file.id);
      if (resource) await update({ variables: { input: { id: resource.id, ...values, fileAssetIds } } });
      else await create({ variables: { input: { campaignId, orgId, ...values, fileAssetIds } } });
      onSaved();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      aria-label={t("resources.edit")}
      initialValues={{
        kind: resource?.kind ?? "GRAPHIC",
        title: resource?.title ?? "",
        description: resource?.description ?? "",
        usageRules: resource?.usageRules ?? "",
      }}
      onFinish={(values) => void save(values)}
    >
      <Form.Item name="kind" label={t("resources.kind")}>
        <Select options={kinds.map((kind) => ({ value: kind, label: t(`resourceKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t("resources.titleField")}
        rules={[...required(t("resources.titleField")), { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t("resources.description")} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="usageRules" label={t("resources.usageRules")} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} placeholder={t("resources.usageRulesHint")} />
      </Form.Item>
      <Typography.Text strong>{t("resources.files")}</Typography.Text>
      <List
        size="small"
        dataSource={files}
        locale={{ emptyText: t("resources.noFiles") }}
        renderItem={(file) => (
          <List.Item
            actions={[
              <Button key="drop" size="small" onClick={() => setFiles(files.filter((other) => other.id !== file.id))}>
                {t("resources.dropFile")}
              </Button>,
            ]}
          >
            {file.fileName ?? file.id}
          </List.Item>
        )}
      />
      <Uploader
        orgId={orgId}
        purpose="RESOURCE_FILE"
        label={t("resources.addFile")}
        testId="resource-file"
        onReady={(asset) => setFiles((now) => [...now, asset])}
      />
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ margin: "8px 0" }} /> : null}
      <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 12 }}>
        {t("resources.save")}
      </Button>
    </Form>
  );
}
