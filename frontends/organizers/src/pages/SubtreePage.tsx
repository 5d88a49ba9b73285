import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, FormError, Notice, useLocale } from "@kepu/ui";
import { Button, Form, Input, Select, Table, type TableColumnsType, Tag } from "antd";
import { type FormEvent, useState } from "react";
import { EnumSelect } from "../components/FormControls.js";
import { Link } from "../components/Link.js";
import { useAction } from "../components/useAction.js";
import { createOrgMutation, orgSummaryQuery, type SubtreeData, subtreeQuery } from "../graphql/org.js";
import { type OrgKind, type OrgLevel, orgKinds, orgLevels } from "../graphql/types.js";
import { hrefFor } from "../routes.js";
import { isRegionCode, optional } from "../validation.js";

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
      <h2>{t("subtree.title", { org: summary.data?.org?.name ?? "" })}</h2>
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
        <p className="kepu-muted" data-testid="subtree-count">
          {t("subtree.count", { count: data.orgs.totalCount, shown: rows.length })}
        </p>
      ) : null}
      <div data-testid="subtree">
        <Table<Row>
          rowKey={(row) => row.node.id}
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          pagination={false}
          size="small"
          scroll={{ x: "max-content" }}
        />
      </div>
      {data?.orgs.pageInfo.hasNextPage ? (
        <button type="button" className="kepu-button" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? t("state.loading") : t("action.loadMore")}
        </button>
      ) : null}
      {summary.data?.org?.viewerCanAdminister ? (
        <CreateOrgForm parentId={orgId} onCreated={() => void refetch()} />
      ) : null}
    </>
  );
}

function CreateOrgForm({ parentId, onCreated }: { parentId: string; onCreated: () => void }) {
  const { t } = useLocale();
  const empty = {
    name: "",
    shortName: "",
    kind: "ASSOCIATION" as OrgKind,
    level: "" as OrgLevel | "",
    regionCode: "",
    address: "",
  };
  const [form, setForm] = useState(empty);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [createOrg] = useMutation(createOrgMutation);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (!form.name.trim()) return setInvalid(t("form.required", { field: t("org.name") }));
    const level = form.level;
    if (!level) return setInvalid(t("form.required", { field: t("org.level") }));
    if (form.regionCode.trim() && !isRegionCode(form.regionCode)) return setInvalid(t("form.regionCode"));
    setInvalid(null);
    const result = await action.run(() =>
      createOrg({
        variables: {
          input: {
            parentId,
            name: form.name.trim(),
            shortName: optional(form.shortName),
            kind: form.kind,
            level,
            regionCode: optional(form.regionCode),
            address: optional(form.address),
          },
        },
      }),
    );
    if (result?.data) {
      setCreated(result.data.createOrg);
      setForm(empty);
      onCreated();
    }
  };

  return (
    <form className="kepu-form kepu-card" onSubmit={submit} aria-label={t("subtree.create")} noValidate>
      <h3>{t("subtree.create")}</h3>
      <label>
        {t("org.name")}
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
      </label>
      <label>
        {t("org.shortName")}
        <input value={form.shortName} onChange={(e) => setForm({ ...form, shortName: e.target.value })} />
      </label>
      <EnumSelect
        label={t("org.kind")}
        value={form.kind}
        options={orgKinds}
        optionLabel={(k) => t(`kind.${k}`)}
        onChange={(kind) => kind && setForm({ ...form, kind })}
      />
      <EnumSelect
        label={t("org.level")}
        value={form.level}
        options={orgLevels}
        optionLabel={(l) => t(`level.${l}`)}
        onChange={(level) => setForm({ ...form, level })}
        empty={t("filter.choose")}
        required
      />
      <label>
        {t("org.regionCode")}
        <input
          value={form.regionCode}
          inputMode="numeric"
          onChange={(e) => setForm({ ...form, regionCode: e.target.value })}
        />
      </label>
      <label>
        {t("org.address")}
        <input value={form.address} onChange={(e) => setForm({ ...form, address: e.target.value })} />
      </label>
      <FormError message={invalid ?? action.error} />
      {created ? (
        <Notice>
          {t("subtree.created", { name: created.name })}{" "}
          <Link href={hrefFor("org", created.id)}>{t("subtree.open")}</Link>
        </Notice>
      ) : null}
      <button className="kepu-button" type="submit" disabled={action.busy}>
        {action.busy ? t("form.saving") : t("subtree.createSubmit")}
      </button>
    </form>
  );
}
