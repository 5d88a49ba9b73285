import { useLocale } from "@kepu/ui";
import { Alert, Button, Form } from "antd";
import { type ChangeEvent, useState } from "react";

/** The file's bytes as base64, read in the browser (no upload endpoint: the graph takes the content). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

export type ImportFormat = "CSV" | "XLSX";

/** The import format a file's name says (.csv or .xlsx); the server still decodes it strictly. */
export function importFormat(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv")) return "CSV";
  if (lower.endsWith(".xlsx")) return "XLSX";
  return null;
}

/** The graph takes at most 5 MB of file per import (units, postings, activities). */
export const maxImportBytes = 5 * 1024 * 1024;

/** A chosen import file, read and ready to send. */
export interface ImportFile {
  name: string;
  format: ImportFormat;
  base64: string;
}

/**
 * Picks a CSV/XLSX file for an import and checks it (a dry run) on submit: the name's format and
 * the 5 MB limit are checked here, every row by the server. `id` keeps two pickers on a page apart.
 */
export function ImportFilePicker({
  id,
  busy,
  error,
  onFile,
  onCheck,
}: {
  id: string;
  busy: boolean;
  /** The server's refusal of the last request. */
  error: string | null;
  onFile: (file: ImportFile | null) => void;
  onCheck: (file: ImportFile) => void;
}) {
  const { t } = useLocale();
  const [file, setFile] = useState<ImportFile | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    setFile(null);
    onFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const format = importFormat(chosen.name);
    if (!format) return setInvalid(t("import.badFormat"));
    if (chosen.size > maxImportBytes) return setInvalid(t("import.tooLarge"));
    setInvalid(null);
    const read = { name: chosen.name, format, base64: await readAsBase64(chosen) };
    setFile(read);
    onFile(read);
  };

  const message = invalid ?? error;
  return (
    <Form
      layout="vertical"
      aria-label={t("import.form")}
      onFinish={() => (file ? onCheck(file) : setInvalid(t("import.noFile")))}
      style={{ maxWidth: 560 }}
    >
      <Form.Item
        label={t("import.file")}
        htmlFor={id}
        validateStatus={invalid ? "error" : undefined}
        help={invalid ?? undefined}
      >
        <input id={id} type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void pick(e)} />
      </Form.Item>
      {error && !invalid ? (
        <Alert type="error" showIcon role="alert" title={message} style={{ marginBottom: 12 }} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} disabled={!file}>
        {busy ? t("import.checking") : t("import.check")}
      </Button>
    </Form>
  );
}
