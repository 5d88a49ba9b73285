import { useMutation, useQuery } from "@kepu/graphql-client";
import { formatDateTime, formatRange, type MessageKey, useLocale } from "@kepu/ui";
import {
  Alert,
  App,
  Button,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
  Tag,
  Timeline,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import {
  type ActivityMode,
  activityCategoriesQuery,
  activityFormOptionsQuery,
  coverAssetQuery,
  createActivityMutation,
  type OrganizerActivity,
  submitActivityMutation,
  updateActivityMutation,
  withdrawActivityMutation,
} from "../graphql/activities.js";
import { activityForms, audiences } from "../graphql/types.js";
import { AssetPreview, Uploader } from "../uploads/Uploader.js";
import { isEmail, isHttpUrl, isPhone, isRegionCode, optionalFieldRule, regionFits } from "../validation.js";
import {
  type ActivityFormValues,
  contentInputOf,
  createInputOf,
  type PointValues,
  type SubmissionGap,
  submissionGaps,
  valuesOf,
} from "./activity-form.js";
import { CoHostSelect } from "./CoHostSelect.js";
import { PointInput } from "./PointInput.js";
import { serverRefusals } from "./server-errors.js";

const modes: ActivityMode[] = ["OFFLINE", "ONLINE", "HYBRID"];

/** The pickers' value for Shanghai wall-clock text: shown as that wall clock whatever the browser's zone. */
const pick = (wallClock: string) => dayjs(wallClock);

/** The message key a missing submission field shows (the server's rule, see submissionGaps). */
const gapLabel: Record<SubmissionGap, MessageKey> = {
  summary: "acts.summaryHelp",
  venue: "acts.venue",
  address: "acts.address",
  regionCode: "acts.regionCode",
  point: "acts.point",
  livestreamUrl: "acts.livestreamUrl",
};

/**
 * Each session a framed group headed by its number, with its remove button in the heading (not at
 * the end of the fields, where English wrapped it onto a line of its own under an empty label).
 * The time has one width in every row, so the rows line up; on a phone it takes a line of its own,
 * the switch and places the next.
 */
const editorStyles = `
.kepu-session-row { border: 1px solid #f0f0f0; border-radius: 8px; padding: 8px 12px 0; margin-bottom: 12px; }
.kepu-session-head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 8px; }
.kepu-session-fields { display: flex; flex-wrap: wrap; gap: 0 16px; align-items: flex-start; }
.kepu-session-fields .kepu-session-time { flex: 0 1 380px; min-width: 0; }
.kepu-session-fields .ant-picker-range { min-width: 0; }
.kepu-session-fields .ant-picker-range .ant-picker-input > input { min-width: 0; }
`;

const emptySession = { range: null, registrationRequired: false, capacity: null };

/**
 * Create or edit one activity (issue 9 §1, §7) with antd's inline validation mirroring the server's
 * rules: campaign and its categories, title, summary, forms, mode, topics, audiences; for an
 * activity on site the region code (within the host's region), venue, address and point; online a
 * livestream link; co-hosts, cover (uploaded in place), private contact; sessions (场次) with
 * Shanghai times, registration and places. A refusal of the server is shown under the field it
 * names. A published activity's edit says it goes back to review and what the public keeps seeing.
 */
export function ActivityEditor({
  orgId,
  hostRegionCode,
  activity,
  onSaved,
}: {
  orgId: string;
  hostRegionCode: string | null;
  activity: OrganizerActivity | null;
  onSaved: (id: string) => void;
}) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<ActivityFormValues>();
  const { message } = App.useApp();
  const options = useQuery(activityFormOptionsQuery);
  const [coverId, setCoverId] = useState<string | null>(
    activity?.pendingEdit?.coverAssetId ?? activity?.coverAssetId ?? null,
  );
  const cover = useQuery(coverAssetQuery, { variables: { id: coverId ?? "" }, skip: !coverId });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [createActivity] = useMutation(createActivityMutation);
  const [updateActivity] = useMutation(updateActivityMutation);
  const [submitActivity] = useMutation(submitActivityMutation);
  const [withdrawActivity] = useMutation(withdrawActivityMutation);
  const mode = Form.useWatch("mode", form) ?? activity?.pendingEdit?.mode ?? activity?.mode ?? "OFFLINE";
  const campaignId = Form.useWatch("campaignId", form) ?? activity?.campaign?.id ?? "";
  const categories = useQuery(activityCategoriesQuery, { variables: { campaignId }, skip: !campaignId });
  const campaigns = [...(options.data?.campaigns.edges.map((edge) => edge.node) ?? [])].sort(
    (a, b) => b.year - a.year || Number(Boolean(a.parent)) - Number(Boolean(b.parent)),
  );
  // The public has seen it: a moved, added or left-out session goes to review (each existing one
  // sent by its id, so its registrants stay with it and are told on approval).
  const seenByPublic = Boolean(activity?.publishedAt);
  const editable = !activity || activity.viewerCan.edit;

  const initial: ActivityFormValues = activity
    ? valuesOf(activity, pick)
    : {
        campaignId: "",
        title: "",
        summary: "",
        categoryId: "",
        programme: "",
        forms: [],
        mode: "OFFLINE",
        topics: [],
        audiences: [],
        regionCode: hostRegionCode ?? "",
        venue: "",
        address: "",
        point: { latitude: null, longitude: null, coordinateSystem: "WGS84" },
        livestreamUrl: "",
        coHostOrgIds: [],
        contactName: "",
        contactPhone: "",
        contactEmail: "",
        sessions: [emptySession],
      };

  /** Shows the server's refusals under their fields; those naming no field of the form above the buttons. */
  const showRefusals = (failure: unknown) => {
    const shown = new Set(Object.keys(form.getFieldsValue(true) as object));
    const sessions = form.getFieldValue("sessions") as unknown[] | undefined;
    const placed: { name: (string | number)[]; errors: string[] }[] = [];
    const loose: string[] = [];
    for (const refusal of serverRefusals(failure)) {
      let name = refusal.field;
      if (name?.length === 1 && name[0] === "sessions") name = sessions?.length ? ["sessions", 0, "range"] : null;
      if (name && shown.has(String(name[0]))) {
        placed.push({ name, errors: [refusal.message] });
      } else loose.push(refusal.message);
    }
    if (placed.length) {
      form.setFields(placed as never);
      form.scrollToField(placed[0]?.name as never);
    }
    if (loose.length) setError(loose.join("；"));
  };

  const run = async (action: () => Promise<string | undefined>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const id = await action();
      void message.success(done);
      if (id) onSaved(id);
    } catch (failure) {
      showRefusals(failure);
    } finally {
      setBusy(false);
    }
  };

  const save = async (values: ActivityFormValues): Promise<string | undefined> => {
    if (activity) {
      const input = { ...contentInputOf(values, { withSessions: true }), coverAssetId: coverId };
      await updateActivity({ variables: { id: activity.id, input } });
      return activity.id;
    }
    const created = await createActivity({ variables: { input: createInputOf(values, orgId, coverId) } });
    return created.data?.createActivity.id;
  };

  /** Save, then submit: the submission rule is checked here first, every gap marked at once. */
  const saveAndSubmit = async () => {
    let values: ActivityFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const gaps = submissionGaps(values);
    if (gaps.length) {
      form.setFields(
        gaps.map((gap) => ({
          name: gap,
          errors: [gap === "summary" ? t("acts.summaryHelp") : t("acts.required", { field: t(gapLabel[gap]) })],
        })),
      );
      form.scrollToField(gaps[0] as string);
      return;
    }
    await run(async () => {
      const id = await save(values);
      if (id) await submitActivity({ variables: { id } });
      return id;
    }, t("acts.submitted"));
  };

  const required = (field: string) => [{ required: true, whitespace: true, message: t("acts.required", { field }) }];
  const categoryName = (c: { nameZh: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameZh);
  const canSubmit = !activity || activity.viewerCan.submit;

  return (
    <div data-testid="activity-editor">
      <style>{editorStyles}</style>
      {activity ? (
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag data-testid="editor-status">{t(`actStatus.${activity.status}`)}</Tag>
          {activity.hasPendingChanges ? <Tag color="warning">{t("acts.pending")}</Tag> : null}
          {activity.reviewNote ? (
            <Typography.Text type="danger">{t("acts.reviewNote", { note: activity.reviewNote })}</Typography.Text>
          ) : null}
        </Space>
      ) : null}
      {activity && seenByPublic && editable ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="published-edit-warning"
          title={t("acts.publishedEditWarn")}
          description={
            <>
              {t("acts.publicSees", {
                title: activity.title,
                time: formatRange(activity.startsAt, activity.endsAt, locale),
                venue: activity.venue ?? t("mode.ONLINE"),
              })}
              {activity.pendingEdit ? <div>{t("acts.pendingInReview")}</div> : null}
            </>
          }
        />
      ) : null}
      {activity && !editable ? (
        <Alert type="info" showIcon title={t("acts.notEditable")} style={{ marginBottom: 12 }} />
      ) : null}
      <Form<ActivityFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!editable}
        onFinish={(values) => void run(() => save(values), t("acts.saved"))}
        aria-label={activity ? t("acts.edit") : t("acts.new")}
        scrollToFirstError
      >
        {activity ? null : (
          <Form.Item name="campaignId" label={t("acts.campaign")} rules={required(t("acts.campaign"))}>
            <Select
              showSearch={{ optionFilterProp: "label" }}
              onChange={() => form.setFieldValue("categoryId", "")}
              options={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t("acts.name")}
          rules={[...required(t("acts.name")), { min: 2, max: 100, message: t("acts.titleLength") }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t("acts.summary")} extra={t("acts.summaryHelp")} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="categoryId"
          label={t("acts.category")}
          extra={t("acts.categoryHelp")}
          rules={required(t("acts.category"))}
        >
          <Select
            loading={categories.loading}
            options={(categories.data?.activityCategories ?? []).map((c) => ({ value: c.id, label: categoryName(c) }))}
          />
        </Form.Item>
        <Form.Item name="programme" label={t("acts.programme")} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="forms"
          label={t("acts.forms")}
          rules={[{ required: true, type: "array", min: 1, message: t("acts.required", { field: t("acts.forms") }) }]}
        >
          <Select mode="multiple" options={activityForms.map((value) => ({ value, label: t(`actForm.${value}`) }))} />
        </Form.Item>
        <Form.Item name="mode" label={t("acts.mode")}>
          <Radio.Group optionType="button" options={modes.map((value) => ({ value, label: t(`mode.${value}`) }))} />
        </Form.Item>
        <Form.Item name="topics" label={t("acts.topics")} rules={[{ type: "array", max: 20 }]}>
          <Select
            mode="tags"
            tokenSeparators={[",", "，", "、"]}
            options={(options.data?.workTopics ?? []).map((topic) => ({ value: topic, label: topic }))}
          />
        </Form.Item>
        <Form.Item name="audiences" label={t("acts.audiences")}>
          <Select mode="multiple" options={audiences.map((value) => ({ value, label: t(`actAudience.${value}`) }))} />
        </Form.Item>
        {mode !== "ONLINE" ? (
          <>
            <Divider titlePlacement="start">{t("acts.place")}</Divider>
            <Form.Item
              name="regionCode"
              label={t("acts.regionCode")}
              extra={t("acts.regionHelp", { region: hostRegionCode ?? "—" })}
              rules={[
                {
                  validator: (_rule, value: string) =>
                    !value?.trim() || (isRegionCode(value) && regionFits(value.trim(), hostRegionCode))
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("acts.regionBad", { region: hostRegionCode ?? "—" }))),
                },
              ]}
            >
              <Input inputMode="numeric" maxLength={6} style={{ maxWidth: 160 }} />
            </Form.Item>
            <Form.Item name="venue" label={t("acts.venue")} rules={[{ max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="address" label={t("acts.address")} rules={[{ max: 300 }]}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name="point"
              label={t("acts.point")}
              extra={t("acts.pointHelp")}
              rules={[
                {
                  validator: (_rule, value: PointValues | undefined) =>
                    (value?.latitude == null) === (value?.longitude == null)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t("acts.pointBoth"))),
                },
              ]}
            >
              <PointInput />
            </Form.Item>
          </>
        ) : null}
        {mode !== "OFFLINE" ? (
          <Form.Item
            name="livestreamUrl"
            label={t("acts.livestreamUrl")}
            rules={[optionalFieldRule(isHttpUrl, t("acts.livestreamBad"))]}
          >
            <Input type="url" placeholder="https://" maxLength={500} />
          </Form.Item>
        ) : null}
        <Form.Item name="coHostOrgIds" label={t("acts.coHosts")}>
          <CoHostSelect initial={activity?.pendingEdit?.coHosts ?? activity?.coHosts ?? []} exclude={orgId} />
        </Form.Item>
        <Form.Item label={t("acts.cover")}>
          {cover.data?.asset ? (
            <AssetPreview asset={cover.data.asset} />
          ) : (
            <Typography.Text type="secondary">{t("acts.coverNone")}</Typography.Text>
          )}
          {editable ? (
            <Uploader
              orgId={orgId}
              purpose="ACTIVITY_COVER"
              label={t("upload.choose")}
              accept="image/*"
              onReady={(asset) => setCoverId(asset.id)}
              testId="activity-cover-upload"
            />
          ) : null}
        </Form.Item>
        <Divider titlePlacement="start">{t("acts.contact")}</Divider>
        <Space wrap align="start">
          <Form.Item name="contactName" label={t("acts.contactName")} rules={[{ max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            name="contactPhone"
            label={t("acts.contactPhone")}
            rules={[optionalFieldRule(isPhone, t("acts.contactPhoneBad"))]}
          >
            <Input inputMode="tel" maxLength={30} />
          </Form.Item>
          <Form.Item
            name="contactEmail"
            label={t("acts.contactEmail")}
            rules={[optionalFieldRule(isEmail, t("acts.contactEmailBad"))]}
          >
            <Input type="email" maxLength={200} />
          </Form.Item>
        </Space>
        <Divider titlePlacement="start">{t("acts.sessions")}</Divider>
        {seenByPublic ? (
          <Typography.Paragraph type="secondary">{t("acts.sessionsReviewed")}</Typography.Paragraph>
        ) : null}
        <Sessions published={seenByPublic} />
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} /> : null}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t("acts.save")}
          </Button>
          {canSubmit && editable ? (
            <Button onClick={() => void saveAndSubmit()} disabled={busy}>
              {t("acts.submit")}
            </Button>
          ) : null}
        </Space>
      </Form>
      {activity?.viewerCan.withdraw ? (
        <Button
          style={{ marginTop: 8 }}
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await withdrawActivity({ variables: { id: activity.id } });
              return activity.id;
            }, t("acts.withdrawn"))
          }
        >
          {t("acts.withdraw")}
        </Button>
      ) : null}
      {activity?.history.length ? (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {t("acts.history")}
          </Typography.Title>
          <Timeline
            data-testid="activity-history"
            items={activity.history.map((event) => ({
              key: event.id,
              content: `${formatDateTime(String(event.at), locale)} · ${t(`actEvent.${event.action}`)} · ${t(`actStatus.${event.toStatus}`)}${event.note ? ` · ${event.note}` : ""}`,
            }))}
          />
        </>
      ) : null}
    </div>
  );
}

