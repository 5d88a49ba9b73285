import { Alert } from "antd";
import type { ReactNode } from "react";

/**
 * What came of a form's last sending, above its buttons: the server's refusal (an alert, in its
 * words) or what was done (a status). Field-level problems are shown under their fields instead.
 */
export function FormOutcome({ error, done }: { error?: string | null; done?: ReactNode }) {
  return (
    <>
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} /> : null}
      {done ? <Alert type="success" showIcon role="status" title={done} style={{ marginBottom: 8 }} /> : null}
    </>
  );
}
