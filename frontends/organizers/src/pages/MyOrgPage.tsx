import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatBytes, formatRange, Loading, useLocale } from "@kepu/ui";
import { Button, Card, Descriptions, Empty, Form, Input, List, Progress, Space, Typography } from "antd";
import { useState } from "react";
import { FormOutcome } from "../components/FormOutcome.js";
import { Link } from "../components/Link.js";
import { OrgFields } from "../components/OrgFields.js";
import { OrgSelect } from "../components/OrgSelect.js";
import { useAction } from "../components/useAction.js";
import {
  type Contact,
  moveOrgMutation,
  type OrgDetails,
  orgDetailsQuery,
  setOrgContactsMutation,
  storageUsageQuery,
  type UpdateOrgInput,
  updateOrgMutation,
} from "../graphql/org.js";
import type { OrgKind, OrgName, Role } from "../graphql/types.js";
import { hrefFor } from "../routes.js";
import { isEmail, optional, optionalFieldRule } from "../validation.js";

/** 我的单位: pick one of my units, see it, and edit it when I administer it. */
export function MyOrgPage({
  orgId,
  memberships,
}: {
  orgId: string;
  memberships: { roles: Role[]; org: { id: string; name: string } }[];
}) {
  const { t } = useLocale();
  return (
    <>
      <Typography.Title level={2}>{t("me.memberships")}</Typography.Title>
      <List
        data-testid="memberships"
        size="small"
        bordered
        style={{ maxWidth: 640, marginBottom: 16, background: "#fff" }}
        dataSource={memberships}
        rowKey={(m) => m.org.id}
        renderItem={(m) => (
          <List.Item>
            <span>
              <Link href={hrefFor("org", m.org.id)} current={m.org.id === orgId}>
                {m.org.name}
              </Link>
              ：{m.roles.map((role) => t(`role.${role}`)).join("、")}
            </span>
          </List.Item>
        )}
      />
      <OrgDetailsSection orgId={orgId} />
    </>
  );
}

