import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { fromShanghaiWallClock, toShanghaiWallClock } from "@kepu/time";
import { ErrorMessage, formatDateTime, formatDay, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import {
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { FormOutcome } from "../components/FormOutcome.js";
import { OrgSelect } from "../components/OrgSelect.js";
import { useAction } from "../components/useAction.js";
import {
  type Campaign,
  campaignsQuery,
  setCampaignHostsMutation,
  type UpdateCampaignInput,
  updateCampaignMutation,
} from "../graphql/campaigns.js";
import { type CampaignHostRole, campaignHostRoles, type OrgName } from "../graphql/types.js";

/**
 * 科普日届次设置 (campaign set-up): the editions I can see as an antd Table (sorted by name or dates,
 * filtered by year and by whether I may set them up); one I may set up opens in a drawer with its
 * window, theme, summary deadline and approver, and its hosts.
 */
export function CampaignsPage() {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(campaignsQuery, { fetchPolicy: "cache-and-network" });
  const [openId, setOpenId] = useState<string | null>(null);
  const campaigns = (data?.campaigns.edges ?? []).map((edge) => edge.node);
  const open = campaigns.find((c) => c.id === openId && c.viewerCanManage) ?? null;
  const years = [...new Set(campaigns.map((c) => c.year))].sort((a, b) => b - a);
  const columns: TableColumnsType<Campaign> = [
    {
      key: "name",
      title: t("campaigns.name"),
      sorter: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
      filters: years.map((year) => ({ text: String(year), value: year })),
      onFilter: (year, c) => c.year === year,
      render: (_, c) => (
        <>
          <div>{c.name}</div>
          <Typography.Text type="secondary">{t("campaign.theme", { theme: c.theme })}</Typography.Text>
        </>
      ),
    },
    {
      key: "window",
      title: t("campaigns.window"),
      defaultSortOrder: "descend",
      sorter: (a, b) => a.startsOn.localeCompare(b.startsOn),
      render: (_, c) => (
        <>
          <div>{t("campaign.window", { from: formatDay(c.startsOn, locale), to: formatDay(c.endsOn, locale) })}</div>
          {c.summaryDeadline ? (
            <Typography.Text type="secondary">
              {t("campaigns.summaryDeadlineIs", { at: formatDateTime(c.summaryDeadline, locale) })}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      key: "hosts",
      title: t("campaigns.hostsColumn"),
      render: (_, c) => (
        <>
          {c.approverOrg ? <div>{t("campaigns.approverIs", { name: c.approverOrg.name })}</div> : null}
          {c.hosts.map((host) => (
            <Tag key={`${host.org.id}-${host.role}`} style={{ marginBlock: 2 }}>
              {t(`hostRole.${host.role}`)}：{host.org.name}
            </Tag>
          ))}
        </>
      ),
    },
    {
      key: "actions",
      title: t("members.actions"),
      filters: [{ text: t("campaigns.mine"), value: true }],
      onFilter: (mine, c) => c.viewerCanManage === mine,
      render: (_, c) =>
        c.viewerCanManage ? (
          <Button size="small" onClick={() => setOpenId(c.id)}>
            {t("campaigns.setUp", { name: c.name })}
          </Button>
        ) : null,
    },
  ];
  return (
    <>
      <Typography.Title level={2}>{t("campaigns.title")}</Typography.Title>
      {error ? <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} /> : null}
      <Table<Campaign>
        rowKey="id"
        columns={columns}
        dataSource={campaigns}
        loading={loading && !data}
        onRow={() => ({ "data-testid": "campaign" }) as React.HTMLAttributes<HTMLElement>}
        {...consoleTableProps()}
      />
      <Drawer
        open={open !== null}
        onClose={() => {
          setOpenId(null);
          void refetch();
        }}
        title={open ? t("campaigns.setUp", { name: open.name }) : ""}
        size="min(640px, 100vw)"
        destroyOnHidden
      >
        {open ? (
          <Space direction="vertical" size={16} style={{ width: "100%" }}>
            <CampaignForm key={`form-${open.id}`} campaign={open} />
            <HostsForm key={`hosts-${open.id}`} campaign={open} />
          </Space>
        ) : null}
      </Drawer>
    </>
  );
}

interface CampaignValues {
  theme: string;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  deadline: Dayjs | null;
}

/** 基本设置: theme (a regional edition's may stay empty: inherited), window, summary deadline (Shanghai time), approver. */
function CampaignForm({ campaign }: { campaign: Campaign }) {
  const { t } = useLocale();
  const [form] = Form.useForm<CampaignValues>();
  const [approver, setApprover] = useState<OrgName | null>(campaign.approverOrg);
  const [saved, setSaved] = useState(false);
  const [updateCampaign] = useMutation(updateCampaignMutation);
  const action = useAction();
  const initialDeadline = campaign.summaryDeadline ? toShanghaiWallClock(campaign.summaryDeadline) : "";

  const submit = async (values: CampaignValues) => {
    setSaved(false);
    const startsOn = values.startsOn?.format("YYYY-MM-DD") ?? "";
    const endsOn = values.endsOn?.format("YYYY-MM-DD") ?? "";
    // The pickers show Shanghai wall-clock time: only the wall clock of the picked value is read.
    const deadline = values.deadline?.format("YYYY-MM-DDTHH:mm") ?? "";
    const theme = (values.theme ?? "").trim();
    // Only what changed: an untouched regional theme stays inherited, an untouched deadline stays.
    const input: UpdateCampaignInput = {};
    if (theme !== campaign.theme) input.theme = theme;
    if (startsOn !== campaign.startsOn) input.startsOn = startsOn;
    if (endsOn !== campaign.endsOn) input.endsOn = endsOn;
    // Null clears, as the graph documents.
    if (deadline !== initialDeadline.slice(0, 16))
      input.summaryDeadline = deadline ? fromShanghaiWallClock(deadline) : null;
    if ((approver?.id ?? null) !== (campaign.approverOrg?.id ?? null)) input.approverOrgId = approver?.id ?? "";
    const done = await action.run(() => updateCampaign({ variables: { id: campaign.id, input } }));
    if (done) setSaved(true);
  };

  const label = t("campaigns.settings", { name: campaign.name });
  return (
    <Card size="small" title={<h3 className="kepu-card-title">{label}</h3>}>
      <Form<CampaignValues>
        form={form}
        name={`campaign-${campaign.id}`}
        layout="vertical"
        aria-label={label}
        initialValues={{
          theme: campaign.theme,
          startsOn: dayjs(campaign.startsOn),
          endsOn: dayjs(campaign.endsOn),
          deadline: initialDeadline ? dayjs(initialDeadline) : null,
        }}
        onValuesChange={() => setSaved(false)}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="theme"
          label={t("campaigns.theme")}
          extra={campaign.parent ? t("campaigns.inheritTheme") : undefined}
          rules={
            campaign.parent
              ? []
              : [{ required: true, whitespace: true, message: t("form.required", { field: t("campaigns.theme") }) }]
          }
        >
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="startsOn"
            label={t("campaigns.startsOn")}
            rules={[{ required: true, message: t("form.required", { field: t("campaigns.window") }) }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="endsOn"
            label={t("campaigns.endsOn")}
            dependencies={["startsOn"]}
            rules={[
              { required: true, message: t("form.required", { field: t("campaigns.window") }) },
              ({ getFieldValue }) => ({
                validator: async (_rule, endsOn: Dayjs | null) => {
                  const startsOn = getFieldValue("startsOn") as Dayjs | null;
                  if (startsOn && endsOn?.isBefore(startsOn, "day")) throw new Error(t("campaigns.endsBeforeStart"));
                },
              }),
            ]}
          >
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="deadline" label={t("campaigns.summaryDeadline")} extra={t("campaigns.shanghaiTime")}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item
          label={t("campaigns.approver")}
          htmlFor={`campaign-${campaign.id}-approver`}
          extra={approver ? undefined : t("campaigns.noApprover")}
        >
          <OrgSelect
            id={`campaign-${campaign.id}-approver`}
            value={approver}
            allowClear
            onChange={(org) => {
              setSaved(false);
              setApprover(org);
            }}
          />
        </Form.Item>
        <FormOutcome error={action.error} done={saved ? t("form.saved") : null} />
        <Button type="primary" htmlType="submit" loading={action.busy}>
          {action.busy ? t("form.saving") : t("form.save")}
        </Button>
      </Form>
    </Card>
  );
}

interface HostDraft {
  org: OrgName;
  role: CampaignHostRole;
}

/** 主办与参与单位: the hosts in order, each with its role; units added by searching, moved up and down, removed. */
function HostsForm({ campaign }: { campaign: Campaign }) {
  const { t } = useLocale();
  const [hosts, setHosts] = useState<HostDraft[]>(campaign.hosts.map((h) => ({ org: h.org, role: h.role })));
  const [saved, setSaved] = useState(false);
  const [setCampaignHosts] = useMutation(setCampaignHostsMutation);
  const action = useAction();
  const change = (next: (all: HostDraft[]) => HostDraft[]) => {
    setSaved(false);
    setHosts(next);
  };
  const move = (index: number, by: number) =>
    change((all) => {
      const next = [...all];
      const [host] = next.splice(index, 1);
      if (host) next.splice(index + by, 0, host);
      return next;
    });

  const submit = async () => {
    setSaved(false);
    const done = await action.run(() =>
      setCampaignHosts({
        variables: { campaignId: campaign.id, hosts: hosts.map((h) => ({ orgId: h.org.id, role: h.role })) },
      }),
    );
    if (done) setSaved(true);
  };

  const columns: TableColumnsType<HostDraft> = [
    { key: "org", title: t("campaigns.hostOrg"), render: (_, host) => host.org.name },
    {
      key: "role",
      title: t("campaigns.hostRole"),
      render: (_, host, index) => (
        <Select
          aria-label={t("campaigns.hostRoleOf", { name: host.org.name })}
          style={{ minWidth: 120 }}
          value={host.role}
          onChange={(role: CampaignHostRole) => change((all) => all.map((h, i) => (i === index ? { ...h, role } : h)))}
          options={campaignHostRoles.map((role) => ({ value: role, label: t(`hostRole.${role}`) }))}
        />
      ),
    },
    {
      key: "actions",
      title: t("members.actions"),
      render: (_, host, index) => (
        <Space size={0} wrap>
          <Button
            type="link"
            size="small"
            disabled={index === 0}
            aria-label={t("campaigns.up", { name: host.org.name })}
            onClick={() => move(index, -1)}
          >
            {t("campaigns.upShort")}
          </Button>
          <Button
            type="link"
            size="small"
            disabled={index === hosts.length - 1}
            aria-label={t("campaigns.down", { name: host.org.name })}
            onClick={() => move(index, 1)}
          >
            {t("campaigns.downShort")}
          </Button>
          <Button
            type="link"
            size="small"
            danger
            aria-label={t("campaigns.removeHost", { name: host.org.name })}
            onClick={() => change((all) => all.filter((_, i) => i !== index))}
          >
            {t("campaigns.removeShort")}
          </Button>
        </Space>
      ),
    },
  ];

  const label = t("campaigns.hosts", { name: campaign.name });
  return (
    <Card size="small" title={<h3 className="kepu-card-title">{label}</h3>}>
      <Form name={`hosts-${campaign.id}`} layout="vertical" aria-label={label} onFinish={() => void submit()}>
        <Table<HostDraft>
          rowKey={(host) => host.org.id}
          columns={columns}
          dataSource={hosts}
          style={{ marginBottom: 12 }}
          {...consoleTableProps({ pages: false, empty: t("campaigns.noHosts") })}
        />
        <Form.Item label={t("campaigns.addHost")} htmlFor={`campaign-${campaign.id}-add-host`}>
          <OrgSelect
            id={`campaign-${campaign.id}-add-host`}
            value={null}
            exclude={hosts.map((h) => h.org.id)}
            onChange={(org) => {
              if (org) change((all) => [...all, { org, role: all.length === 0 ? "LEAD" : "CO_HOST" }]);
            }}
          />
        </Form.Item>
        <FormOutcome error={action.error} done={saved ? t("form.saved") : null} />
        <Button type="primary" htmlType="submit" loading={action.busy}>
          {action.busy ? t("form.saving") : t("campaigns.saveHosts")}
        </Button>
      </Form>
    </Card>
  );
}
