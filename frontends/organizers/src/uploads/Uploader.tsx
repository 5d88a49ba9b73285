import { client, errorMessage, useMutation } from "@kepu/graphql-client";
import { formatBytes, useLocale } from "@kepu/ui";
import { Alert, Button, Progress, Space, Typography } from "antd";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { type DetailedError, Upload } from "tus-js-client";
import { type AssetPurpose, requestUploadMutation, uploadedAssetQuery } from "../graphql/works.js";
import { forgetUpload, loadUpload, pendingUploads, resumeKey, saveUpload } from "./resume-store.js";

/** What the uploader hands back once the server has checked the file. */
export interface UploadedAsset {
  id: string;
  kind: string;
  fileName?: string | null;
  url?: string | null;
  thumbnailUrl?: string | null;
  posterUrl?: string | null;
  durationSeconds?: number | null;
}

type Phase =
  | { kind: "idle" }
  | { kind: "requesting" }
  | { kind: "uploading"; name: string; sent: number; total: number; paused: boolean; resumedAt?: number }
  | { kind: "processing"; name: string }
  | { kind: "ready"; asset: UploadedAsset }
  | { kind: "failed"; message: string };

/** Bytes per PATCH: small enough that a dropped connection loses little, large enough to keep a 200 MB video fast. */
export const chunkBytes = 4 * 1024 * 1024;

/** The server's words for a refused upload (its 4xx body), else the client's. */
function refusalOf(error: Error): string {
  const response = (error as DetailedError).originalResponse;
  const body = response?.getBody?.();
  return response && body && response.getStatus() >= 400 && response.getStatus() < 500 ? body : error.message;
}

/**
 * Uploads one file for a unit and purpose (issue 8 §7): asks the graph for a grant
 * (`requestUpload`), sends the file with the tus protocol (tus-js-client) in `chunkBytes` chunks
 * with the grant's token, shows progress with pause and resume, retries a dropped connection, and
 * survives a reload: the grant is kept (`resume-store.ts`), a pending upload is offered on return,
 * and choosing the same file continues from the server's offset. The server's refusal (wrong type,
 * too large, damaged) is shown as it says it. When the file is ready its thumbnail or poster is shown
 * and `onReady` receives it.
 */
