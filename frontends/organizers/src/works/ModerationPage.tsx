import { errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { useLocale } from "@kepu/ui";
import { Alert, Button, Card, Empty, Input, Space, Statistic, Tag, Typography } from "antd";
import { useState } from "react";
import {
  approveWorkMutation,
  moderationQueueQuery,
  type QueueRow,
  rejectWorkMutation,
  takeDownWorkMutation,
} from "../graphql/works.js";
import { AssetPreview } from "../uploads/Uploader.js";

/**
 * 作品审核 (issue 8 §3, §7): the works waiting for the viewer's editorial check across its subtree,
 * with counts; approve, send back with a note, or take down. An edit of a published work says so:
 * the public keeps the approved version until this one is approved.
 */
export function ModerationPage() {
  const { t } = useLocale();
  const { data, loading, error, refetch } = useQuery(moderationQueueQuery, { fetchPolicy: "cache-and-network" });
  const [done, setDone] = useState<string | null>(null);
  const counts = data?.workModerationCounts;
  const rows = data?.workModerationQueue.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <h2>{t("moderation.title")}</h2>
      {counts ? (
        <Space wrap size="large" data-testid="moderation-counts">
          <Statistic title={t("workStatus.SUBMITTED")} value={counts.waiting} />
          <Statistic title={t("workEvent.APPROVED")} value={counts.approvedToday} />
          <Statistic title={t("workEvent.REJECTED")} value={counts.rejectedToday} />
        </Space>
      ) : null}
      {error ? <Alert type="error" showIcon title={errorMessage(error)} /> : null}
      {done ? (
        <Alert type="success" showIcon title={t("moderation.done", { title: done })} style={{ margin: "8px 0" }} />
      ) : null}
      {data && rows.length === 0 ? <Empty description={t("moderation.empty")} /> : null}
      {loading && !data ? <Typography.Text type="secondary">{t("state.loading")}</Typography.Text> : null}
      <div data-testid="moderation-queue">
        {rows.map((work) => (
          <QueueItem
            key={work.id}
            work={work}
            onDone={() => {
              setDone(work.title);
              void refetch();
            }}
          />
        ))}
      </div>
    </>
  );
}

function QueueItem({ work, onDone }: { work: QueueRow; onDone: () => void }) {
  const { t } = useLocale();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [approve] = useMutation(approveWorkMutation);
  const [reject] = useMutation(rejectWorkMutation);
  const [takeDown] = useMutation(takeDownWorkMutation);
  const decide = async (action: () => Promise<unknown>, needsNote: boolean) => {
    if (needsNote && !note.trim()) return setError(t("moderation.noteRequired"));
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const video = work.files.find((file) => file.kind === "VIDEO");
  return (
    <Card size="small" style={{ margin: "12px 0" }} data-testid="moderation-item" title={work.title}>
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        <Tag>{t(`workKind.${work.kind}`)}</Tag>
        {work.owner ? <Tag>{t("moderation.owner", { org: work.owner.name })}</Tag> : null}
        {work.hashtags.map((tag) => (
          <Tag key={tag} color="blue">
            {tag}
          </Tag>
        ))}
      </Space>
      {work.hasPendingChanges ? (
        <Alert
          type="warning"
          showIcon
          title={t("moderation.pendingChanges")}
          style={{ marginBottom: 8 }}
          data-testid="pending-changes"
        />
      ) : null}
      <Typography.Paragraph>{work.summary}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t("publicWorks.by", { name: work.creator.displayName })}
      </Typography.Paragraph>
      {work.body ? (
        // Sanitized by the server to a small allow-list of text markup.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the body is sanitized HTML from the graph
        <div className="kepu-work-body" dangerouslySetInnerHTML={{ __html: work.body }} />
      ) : null}
      {video?.url ? (
        // biome-ignore lint/a11y/useMediaCaption: works carry no caption track yet
        <video
          src={video.url}
          poster={video.posterUrl ?? undefined}
          controls
          preload="metadata"
          style={{ width: "100%", maxWidth: 480 }}
        />
      ) : null}
      <Space wrap>
        {work.cover ? <AssetPreview asset={{ ...work.cover, kind: "IMAGE" }} /> : null}
        {work.files
          .filter((file) => file.kind !== "VIDEO")
          .map((file) => (
            <AssetPreview key={file.id} asset={file} />
          ))}
      </Space>
      <Input.TextArea
        aria-label={t("moderation.note")}
        placeholder={t("moderation.note")}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        rows={2}
        style={{ margin: "8px 0" }}
      />
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} /> : null}
      <Space wrap>
        <Button
          type="primary"
          loading={busy}
          onClick={() => void decide(() => approve({ variables: { id: work.id } }), false)}
        >
          {t("moderation.approve")}
        </Button>
        <Button
          danger
          disabled={busy}
          onClick={() => void decide(() => reject({ variables: { id: work.id, note } }), true)}
        >
          {t("moderation.reject")}
        </Button>
        {work.publishedAt ? (
          <Button
            danger
            disabled={busy}
            onClick={() => void decide(() => takeDown({ variables: { id: work.id, note } }), true)}
          >
            {t("moderation.takeDown")}
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}
