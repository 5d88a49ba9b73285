import { errorMessage } from "@kepu/graphql-client";
import { formFieldOf } from "./activity-form.js";

/** One refusal of the server: its message and the form field it names, if any. */
export interface ServerRefusal {
  message: string;
  field: (string | number)[] | null;
}

/**
 * The server's refusals of a failed operation, each with the field it names (`extensions.field` or
 * the input validation's issue paths), so a form shows them under that field.
 */
export function serverRefusals(error: unknown): ServerRefusal[] {
  const errors = (error as { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] })?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return [{ message: errorMessage(error), field: null }];
  return errors.flatMap((one) => {
    const issues = one.extensions?.issues;
    if (Array.isArray(issues) && issues.length > 1) {
      return issues.map((issue: { path?: unknown; message?: unknown }) => ({
        message: String(issue.message ?? one.message),
        field: formFieldOf({ issues: [issue] }),
      }));
    }
    return [{ message: one.message, field: formFieldOf(one.extensions) }];
  });
}
