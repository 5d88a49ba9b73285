import { useMutation, useQuery } from "@kepu/graphql-client";
import { formatDateTime, useLocale } from "@kepu/ui";
import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, Typography } from "antd";
import { useState } from "react";
import { serverRefusals } from "../activities/server-errors.js";
import { useTypedSearch } from "../components/useTypedSearch.js";
import {
  createTrailMutation,
  stopActivityChoicesQuery,
  type TrailFields,
  updateTrailMutation,
} from "../graphql/trails.js";
import {
  emptyStop,
  type StopValues,
  type TrailFormValues,
  trailFieldOf,
  trailStopsInputOf,
  trailValuesOf,
} from "./trail-form.js";

/** The graph's limit on stops (services/activities domain/trail.ts maxTrailStops). */
const maxStops = 30;

/**
 * A trail's title, description and ordered stops as an antd Form with inline checks; each stop is a
 * published activity of the campaign (searched as one types) or a named venue, moved up or down or
 * removed. Saving creates the trail (a draft of `orgId` in `campaignId`) or replaces its content;
 * the graph's refusals are shown under the field they name.
 */
export function TrailEditor({
  orgId,
  campaignId,
  trail,
  onSaved,
}: {
  orgId: string;
  campaignId: string;
  trail: TrailFields | null;
  onSaved: (trail: TrailFields) => void;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<TrailFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [createTrail] = useMutation(createTrailMutation);
  const [updateTrail] = useMutation(updateTrailMutation);
  // Names of the activities chosen so far (a Select shows the name of its value).
  const [activityNames] = useState(
    () => new Map(trail?.stops.flatMap((stop) => (stop.activity ? [[stop.activity.id, stop.activity.title]] : []))),
  );

  const showRefusals = (failure: unknown) => {
    const stops = (form.getFieldValue("stops") as StopValues[] | undefined) ?? [];
    const placed: { name: (string | number)[]; errors: string[] }[] = [];
    const loose: string[] = [];
    for (const refusal of serverRefusals(failure)) {
      const extensions = (failure as { errors?: { extensions?: { field?: unknown } }[] })?.errors?.[0]?.extensions;
      let name = trailFieldOf(typeof extensions?.field === "string" ? extensions.field : refusal.field);
      const stop = typeof name?.[1] === "number" ? stops[name[1]] : undefined;
      if (name?.[2] === "activityId" && stop?.kind === "venue") name = ["stops", name[1] as number, "title"];
      if (name && (name.length === 1 ? name[0] !== "stops" : stop)) placed.push({ name, errors: [refusal.message] });
      else loose.push(refusal.message);
    }
    if (placed.length) {
      form.setFields(placed as never);
      form.scrollToField(placed[0]?.name as never);
    }
    if (loose.length) setError(loose.join("；"));
  };

  const save = async (values: TrailFormValues) => {
    setBusy(true);
    setError(null);
    try {
      const content = { title: values.title, summary: values.summary ?? "", stops: trailStopsInputOf(values.stops) };
      const saved = trail
        ? (await updateTrail({ variables: { id: trail.id, input: content } })).data?.updateTrail
        : (await createTrail({ variables: { input: { ...content, campaignId, hostOrgId: orgId } } })).data?.createTrail;
      if (saved) {
        void message.success(t("trails.saved"));
        onSaved(saved);
      }
    } catch (failure) {
      showRefusals(failure);
    } finally {
      setBusy(false);
    }
  };

  const required = (field: string) => [{ required: true, whitespace: true, message: t("trails.required", { field }) }];
  return (
    <Form<TrailFormValues>
      form={form}
      layout="vertical"
      aria-label={trail ? t("trails.edit") : t("trails.new")}
      data-testid="trail-editor"
      initialValues={trailValuesOf(trail)}
      onFinish={(values) => void save(values)}
      scrollToFirstError
    >
      {trail ? (
        <Typography.Paragraph type="secondary">
          {t("trails.campaign", { campaign: trail.campaign?.name ?? "" })} · {t("trails.updatedAt")}{" "}
          {formatDateTime(String(trail.updatedAt), locale)}
        </Typography.Paragraph>
      ) : null}
      <Form.Item
        name="title"
        label={t("trails.name")}
        rules={[...required(t("trails.name")), { min: 2, max: 100, message: t("trails.titleLength") }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="summary" label={t("trails.summary")} rules={[{ max: 2000, message: t("trails.summaryLength") }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.List
        name="stops"
        rules={[
          {
            validator: async (_, stops: StopValues[] | undefined) => {
              if (!stops?.length) throw new Error(t("trails.atLeastOneStop"));
              if (stops.length > maxStops) throw new Error(t("trails.tooManyStops", { max: maxStops }));
            },
          },
        ]}
      >
        {(fields, { add, remove, move }, { errors }) => (
          <>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("trails.stops")}
            </Typography.Title>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 8 }}
                data-testid="trail-stop"
                title={t("trails.stop", { position: index + 1 })}
                extra={
                  <Space size={4}>
                    <Button
                      size="small"
                      aria-label={t("trails.moveUp", { position: index + 1 })}
                      disabled={index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      ↑
                    </Button>
                    <Button
                      size="small"
                      aria-label={t("trails.moveDown", { position: index + 1 })}
                      disabled={index === fields.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      ↓
                    </Button>
                    <Button
                      size="small"
                      danger
                      aria-label={t("trails.removeStop", { position: index + 1 })}
                      onClick={() => remove(index)}
                    >
                      ×
                    </Button>
                  </Space>
                }
              >
                <Form.Item name={[field.name, "id"]} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, "kind"]} label={t("trails.stopKind")}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: "activity", label: t("trails.stopKind.activity") },
                      { value: "venue", label: t("trails.stopKind.venue") },
                    ]}
                  />
                </Form.Item>
                <Form.Item noStyle dependencies={[["stops", field.name, "kind"]]}>
                  {() =>
                    form.getFieldValue(["stops", field.name, "kind"]) === "venue" ? (
                      <>
                        <Form.Item
                          name={[field.name, "title"]}
                          label={t("trails.stopVenueTitle")}
                          rules={[
                            ...required(t("trails.stopVenueTitle")),
                            { min: 2, max: 100, message: t("trails.venueTitleLength") },
                          ]}
                        >
                          <Input maxLength={100} />
                        </Form.Item>
                        <Form.Item name={[field.name, "venue"]} label={t("trails.stopVenue")}>
                          <Input maxLength={200} />
                        </Form.Item>
                        <Form.Item name={[field.name, "address"]} label={t("trails.stopAddress")}>
                          <Input maxLength={300} />
                        </Form.Item>
                      </>
                    ) : (
                      <Form.Item
                        name={[field.name, "activityId"]}
                        label={t("trails.stopActivity")}
                        rules={[
                          { required: true, message: t("trails.pickActivity") },
                          {
                            validator: async (_, activityId: string | undefined) => {
                              const stops = (form.getFieldValue("stops") as StopValues[] | undefined) ?? [];
                              const twice = stops.some(
                                (stop, other) =>
                                  other !== index && stop.kind === "activity" && stop.activityId === activityId,
                              );
                              if (activityId && twice) throw new Error(t("trails.duplicateStop"));
                            },
                          },
                        ]}
                      >
                        <StopActivitySelect campaignId={campaignId} names={activityNames} />
                      </Form.Item>
                    )
                  }
                </Form.Item>
              </Card>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              onClick={() => add({ ...emptyStop })}
              disabled={fields.length >= maxStops}
              style={{ marginBottom: 16 }}
            >
              {t("trails.addStop")}
            </Button>
          </>
        )}
      </Form.List>
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} /> : null}
      <Button type="primary" htmlType="submit" loading={busy}>
        {t("trails.save")}
      </Button>
    </Form>
  );
}

