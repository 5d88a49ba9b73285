import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatDateTime, Loading, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import {
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  List,
  Popconfirm,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { FormOutcome } from "../components/FormOutcome.js";
import { useAction } from "../components/useAction.js";
import {
  auditQuery,
  type Invitation,
  inviteMemberMutation,
  type Member,
  membersQuery,
  removeMemberMutation,
  revokeInvitationMutation,
  setMemberRolesMutation,
} from "../graphql/members.js";
import { roles as allRoles, type Role } from "../graphql/types.js";
import { isEmail, optional, optionalFieldRule } from "../validation.js";

/** 成员与邀请: who belongs to the unit with which roles, and who is invited. */
export function MembersPage({ orgId, viewerId }: { orgId: string; viewerId: string }) {
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(membersQuery, {
    variables: { orgId },
    fetchPolicy: "cache-and-network",
  });
  // Bumped on every change made here, so the change log below is read again.
  const [version, setVersion] = useState(0);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const org = data?.org;
  if (!org) return <p>{t("org.notFound")}</p>;
  if (!org.viewerCanAdminister || !org.members)
    return (
      <>
        <Typography.Title level={2}>{t("members.title", { org: org.name })}</Typography.Title>
        <p>{t("members.notAdmin")}</p>
      </>
    );
  const reload = () => {
    void refetch();
    setVersion((v) => v + 1);
  };
  return (
    <>
      <Typography.Title level={2}>{t("members.title", { org: org.name })}</Typography.Title>
      <MembersTable
        orgId={orgId}
        members={org.members.edges.map((edge) => edge.node)}
        viewerId={viewerId}
        onChanged={reload}
      />
      {org.members.pageInfo.hasNextPage ? (
        <Typography.Paragraph type="secondary">{t("members.more")}</Typography.Paragraph>
      ) : null}
      <Space direction="vertical" size={16} style={{ width: "100%", marginTop: 16 }}>
        <InviteForm orgId={orgId} onInvited={reload} />
        <Invitations invitations={org.invitations ?? []} onChanged={reload} />
        <AuditLog key={`${orgId}:${version}`} orgId={orgId} />
      </Space>
    </>
  );
}

/**
 * The members as an antd Table sorted by name or e-mail; on a phone one column holds each member's
 * name, e-mail, roles and actions stacked, so every action stays within the screen.
 */
function MembersTable({
  orgId,
  members,
  viewerId,
  onChanged,
}: {
  orgId: string;
  members: Member[];
  viewerId: string;
  onChanged: () => void;
}) {
  const { t } = useLocale();
  const name = (member: Member) => (
    <div data-testid="member-name">
      {member.user.displayName}
      {member.user.id === viewerId ? <Tag style={{ marginInlineStart: 6 }}>{t("members.you")}</Tag> : null}
    </div>
  );
  const controls = (member: Member) => (
    <MemberControls
      key={`${member.user.id}:${member.roles.join(",")}`}
      orgId={orgId}
      member={member}
      onChanged={onChanged}
    />
  );
  const columns: TableColumnsType<Member> = [
    {
      key: "phone",
      title: t("members.name"),
      responsive: ["xs"],
      render: (_, member) => (
        <>
          {name(member)}
          <Typography.Text type="secondary">{member.user.email ?? "—"}</Typography.Text>
          {controls(member)}
        </>
      ),
    },
    {
      key: "name",
      title: t("members.name"),
      responsive: ["sm"],
      sorter: (a, b) => a.user.displayName.localeCompare(b.user.displayName, "zh-CN"),
      render: (_, member) => name(member),
    },
    {
      key: "email",
      title: t("members.email"),
      responsive: ["sm"],
      sorter: (a, b) => (a.user.email ?? "").localeCompare(b.user.email ?? ""),
      render: (_, member) => member.user.email ?? "—",
    },
    {
      key: "roles",
      title: `${t("members.roles")} · ${t("members.actions")}`,
      responsive: ["sm"],
      render: (_, member) => controls(member),
    },
  ];
  return (
    <div data-testid="members">
      <Table<Member>
        rowKey={(member) => member.user.id}
        columns={columns}
        dataSource={members}
        onRow={() => ({ "data-testid": "member" }) as React.HTMLAttributes<HTMLElement>}
        // Fits a phone without scrolling sideways: a name on a line or two and every action within reach
        // (organizers.browser.test.ts), as before the tables shared their settings.
        {...consoleTableProps({ sideways: false })}
      />
    </div>
  );
}

/** A unit's roles as checkboxes, named so each can be found by its label; `label` names the group. */
function RoleChecks({ label, value, onChange }: { label: string; value?: Role[]; onChange?: (roles: Role[]) => void }) {
  const { t } = useLocale();
  return (
    <Checkbox.Group
      aria-label={label}
      role="group"
      value={value}
      // In the graph's order, whatever the order of clicking.
      onChange={(checked) => onChange?.(allRoles.filter((role) => (checked as Role[]).includes(role)))}
      options={allRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
    />
  );
}

/** One member's roles (saved when changed, one at least) and removal (confirmed first). */
function MemberControls({ orgId, member, onChanged }: { orgId: string; member: Member; onChanged: () => void }) {
  const { t } = useLocale();
  const [roles, setRoles] = useState<Role[]>(member.roles);
  const [setMemberRoles] = useMutation(setMemberRolesMutation);
  const [removeMember] = useMutation(removeMemberMutation);
  const action = useAction();
  const changed = roles.join(",") !== member.roles.join(",");
  const name = member.user.displayName;

  const save = async () => {
    if (roles.length === 0) return action.setError(t("members.needRole"));
    if (await action.run(() => setMemberRoles({ variables: { orgId, userId: member.user.id, roles } }))) onChanged();
  };
  const remove = async () => {
    if (await action.run(() => removeMember({ variables: { orgId, userId: member.user.id } }))) onChanged();
  };

  return (
    <div>
      <RoleChecks label={t("members.rolesOf", { name })} value={roles} onChange={setRoles} />
      <Space size={4} wrap style={{ marginTop: 4 }}>
        <Button size="small" disabled={!changed || action.busy} onClick={() => void save()}>
          {t("members.saveRoles")}
        </Button>
        <Popconfirm
          title={t("members.remove", { name })}
          okText={t("members.confirmRemove", { name })}
          cancelText={t("action.cancel")}
          okButtonProps={{ danger: true }}
          onConfirm={() => remove()}
        >
          <Button size="small" type="link" danger disabled={action.busy}>
            {t("members.remove", { name })}
          </Button>
        </Popconfirm>
      </Space>
      {action.error ? (
        <Typography.Text type="danger" role="alert" style={{ display: "block" }}>
          {action.error}
        </Typography.Text>
      ) : null}
    </div>
  );
}

interface InviteValues {
  email: string;
  roles: Role[];
}

/** 邀请成员: by e-mail or, left empty, a link anyone may use once; the link is shown once, to copy. */
function InviteForm({ orgId, onInvited }: { orgId: string; onInvited: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<InviteValues>();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [inviteMember] = useMutation(inviteMemberMutation);
  const action = useAction();

  const submit = async (values: InviteValues) => {
    setLink(null);
    setCopied(false);
    const result = await action.run(() =>
      inviteMember({
        variables: { input: { orgId, email: optional(values.email ?? "") ?? null, roles: values.roles } },
      }),
    );
    if (result?.data) {
      setLink(new URL(result.data.inviteMember.link, window.location.origin).href);
      form.setFieldValue("email", "");
      onInvited();
    }
  };

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (insecure page, permission): the link stays selectable in the box.
      setCopied(false);
    }
  };

  return (
    <Card size="small" title={<h3 className="kepu-card-title">{t("invite.title")}</h3>} style={{ maxWidth: 720 }}>
      <Form<InviteValues>
        form={form}
        name="invite"
        layout="vertical"
        aria-label={t("invite.title")}
        initialValues={{ email: "", roles: ["EDITOR"] }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="email"
          label={t("invite.email")}
          extra={t("invite.emailHint")}
          rules={[optionalFieldRule(isEmail, t("form.email"))]}
        >
          <Input type="email" autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t("invite.roles")}
          rules={[{ required: true, type: "array", min: 1, message: t("members.needRole") }]}
        >
          <RoleChecks label={t("invite.roles")} />
        </Form.Item>
        <FormOutcome error={action.error} />
        <Button type="primary" htmlType="submit" loading={action.busy}>
          {action.busy ? t("form.saving") : t("invite.submit")}
        </Button>
        {link ? (
          <div role="status" style={{ marginTop: 12 }}>
            <Form.Item label={t("invite.link")} htmlFor="invite-link" style={{ marginBottom: 4 }}>
              <Space.Compact style={{ width: "100%" }}>
                <Input
                  id="invite-link"
                  data-testid="invite-link"
                  readOnly
                  value={link}
                  onFocus={(e) => e.target.select()}
                />
                <Button type="primary" onClick={() => void copy()}>
                  {copied ? t("invite.copied") : t("invite.copy")}
                </Button>
              </Space.Compact>
            </Form.Item>
            <Typography.Text type="secondary">{t("invite.linkOnce")}</Typography.Text>
          </div>
        ) : null}
      </Form>
    </Card>
  );
}

/** 待接受的邀请: each invitation with its roles and dates, revoked with one click. */
function Invitations({ invitations, onChanged }: { invitations: Invitation[]; onChanged: () => void }) {
  const { t, locale } = useLocale();
  const [revokeInvitation] = useMutation(revokeInvitationMutation);
  const action = useAction();
  const revoke = async (id: string) => {
    if (await action.run(() => revokeInvitation({ variables: { id } }))) onChanged();
  };
  const to = (invitation: Invitation) => invitation.email ?? t("invitations.byLink");
  const columns: TableColumnsType<Invitation> = [
    { key: "to", title: t("invitations.to"), render: (_, invitation) => to(invitation) },
    {
      key: "roles",
      title: t("members.roles"),
      render: (_, invitation) => invitation.roles.map((role) => t(`role.${role}`)).join("、"),
    },
    {
      key: "created",
      title: t("invitations.created"),
      defaultSortOrder: "descend",
      sorter: (a, b) => String(a.createdAt).localeCompare(String(b.createdAt)),
      render: (_, invitation) => formatDateTime(invitation.createdAt, locale),
    },
    {
      key: "expires",
      title: t("invitations.expires"),
      sorter: (a, b) => String(a.expiresAt).localeCompare(String(b.expiresAt)),
      render: (_, invitation) => formatDateTime(invitation.expiresAt, locale),
    },
    {
      key: "actions",
      title: t("members.actions"),
      render: (_, invitation) => (
        <Button
          type="link"
          size="small"
          danger
          style={{ padding: 0 }}
          disabled={action.busy}
          onClick={() => void revoke(invitation.id)}
        >
          {t("invitations.revoke", { to: to(invitation) })}
        </Button>
      ),
    },
  ];
  return (
    <section aria-label={t("invitations.title")}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t("invitations.title")}
      </Typography.Title>
      <FormOutcome error={action.error} />
      <div data-testid="invitations">
        <Table<Invitation>
          rowKey="id"
          columns={columns}
          dataSource={invitations}
          onRow={() => ({ "data-testid": "invitation" }) as React.HTMLAttributes<HTMLElement>}
          {...consoleTableProps({ pages: 10 })}
        />
      </div>
    </section>
  );
}

/** 变更记录: the latest membership, role, invitation and unit changes (the audit log). */
function AuditLog({ orgId }: { orgId: string }) {
  const { t, locale } = useLocale();
  const { data, error } = useQuery(auditQuery, { variables: { orgId }, fetchPolicy: "cache-and-network" });
  if (error) return <ErrorMessage message={errorMessage(error)} />;
  const events = data?.org?.auditEvents?.edges.map((e) => e.node);
  if (!events) return null;
  return (
    <section>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t("audit.title")}
      </Typography.Title>
      <List
        data-testid="audit-log"
        size="small"
        bordered
        style={{ background: "#fff" }}
        dataSource={events}
        rowKey="id"
        renderItem={(event) => (
          <List.Item>
            <span>
              <Typography.Text type="secondary">{formatDateTime(event.at, locale)}</Typography.Text>{" "}
              {t(`audit.action.${event.action}`)}
              {event.actor ? ` · ${t("audit.by", { name: event.actor.displayName })}` : ""}
              {event.subjectUser ? ` · ${t("audit.subject", { name: event.subjectUser.displayName })}` : ""}
            </span>
          </List.Item>
        )}
      />
    </section>
  );
}