function OrgDetailsSection({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(orgDetailsQuery, { variables: { id: orgId } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const org = data?.org;
  if (!org) return <p>{t("org.notFound")}</p>;
  const contacts =
    org.contacts === null
      ? t("org.hidden")
      : org.contacts.length === 0
        ? "—"
        : org.contacts.map((contact) => (
            <div key={[contact.name, contact.title, contact.phone, contact.email].join("|")}>
              {[contact.name, contact.title, contact.phone, contact.email].filter(Boolean).join(" · ")}
            </div>
          ));
  return (
    <>
      <Typography.Title level={2}>{org.name}</Typography.Title>
      <Descriptions
        data-testid="org-details"
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        style={{ marginBottom: 16, background: "#fff" }}
        items={[
          { key: "shortName", label: t("org.shortName"), children: org.shortName ?? "—" },
          { key: "kind", label: t("org.kind"), children: t(`kind.${org.kind}`) },
          { key: "level", label: t("org.level"), children: t(`level.${org.level}`) },
          { key: "regionCode", label: t("org.regionCode"), children: org.regionCode ?? "—" },
          {
            key: "ancestors",
            label: t("org.ancestors"),
            children:
              org.ancestors.length === 0
                ? "—"
                : org.ancestors.map((ancestor, index) => (
                    <span key={ancestor.id}>
                      {index > 0 ? " › " : null}
                      <Link href={hrefFor("org", ancestor.id)}>{ancestor.name}</Link>
                    </span>
                  )),
          },
          {
            key: "address",
            label: t("org.address"),
            children: org.address ?? (org.contacts === null ? t("org.hidden") : "—"),
          },
          {
            key: "storage",
            label: t("org.storage"),
            children: (
              <span data-testid="org-storage">
                <StorageUsage orgId={org.id} />
              </span>
            ),
          },
          { key: "contacts", label: t("org.contacts"), children: contacts },
        ]}
      />
      {org.viewerCanAdminister ? (
        <Space direction="vertical" size={16} style={{ width: "100%", maxWidth: 720 }}>
          <EditOrgForm key={`org-${org.id}`} org={org} />
          <ContactsForm key={`contacts-${org.id}`} org={org} />
          {org.ancestors.length > 0 ? (
            <MoveOrgForm key={`move-${org.id}`} org={org} onMoved={() => void refetch()} />
          ) : null}
        </Space>
      ) : null}
      <Typography.Title level={2}>{t("me.activities", { org: org.name })}</Typography.Title>
      <List
        size="small"
        bordered
        style={{ maxWidth: 720, background: "#fff" }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        dataSource={org.activities.edges.map((edge) => edge.node)}
        rowKey="id"
        renderItem={(activity) => (
          <List.Item>
            <List.Item.Meta
              title={activity.title}
              description={formatRange(activity.startsAt, activity.endsAt, locale)}
            />
          </List.Item>
        )}
      />
    </>
  );
}

/** 存储空间: what the unit's files take of its quota; "无权查看" for those who may not see it. */
function StorageUsage({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const { data, error } = useQuery(storageUsageQuery, { variables: { orgId }, errorPolicy: "all" });
  if (error && !data?.storageUsage) return <>{t("org.hidden")}</>;
  if (!data?.storageUsage) return <>…</>;
  const { usedBytes, quotaBytes } = data.storageUsage;
  const share = quotaBytes > 0 ? Math.min(100, (usedBytes / quotaBytes) * 100) : 0;
  return (
    <>
      {t("org.storageUsed", { used: formatBytes(usedBytes, locale), quota: formatBytes(quotaBytes, locale) })}
      <Progress
        percent={Math.round(share * 10) / 10}
        size="small"
        showInfo={false}
        aria-label={t("org.storage")}
        style={{ maxWidth: 240, display: "block" }}
      />
    </>
  );
}

interface OrgValues {
  name: string;
  shortName: string;
  kind: OrgKind;
  regionCode: string;
  address: string;
}

/** 编辑单位信息: name required and the region code six digits, checked under their fields before sending. */
function EditOrgForm({ org }: { org: OrgDetails }) {
  const { t } = useLocale();
  const [saved, setSaved] = useState(false);
  const [updateOrg] = useMutation(updateOrgMutation);
  const action = useAction();

  const submit = async (values: OrgValues) => {
    setSaved(false);
    // Only what changed ("omitted fields stay"): an empty optional field that was empty is not sent.
    const input: UpdateOrgInput = {};
    const name = values.name.trim();
    const shortName = (values.shortName ?? "").trim();
    const regionCode = (values.regionCode ?? "").trim();
    const address = (values.address ?? "").trim();
    if (name !== org.name) input.name = name;
    if (shortName !== (org.shortName ?? "")) input.shortName = shortName;
    if (values.kind !== org.kind) input.kind = values.kind;
    if (regionCode !== (org.regionCode ?? "")) input.regionCode = regionCode;
    if (org.contacts !== null && address !== (org.address ?? "")) input.address = address;
    if (Object.keys(input).length === 0) return setSaved(true);
    const done = await action.run(() => updateOrg({ variables: { id: org.id, input } }));
    if (done) setSaved(true);
  };

  return (
    <Card size="small" title={<h3 className="kepu-card-title">{t("org.edit")}</h3>}>
      <Form<OrgValues>
        name="org-edit"
        layout="vertical"
        aria-label={t("org.edit")}
        initialValues={{
          name: org.name,
          shortName: org.shortName ?? "",
          kind: org.kind,
          regionCode: org.regionCode ?? "",
          address: org.address ?? "",
        }}
        onValuesChange={() => setSaved(false)}
        onFinish={(values) => void submit(values)}
      >
        <OrgFields address={org.contacts !== null} />
        <FormOutcome error={action.error} done={saved ? t("form.saved") : null} />
        <Button type="primary" htmlType="submit" loading={action.busy}>
          {action.busy ? t("form.saving") : t("form.save")}
        </Button>
      </Form>
    </Card>
  );
}

interface ContactValues {
  name: string;
  title: string;
  phone: string;
  email: string;
}

const toValues = (contact: Contact): ContactValues => ({
  name: contact.name,
  title: contact.title ?? "",
  phone: contact.phone ?? "",
  email: contact.email ?? "",
});

/** 编辑联系人: the unit's contacts as rows (added and removed in place), each named, e-mails checked. */
function ContactsForm({ org }: { org: OrgDetails }) {
  const { t } = useLocale();
  const [saved, setSaved] = useState(false);
  const [setOrgContacts] = useMutation(setOrgContactsMutation);
  const action = useAction();
  if (org.contacts === null) return null;

  const submit = async ({ contacts }: { contacts: ContactValues[] }) => {
    setSaved(false);
    const done = await action.run(() =>
      setOrgContacts({
        variables: {
          orgId: org.id,
          contacts: (contacts ?? []).map((c) => ({
            name: c.name.trim(),
            title: optional(c.title ?? "") ?? null,
            phone: optional(c.phone ?? "") ?? null,
            email: optional(c.email ?? "") ?? null,
          })),
        },
      }),
    );
    if (done) setSaved(true);
  };

  return (
    <Card size="small" title={<h3 className="kepu-card-title">{t("contacts.edit")}</h3>}>
      <Form<{ contacts: ContactValues[] }>
        name="org-contacts"
        layout="vertical"
        aria-label={t("contacts.edit")}
        initialValues={{ contacts: org.contacts.map(toValues) }}
        onValuesChange={() => setSaved(false)}
        onFinish={(values) => void submit(values)}
      >
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? (
                <Typography.Paragraph type="secondary">{t("contacts.none")}</Typography.Paragraph>
              ) : null}
              {fields.map((field, index) => (
                <fieldset key={field.key} className="kepu-contact-row">
                  <legend>{t("contacts.n", { n: index + 1 })}</legend>
                  <Space wrap align="start">
                    <Form.Item
                      name={[field.name, "name"]}
                      label={t("contacts.name")}
                      rules={[
                        { required: true, whitespace: true, message: t("contacts.nameRequired", { n: index + 1 }) },
                      ]}
                    >
                      <Input maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[field.name, "title"]} label={t("contacts.title")}>
                      <Input maxLength={50} />
                    </Form.Item>
                    <Form.Item name={[field.name, "phone"]} label={t("contacts.phone")}>
                      <Input type="tel" maxLength={30} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "email"]}
                      label={t("contacts.email")}
                      rules={[optionalFieldRule(isEmail, t("contacts.badEmail", { n: index + 1 }))]}
                    >
                      <Input type="email" maxLength={200} />
                    </Form.Item>
                  </Space>
                  <Button type="link" danger style={{ padding: 0 }} onClick={() => remove(field.name)}>
                    {t("contacts.remove", { n: index + 1 })}
                  </Button>
                </fieldset>
              ))}
              <Button style={{ marginBottom: 16 }} onClick={() => add({ name: "", title: "", phone: "", email: "" })}>
                {t("contacts.add")}
              </Button>
            </>
          )}
        </Form.List>
        <FormOutcome error={action.error} done={saved ? t("form.saved") : null} />
        <div>
          <Button type="primary" htmlType="submit" loading={action.busy}>
            {action.busy ? t("form.saving") : t("contacts.save")}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

/**
 * 调整上级单位: moves the unit, with everything below it, under another parent. The server checks
 * that the viewer administers both places; this form only picks the new parent and confirms.
 */
function MoveOrgForm({ org, onMoved }: { org: OrgDetails; onMoved: () => void }) {
  const { t } = useLocale();
  const [target, setTarget] = useState<OrgName | null>(null);
  const [moved, setMoved] = useState(false);
  const [moveOrg] = useMutation(moveOrgMutation);
  const action = useAction();
  const parentId = org.ancestors.at(-1)?.id;

  const submit = async () => {
    if (!target) return;
    const done = await action.run(() => moveOrg({ variables: { id: org.id, newParentId: target.id } }));
    if (done) {
      setMoved(true);
      setTarget(null);
      onMoved();
    }
  };

  return (
    <Card size="small" title={<h3 className="kepu-card-title">{t("org.move")}</h3>}>
      <Form name="org-move" layout="vertical" aria-label={t("org.move")} onFinish={() => void submit()}>
        <Typography.Paragraph type="secondary">{t("org.moveHint")}</Typography.Paragraph>
        <Form.Item label={t("org.moveTo")} htmlFor="org-move-target">
          <OrgSelect
            id="org-move-target"
            value={target}
            onChange={(picked) => {
              setMoved(false);
              setTarget(picked);
            }}
            exclude={[org.id, ...(parentId ? [parentId] : [])]}
          />
        </Form.Item>
        {target ? (
          <Typography.Paragraph data-testid="move-target">
            {t("org.moveConfirm", { org: org.name, parent: target.name })}
          </Typography.Paragraph>
        ) : null}
        <FormOutcome error={action.error} done={moved ? t("org.moved") : null} />
        <Button type="primary" htmlType="submit" loading={action.busy} disabled={!target}>
          {action.busy ? t("form.saving") : t("org.moveSubmit")}
        </Button>
      </Form>
    </Card>
  );
}