/** 场次: start and end (Shanghai wall clock), registration and places; one at least. */
function Sessions({ published }: { published: boolean }) {
  const { t } = useLocale();
  return (
    <Form.List
      name="sessions"
      rules={[
        {
          validator: (_rule, sessions: unknown[]) =>
            sessions?.length ? Promise.resolve() : Promise.reject(new Error(t("acts.sessionsNeeded"))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="activity-sessions">
          {fields.map((field, index) => (
            <SessionRow
              key={field.key}
              name={field.name}
              index={index}
              published={published}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Form.ErrorList errors={errors} />
          <Button onClick={() => add({ ...emptySession })} style={{ marginBottom: 16 }}>
            {t("acts.sessionAdd")}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function SessionRow({
  name,
  index,
  published,
  onRemove,
}: {
  name: number;
  index: number;
  /** A published activity's existing session cannot change whether it takes registration. */
  published: boolean;
  onRemove: () => void;
}) {
  const { t } = useLocale();
  const form = Form.useFormInstance();
  const registration = Form.useWatch(["sessions", name, "registrationRequired"], form) as boolean | undefined;
  const stored = Boolean(Form.useWatch(["sessions", name, "id"], form));
  return (
    <div data-testid="session-row" className="kepu-session-row">
      <div className="kepu-session-head">
        <Typography.Text strong>{t("acts.sessionNumber", { n: index + 1 })}</Typography.Text>
        <Button size="small" onClick={onRemove} aria-label={`${t("acts.sessionRemove")} #${index + 1}`}>
          {t("acts.sessionRemove")}
        </Button>
      </div>
      <div className="kepu-session-fields">
        <Form.Item
          className="kepu-session-time"
          name={[name, "range"]}
          label={t("acts.sessionTime")}
          rules={[{ required: true, message: t("acts.sessionTimeNeeded") }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: "HH:mm", minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            placeholder={[t("acts.sessionStart"), t("acts.sessionEnd")]}
            style={{ width: "100%" }}
            aria-label={`${t("acts.sessionTime")} #${index + 1}`}
          />
        </Form.Item>
        <Form.Item
          name={[name, "registrationRequired"]}
          label={t("acts.sessionRegistration")}
          tooltip={published && stored ? t("acts.sessionRegistrationFixed") : undefined}
          valuePropName="checked"
        >
          <Switch disabled={published && stored} />
        </Form.Item>
        {registration ? (
          <Form.Item
            name={[name, "capacity"]}
            label={t("acts.sessionCapacity")}
            rules={[{ required: true, type: "integer", min: 1, max: 100000, message: t("acts.sessionCapacityNeeded") }]}
          >
            <InputNumber min={1} max={100000} precision={0} />
          </Form.Item>
        ) : null}
      </div>
      <Form.Item name={[name, "id"]} hidden>
        <Input />
      </Form.Item>
    </div>
  );
}
