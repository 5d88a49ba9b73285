import { errorCode, errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { ErrorMessage, formatDateTime, formatRange, useLocale } from "@kepu/ui";
import { consoleTableProps } from "@kepu/ui/ant-shell";
import {
  Alert,
  App,
  Button,
  Form,
  InputNumber,
  Modal,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import {
  activityQuery,
  cancelActivitySessionMutation,
  type OrganizerActivity,
  type RegistrationRow,
  sessionRegistrationsQuery,
  setSessionCapacityMutation,
} from "../graphql/activities.js";
import { ReasonModal } from "./ReasonModal.js";
import { registrantsCsv } from "./registrants-csv.js";

type SessionRow = OrganizerActivity["sessions"][number];

/**
 * 场次与报名 (issue 9 §5, §7): one activity's sessions with their places, confirmed and waiting
 * counts; change a session's places (lowering takes no place away, raising promotes in order);
 * cancel a session with a reason (its registrants are mailed); and each session's registrants,
 * for the host's members only (the server says FORBIDDEN to others), exported as CSV.
 */
export function SessionsPanel({ activityId, onChanged }: { activityId: string; onChanged: () => void }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(activityQuery, {
    variables: { id: activityId },
    fetchPolicy: "cache-and-network",
  });
  const registrations = useQuery(sessionRegistrationsQuery, {
    variables: { id: activityId },
    fetchPolicy: "network-only",
    errorPolicy: "all",
  });
  const [setCapacity] = useMutation(setSessionCapacityMutation);
  const [cancelSession] = useMutation(cancelActivitySessionMutation);
  const [resizing, setResizing] = useState<SessionRow | null>(null);
  const [cancelling, setCancelling] = useState<SessionRow | null>(null);
  const activity = data?.activity;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!activity) return null;
  const refresh = () => {
    void refetch();
    void registrations.refetch();
    onChanged();
  };
  const hidden = registrations.error && errorCode(registrations.error) === "FORBIDDEN";
  const registrantsOf = (sessionId: string): RegistrationRow[] =>
    registrations.data?.activity?.sessions
      .find((session) => session.id === sessionId)
      ?.registrations.edges.map((edge) => edge.node) ?? [];
  const editable = activity.viewerCan.edit || activity.viewerCan.cancel;
  const columns: TableColumnsType<SessionRow> = [
    {
      key: "time",
      title: t("sessions.time"),
      render: (_, session) => formatRange(session.startsAt, session.endsAt, locale),
    },
    {
      key: "capacity",
      title: t("sessions.capacity"),
      render: (_, session) =>
        session.registrationRequired ? (session.capacity ?? t("sessions.unlimited")) : t("sessions.noRegistration"),
    },
    { key: "confirmed", title: t("sessions.confirmed"), dataIndex: "confirmedCount" },
    { key: "waitlist", title: t("sessions.waitlist"), dataIndex: "waitlistCount" },
    { key: "left", title: t("sessions.placesLeft"), render: (_, session) => session.placesLeft ?? "—" },
    {
      key: "state",
      title: t("sessions.state"),
      render: (_, session) =>
        session.cancelled ? (
          <Tag title={session.cancelReason ?? undefined}>{t("sessions.cancelledTag")}</Tag>
        ) : (
          <Tag color="success">{t("sessions.openTag")}</Tag>
        ),
    },
    {
      key: "actions",
      title: t("acts.actions"),
      render: (_, session) =>
        session.cancelled || !editable ? null : (
          <Space size={4} wrap>
            {session.registrationRequired ? (
              <Button size="small" onClick={() => setResizing(session)}>
                {t("sessions.setCapacity")}
              </Button>
            ) : null}
            <Button size="small" danger onClick={() => setCancelling(session)}>
              {t("sessions.cancel")}
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <div data-testid="activity-sessions-panel">
      <Typography.Title level={4}>{t("sessions.title", { title: activity.title })}</Typography.Title>
      <Table<SessionRow>
        rowKey="id"
        columns={columns}
        dataSource={activity.sessions}
        onRow={(session) => ({ "data-testid": `session-${session.id}` }) as React.HTMLAttributes<HTMLElement>}
        {...consoleTableProps({ pages: false })}
      />
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t("sessions.registrants")}
      </Typography.Title>
      {hidden ? (
        <Alert type="info" showIcon title={t("sessions.registrantsHidden")} />
      ) : registrations.error ? (
        <Alert type="error" showIcon title={errorMessage(registrations.error)} />
      ) : (
        activity.sessions
          .filter((session) => session.registrationRequired)
          .map((session) => (
            <Registrants
              key={session.id}
              label={formatRange(session.startsAt, session.endsAt, locale)}
              fileName={`${activity.title}-${formatDateTime(session.startsAt, locale)}`}
              rows={registrantsOf(session.id)}
              loading={registrations.loading}
            />
          ))
      )}
      <CapacityModal
        session={resizing}
        onClose={() => setResizing(null)}
        onSave={async (capacity) => {
          if (!resizing) return;
          await setCapacity({ variables: { sessionId: resizing.id, capacity } });
          void message.success(t("sessions.capacitySaved"));
          refresh();
        }}
      />
      <ReasonModal
        open={cancelling !== null}
        title={t("sessions.cancelTitle", {
          time: cancelling ? formatRange(cancelling.startsAt, cancelling.endsAt, locale) : "",
        })}
        label={t("acts.cancelReason")}
        warning={t("sessions.cancelWarn")}
        confirm={t("sessions.cancel")}
        onClose={() => setCancelling(null)}
        onConfirm={async (reason) => {
          if (!cancelling) return;
          await cancelSession({ variables: { sessionId: cancelling.id, reason } });
          void message.success(t("sessions.cancelled"));
          refresh();
        }}
      />
    </div>
  );
}

/** One session's registrants: confirmed first, then the waitlist in order; exported as CSV. */
function Registrants({
  label,
  fileName,
  rows,
  loading,
}: {
  label: string;
  fileName: string;
  rows: RegistrationRow[];
  loading: boolean;
}) {
  const { t, locale } = useLocale();
  const statusText = (row: RegistrationRow) =>
    row.status === "WAITLISTED"
      ? t("regStatus.WAITLISTED", { n: row.waitlistPosition ?? "" })
      : t(`regStatus.${row.status}`);
  const columns: TableColumnsType<RegistrationRow> = [
    { key: "name", title: t("sessions.name"), dataIndex: "name" },
    { key: "phone", title: t("sessions.phone"), render: (_, row) => row.phone ?? "—" },
    {
      key: "status",
      title: t("sessions.regStatus"),
      render: (_, row) => <Tag color={row.status === "CONFIRMED" ? "success" : "warning"}>{statusText(row)}</Tag>,
    },
    { key: "at", title: t("sessions.registeredAt"), render: (_, row) => formatDateTime(row.createdAt, locale) },
  ];
  const download = () => {
    const csv = registrantsCsv(
      [t("sessions.name"), t("sessions.phone"), t("sessions.regStatus"), t("sessions.registeredAt")],
      rows.map((row) => [row.name, row.phone ?? "", statusText(row), formatDateTime(row.createdAt, locale)]),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${fileName}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section
      aria-label={`${t("sessions.registrants")} ${label}`}
      data-testid="registrants"
      style={{ marginBottom: 16 }}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{label}</Typography.Text>
        <Button size="small" onClick={download} disabled={rows.length === 0}>
          {t("sessions.export")}
        </Button>
      </Space>
      <Table<RegistrationRow>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        {...consoleTableProps({ pages: 50, empty: t("sessions.noRegistrants") })}
      />
    </section>
  );
}

function CapacityModal({
  session,
  onClose,
  onSave,
}: {
  session: SessionRow | null;
  onClose: () => void;
  onSave: (capacity: number) => Promise<void>;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ capacity: number }>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const { capacity } = await form.validateFields();
    setBusy(true);
    try {
      await onSave(capacity);
      onClose();
    } catch (failure) {
      form.setFields([{ name: "capacity", errors: [errorMessage(failure)] }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={session !== null}
      title={t("sessions.setCapacity")}
      okText={t("acts.save")}
      okButtonProps={{ loading: busy }}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        aria-label={t("sessions.setCapacity")}
        initialValues={{ capacity: session?.capacity ?? 1 }}
      >
        <Form.Item
          name="capacity"
          label={t("sessions.newCapacity")}
          extra={t("sessions.capacityHelp")}
          rules={[{ required: true, type: "integer", min: 1, max: 100000, message: t("acts.sessionCapacityNeeded") }]}
        >
          <InputNumber min={1} max={100000} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
