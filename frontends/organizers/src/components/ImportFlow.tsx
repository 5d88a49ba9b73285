import { type ReactNode, useState } from "react";
import { type ImportFile, ImportFilePicker } from "./ImportFile.js";
import { ImportReport, type ReportRow } from "./ImportReport.js";
import { useAction } from "./useAction.js";

/** What every import of the graph answers (units, postings, activities): the run's kind, its verdict and the rows. */
export interface ImportRun {
  dryRun: boolean;
  accepted: boolean;
  rows: readonly ReportRow[];
}

/**
 * The one way every import goes (issue 8 §4, issue 9 §3): pick a CSV/XLSX file, check it row by row
 * (a dry run), see the report, and import it for real only when every row passed, all or nothing.
 * `send` asks the graph (dryRun true for the check); `done` says what the real import wrote.
 */
export function ImportFlow<Run extends ImportRun>({
  id,
  send,
  nameTitle,
  done,
  onImported,
}: {
  id: string;
  send: (file: ImportFile, dryRun: boolean) => Promise<Run | null | undefined>;
  /** The report's column for what each row names; none when omitted. */
  nameTitle?: string;
  done: (run: Run) => ReactNode;
  onImported?: (run: Run) => void;
}) {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [report, setReport] = useState<Run | null>(null);
  const action = useAction();
  const run = async (chosen: ImportFile, dryRun: boolean) => {
    const result = await action.run(() => send(chosen, dryRun));
    if (!result) return;
    setReport(result);
    if (!dryRun && result.accepted) onImported?.(result);
  };
  return (
    <>
      <ImportFilePicker
        id={id}
        busy={action.busy && !report}
        error={action.error}
        onFile={(chosen) => {
          setFile(chosen);
          setReport(null);
        }}
        onCheck={(chosen) => void run(chosen, true)}
      />
      {report ? (
        <ImportReport
          report={report}
          nameTitle={nameTitle}
          busy={action.busy}
          onConfirm={() => file && void run(file, false)}
          done={done(report)}
        />
      ) : null}
    </>
  );
}
