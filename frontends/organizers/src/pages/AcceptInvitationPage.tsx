import { authSettled, errorMessage, useMutation, useQuery } from "@kepu/graphql-client";
import { signIn, signOut, startAuthSession, useSignedIn } from "@kepu/shared-modules/auth-session";
import { ErrorMessage, FormError, formatDateTime, Loading, SignInForm, useLocale } from "@kepu/ui";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
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

interface NewAccountValues {
  displayName: string;
  email: string;
  password: string;
}

/** A new account for the invitation, on antd's Form: each field checked inline before anything is sent. */
function NewAccountForm({ token, invitedEmail }: { token: string; invitedEmail: string | null }) {
  const { t } = useLocale();
  const accept = useAccept();

  const submit = (values: NewAccountValues) =>
    accept.run({
      token,
      displayName: values.displayName.trim(),
      password: values.password,
      ...(invitedEmail ? {} : { email: values.email.trim() }),
    });

  return (
    <Card size="small" title={t("accept.create")} style={{ maxWidth: 480, marginBottom: 12 }}>
      {invitedEmail ? (
        <Typography.Paragraph type="secondary">
          {t("accept.accountEmail", { email: invitedEmail })}
        </Typography.Paragraph>
      ) : null}
      <Form<NewAccountValues>
        name="accept"
        layout="vertical"
        aria-label={t("accept.create")}
        initialValues={{ displayName: "", email: "", password: "" }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="displayName"
          label={t("accept.displayName")}
          rules={[
            { required: true, whitespace: true, message: t("form.required", { field: t("accept.displayName") }) },
          ]}
        >
          <Input autoComplete="name" maxLength={60} />
        </Form.Item>
        {invitedEmail ? null : (
          <Form.Item
            name="email"
            label={t("signIn.email")}
            rules={[
              {
                validator: async (_, value: string) => {
                  if (!isEmail(value ?? "")) throw new Error(t("form.email"));
                },
              },
            ]}
          >
            <Input type="email" autoComplete="username" />
          </Form.Item>
        )}
        <Form.Item
          name="password"
          label={t("accept.password")}
          rules={[
            { min: minPasswordLength, required: true, message: t("accept.passwordShort", { n: minPasswordLength }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {accept.error ? (
          <Alert type="error" showIcon role="alert" title={accept.error} style={{ marginBottom: 8 }} />
        ) : null}
        <Button type="primary" htmlType="submit" loading={accept.busy}>
          {accept.busy ? t("form.saving") : t("accept.createSubmit")}
        </Button>
      </Form>
    </Card>
  );
}
