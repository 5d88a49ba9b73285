import { type FormEvent, type ReactNode, useState } from "react";
import { useElderMode } from "./elder-mode.js";
import { useLocale } from "./locale.js";
import { sharedCss, sharedStylesId } from "./styles.js";

export function useSharedStyles(): void {
  // The web server puts these styles into the page's head (so what it renders shows styled before
  // any script runs); an app on another page injects them once.
  if (typeof document === "undefined" || document.getElementById(sharedStylesId)) return;
  const style = document.createElement("style");
  style.id = sharedStylesId;
  style.textContent = sharedCss;
  document.head.append(style);
}

export function AppFrame({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  useSharedStyles();
  const { locale, t, setLocale } = useLocale();
  const [elder, setElder] = useElderMode();
  return (
    <div className="kepu-app" lang={locale}>
      <div className="kepu-header">
        <h1>{title}</h1>
        <span className="kepu-header-actions">
          <button type="button" className="kepu-link" aria-pressed={elder} onClick={() => setElder(!elder)}>
            {t("elder.switch")}
          </button>
          <button type="button" className="kepu-link" onClick={() => setLocale(locale === "zh-CN" ? "en" : "zh-CN")}>
            {t("lang.switch")}
          </button>
        </span>
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
