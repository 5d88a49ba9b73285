import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { formatDateTime, useLocale } from "@kepu/ui";
import { Alert, Button, Form, Input, List, Select, Space, Tag, Timeline, Typography } from "antd";
import { useState } from "react";
import {
  type AssetPurpose,
  addWorkPostingMutation,
  createWorkMutation,
  type OrganizerWork,
  removeWorkPostingMutation,
  submitWorkMutation,
  updateWorkMutation,
  type WorkContentInput,
  type WorkCreatorKind,
  type WorkCreatorRole,
  type WorkKind,
  type WorkLicence,
  withdrawWorkMutation,
  workFormOptionsQuery,
} from "../graphql/works.js";
import { AssetPreview, type UploadedAsset, Uploader } from "../uploads/Uploader.js";
import { bodyHtmlToText, textToBodyHtml } from "./body-text.js";

const kinds: WorkKind[] = ["SHORT_VIDEO", "ARTICLE", "IMAGE_SET", "LIVESTREAM_REPLAY", "AUDIO", "VR"];
const licences: WorkLicence[] = ["ALL_RIGHTS_RESERVED", "CC_BY", "CC_BY_SA", "CC_BY_NC", "CC_BY_NC_SA", "CC_BY_NC_ND"];
const roles: WorkCreatorRole[] = ["SCIENCE_COMMUNICATOR", "RESEARCHER", "STUDENT", "OTHER"];

/** Which upload purpose a kind's files take (videos for the video kinds, audio, else images). */
export function filePurposeOf(kind: WorkKind): AssetPurpose {
  if (kind === "AUDIO") return "WORK_AUDIO";
  if (kind === "ARTICLE" || kind === "IMAGE_SET") return "WORK_IMAGE";
  return "WORK_VIDEO";
}

interface Values {
  campaignId: string;
  kind: WorkKind;
  title: string;
  summary: string;
  bodyText: string;
  creatorKind: WorkCreatorKind;
  creatorName: string;
  creatorRole: WorkCreatorRole | null;
  topics: string[];
  hashtags: string[];
  licence: WorkLicence;
}

type FileAsset = Pick<
  UploadedAsset,
  "id" | "kind" | "fileName" | "thumbnailUrl" | "posterUrl" | "url" | "durationSeconds"
>;

/**
 * Create or edit one work (issue 8 §2, §7) with antd's inline validation: kind, title, summary, an
 * article's text, creator, topics, hashtags (the campaign's own shown; the server adds them),
 * licence, cover and files uploaded in place; then submit, withdraw, its history and its postings.
 */
