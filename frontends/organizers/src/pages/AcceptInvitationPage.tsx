import { authSettled, errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { signIn, signOut, startAuthSession, useSignedIn } from "@kepu/shared-modules/auth-session";
import { ErrorMessage, FormError, formatDateTime, Loading, SignInForm, useLocale } from "@kepu/ui";
import { type FormEvent, useState } from "react";
import { Link } from "../components/Link.js";
import { useAction } from "../components/useAction.js";
import { type AcceptInvitationInput, acceptInvitationMutation, invitationPreviewQuery } from "../graphql/invitation.js";
import { basePath, navigate } from "../routes.js";
import { isEmail, minPasswordLength } from "../validation.js";

/** 接受邀请: what the link offers, then join as the signed-in user or with a new account. */
export function AcceptInvitationPage({ token }: { token: string }) {
  const { t, locale } = useLocale();
  const signedIn = useSignedIn();
  const { data, loading, error, refetch } = useQuery(invitationPreviewQuery, {
    variables: { token },
    skip: !token,
    fetchPolicy: "network-only",
  });
  const [signingIn, setSigningIn] = useState(false);
  if (!token) return <p role="alert">{t("accept.noToken")}</p>;
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage message={errorMessage(error)} onRetry={() => void refetch()} />;
  const invitation = data?.invitation;
  if (!invitation) return <Loading />;

  return (
    <section aria-labelledby="accept-title">
      <h2 id="accept-title">{t("accept.title")}</h2>
      <p data-testid="invitation-preview">
        {t("accept.offer", {
          org: invitation.orgName,
          roles: invitation.roles.map((role) => t(`role.${role}`)).join("、"),
        })}
        <br />
        <span className="kepu-muted">
          {invitation.email ? t("accept.forEmail", { email: invitation.email }) : null}
          {t("accept.expires", { at: formatDateTime(invitation.expiresAt, locale) })}
        </span>
      </p>
      {invitation.status !== "PENDING" ? (
        <p role="alert" className="kepu-error">
          {t(`accept.status.${invitation.status}`)} <Link href={basePath}>{t("organizers.home")}</Link>
        </p>
      ) : signedIn ? (
        <AcceptSignedIn token={token} />
      ) : signingIn ? (
        <>
          <SignInForm onSubmit={signIn} />
          <button type="button" className="kepu-link" onClick={() => setSigningIn(false)}>
            {t("accept.newAccountInstead")}
          </button>
        </>
      ) : (
        <>
          <NewAccountForm token={token} invitedEmail={invitation.email} />
          <p>
            {t("accept.haveAccount")}{" "}
            <button type="button" className="kepu-link" onClick={() => setSigningIn(true)}>
              {t("accept.signInFirst")}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

function useAccept() {
  const [accept] = useMutation(acceptInvitationMutation);
  const action = useAction();
  const run = async (input: AcceptInvitationInput) => {
    const result = await action.run(() => accept({ variables: { input } }));
    const tokens = result?.data?.acceptInvitation;
    if (!tokens) return;
    startAuthSession(tokens);
    await authSettled();
    // The invitation is spent: leave its URL (and token) out of the history.
    navigate(basePath, { replace: true });
  };
  return { ...action, run };
}

function AcceptSignedIn({ token }: { token: string }) {
  const { t } = useLocale();
  const accept = useAccept();
  return (
    <div>
      <button type="button" className="kepu-button" disabled={accept.busy} onClick={() => void accept.run({ token })}>
        {t("accept.join")}
      </button>{" "}
      <button type="button" className="kepu-link" onClick={signOut}>
        {t("accept.notMe")}
      </button>
      <FormError message={accept.error} />
    </div>
  );
}

function NewAccountForm({ token, invitedEmail }: { token: string; invitedEmail: string | null }) {
  const { t } = useLocale();
  const [displayName, setDisplayName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);
  const accept = useAccept();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!displayName.trim()) return setInvalid(t("form.required", { field: t("accept.displayName") }));
    if (!invitedEmail && !isEmail(email)) return setInvalid(t("form.email"));
    if (password.length < minPasswordLength) return setInvalid(t("accept.passwordShort", { n: minPasswordLength }));
    setInvalid(null);
    await accept.run({
      token,
      displayName: displayName.trim(),
      password,
      ...(invitedEmail ? {} : { email: email.trim() }),
    });
  };

  return (
    <form className="kepu-form" onSubmit={submit} aria-label={t("accept.create")} noValidate>
      <h3>{t("accept.create")}</h3>
      {invitedEmail ? <p className="kepu-muted">{t("accept.accountEmail", { email: invitedEmail })}</p> : null}
      <label>
        {t("accept.displayName")}
        <input
          name="displayName"
          autoComplete="name"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          required
        />
      </label>
      {invitedEmail ? null : (
        <label>
          {t("signIn.email")}
          <input
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
      )}
      <label>
        {t("accept.password")}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={minPasswordLength}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <FormError message={invalid ?? accept.error} />
      <button className="kepu-button" type="submit" disabled={accept.busy}>
        {accept.busy ? t("form.saving") : t("accept.createSubmit")}
      </button>
    </form>
  );
}
