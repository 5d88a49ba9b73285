import { type FormEvent, type ReactNode, useState } from "react";
import { useLocale } from "./locale.js";

/** Styles shared by the apps, injected once per page (apps are bundled separately). */
const css = `
.kepu-app, .kepu-app *, .kepu-app *::before, .kepu-app *::after { box-sizing: border-box; }
.kepu-app { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2933; max-width: 960px; margin: 0 auto; padding: 16px; }
.kepu-app h1 { font-size: 1.5rem; margin: 0 0 4px; }
.kepu-app h2 { font-size: 1.15rem; margin: 24px 0 8px; }
.kepu-muted { color: #52606d; font-size: .9rem; }
.kepu-card { border: 1px solid #d9e2ec; border-radius: 8px; padding: 12px 16px; margin: 10px 0; background: #fff; }
.kepu-card h3 { margin: 0 0 6px; font-size: 1.05rem; }
.kepu-tag { display: inline-block; background: #e3f2fd; color: #0b5394; border-radius: 4px; padding: 0 6px; margin-right: 6px; font-size: .8rem; }
.kepu-button { background: #0b5394; color: #fff; border: 0; border-radius: 6px; padding: 8px 16px; cursor: pointer; font-size: .95rem; }
.kepu-button[disabled] { opacity: .6; cursor: default; }
.kepu-link { background: none; border: 0; color: #0b5394; cursor: pointer; text-decoration: underline; padding: 0; }
.kepu-form label { display: block; margin: 8px 0; }
.kepu-form input { display: block; width: 100%; max-width: 320px; padding: 6px 8px; margin-top: 4px; border: 1px solid #bcccdc; border-radius: 4px; }
.kepu-error { color: #b42318; }
.kepu-header { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.kepu-form select, .kepu-form textarea { display: block; max-width: 320px; padding: 6px 8px; margin-top: 4px; border: 1px solid #bcccdc; border-radius: 4px; }
.kepu-form .kepu-inline, .kepu-inline { display: inline-flex; align-items: center; gap: 4px; margin: 4px 12px 4px 0; }
.kepu-inline input { width: auto; margin: 0; display: inline; }
.kepu-fieldset { border: 1px solid #d9e2ec; border-radius: 6px; margin: 8px 0; padding: 4px 12px 8px; }
.kepu-table { width: 100%; border-collapse: collapse; margin: 8px 0; background: #fff; }
.kepu-table th, .kepu-table td { border-bottom: 1px solid #d9e2ec; padding: 6px 8px; text-align: left; vertical-align: top; }
.kepu-table tr.kepu-bad td { background: #fef3f2; }
.kepu-tabs { display: flex; flex-wrap: wrap; gap: 4px 16px; border-bottom: 1px solid #d9e2ec; margin: 12px 0; padding-bottom: 6px; }
.kepu-tabs a { color: #0b5394; text-decoration: none; }
.kepu-tabs a[aria-current="page"] { font-weight: 600; border-bottom: 2px solid #0b5394; }
.kepu-filters { display: flex; flex-wrap: wrap; gap: 0 16px; align-items: flex-end; }
.kepu-facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
.kepu-facts dt { color: #52606d; }
.kepu-facts dd { margin: 0; }
.kepu-notice { color: #05603a; background: #ecfdf3; border-radius: 6px; padding: 6px 10px; margin: 8px 0; }
.kepu-danger { background: #b42318; }
.kepu-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* Phones: a table's rows become stacked cards, each cell labelled by its column (data-label), so no
   column is squeezed to one character a line and nothing is cut off at the right. */
@media (max-width: 640px) {
  .kepu-app { padding: 12px; }
  .kepu-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .kepu-table, .kepu-table tbody, .kepu-table tr, .kepu-table td { display: block; }
  .kepu-table { background: none; }
  .kepu-table tr { background: #fff; border: 1px solid #d9e2ec; border-radius: 8px; margin: 8px 0; padding: 6px 10px; }
  .kepu-table td { border: 0; padding: 3px 0; overflow-wrap: anywhere; }
  .kepu-table td[data-label]::before { content: attr(data-label) "："; color: #52606d; font-size: .85rem; }
  .kepu-table td:first-child { font-weight: 600; }
  .kepu-facts { grid-template-columns: 1fr; gap: 0; }
  .kepu-facts dd { margin-bottom: 6px; overflow-wrap: anywhere; }
  .kepu-form input, .kepu-form select, .kepu-form textarea { max-width: 100%; }
}
`;

export function useSharedStyles(): void {
  if (typeof document === "undefined" || document.getElementById("kepu-ui-styles")) return;
  const style = document.createElement("style");
  style.id = "kepu-ui-styles";
  style.textContent = css;
  document.head.append(style);
}

export function AppFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  useSharedStyles();
  const { locale, t, setLocale } = useLocale();
  return (
    <div className="kepu-app" lang={locale}>
      <div className="kepu-header">
        <h1>{title}</h1>
        <button type="button" className="kepu-link" onClick={() => setLocale(locale === "zh-CN" ? "en" : "zh-CN")}>
          {t("lang.switch")}
        </button>
      </div>
      {subtitle ? <div className="kepu-muted">{subtitle}</div> : null}
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useLocale();
  return (
    <p className="kepu-muted" role="status">
      {t("state.loading")}
    </p>
  );
}

export function ErrorMessage({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useLocale();
  return (
    <p className="kepu-error" role="alert">
      {t("state.error", { message })}{" "}
      {onRetry ? (
        <button type="button" className="kepu-link" onClick={onRetry}>
          {t("action.retry")}
        </button>
      ) : null}
    </p>
  );
}

/** A page that does not exist (HTTP 404 from the web server): says so, with the way back home. */
export function NotFound({ path, homeHref }: { path: string; homeHref: string }) {
  const { t } = useLocale();
  return (
    <section data-testid="not-found">
      <p>{t("notFound.text", { path })}</p>
      <p>
        <a href={homeHref}>{t("notFound.home")}</a>
      </p>
    </section>
  );
}

export function Empty() {
  const { t } = useLocale();
  return <p className="kepu-muted">{t("state.empty")}</p>;
}

/** A form's problem (a check before sending, or the server's message), announced to screen readers. */
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="kepu-error" role="alert">
      {message}
    </p>
  );
}

/** A quiet confirmation ("已保存"), announced politely. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="kepu-notice" role="status">
      {children}
    </p>
  );
}

/** E-mail + password; `onSubmit` rejects with an Error whose message is shown. */
export function SignInForm({ onSubmit }: { onSubmit: (email: string, password: string) => Promise<void> }) {
  const { t } = useLocale();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(email.trim(), password);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="kepu-form" onSubmit={submit} aria-label={t("signIn.title")}>
      <h2>{t("signIn.title")}</h2>
      <label>
        {t("signIn.email")}
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        {t("signIn.password")}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error ? (
        <p className="kepu-error" role="alert">
          {t("signIn.failed", { message: error })}
        </p>
      ) : null}
      <button className="kepu-button" type="submit" disabled={busy}>
        {busy ? t("signIn.submitting") : t("signIn.submit")}
      </button>
    </form>
  );
}
