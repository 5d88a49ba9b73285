import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import { Button, Card, Form, Input, Select, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { FormOutcome } from "../components/FormOutcome.js";
import { Link } from "../components/Link.js";
import { OrgFields } from "../components/OrgFields.js";
import { useAction } from "../components/useAction.js";
import { createOrgMutation, orgSummaryQuery, type SubtreeData, subtreeQuery } from "../graphql/org.js";
import { type OrgKind, type OrgLevel, orgKinds, orgLevels } from "../graphql/types.js";
import { hrefFor } from "../routes.js";
import { optional } from "../validation.js";

const pageSize = 20;

interface Filters {
  search: string;
  kind: OrgKind | "";
  level: OrgLevel | "";
}

/** 下级单位: the units under the current one, searched and filtered, a page at a time. */
export function SubtreePage({ orgId }: { orgId: string }) {
  const { t } = useLocale();
  const [draft, setDraft] = useState<Filters>({ search: "", kind: "", level: "" });
  const [filters, setFilters] = useState<Filters>(draft);
  const summary = useQuery(orgSummaryQuery, { variables: { id: orgId } });
  const variables = {
    under: orgId,
    search: optional(filters.search) ?? null,
    kind: filters.kind || null,
    level: filters.level || null,
    first: pageSize,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(subtreeQuery, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);

  const loadMore = async () => {
    const after = data?.orgs.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { ...variables, after },
        updateQuery: (previous, { fetchMoreResult }) =>
          fetchMoreResult
            ? {
                orgs: {
                  ...fetchMoreResult.orgs,
                  edges: [...(previous.orgs?.edges ?? []), ...fetchMoreResult.orgs.edges],
                },
              }
            : (previous as SubtreeData),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const rows = data?.orgs.edges ?? [];
  type Row = (typeof rows)[number];
  const columns: TableColumnsType<Row> = [
    {
      key: "name",
      title: t("org.name"),
      sorter: (a, b) => a.node.name.localeCompare(b.node.name, "zh-CN"),
      render: (_, { node }) => (
        <>
          <Link href={hrefFor("subtree", node.id)}>{node.name}</Link> <Tag>{t(`kind.${node.kind}`)}</Tag>
        </>
      ),
    },
    {
      key: "level",
      title: t("org.level"),
      sorter: (a, b) => orgLevels.indexOf(a.node.level) - orgLevels.indexOf(b.node.level),
      render: (_, { node }) => t(`level.${node.level}`),
    },
    { key: "region", title: t("org.regionCode"), render: (_, { node }) => node.regionCode ?? "—" },
    { key: "parent", title: t("subtree.parent"), render: (_, { node }) => node.parent?.name ?? "—" },
    {
      key: "children",
      title: t("subtree.children"),
      align: "right",
      sorter: (a, b) => a.node.children.totalCount - b.node.children.totalCount,
      render: (_, { node }) => node.children.totalCount,
    },
  ];
  return (
    <>
      <Typography.Title level={2}>{t("subtree.title", { org: summary.data?.org?.name ?? "" })}</Typography.Title>
      <Form
        layout="inline"
        aria-label={t("subtree.filters")}
        onFinish={() => setFilters(draft)}
        style={{ rowGap: 8, marginBottom: 12 }}
      >
        <Form.Item label={t("subtree.search")} htmlFor="subtree-search">
          <Input
            id="subtree-search"
            type="search"
            value={draft.search}
            onChange={(e) => setDraft({ ...draft, search: e.target.value })}
            allowClear
          />
        </Form.Item>
        <Form.Item label={t("org.kind")} htmlFor="subtree-kind">
          <Select
            id="subtree-kind"
            style={{ minWidth: 140 }}
            value={draft.kind}
            onChange={(kind: OrgKind | "") => setDraft({ ...draft, kind })}
            options={[
              { value: "", label: t("filter.any") },
              ...orgKinds.map((k) => ({ value: k, label: t(`kind.${k}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t("org.level")} htmlFor="subtree-level">
          <Select
            id="subtree-level"
            style={{ minWidth: 120 }}
            value={draft.level}
            onChange={(level: OrgLevel | "") => setDraft({ ...draft, level })}
            options={[
              { value: "", label: t("filter.any") },
              ...orgLevels.map((l) => ({ value: l, label: t(`level.${l}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t("subtree.apply")}
          </Button>
        </Form.Item>
      </Form>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      {data ? (
        <Typography.Paragraph type="secondary" data-testid="subtree-count">
          {t("subtree.count", { count: data.orgs.totalCount, shown: rows.length })}
        </Typography.Paragraph>
      ) : null}
      <div data-testid="subtree">
        <Table<Row>
          rowKey={(row) => row.node.id}
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          {...consoleTableProps({ pages: false })}
        />
      </div>
      {data?.orgs.pageInfo.hasNextPage ? (
        <Button onClick={() => void loadMore()} loading={loadingMore} style={{ marginTop: 8 }}>
          {t("action.loadMore")}
        </Button>
      ) : null}
      {summary.data?.org?.viewerCanAdminister ? (
        <CreateOrgForm parentId={orgId} onCreated={() => void refetch()} />
      ) : null}
    </>
  );
}

interface NewOrgValues {
  name: string;
  shortName: string;
  kind: OrgKind;
  level: OrgLevel | undefined;
  regionCode: string;
  address: string;
}

/** 新建下级单位 on antd's Form: name and level required, the region code six digits, checked inline. */
function CreateOrgForm({ parentId, onCreated }: { parentId: string; onCreated: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<NewOrgValues>();
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [createOrg] = useMutation(createOrgMutation);
  const action = useAction();

  const submit = async (values: NewOrgValues) => {
    setCreated(null);
    if (!values.level) return;
    const level = values.level;
    const result = await action.run(() =>
      createOrg({
        variables: {
          input: {
            parentId,
            name: values.name.trim(),
            shortName: optional(values.shortName ?? ""),
            kind: values.kind,
            level,
            regionCode: optional(values.regionCode ?? ""),
            address: optional(values.address ?? ""),
          },
        },
      }),
    );
    if (result?.data) {
      setCreated(result.data.createOrg);
      form.resetFields();
      onCreated();
    }
  };

  return (
    <Card
      size="small"
      title={<h3 className="kepu-card-title">{t("subtree.create")}</h3>}
      style={{ marginTop: 16, maxWidth: 640 }}
    >
      <Form<NewOrgValues>
        form={form}
        layout="vertical"
        aria-label={t("subtree.create")}
        initialValues={{ name: "", shortName: "", kind: "ASSOCIATION", regionCode: "", address: "" }}
        onFinish={(values) => void submit(values)}
      >
        <OrgFields level />
        <FormOutcome
          error={action.error}
          done={
            created ? (
              <>
                {t("subtree.created", { name: created.name })}{" "}
                <Link href={hrefFor("org", created.id)}>{t("subtree.open")}</Link>
              </>
            ) : null
          }
        />
        <Button type="primary" htmlType="submit" loading={action.busy}>
          {action.busy ? t("form.saving") : t("subtree.createSubmit")}
        </Button>
      </Form>
    </Card>
  );
}