/**
 * A stop's activity: published activities of the campaign (and its regional editions) found by the
 * words typed (publicActivities' Chinese search), each named with its host; a form control whose
 * value is the activity's id. `names` remembers the names of activities chosen, for the Select.
 */
function StopActivitySelect({
  id,
  value,
  onChange,
  campaignId,
  names,
}: {
  id?: string;
  value?: string;
  onChange?: (activityId: string) => void;
  campaignId: string;
  names: Map<string, string>;
}) {
  const { t } = useLocale();
  const { search, setText } = useTypedSearch();
  const { data, loading } = useQuery(stopActivityChoicesQuery, {
    variables: { campaignId, text: search || null },
  });
  const found = (data?.publicActivities.edges ?? [])
    .map((edge) => edge.node)
    .filter((activity) => activity.status === "PUBLISHED");
  const options = [
    ...(value && !found.some((activity) => activity.id === value) ? [{ value, label: names.get(value) ?? value }] : []),
    ...found.map((activity) => ({
      value: activity.id,
      label: activity.host?.name ? `${activity.title}（${activity.host.name}）` : activity.title,
    })),
  ];
  return (
    <Select
      id={id}
      value={value}
      placeholder={t("trails.stopActivityHint")}
      showSearch={{ onSearch: setText, filterOption: false }}
      loading={loading}
      notFoundContent={loading ? null : t("trails.noActivity")}
      onChange={(chosen: string) => {
        const activity = found.find((one) => one.id === chosen);
        if (activity) names.set(activity.id, activity.title);
        onChange?.(chosen);
      }}
      options={options}
    />
  );
}