export function WorkEditor({
  orgId,
  work,
  onSaved,
}: {
  orgId: string;
  work: OrganizerWork | null;
  onSaved: (id: string) => void;
}) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const options = useQuery(workFormOptionsQuery);
  const [cover, setCover] = useState<FileAsset | null>(work?.cover ? { ...work.cover, kind: "IMAGE" } : null);
  const [files, setFiles] = useState<FileAsset[]>(work?.files ?? []);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [createWork] = useMutation(createWorkMutation);
  const [updateWork] = useMutation(updateWorkMutation);
  const [submitWork] = useMutation(submitWorkMutation);
  const [withdrawWork] = useMutation(withdrawWorkMutation);
  const kind = Form.useWatch("kind", form) ?? work?.kind ?? "SHORT_VIDEO";
  const campaignId = Form.useWatch("campaignId", form) ?? work?.campaign?.id;
  const creatorKind = Form.useWatch("creatorKind", form) ?? work?.creator.kind ?? "PERSON";
  const campaigns = options.data?.campaigns.edges.map((edge) => edge.node) ?? [];
  const campaignTags =
    campaigns.find((campaign) => campaign.id === campaignId)?.hashtags ?? work?.campaign?.hashtags ?? [];

  const initial: Values = {
    campaignId: work?.campaign?.id ?? "",
    kind: work?.kind ?? "SHORT_VIDEO",
    title: work?.title ?? "",
    summary: work?.summary ?? "",
    bodyText: work?.body ? bodyHtmlToText(work.body) : "",
    creatorKind: work?.creator.kind ?? "PERSON",
    creatorName: work?.creator.displayName ?? "",
    creatorRole: work?.creator.role ?? "SCIENCE_COMMUNICATOR",
    topics: work?.topics ?? [],
    hashtags: (work?.hashtags ?? []).filter((tag) => !(work?.campaign?.hashtags ?? []).includes(tag)),
    licence: work?.licence ?? "ALL_RIGHTS_RESERVED",
  };

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
      setNotice(done);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const save = (values: Values) =>
    act(async () => {
      const content: WorkContentInput = {
        kind: values.kind,
        title: values.title,
        summary: values.summary,
        body: values.kind === "ARTICLE" && values.bodyText.trim() ? textToBodyHtml(values.bodyText) : null,
        creator: {
          kind: values.creatorKind,
          displayName: values.creatorName,
          role: values.creatorKind === "PERSON" ? values.creatorRole : null,
          orgId: values.creatorKind === "ORG" ? orgId : null,
        },
        topics: values.topics,
        hashtags: values.hashtags,
        licence: values.licence,
        coverAssetId: cover?.id ?? null,
        fileAssetIds: files.map((file) => file.id),
      };
      if (work) {
        await updateWork({ variables: { id: work.id, content } });
        onSaved(work.id);
      } else {
        const created = await createWork({
          variables: { input: { ownerOrgId: orgId, campaignId: values.campaignId, content } },
        });
        if (created.data) onSaved(created.data.createWork.id);
      }
    }, t("works.saved"));

  const required = (field: string) => [{ required: true, whitespace: true, message: t("works.required", { field }) }];
  return (
    <div data-testid="work-editor">
      {work ? (
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag data-testid="editor-status">{t(`workStatus.${work.status}`)}</Tag>
          {work.hasPendingChanges ? <Tag color="warning">{t("works.pending")}</Tag> : null}
          {work.reviewNote ? (
            <Typography.Text type="danger">{t("works.reviewNote", { note: work.reviewNote })}</Typography.Text>
          ) : null}
        </Space>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => void save(values)}
        aria-label={t("works.edit")}
      >
        {work ? null : (
          <Form.Item name="campaignId" label={t("works.campaign")} rules={required(t("works.campaign"))}>
            <Select options={campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name }))} />
          </Form.Item>
        )}
        <Form.Item name="kind" label={t("works.kind")}>
          <Select options={kinds.map((value) => ({ value, label: t(`workKind.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t("works.titleField")}
          rules={[...required(t("works.titleField")), { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t("works.summary")}
          rules={[...required(t("works.summary")), { min: 10, max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
        {kind === "ARTICLE" ? (
          <Form.Item name="bodyText" label={t("works.body")} extra={t("works.bodyHelp")}>
            <Input.TextArea rows={8} />
          </Form.Item>
        ) : null}
        <Space wrap align="start">
          <Form.Item name="creatorKind" label={t("works.creatorKind")}>
            <Select
              style={{ minWidth: 120 }}
              options={(["PERSON", "ORG"] as const).map((value) => ({ value, label: t(`creatorKind.${value}`) }))}
            />
          </Form.Item>
          {creatorKind === "PERSON" ? (
            <Form.Item name="creatorRole" label={t("works.creatorRole")}>
              <Select
                style={{ minWidth: 140 }}
                options={roles.map((value) => ({ value, label: t(`creatorRole.${value}`) }))}
              />
            </Form.Item>
          ) : null}
        </Space>
        <Form.Item name="creatorName" label={t("works.creatorName")} rules={required(t("works.creatorName"))}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="topics" label={t("works.topics")} rules={[{ type: "array", max: 3 }]}>
          <Select
            mode="multiple"
            options={(options.data?.workTopics ?? []).map((topic) => ({ value: topic, label: topic }))}
          />
        </Form.Item>
        <Form.Item
          name="hashtags"
          label={t("works.hashtags")}
          extra={campaignTags.length ? t("works.hashtagsHelp", { tags: campaignTags.join(" ") }) : undefined}
        >
          <Select mode="tags" tokenSeparators={[",", "，", " "]} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="licence" label={t("works.licence")}>
          <Select options={licences.map((value) => ({ value, label: t(`licence.${value}`) }))} />
        </Form.Item>
        <Form.Item label={t("works.cover")}>
          {cover ? <AssetPreview asset={cover} /> : null}
          <Uploader
            orgId={orgId}
            purpose="WORK_COVER"
            label={t("upload.choose")}
            accept="image/*"
            onReady={setCover}
            testId="cover-upload"
          />
        </Form.Item>
        <Form.Item label={t("works.files")}>
          <List
            size="small"
            dataSource={files}
            renderItem={(file) => (
              <List.Item
                actions={[
                  <Button key="remove" size="small" onClick={() => setFiles(files.filter((f) => f.id !== file.id))}>
                    {t("works.postingRemove")}
                  </Button>,
                ]}
              >
                <AssetPreview asset={file} />
              </List.Item>
            )}
            locale={{ emptyText: " " }}
          />
          <Uploader
            key={filePurposeOf(kind)}
            orgId={orgId}
            purpose={filePurposeOf(kind)}
            label={t("upload.choose")}
            accept={kind === "AUDIO" ? "audio/*" : filePurposeOf(kind) === "WORK_IMAGE" ? "image/*" : "video/*"}
            onReady={(asset) => setFiles((now) => [...now, asset])}
            testId="file-upload"
          />
        </Form.Item>
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} /> : null}
        {notice ? <Alert type="success" showIcon title={notice} style={{ marginBottom: 8 }} /> : null}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t("works.save")}
          </Button>
          {work && (work.status === "DRAFT" || work.status === "REJECTED") ? (
            <Button
              onClick={() =>
                void act(
                  () => submitWork({ variables: { id: work.id } }).then(() => onSaved(work.id)),
                  t("workStatus.SUBMITTED"),
                )
              }
              disabled={busy}
            >
              {t("works.submit")}
            </Button>
          ) : null}
          {work?.status === "SUBMITTED" ? (
            <Button
              onClick={() =>
                void act(
                  () => withdrawWork({ variables: { id: work.id } }).then(() => onSaved(work.id)),
                  t("workEvent.WITHDRAWN"),
                )
              }
              disabled={busy}
            >
              {t("works.withdraw")}
            </Button>
          ) : null}
        </Space>
      </Form>
      {work ? <Postings work={work} onChanged={() => onSaved(work.id)} /> : null}
      {work?.history.length ? (
        <>
          <Typography.Title level={4} style={{ marginTop: 24 }}>
            {t("works.history")}
          </Typography.Title>
          <Timeline
            data-testid="work-history"
            items={work.history.map((event) => ({
              key: event.id,
              content: `${formatDateTime(String(event.at), locale)} · ${t(`workEvent.${event.action}`)} · ${event.actorName}${event.note ? ` · ${event.note}` : ""}`,
            }))}
          />
        </>
      ) : null}
    </div>
  );
}

/** Where the work was posted (科普中国, 抖音 …): list, add, remove (metrics come with the import). */
function Postings({ work, onChanged }: { work: OrganizerWork; onChanged: () => void }) {
  const { t, locale } = useLocale();
  const options = useQuery(workFormOptionsQuery);
  const [add] = useMutation(addWorkPostingMutation);
  const [remove] = useMutation(removeWorkPostingMutation);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ platform: string; url: string; postedAt: string }>();
  const platformName = (p: { nameZh: string; nameEn: string }) => (locale === "en" ? p.nameEn : p.nameZh);
  return (
    <section data-testid="work-postings">
      <Typography.Title level={4} style={{ marginTop: 24 }}>
        {t("works.postings")}
      </Typography.Title>
      <List
        size="small"
        dataSource={work.postings}
        locale={{ emptyText: t("state.empty") }}
        renderItem={(posting) => (
          <List.Item
            actions={[
              <Button
                key="remove"
                size="small"
                onClick={() =>
                  void remove({ variables: { id: posting.id } }).then(onChanged, (failure) =>
                    setError(errorMessage(failure)),
                  )
                }
              >
                {t("works.postingRemove")}
              </Button>,
            ]}
          >
            <Typography.Text style={{ overflowWrap: "anywhere" }}>
              {platformName(posting.platform)} · {formatDateTime(String(posting.postedAt), locale)} ·{" "}
              <a href={posting.url} target="_blank" rel="noopener noreferrer">
                {posting.url}
              </a>
            </Typography.Text>
          </List.Item>
        )}
      />
      <Form
        form={form}
        layout="vertical"
        aria-label={t("works.postingAdd")}
        onFinish={(values) => {
          setError(null);
          void add({
            variables: {
              input: {
                workId: work.id,
                platform: values.platform,
                url: values.url,
                postedAt: `${values.postedAt}:00+08:00`,
              },
            },
          }).then(
            () => {
              form.resetFields();
              onChanged();
            },
            (failure) => setError(errorMessage(failure)),
          );
        }}
      >
        <Space wrap align="start">
          <Form.Item
            name="platform"
            label={t("works.postingPlatform")}
            rules={[{ required: true, message: t("works.required", { field: t("works.postingPlatform") }) }]}
          >
            <Select
              style={{ minWidth: 120 }}
              options={(options.data?.workPlatforms ?? []).map((p) => ({ value: p.key, label: platformName(p) }))}
            />
          </Form.Item>
          <Form.Item
            name="url"
            label={t("works.postingUrl")}
            rules={[{ required: true, type: "url", message: t("works.required", { field: t("works.postingUrl") }) }]}
          >
            <Input type="url" placeholder="https://" />
          </Form.Item>
          <Form.Item
            name="postedAt"
            label={t("works.postingAt")}
            rules={[{ required: true, message: t("works.required", { field: t("works.postingAt") }) }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
        </Space>
        {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} /> : null}
        <Button htmlType="submit">{t("works.postingAdd")}</Button>
      </Form>
    </section>
  );
}