export function Uploader({
  orgId,
  purpose,
  label,
  accept,
  onReady,
  testId,
}: {
  orgId: string;
  purpose: AssetPurpose;
  label: string;
  /** The file picker's hint (e.g. "video/*"); the server decides by the bytes anyway. */
  accept?: string;
  onReady: (asset: UploadedAsset) => void;
  testId?: string;
}) {
  const { t, locale } = useLocale();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [pending, setPending] = useState(() => pendingUploads(orgId, purpose));
  const [requestUpload] = useMutation(requestUploadMutation);
  const upload = useRef<Upload | null>(null);

  useEffect(() => () => void upload.current?.abort(), []);

  const start = async (file: File) => {
    const key = resumeKey(orgId, purpose, file);
    let saved = loadUpload(key);
    if (!saved) {
      setPhase({ kind: "requesting" });
      try {
        const granted = await requestUpload({
          variables: { input: { purpose, orgId, fileName: file.name, bytes: file.size } },
        });
        const grant = granted.data?.requestUpload;
        if (!grant) throw new Error(t("state.error", { message: "" }));
        saved = {
          assetId: grant.asset.id,
          token: grant.token,
          tokenHeader: grant.tokenHeader,
          uploadUrl: grant.uploadUrl,
          expiresAt: String(grant.expiresAt),
          fileName: file.name,
          bytes: file.size,
          sentBytes: 0,
        };
        saveUpload(key, saved);
      } catch (error) {
        setPhase({ kind: "failed", message: errorMessage(error) });
        return;
      }
    }
    const grant = saved;
    const tus = new Upload(file, {
      endpoint: grant.uploadUrl,
      headers: { [grant.tokenHeader]: grant.token },
      chunkSize: chunkBytes,
      retryDelays: [0, 1000, 3000, 5000, 10000],
      metadata: { filename: file.name },
      fingerprint: async () => `kepu-upload:${key}:${grant.assetId}`,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => {
        setPhase((now) =>
          now.kind === "uploading"
            ? { ...now, sent, total }
            : { kind: "uploading", name: file.name, sent, total, paused: false },
        );
        saveUpload(key, { ...grant, sentBytes: sent });
      },
      onSuccess: async () => {
        forgetUpload(key);
        setPending(pendingUploads(orgId, purpose));
        setPhase({ kind: "processing", name: file.name });
        try {
          const result = await client.query({
            query: uploadedAssetQuery,
            variables: { id: grant.assetId },
            fetchPolicy: "network-only",
          });
          const asset = result.data?.asset;
          if (!asset) throw new Error(t("state.empty"));
          setPhase({ kind: "ready", asset });
          onReady(asset);
        } catch (error) {
          setPhase({ kind: "failed", message: errorMessage(error) });
        }
      },
      onError: (error) => {
        const message = refusalOf(error);
        // A refused file is gone on the server; a network failure keeps the grant for a later retry.
        const response = (error as DetailedError).originalResponse;
        if (response && response.getStatus() >= 400 && response.getStatus() < 500) forgetUpload(key);
        setPending(pendingUploads(orgId, purpose));
        setPhase({ kind: "failed", message });
      },
    });
    upload.current = tus;
    const previous = await tus.findPreviousUploads();
    const resumable = previous[0];
    if (resumable) tus.resumeFromPreviousUpload(resumable);
    setPhase({
      kind: "uploading",
      name: file.name,
      sent: saved.sentBytes,
      total: file.size,
      paused: false,
      ...(resumable && saved.sentBytes > 0 ? { resumedAt: Math.floor((saved.sentBytes / file.size) * 100) } : {}),
    });
    tus.start();
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void start(file);
  };

  const pause = () => {
    void upload.current?.abort();
    setPhase((now) => (now.kind === "uploading" ? { ...now, paused: true } : now));
  };
  const resume = () => {
    upload.current?.start();
    setPhase((now) => (now.kind === "uploading" ? { ...now, paused: false } : now));
  };
  const busy = phase.kind === "requesting" || phase.kind === "uploading" || phase.kind === "processing";
  const inputId = `upload-${purpose}-${testId ?? "file"}`;

  return (
    <div className="kepu-uploader" data-testid={testId}>
      <label htmlFor={inputId} className="kepu-uploader-label">
        {label}
      </label>
      <input id={inputId} type="file" accept={accept} onChange={onFile} disabled={busy} />
      {phase.kind === "idle" || phase.kind === "failed" || phase.kind === "ready"
        ? pending.map(([key, saved]) => (
            <Alert
              key={key}
              type="info"
              showIcon
              data-testid="upload-pending"
              title={t("upload.pending", {
                name: saved.fileName,
                percent: Math.floor((saved.sentBytes / saved.bytes) * 100),
              })}
              action={
                <Button
                  size="small"
                  onClick={() => {
                    forgetUpload(key);
                    setPending(pendingUploads(orgId, purpose));
                  }}
                >
                  {t("upload.discard")}
                </Button>
              }
            />
          ))
        : null}
      {phase.kind === "requesting" ? (
        <Typography.Text type="secondary">{t("upload.requesting")}</Typography.Text>
      ) : null}
      {phase.kind === "uploading" ? (
        <div data-testid="upload-progress">
          <Typography.Text>
            {t("upload.uploading", { name: phase.name })} · {formatBytes(phase.sent, locale)} /{" "}
            {formatBytes(phase.total, locale)}
            {phase.paused ? ` · ${t("upload.paused")}` : ""}
          </Typography.Text>
          {phase.resumedAt !== undefined ? (
            <Typography.Text type="success" data-testid="upload-resumed">
              {" "}
              {t("upload.resumed", { percent: phase.resumedAt })}
            </Typography.Text>
          ) : null}
          <Space style={{ width: "100%" }} align="center">
            <Progress
              percent={Math.floor((phase.sent / Math.max(phase.total, 1)) * 100)}
              status={phase.paused ? "normal" : "active"}
              style={{ minWidth: 180 }}
            />
            {phase.paused ? (
              <Button size="small" onClick={resume}>
                {t("upload.resume")}
              </Button>
            ) : (
              <Button size="small" onClick={pause}>
                {t("upload.pause")}
              </Button>
            )}
          </Space>
        </div>
      ) : null}
      {phase.kind === "processing" ? (
        <Typography.Text type="secondary">{t("upload.processing")}</Typography.Text>
      ) : null}
      {phase.kind === "failed" ? (
        <Alert type="error" showIcon role="alert" title={t("upload.refused", { message: phase.message })} />
      ) : null}
      {phase.kind === "ready" ? <AssetPreview asset={phase.asset} /> : null}
    </div>
  );
}

/** A ready file as its unit sees it: the poster or thumbnail, and its length for videos and audio. */
export function AssetPreview({ asset }: { asset: UploadedAsset }) {
  const { t } = useLocale();
  const image = asset.posterUrl ?? asset.thumbnailUrl;
  return (
    <div className="kepu-asset-preview" data-testid="upload-ready">
      {image ? (
        <img src={image} alt={asset.fileName ?? ""} width={160} style={{ maxWidth: "100%", height: "auto" }} />
      ) : null}
      <Typography.Text type="success">
        {t("upload.ready", { name: asset.fileName ?? asset.id })}
        {asset.durationSeconds ? ` · ${t("upload.duration", { seconds: Math.round(asset.durationSeconds) })}` : ""}
      </Typography.Text>
    </div>
  );
}
