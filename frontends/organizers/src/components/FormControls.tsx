import { FormError, Notice, useLocale } from "@kepu/ui";
import type { ReactNode } from "react";

/** A labelled select over an enum (kinds, levels …), optionally with an empty first choice. */
export function EnumSelect<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
  empty,
  required,
}: {
  label: string;
  value: T | "";
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T | "") => void;
  /** The label of an empty first choice ("any", "choose …"); none when omitted. */
  empty?: string;
  required?: boolean;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T | "")} required={required}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The end of every form: what went wrong, what went right, and the submit button (busy while saving). */
export function FormFooter({
  error,
  notice,
  busy,
  submitLabel,
  disabled,
}: {
  error: string | null;
  notice?: ReactNode;
  busy: boolean;
  submitLabel: string;
  disabled?: boolean;
}) {
  const { t } = useLocale();
  return (
    <>
      <FormError message={error} />
      {notice ? <Notice>{notice}</Notice> : null}
      <button className="kepu-button" type="submit" disabled={busy || disabled}>
        {busy ? t("form.saving") : submitLabel}
      </button>
    </>
  );
}
