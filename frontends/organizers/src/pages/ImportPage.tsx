import { useMutation, useQuery } from "@kepu/graphql-client";
import { FormError, Notice, useLocale } from "@kepu/ui";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { useAction } from "../components/useAction.js";
import { importOrgsMutation, type OrgImportFormat, type OrgImportReport } from "../graphql/import.js";
import { orgSummaryQuery } from "../graphql/org.js";

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

export function importFormat(fileName: string): OrgImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".csv")) return "CSV";
  if (lower.endsWith(".xlsx")) return "XLSX";
  return null;
}

const maxBytes = 5 * 1024 * 1024;

/** 批量导入: check a CSV/XLSX of sub-units row by row first, then import it for real. */
export function ImportPage({ orgId }: { orgId: string }) {
  const { t } = useLocale();
  const summary = useQuery(orgSummaryQuery, { variables: { id: orgId } });
  const [file, setFile] = useState<{ name: string; format: OrgImportFormat; base64: string } | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [report, setReport] = useState<OrgImportReport | null>(null);
  const [importOrgs] = useMutation(importOrgsMutation);
  const action = useAction();
  const org = summary.data?.org;

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    setReport(null);
    setFile(null);
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    const format = importFormat(chosen.name);
    if (!format) return setInvalid(t("import.badFormat"));
    if (chosen.size > maxBytes) return setInvalid(t("import.tooLarge"));
    setInvalid(null);
    setFile({ name: chosen.name, format, base64: await readAsBase64(chosen) });
  };

  const send = async (dryRun: boolean) => {
    if (!file) return setInvalid(t("import.noFile"));
    setInvalid(null);
    const result = await action.run(() =>
      importOrgs({ variables: { input: { parentId: orgId, format: file.format, fileBase64: file.base64, dryRun } } }),
    );
    if (result?.data) setReport(result.data.importOrgs);
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };

  if (org && !org.viewerCanAdminister)
    return (
      <>
        <h2>{t("import.title", { org: org.name })}</h2>
        <p>{t("import.notAdmin")}</p>
      </>
    );

  const failed = report?.rows.filter((row) => !row.ok).length ?? 0;
  return (
    <>
      <h2>{t("import.title", { org: org?.name ?? "" })}</h2>
      <p className="kepu-muted">{t("import.hint")}</p>
      <form className="kepu-form" onSubmit={check} aria-label={t("import.form")} noValidate>
        <label>
          {t("import.file")}
          <input type="file" accept=".csv,.xlsx,text/csv" onChange={(e) => void pick(e)} />
        </label>
        <FormError message={invalid ?? action.error} />
        <button className="kepu-button" type="submit" disabled={action.busy || !file}>
          {action.busy && !report ? t("import.checking") : t("import.check")}
        </button>
      </form>
      {report ? (
        <section aria-label={t("import.report")} data-testid="import-report">
          <h3>{report.dryRun ? t("import.reportDry") : t("import.reportDone")}</h3>
          <p>{t("import.summary", { total: report.rows.length, failed })}</p>
          <table className="kepu-table">
            <thead>
              <tr>
                <th scope="col">{t("import.row")}</th>
                <th scope="col">{t("org.name")}</th>
                <th scope="col">{t("import.ok")}</th>
                <th scope="col">{t("import.errors")}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr key={row.row} data-testid="import-row" className={row.ok ? undefined : "kepu-bad"}>
                  <td data-label={t("import.row")}>{row.row}</td>
                  <td data-label={t("org.name")}>{row.name ?? "—"}</td>
                  <td data-label={t("import.ok")}>{row.ok ? t("import.yes") : t("import.no")}</td>
                  <td data-label={t("import.errors")}>{row.errors.join("；") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.dryRun ? (
            report.accepted ? (
              <button type="button" className="kepu-button" disabled={action.busy} onClick={() => void send(false)}>
                {action.busy ? t("import.importing") : t("import.confirm")}
              </button>
            ) : (
              <p className="kepu-error">{t("import.fixFirst")}</p>
            )
          ) : (
            <Notice>{t("import.created", { count: report.createdCount })}</Notice>
          )}
        </section>
      ) : null}
    </>
  );
}
